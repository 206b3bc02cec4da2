package factcheck.model;

import java.util.Objects;

/**
 * A verdict decided by a person, for a statement no rule can check ("they will have to pay for it
 * completely out of pocket"), with why. It is reported as the editor's, never as a rule's.
 *
 * @param verdict   the verdict
 * @param rationale why, in words
 * @param where     where the verdict is written
 */
public record EditorVerdict(Verdict verdict, String rationale, Location where) {
    public EditorVerdict {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rationale, "rationale");
    }
}

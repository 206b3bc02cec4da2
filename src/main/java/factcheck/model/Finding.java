package factcheck.model;

import java.util.Objects;

/**
 * A rule's decision about a claim. The engine records which rule inserted it, so a rule
 * writes only what it decided: {@code insert(new Finding($c.id(), Verdict.FALSE, "..."))}.
 *
 * @param claimId the claim
 * @param verdict what the rule concludes
 * @param message why, with the arithmetic
 */
public record Finding(String claimId, Verdict verdict, String message) implements ClaimScoped {
    public Finding {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
    }
}

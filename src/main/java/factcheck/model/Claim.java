package factcheck.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One claim of an article, as its claims file writes it down. Rules never change a claim;
 * they insert {@link Finding}s about it.
 *
 * @param articleId  the article it is from
 * @param id         id, unique across the claims of a run
 * @param quote      the words, verbatim from the article
 * @param speaker    who said it, by name, when the article quotes someone; may be null
 * @param speakerTitle the speaker's role or office ("SAG-AFTRA member and strike captain"); may
 *                   be null, and is null when speaker is
 * @param kind       what it asserts: ratio, share, change, value, range, comparison, fact,
 *                   or any kind a rule file handles
 * @param stated     the number(s) or words it states; null when it states none (comparison)
 * @param qualifier  the qualifier its words carry, lower case ("over", "nearly"); "" for none
 * @param unit       the unit of the stated value; may be null
 * @param figures    the ids of the figures it rests on, by role ("numerator" -> ["netflix-pay"]);
 *                   a role given a list has several, in the order written
 * @param expect     the verdict its author expects; may be null
 * @param where      the file and line the claim starts at
 * @param fieldLines the line of each field, by field path ("figures.denominator" -> 44)
 * @param editor     the verdict a person decided, for a claim no rule checks; null for a claim
 *                   the rules decide
 * @param caveat     a limitation that caps the rules' verdict; may be null
 */
public record Claim(String articleId, String id, String quote, String speaker, String speakerTitle, String kind,
                   Amount stated, String qualifier, String unit, Map<String, List<String>> figures,
                   Verdict expect, Location where, Map<String, Integer> fieldLines, EditorVerdict editor,
                   Caveat caveat) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(kind, "kind");
        qualifier = qualifier == null ? "" : qualifier;
        // Kept in the order written: reports list a claim's figures as its author did.
        Map<String, List<String>> roles = new LinkedHashMap<>();
        figures.forEach((role, ids) -> roles.put(role, List.copyOf(ids)));
        figures = Collections.unmodifiableMap(roles);
        fieldLines = Collections.unmodifiableMap(new LinkedHashMap<>(fieldLines));
    }

    /** Whether a stated number was given. */
    public boolean hasStated() {
        return stated != null && stated.numeric();
    }

    /** The figure id for a role (the first, for a list), or null. */
    public String figure(String role) {
        List<String> ids = figures.get(role);
        return ids == null || ids.isEmpty() ? null : ids.get(0);
    }

    /** Whether a person decided its verdict, rather than the rules. */
    public boolean editorial() {
        return editor != null;
    }

    /** Where a field of this claim was written, or where the claim starts if not written. */
    public Location at(String field) {
        Integer line = fieldLines.get(field);
        return line == null ? where : new Location(where.file(), line);
    }
}

package factcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * One row of the qualifier table in rules/qualifiers.drl: a qualifier, its synonyms, the relation
 * it states between a figure and the stated number, and how far off a figure may be. Relations:
 * <ul>
 *   <li>{@code ~} close to the stated number: TRUE within {@code within} of it (relative), or
 *       where it rounds to it as written;</li>
 *   <li>{@code =} exactly the stated number;</li>
 *   <li>{@code >}, {@code <} strictly beyond it, whatever the written precision;</li>
 *   <li>{@code >=}, {@code <=} not beyond it, at the precision it was written in;</li>
 *   <li>{@code <~} just below it ("nearly"): at most the stated number and within {@code within}
 *       below it;</li>
 *   <li>{@code >~} just above it ("just over"): above it and within {@code within}.</li>
 * </ul>
 * A figure that misses by no more than {@code grace} (relative) is MOSTLY_TRUE; further off, FALSE.
 *
 * @param word     the qualifier as a claim writes it; "" for none
 * @param synonyms other words for the same qualifier
 * @param relation one of ~ = &gt; &lt; &gt;= &lt;= &lt;~ &gt;~
 * @param within   how close a TRUE figure must be, relative to the stated number
 * @param grace    how far a MOSTLY_TRUE figure may miss, relative to the stated number
 */
public record Qualifier(String word, List<String> synonyms, String relation, double within, double grace) {

    private static final List<String> RELATIONS = List.of("~", "=", ">", "<", ">=", "<=", "<~", ">~");

    public Qualifier {
        Objects.requireNonNull(word, "word");
        synonyms = List.copyOf(synonyms);
        if (!RELATIONS.contains(relation)) {
            throw new IllegalArgumentException("qualifier '" + word + "': relation '" + relation
                    + "' is not one of " + String.join(" ", RELATIONS));
        }
        if (within < 0 || grace < 0) {
            throw new IllegalArgumentException("qualifier '" + word + "': tolerances cannot be negative");
        }
    }

    /** Whether a claim's qualifier is this one or one of its synonyms. */
    public boolean names(String qualifier) {
        return word.equals(qualifier) || synonyms.contains(qualifier);
    }
}

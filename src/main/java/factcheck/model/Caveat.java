package factcheck.model;

import java.util.Objects;

/**
 * A limitation a person records on a rule-decided claim, in words, with the best verdict it
 * allows: "the statistic covers all members, not only actors", at most MOSTLY_TRUE. The rules
 * still decide; the caveat caps what they decide, and both are reported.
 *
 * @param reason what limits the claim
 * @param atMost the best verdict the claim can get
 * @param where  where the caveat is written
 */
public record Caveat(String reason, Verdict atMost, Location where) {
    public Caveat {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(atMost, "atMost");
    }
}

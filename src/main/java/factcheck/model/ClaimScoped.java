package factcheck.model;

/**
 * A fact about one claim: an operand, a finding, a problem, a result worked out for it. The
 * engine files what rules do with such a fact under its claim, so that a rule looping on one
 * claim is stopped and named there while the article's other claims are still checked.
 */
public interface ClaimScoped {

    /** The id of the claim this fact is about. */
    String claimId();
}

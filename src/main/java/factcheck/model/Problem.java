package factcheck.model;

import java.util.Objects;

/**
 * Bad input a rule found while checking a claim: a role with no figure, a zero denominator.
 * It is reported like a claims-file error, at the field's line, and the claim is
 * UNVERIFIABLE; the other claims are still checked.
 *
 * @param claimId the claim
 * @param field   the field at fault, as a path: "figures.denominator"
 * @param message what is wrong and what to do about it
 */
public record Problem(String claimId, String field, String message) implements ClaimScoped {
    public Problem {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

package factcheck.model;

/**
 * A kind's declaration that its claims need a figure in a role: {@code Requires("ratio",
 * "denominator", "the figure divided by")}. Inserted by a kind's rule file; rules/claims.drl
 * reports a claim that lacks one. A kind that requires a role is a kind the rules check.
 *
 * @param kind the claim kind
 * @param role the role the figure plays
 * @param what what the figure is, for the message when it is missing
 * @param many whether the role takes a list of figures (or one figure over time, whose dated
 *             values are the list) rather than exactly one figure
 */
public record Requires(String kind, String role, String what, boolean many) {

    /** A role that takes exactly one figure. */
    public Requires(String kind, String role, String what) {
        this(kind, role, what, false);
    }
}

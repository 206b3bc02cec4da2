package factcheck.model;

import java.util.Objects;

/**
 * A kind's declaration that its claims divide by the figure in a role, which must therefore be
 * above zero: {@code Divisor("share", "whole")}. Inserted by a kind's rule file; rules/claims.drl
 * reports a claim whose figure there is zero or below.
 *
 * @param kind       the claim kind
 * @param role       the role of the figure divided by
 * @param lossesWith the role of the figure divided, when the kind divides two negative figures (two
 *                   losses) by their sizes, so that a negative figure here is not wrong beside a
 *                   negative one there; "" when the figure must be above zero whatever the other
 */
public record Divisor(String kind, String role, String lossesWith) {

    public Divisor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(lossesWith, "lossesWith");
    }

    /** A figure that must be above zero whatever the other. */
    public Divisor(String kind, String role) {
        this(kind, role, "");
    }
}

package factcheck.model;

/**
 * A kind's declaration that its claims may give a figure in a role without needing it (a share
 * takes part and whole, or a share, or a complement). A figure in a role its kind neither
 * requires nor accepts is reported as an input error.
 *
 * @param kind the claim kind
 * @param role the role the figure plays
 */
public record Accepts(String kind, String role) {
}

package factcheck.model;

/**
 * A rule file's declaration that it checks claims of a kind, for a kind with no single required
 * figure (a kind with a {@link Requires} is declared by it). A claim of a kind nothing declares
 * is reported as an input error.
 *
 * @param name the claim kind
 */
public record Kind(String name) {
}

package factcheck.model;

/**
 * A rule file's declaration that it checks claims of a kind, for a kind with no single required
 * figure (a kind with a {@link Requires} is declared by it), or whose {@code stated} is words:
 * {@code insert(new Kind("rank", true))} keeps "the 2nd-largest" as written instead of reading a
 * number from it. A claim of a kind nothing declares is reported as an input error.
 *
 * @param name  the claim kind
 * @param words whether its claims state words ("the second-largest", "last week"), which the
 *              claims reader keeps as written and reads no number from
 */
public record Kind(String name, boolean words) {

    /** A kind whose claims state a number, or nothing. */
    public Kind(String name) {
        this(name, false);
    }
}

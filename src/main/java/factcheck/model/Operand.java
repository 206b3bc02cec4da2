package factcheck.model;

/**
 * A figure in the role a claim gives it ("numerator", "reference"...). The loader resolves
 * every role of every claim to its figure, so rules match on operands instead of looking
 * figures up by id. A role given a list of figures ("members: [q1, q2, q3]") has one operand
 * per figure, numbered from 1 in the order written, and a {@link FigureList} with all of them.
 *
 * @param claimId  the claim
 * @param role     the role
 * @param figure   the figure
 * @param position 0 for a role given one figure; 1, 2, ... for the figures of a list
 */
public record Operand(String claimId, String role, Figure figure, int position) implements ClaimScoped {

    /** A role given one figure. */
    public Operand(String claimId, String role, Figure figure) {
        this(claimId, role, figure, 0);
    }

    /** Whether the role was given a list. */
    public boolean inList() {
        return position > 0;
    }
}

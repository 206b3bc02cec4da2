package factcheck.model;

/**
 * A figure in the role a claim gives it ("numerator", "reference"...). The loader resolves
 * every role of every claim to its figure, so rules match on operands instead of looking
 * figures up by id.
 */
public record Operand(String claimId, String role, Figure figure) {
}

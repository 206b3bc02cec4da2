package factcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * The figures of a role given as a list, in the order written, for rules that sum, average, rank
 * or quantify over them: {@code FigureList( claimId == $c.id, role == "members", $all : figures )}.
 * Each figure is also an {@link Operand} of its own.
 *
 * @param claimId the claim
 * @param role    the role
 * @param figures the figures, at least one
 */
public record FigureList(String claimId, String role, List<Figure> figures) {
    public FigureList {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(role, "role");
        figures = List.copyOf(figures);
    }

    public int size() {
        return figures.size();
    }

    /** Whether every figure is a number (or range). */
    public boolean numeric() {
        return figures.stream().allMatch(Figure::numeric);
    }

    /** The smallest low end. */
    public double min() {
        return figures.stream().mapToDouble(Figure::low).min().orElse(Double.NaN);
    }

    /** The largest high end. */
    public double max() {
        return figures.stream().mapToDouble(Figure::high).max().orElse(Double.NaN);
    }
}

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
 * @param figures the figures, at least one; for a figure over time, its values up to the article's date
 * @param later   for a figure over time, its values dated after the article, which the article could
 *                not know: left out of {@code figures}, for the message that says so
 */
public record FigureList(String claimId, String role, List<Figure> figures, List<Figure> later) implements ClaimScoped {
    public FigureList {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(role, "role");
        figures = List.copyOf(figures);
        later = later == null ? List.of() : List.copyOf(later);
    }

    /** The figures of a list given in the claims file. */
    public FigureList(String claimId, String role, List<Figure> figures) {
        this(claimId, role, figures, List.of());
    }

    /** Every figure, the later ones too, in date order. */
    public List<Figure> all() {
        List<Figure> all = new java.util.ArrayList<>(figures);
        all.addAll(later);
        return all;
    }

    public int size() {
        return figures.size();
    }

    /** Whether there are figures and every one is a number (or range). */
    public boolean numeric() {
        return !figures.isEmpty() && figures.stream().allMatch(Figure::numeric);
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

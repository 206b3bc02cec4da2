package factcheck.claims;

import factcheck.model.Amount;
import factcheck.model.Numbers;
import factcheck.model.Unit;

import java.util.List;

/**
 * How a claim's stated number relates to the numbers its quote writes: whether they agree, and
 * which one a claim of a given kind states when it leaves 'stated' out.
 */
final class QuoteNumbers {
    private QuoteNumbers() {
    }

    /**
     * Whether a stated end and a number in the quote are the same number, in any of the forms an
     * article writes it: 27,000 = $27,000 = 27K = 27 thousand; "a third" = 33.3%; "doubled" =
     * 2x = +100%; "fell 4.8%" = -4.8. Signs are set aside: the quote's words for a fall may be
     * anywhere in it.
     */
    static boolean agree(double end, double precision, Amount stated, Amount found, double face) {
        return agree(end, precision, stated, found, face, true);
    }

    /**
     * As {@link #agree(double, double, Amount, Amount, double)}; a multiple and a percentage say the
     * same only in a change ({@code change}): "doubled" is +100%, but "40% more" is not "40% of".
     */
    static boolean agree(double end, double precision, Amount stated, Amount found, double face, boolean change) {
        double s = Math.abs(end);
        Unit.Dimension a = stated.unit().dimension();
        Unit.Dimension b = found.unit().dimension();
        // A multiple and a percentage change say the same, in the same direction: "doubled" is +100%,
        // "halved" -50%, "26% lower" -26%.
        if (a == Unit.Dimension.TIMES && b == Unit.Dimension.PERCENT) {
            return change && same((end - 1) * 100, found.low());
        }
        if (b == Unit.Dimension.TIMES && a == Unit.Dimension.PERCENT) {
            return change && same((found.low() - 1) * 100, end);
        }
        // Otherwise the units must be the same: 3% is not 3 points, $3 is not 3 people.
        if (a != Unit.Dimension.NONE && b != Unit.Dimension.NONE
                && !stated.unit().withoutPeriod().comparableWith(found.unit().withoutPeriod())) {
            return false;
        }
        for (double f : new double[] {Math.abs(found.low()), Math.abs(face)}) {
            // A word and digits agree where the digits are the word's value as written ("a third" is 33%
            // or 33.3%), and within the word's reach: "half a million" is not "1 million".
            boolean wordStated = stated.looseness() > 0 && found.looseness() == 0
                    && same(Numbers.roundTo(s, found.lowPrecision()), f) && Math.abs(s - f) <= stated.looseness() * s;
            boolean wordFound = found.looseness() > 0 && stated.looseness() == 0
                    && same(Numbers.roundTo(f, precision), s) && Math.abs(s - f) <= found.looseness() * f;
            if (same(s, f) || wordStated || wordFound) {
                return true;
            }
        }
        return false;
    }

    /** Whether two numbers are the same, to rounding error. */
    static boolean sameNumber(double a, double b) {
        return same(a, b);
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * The one number in a quote that a claim of this kind states, or null when there is none or
     * more than one. A change does not state a level ("fell to 3.5%"). A share states a percentage; a change a percentage, points or a multiple; a
     * ratio a multiple (or a percentage); any other kind whatever single number the quote holds.
     */
    static Quantities.Found forKind(List<Quantities.Found> found, String kind) {
        List<Unit.Dimension> wanted = switch (kind) {
            case "share" -> List.of(Unit.Dimension.PERCENT);
            case "change" -> List.of(Unit.Dimension.PERCENT, Unit.Dimension.POINTS, Unit.Dimension.TIMES);
            case "ratio" -> List.of(Unit.Dimension.TIMES, Unit.Dimension.PERCENT);
            default -> List.of();
        };
        // A year ("in 2022", "since 2019") is when, not what: it is no candidate.
        List<Quantities.Found> numbers = found.stream().filter(f -> !year(f))
                .filter(f -> !(kind.equals("change") && f.level())).toList();
        List<Quantities.Found> candidates = wanted.isEmpty() ? numbers
                : numbers.stream().filter(f -> wanted.contains(f.amount().unit().dimension())).toList();
        if (candidates.size() != 1 && kind.equals("ratio")) {
            candidates = numbers.stream().filter(f -> f.amount().unit().isTimes()).toList();
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("\\d{4}");

    /** A plain whole number from 1800 to 2100, written in four digits: a year. */
    static boolean year(Quantities.Found f) {
        Amount a = f.amount();
        return FOUR_DIGITS.matcher(f.text()).matches() && a.unit().none() && a.low() >= 1800 && a.low() <= 2100;
    }
}

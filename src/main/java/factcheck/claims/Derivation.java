package factcheck.claims;

import factcheck.model.Amount;
import factcheck.model.Figure;
import factcheck.model.Numbers;
import factcheck.model.Unit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The arithmetic of a figure derived from others: a sum, a difference, a mean, a figure per unit
 * (a total over a count), a share (part over whole) or a change (from one figure to another).
 * Units are carried through, and a range carries its two ends through every operation, so that
 * a derived figure is as uncertain as what it was computed from.
 */
final class Derivation {

    /** The operations, as a figure's field names, in the order the README lists them. */
    static final List<String> OPERATIONS = List.of("sum", "difference", "mean", "per", "share", "change");

    /** What each operation takes, for messages. */
    static String takes(String op) {
        return switch (op) {
            case "sum", "mean" -> "a list of figures, like '" + op + ": [salary, bonus, stock]'";
            case "difference" -> "two figures, the second taken from the first, like 'difference: [revenue, costs]'";
            case "per" -> "a total and a count, like 'per: [payroll, members]'";
            case "share" -> "a part and its whole, like 'share: [qualifying, members]'";
            default -> "the earlier and the later figure, like 'change: [threshold@2023, threshold@2025]'";
        };
    }

    /** How many figures an operation takes; -1 for any number from one up. */
    static int arity(String op) {
        return op.equals("sum") || op.equals("mean") ? -1 : 2;
    }

    /** A derived value, or why it cannot be computed. */
    record Result(Amount amount, String unit, String working, String error) {
        boolean ok() {
            return error == null;
        }

        static Result error(String message) {
            return new Result(null, null, null, message);
        }
    }

    private Derivation() {
    }

    static Result compute(String op, List<Figure> in) {
        for (Figure f : in) {
            if (!f.numeric()) {
                return Result.error("figure '" + f.id() + "' is text; a " + op + " needs numbers");
            }
        }
        return switch (op) {
            case "sum", "mean" -> sum(op, in);
            case "difference" -> difference(in.get(0), in.get(1));
            case "per" -> per(in.get(0), in.get(1));
            case "share" -> share(in.get(0), in.get(1));
            case "change" -> change(in.get(0), in.get(1));
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static Result sum(String op, List<Figure> in) {
        Unit unit = in.get(0).amount().unit();
        // Every pair: "$" agrees with USD and with CAD, but USD does not agree with CAD.
        for (int i = 0; i < in.size(); i++) {
            for (int j = i + 1; j < in.size(); j++) {
                String clash = clash(in.get(i), in.get(j), op);
                if (clash != null) {
                    return Result.error(clash);
                }
            }
            if (unit.none()) {
                unit = in.get(i).amount().unit();
            }
        }
        double low = 0;
        double high = 0;
        for (Figure f : in) {
            low += f.low();
            high += f.high();
        }
        String terms = in.stream().map(f -> term(f)).collect(Collectors.joining(" + "));
        if (op.equals("mean")) {
            low /= in.size();
            high /= in.size();
            terms = "(" + terms + ") / " + in.size();
        }
        return result(low, high, unit, unitText(in.get(0)), terms);
    }

    private static Result difference(Figure a, Figure b) {
        String clash = clash(a, b, "difference");
        if (clash != null) {
            return Result.error(clash);
        }
        Unit unit = a.amount().unit().none() ? b.amount().unit() : a.amount().unit();
        String text = unitText(a);
        if (unit.isPercent()) {
            // The difference between two percentages is in points: 48% - 45% is 3 points, not 3%.
            unit = new Unit(Unit.Dimension.POINTS, null, unit.period());
            text = "points";
        }
        return result(a.low() - b.high(), a.high() - b.low(), unit, text, term(a) + " - " + term(b));
    }

    private static Result per(Figure total, Figure count) {
        Unit c = count.amount().unit();
        if (c.dimension() != Unit.Dimension.COUNT && c.dimension() != Unit.Dimension.NONE) {
            return Result.error("'per' divides a total by a count, but figure '" + count.id() + "' is in "
                    + c.describe() + "; give the count second, like 'per: [payroll, members]'");
        }
        if (count.low() <= 0) {
            return Result.error("figure '" + count.id() + "' is " + Numbers.fmt(count.amount())
                    + ", and a total can only be shared over a count above zero");
        }
        double[] q = quotients(total, count);
        String per = c.name() == null ? "" : " per " + Unit.singular(c.name());
        String text = unitText(total);
        return result(q[0], q[1], total.amount().unit(), text == null ? per.strip() : text + per,
                term(total) + " / " + term(count));
    }

    private static Result share(Figure part, Figure whole) {
        String clash = clash(part, whole, "share");
        if (clash != null) {
            return Result.error(clash);
        }
        if (whole.low() <= 0) {
            return Result.error("figure '" + whole.id() + "' is " + Numbers.fmt(whole.amount())
                    + ", and a share is of a whole above zero");
        }
        double[] q = quotients(part, whole);
        return result(q[0] * 100, q[1] * 100, Unit.PERCENT, "percent", term(part) + " / " + term(whole) + " x 100");
    }

    private static Result change(Figure from, Figure to) {
        String clash = clash(from, to, "change");
        if (clash != null) {
            return Result.error(clash);
        }
        if (from.low() <= 0) {
            return Result.error("figure '" + from.id() + "' is " + Numbers.fmt(from.amount())
                    + ", and a change in percent is from a figure above zero; for a change in size, use 'difference'");
        }
        double[] q = quotients(to, from);
        return result((q[0] - 1) * 100, (q[1] - 1) * 100, Unit.PERCENT, "percent",
                "(" + term(to) + " - " + term(from) + ") / " + term(from) + " x 100");
    }

    /** The smallest and largest of a / b over the ends of both (b above zero). */
    private static double[] quotients(Figure a, Figure b) {
        double[] q = {a.low() / b.low(), a.low() / b.high(), a.high() / b.low(), a.high() / b.high()};
        return new double[] {java.util.Arrays.stream(q).min().orElseThrow(), java.util.Arrays.stream(q).max().orElseThrow()};
    }

    /** Why two figures cannot be added or compared, or null when they can. */
    private static String clash(Figure a, Figure b, String op) {
        Unit ua = a.amount().unit();
        Unit ub = b.amount().unit();
        if (ua.comparableWith(ub)) {
            return null;
        }
        return "figure '" + a.id() + "' is in " + ua.describe() + " and figure '" + b.id() + "' in " + ub.describe()
                + "; a " + op + " needs figures in the same unit";
    }

    /** A figure in a working: "bonus 23,900,000", "threshold (2023) 26,470". */
    private static String term(Figure f) {
        String value = Numbers.fmt(f.amount());
        return f.id() + (f.overTime() ? " (" + f.asOf() + ")" : "") + " " + (f.range() ? "(" + value + ")" : value);
    }

    private static String unitText(Figure f) {
        return f.unit();
    }

    private static double round(double x) {
        return x == 0 ? 0 : new java.math.BigDecimal(x).round(new java.math.MathContext(12)).doubleValue();
    }

    private static Result result(double low, double high, Unit unit, String unitText, String terms) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return Result.error("the result is too large to compute (" + terms + ")");
        }
        // Twelve significant digits: 0.1 + 0.2 is 0.3, not 0.30000000000000004.
        low = round(low);
        high = round(high);
        if (!Quantities.inRange(low) || !Quantities.inRange(high)) {
            // Checked here, so that no rule meets a number it cannot work with.
            double out = Quantities.inRange(low) ? high : low;
            return Result.error("the result, " + Numbers.fmt(out) + ", is " + Quantities.RANGE + " (" + terms + ")");
        }
        boolean range = low != high;
        String written = range ? Numbers.fmt(low) + " - " + Numbers.fmt(high) : Numbers.fmt(low);
        Amount amount = new Amount(low, high, range, 0, 0, written, null, unit, 0, false, true, null, null, false);
        String shown = range ? Numbers.fmt(low, unit) + " to " + Numbers.fmt(high, unit) : Numbers.fmt(low, unit);
        return new Result(amount, unitText, terms + " = " + shown, null);
    }
}

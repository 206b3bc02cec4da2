package factcheck.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number formatting for the arithmetic in rule messages, the same in every rule and every
 * locale. A number keeps the digits that decide a verdict: at least five significant digits,
 * and every digit of its whole part ("26,470", "34.001", "4.9333", "9.032", "123,456.78"), so
 * that a working shown reproduces the result shown. Round millions, billions and trillions are
 * written with the word ("39.321 billion").
 */
public final class Numbers {
    private Numbers() {
    }

    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(() -> {
        DecimalFormat format = new DecimalFormat("#,##0.###############", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    });

    private static final double[] SCALES = {1e12, 1e9, 1e6};
    private static final String[] SCALE_WORDS = {"trillion", "billion", "million"};

    /** A number for a message. */
    public static String fmt(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return String.valueOf(x);
        }
        double ax = Math.abs(x);
        if (ax >= 1e6 && ax < 1e18) {
            for (int i = 0; i < SCALES.length; i++) {
                if (ax >= SCALES[i]) {
                    BigDecimal inScale = new BigDecimal(x / SCALES[i]).round(new MathContext(12, RoundingMode.HALF_UP))
                            .stripTrailingZeros();
                    if (inScale.scale() <= 3) {
                        return plain(inScale) + " " + SCALE_WORDS[i];
                    }
                    break;
                }
            }
        }
        int wholeDigits = ax >= 1 ? (int) Math.floor(Math.log10(ax)) + 1 : 1;
        int significant = Math.max(5, Math.min(wholeDigits + 2, 17));
        BigDecimal b = new BigDecimal(x).round(new MathContext(significant, RoundingMode.HALF_UP)).stripTrailingZeros();
        return plain(b);
    }

    private static String plain(BigDecimal b) {
        if (b.scale() < 0) {
            b = b.setScale(0);
        }
        if (b.signum() == 0) {
            return "0";
        }
        return GROUPED.get().format(b);
    }

    /** A number with its unit: "$12.4 billion", "87.3%", "34.001x", "3 points", "200 million people". */
    public static String fmt(double x, Unit unit) {
        if (unit == null) {
            return fmt(x);
        }
        String n = fmt(x);
        String sign = "";
        if (x < 0 && unit.dimension() == Unit.Dimension.CURRENCY) {
            sign = "-";
            n = fmt(-x);
        }
        String shown = switch (unit.dimension()) {
            case CURRENCY -> {
                String symbol = unit.name() == null ? null : switch (unit.name()) {
                    case "$", "USD" -> "$";
                    case "EUR" -> "€";
                    case "GBP" -> "£";
                    default -> null;
                };
                yield symbol != null ? sign + symbol + n : sign + n + (unit.name() == null ? "" : " " + unit.name());
            }
            case COUNT -> n + (unit.name() == null ? "" : " " + (Math.abs(x) == 1 ? unit.name() : Unit.plural(unit.name())));
            case POINTS -> n + (Math.abs(x) == 1 ? " point" : " points");
            default -> n + unit.suffix();
        };
        return unit.period() == null ? shown : shown + (unit.period().equals("hour") ? " an " : " a ") + unit.period();
    }

    /** A number with the digits {@link #fmt} would round away: "34.0008". */
    public static String exact(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        return new BigDecimal(x).round(new MathContext(8, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    /**
     * A figure's value or range for a message: "26,470", "390,000 - 900,000"; as written when reading
     * it applied a scale, a period or words ("39,321" in USD million, "a third").
     */
    public static String fmt(Amount amount) {
        if (!amount.numeric()) {
            return "\"" + amount.text() + "\"";
        }
        if (amount.converted() || amount.looseness() > 0 || amount.implied() != null || amount.sense() != null) {
            return amount.written();
        }
        return amount.range() ? fmt(amount.low()) + " - " + fmt(amount.high()) : fmt(amount.low());
    }

    /**
     * One end of a figure in a working: its value in plain units, with its id and, when reading it
     * applied a scale or a period, how it was written: "39.321 billion (revenue: 39,321 USD million)".
     */
    public static String end(Figure f, double value) {
        String written = asWritten(f, value);
        return fmt(value, f.amount().unit()) + " (" + f.id() + (f.overTime() ? ", " + f.asOf() + " value" : "")
                + (written.isEmpty() ? "" : ": " + written.substring(2, written.length() - 1)) + ")";
    }

    /**
     * How far apart two numbers are, as a percentage of the second, for a message: "10%", "1.5%",
     * "0.04%". Not a working: one decimal below 10, none above, and two significant digits when
     * that would show 0.
     */
    public static String pct(double of, double from) {
        if (from == 0 || !Double.isFinite(of) || !Double.isFinite(from)) {
            return "undefined";
        }
        double p = Math.abs((of - from) / from * 100);
        BigDecimal b = new BigDecimal(p);
        if (p >= 10) {
            b = b.setScale(0, RoundingMode.HALF_UP);
        } else if (p >= 0.05) {
            b = b.setScale(1, RoundingMode.HALF_UP);
        } else {
            b = b.round(new MathContext(2, RoundingMode.HALF_UP));
        }
        return plain(b.stripTrailingZeros()) + "%";
    }

    /**
     * A figure's value in a working: the value in plain units and, when reading it applied a scale
     * or a period, how it was written: "39.321 billion (39,321 USD million)", or just "26,470".
     */
    public static String of(Figure f, double value) {
        return fmt(value) + asWritten(f, value);
    }

    /** " (39,321 USD million)" when a figure's value reads differently from how it was written; else "". */
    private static String asWritten(Figure f, double value) {
        if (!f.amount().converted()) {
            return "";
        }
        String digits = fmt(Math.abs(value)).replaceAll(" (trillion|billion|million)$", "").replace(",", "");
        String written = f.amount().written().replace(",", "");
        boolean same = f.amount().range() ? written.matches(".*(^|[^\\d.])" + java.util.regex.Pattern.quote(digits) + "($|[^\\d.]).*")
                : written.replaceAll("^[-$€£]+", "").equals(digits);
        return same ? "" : " (" + f.amount().written() + (f.unit() == null ? "" : " " + f.unit()) + ")";
    }

    /** {@code x} rounded to the nearest multiple of {@code precision}, half away from zero. */
    public static double roundTo(double x, double precision) {
        if (precision <= 0) {
            return x;
        }
        BigDecimal step = BigDecimal.valueOf(precision);
        return BigDecimal.valueOf(x).divide(step, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP)
                .multiply(step).doubleValue();
    }
}

package factcheck.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number formatting for the arithmetic in rule messages, the same in every rule and every
 * locale: whole numbers with thousands separators ("26,470"), numbers with two decimals as they
 * are ("41.28"), others to one decimal ("34.0", "14.7") or, below one, to three significant
 * digits ("0.0486").
 */
public final class Numbers {
    private Numbers() {
    }

    /** A number for a message. */
    public static String fmt(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return String.valueOf(x);
        }
        if (Math.abs(x - Math.rint(x)) < 1e-9 * Math.max(1, Math.abs(x))) {
            return pattern("#,##0").format(Math.rint(x));
        }
        if (Math.abs(x) >= 1) {
            double cents = x * 100;
            boolean twoDecimals = Math.abs(cents - Math.rint(cents)) < 1e-9 * Math.max(1, Math.abs(cents));
            return pattern(twoDecimals ? "#,##0.0#" : "#,##0.0").format(x);
        }
        return new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_UP))
                .stripTrailingZeros().toPlainString();
    }

    /** A number with the digits {@link #fmt} rounds away: "34.0008". */
    public static String exact(double x) {
        return new BigDecimal(x).round(new MathContext(6, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    /** A range or a value for a message: "390,000 - 900,000", or "26,470". */
    public static String fmt(Amount amount) {
        if (!amount.numeric()) {
            return "\"" + amount.text() + "\"";
        }
        return amount.range() ? fmt(amount.low()) + " - " + fmt(amount.high()) : fmt(amount.low());
    }

    /** {@code x} rounded to the nearest multiple of {@code precision}, half away from zero. */
    public static double roundTo(double x, double precision) {
        BigDecimal step = BigDecimal.valueOf(precision);
        return BigDecimal.valueOf(x).divide(step, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP)
                .multiply(step).doubleValue();
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}

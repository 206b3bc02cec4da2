package factcheck.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number as someone wrote it: one value, or a range [low, high], or a piece of text for
 * statements that are not numbers ("Los Gatos"). Keeps the written form, because the
 * precision a number was written in ("27,000" against "26,470") is part of what it claims.
 *
 * @param low       the value, or the low end of a range; 0 for text
 * @param high      the value again, or the high end of a range; 0 for text
 * @param range     whether two ends were given
 * @param lowPrecision  the place value of the last significant digit of the low end (or the
 *                      value) as written: 1000 for "27000", 0.1 for "4.8", 1 for "33"
 * @param highPrecision the same for the high end; equal to lowPrecision for one value
 * @param written   the number(s) as written, for messages: "27000", "[390000, 900000]"
 * @param text      the text, for a textual amount; null for numbers
 */
public record Amount(double low, double high, boolean range, double lowPrecision, double highPrecision,
                     String written, String text) {

    public Amount {
        Objects.requireNonNull(written, "written");
        if (text == null && low > high) {
            throw new IllegalArgumentException("range low end " + low + " is above its high end " + high);
        }
    }

    /** One number, with the precision its written form shows. */
    public static Amount of(BigDecimal value) {
        double precision = precisionOf(value);
        return new Amount(value.doubleValue(), value.doubleValue(), false, precision, precision,
                value.toPlainString(), null);
    }

    /** A range [low, high]; each end keeps the precision it was written in. */
    public static Amount between(BigDecimal low, BigDecimal high) {
        return new Amount(low.doubleValue(), high.doubleValue(), true, precisionOf(low), precisionOf(high),
                "[" + low.toPlainString() + ", " + high.toPlainString() + "]", null);
    }

    /** A statement of fact that is not a number. */
    public static Amount ofText(String text) {
        return new Amount(0, 0, false, 0, 0, text, text);
    }

    /** The same number(s), written to the given precision: for a claim that says how exact it is. */
    public Amount withPrecision(double precision) {
        return new Amount(low, high, range, precision, precision, written, text);
    }

    public boolean numeric() {
        return text == null;
    }

    /**
     * The place value of a number's last significant digit as written. Decimals are read as
     * written ("4.80" is to the hundredth). A whole number below 1,000 is exact ("100%" means
     * 100). From 1,000 up, trailing zeros are read as rounding ("27000" is to the thousand), but
     * with at least two significant digits ("900000" is to the ten thousand, not the hundred
     * thousand). A claim can say otherwise with 'precision'.
     */
    public static double precisionOf(BigDecimal value) {
        if (value.scale() > 0) {
            return Math.pow(10, -value.scale());
        }
        BigDecimal whole = value.abs();
        if (whole.signum() == 0) {
            return 1;
        }
        if (whole.compareTo(BigDecimal.valueOf(1000)) < 0) {
            return 1;
        }
        int zeros = Math.max(0, -whole.stripTrailingZeros().scale());
        int digits = whole.precision() - whole.scale();
        return Math.pow(10, Math.max(0, Math.min(zeros, digits - 2)));
    }
}

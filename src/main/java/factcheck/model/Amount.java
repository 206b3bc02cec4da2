package factcheck.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number as someone wrote it: one value, or a range [low, high], or a piece of text for
 * statements that are not numbers ("Los Gatos"). Values are in plain units: "$39.3 billion" is
 * 39,300,000,000 dollars, "2,250 USD/month" is 27,000 dollars a year. The written form is kept,
 * because how a number was written ("27,000" against "26,470", "a quarter" against "25.3%") is
 * part of what it claims.
 *
 * @param low              the value, or the low end of a range; 0 for text. Signed: a loss or
 *                         fall is negative
 * @param high             the value again, or the high end of a range
 * @param range            whether two ends were given
 * @param lowPrecision     the place value of the last significant digit of the low end as
 *                         written, in plain units: 1000 for "27,000", 0.1 for "4.8", 100,000,000
 *                         for "$39.3 billion"
 * @param highPrecision    the same for the high end
 * @param written          the number(s) as written, for messages: "$39.3 billion", "a third"
 * @param text             the text, for a textual amount; null for numbers
 * @param unit             what the number counts; {@link Unit#NONE} for a plain number
 * @param looseness        how far a number word reaches, relative to its value ("a quarter" is
 *                         0.05: 23.75% to 26.25%); 0 for digits, which are as exact as written
 * @param implicitPrecision whether the precision is only implied: a whole number with no
 *                         rounding zeros ("33"), or a whole number with a scale word ("$2 billion",
 *                         read to the billion), which the rules never read too loosely
 * @param decimal          whether it was written with decimals ("4.93", "$39.3 billion") or given a
 *                         precision, so that even a bound ("up to 4.93x") is read at that precision
 * @param sense            the word that makes it a decrease ("loss", "fall"), whose size is
 *                         judged; null for none
 * @param implied          a qualifier its words carry ("over" for "a majority"); null for none
 * @param converted        whether reading it applied a scale or a period ("39,321" in USD million,
 *                         "2,250" a month), so that messages show it as written too
 */
public record Amount(double low, double high, boolean range, double lowPrecision, double highPrecision,
                     String written, String text, Unit unit, double looseness, boolean implicitPrecision,
                     boolean decimal, String sense, String implied, boolean converted) {

    public Amount {
        Objects.requireNonNull(written, "written");
        unit = unit == null ? Unit.NONE : unit;
        if (text == null && low > high) {
            throw new IllegalArgumentException("range low end " + low + " is above its high end " + high);
        }
    }

    /** A statement of fact that is not a number. */
    public static Amount ofText(String text) {
        return new Amount(0, 0, false, 0, 0, text, text, Unit.NONE, 0, false, false, null, null, false);
    }

    /** The same number(s), written to the given precision: for a claim that says how exact it is. */
    public Amount withPrecision(double precision) {
        return new Amount(low, high, range, precision, precision, written, text, unit, 0, false, true, sense, implied,
                converted);
    }

    /** The same amount, written as {@code written}. */
    public Amount withWritten(String written) {
        return new Amount(low, high, range, lowPrecision, highPrecision, written, text, unit, looseness,
                implicitPrecision, decimal, sense, implied, converted);
    }

    /** The same size as a decrease ("fell 4.8%", "a loss of"): negative, with the word that makes it one. */
    public Amount asDecrease(String word) {
        return new Amount(-high, -low, range, highPrecision, lowPrecision, written, text, unit, looseness,
                implicitPrecision, decimal, word, implied, converted);
    }

    public boolean numeric() {
        return text == null;
    }

    /** Whether the amount is a decrease whose size is judged: "a loss of $3 billion", "fell 4.8%". */
    public boolean bySize() {
        return sense != null;
    }

    /**
     * The place value of a number's last significant digit as written. Decimals are read as
     * written ("4.80" is to the hundredth). A whole number below 1,000 is to the unit ("100%"
     * means 100). From 1,000 up, trailing zeros are read as rounding ("27000" is to the
     * thousand), but with at least two significant digits ("900000" is to the ten thousand, not
     * the hundred thousand). A claim can say otherwise with 'precision'.
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

    /** Whether a number's precision is only implied: a whole number read as rounded to the unit. */
    public static boolean implicitOf(BigDecimal value) {
        return value.scale() <= 0 && precisionOf(value) == 1;
    }
}

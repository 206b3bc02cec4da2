package factcheck.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a claims file writes it, to the precision it was written: "2023" is the whole year,
 * "2023-07" the month, "2023-Q3" the quarter, "2023-07-19" the day. A date is a span of days,
 * so that "as of 2023" and "published in July 2023" can be compared without inventing a day.
 *
 * @param first   the first day it covers
 * @param last    the last day it covers
 * @param written how it was written
 */
public record DateSpan(LocalDate first, LocalDate last, String written) implements Comparable<DateSpan> {

    /** The forms {@link #parse} reads, for messages. */
    public static final String FORMS = "2023, 2023-07, 2023-Q3 or 2023-07-19";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])|[Qq]([1-4])[ -](\\d{4})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    public DateSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(last + " is before " + first);
        }
    }

    /** The date written, or null when it is not one of {@link #FORMS}. */
    public static DateSpan parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(t)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), t);
            }
            if ((m = MONTH.matcher(t)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new DateSpan(ym.atDay(1), ym.atEndOfMonth(), t);
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
                int q = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
                YearMonth start = YearMonth.of(y, 3 * q - 2);
                return new DateSpan(start.atDay(1), start.plusMonths(2).atEndOfMonth(), t);
            }
            if ((m = DAY.matcher(t)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new DateSpan(d, d, t);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** One day. */
    public static DateSpan of(LocalDate day) {
        return new DateSpan(day, day, day.toString());
    }

    /** The days from {@code first} to {@code last}, labelled {@code written}. */
    public static DateSpan between(LocalDate first, LocalDate last, String written) {
        return new DateSpan(first, last, written);
    }

    /** Whether it is a single day. */
    public boolean day() {
        return first.equals(last);
    }

    /** Whether every day of {@code other} is in this span. */
    public boolean covers(DateSpan other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /** Whether some day is in both. */
    public boolean overlaps(DateSpan other) {
        return !other.last.isBefore(first) && !other.first.isAfter(last);
    }

    /** Whether every day of this span is before every day of {@code other}. */
    public boolean before(DateSpan other) {
        return last.isBefore(other.first);
    }

    /** Whole years from the end of this span to the start of {@code later}; 0 when they overlap. */
    public double yearsBefore(DateSpan later) {
        if (!before(later)) {
            return 0;
        }
        return java.time.temporal.ChronoUnit.DAYS.between(last, later.first) / 365.25;
    }

    /** The span in words: "2023", "July 2023", "Q3 2023", "19 July 2023", or "3 July to 9 July 2023". */
    public String label() {
        if (first.getDayOfYear() == 1 && last.equals(first.withDayOfYear(first.lengthOfYear()))) {
            return String.valueOf(first.getYear());
        }
        if (first.getDayOfMonth() == 1 && last.equals(YearMonth.from(first).atEndOfMonth())) {
            return month(first) + " " + first.getYear();
        }
        if (first.getDayOfMonth() == 1 && (first.getMonthValue() - 1) % 3 == 0
                && last.equals(YearMonth.from(first).plusMonths(2).atEndOfMonth())) {
            return "Q" + ((first.getMonthValue() - 1) / 3 + 1) + " " + first.getYear();
        }
        if (day()) {
            return dayLabel(first);
        }
        return dayLabel(first).replace(" " + first.getYear(), first.getYear() == last.getYear() ? "" : " " + first.getYear())
                + " to " + dayLabel(last);
    }

    private static String dayLabel(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Earlier first; the same start, the shorter first. */
    @Override
    public int compareTo(DateSpan o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : last.compareTo(o.last);
    }

    @Override
    public String toString() {
        return label();
    }
}

package factcheck.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that say when something happened, counted from an article's publication day: "last week",
 * "three days ago", "in July", "on Monday". It reads the words into the span of days they name for
 * a given publication day, on a calendar reading: days are days; weeks run Monday to Sunday;
 * months and years are calendar months and years; "in July" is the latest July that starts on or
 * before the publication day; "on Monday" the latest Monday before it. Whether an event falls in
 * that span is for the rules to decide.
 *
 * @param words how the words were written, for messages
 * @param form  which form they are
 * @param count how many units back, for "three days ago" (1 for "last week", 0 for "this week");
 *              the month for "in July"; the weekday for "on Monday"; the year for "in 2019"
 * @param year  the year given with a month ("in July 2023"), or 0
 */
public record RelativeDate(String words, Form form, int count, int year) {

    /** The forms {@link #span} reads, for messages. */
    public static final String FORMS = "today, yesterday, N days ago, this week, last week, N weeks ago,"
            + " earlier this week, this month, last month, N months ago, earlier this month, this year,"
            + " last year, N years ago, earlier this year, in July, in July 2023, in 2019, on Monday"
            + " (N in digits or words: 3, three)";

    /** What the words count in, and from where. */
    public enum Form {
        /** "today", "yesterday", "three days ago": days back from the publication day. */
        DAYS_AGO,
        /** "this week", "last week", "two weeks ago": Monday-to-Sunday weeks back. */
        WEEKS_AGO,
        /** "this month", "last month", "six months ago": calendar months back. */
        MONTHS_AGO,
        /** "this year", "last year", "two years ago": calendar years back. */
        YEARS_AGO,
        /** "earlier this week": from its Monday to the day before publication. */
        EARLIER_THIS_WEEK,
        /** "earlier this month": from its first day to the day before publication. */
        EARLIER_THIS_MONTH,
        /** "earlier this year": from 1 January to the day before publication. */
        EARLIER_THIS_YEAR,
        /** "in July": the latest July that starts on or before the publication day. */
        IN_MONTH,
        /** "in July 2023": that month. */
        IN_MONTH_OF_YEAR,
        /** "in 2019": that year. */
        IN_YEAR,
        /** "on Monday": the latest Monday before the publication day, within the past seven days. */
        ON_WEEKDAY
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20));

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december";
    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    /** The number words, longest first, so that "seventeen" is not read as "seven". */
    private static final String NUMBER = "\\d{1,4}|" + String.join("|", NUMBER_WORDS.keySet().stream()
            .sorted(java.util.Comparator.comparing(String::length).reversed().thenComparing(w -> w)).toList());

    /** Every form; the groups name the parts. Longer forms come first, so "earlier this year" is not "this year". */
    private static final Pattern WORDS = Pattern.compile("(?<today>today)|(?<yesterday>yesterday)"
            + "|(?<n>" + NUMBER + ") (?<unit>day|week|month|year)s? ago"
            + "|earlier this (?<earlier>week|month|year)"
            + "|(?<which>this|last) (?<unitThis>week|month|year)"
            + "|in (?<month>" + MONTHS + ")(?: (?<monthYear>\\d{4}))?"
            + "|in (?<year>\\d{4})"
            + "|on (?<weekday>" + WEEKDAYS + ")", Pattern.CASE_INSENSITIVE);

    /** The forms as whole words in running text. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern IN_TEXT = Pattern.compile("\\b(?:" + WORDS.pattern() + ")\\b", Pattern.CASE_INSENSITIVE);

    public RelativeDate {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(form, "form");
    }

    /** The words read, or null when they are not one of {@link #FORMS}. Case and runs of spaces do not matter. */
    public static RelativeDate read(String words) {
        if (words == null) {
            return null;
        }
        String w = SPACES.matcher(words.strip()).replaceAll(" ");
        Matcher m = WORDS.matcher(w);
        if (!m.matches()) {
            return null;
        }
        if (m.group("today") != null) {
            return new RelativeDate(w, Form.DAYS_AGO, 0, 0);
        }
        if (m.group("yesterday") != null) {
            return new RelativeDate(w, Form.DAYS_AGO, 1, 0);
        }
        if (m.group("n") != null) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int count = NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n) : Integer.parseInt(n);
            if (count < 1) {
                return null;
            }
            return new RelativeDate(w, back(m.group("unit")), count, 0);
        }
        if (m.group("earlier") != null) {
            Form form = switch (m.group("earlier").toLowerCase(Locale.ROOT)) {
                case "week" -> Form.EARLIER_THIS_WEEK;
                case "month" -> Form.EARLIER_THIS_MONTH;
                default -> Form.EARLIER_THIS_YEAR;
            };
            return new RelativeDate(w, form, 0, 0);
        }
        if (m.group("which") != null) {
            return new RelativeDate(w, back(m.group("unitThis")), m.group("which").equalsIgnoreCase("last") ? 1 : 0, 0);
        }
        if (m.group("month") != null) {
            int month = Month.valueOf(m.group("month").toUpperCase(Locale.ROOT)).getValue();
            return m.group("monthYear") == null ? new RelativeDate(w, Form.IN_MONTH, month, 0)
                    : new RelativeDate(w, Form.IN_MONTH_OF_YEAR, month, Integer.parseInt(m.group("monthYear")));
        }
        if (m.group("year") != null) {
            return new RelativeDate(w, Form.IN_YEAR, Integer.parseInt(m.group("year")), 0);
        }
        return new RelativeDate(w, Form.ON_WEEKDAY, DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT))
                .getValue(), 0);
    }

    private static Form back(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> Form.DAYS_AGO;
            case "week" -> Form.WEEKS_AGO;
            case "month" -> Form.MONTHS_AGO;
            default -> Form.YEARS_AGO;
        };
    }

    /**
     * The span of days {@code words} name for an article published on {@code publishedDay}; null
     * when they are not one of {@link #FORMS}, or name no day for that publication day ("earlier
     * this month" in an article of the 1st).
     */
    public static DateSpan span(String words, LocalDate publishedDay) {
        RelativeDate r = read(words);
        return r == null ? null : r.span(publishedDay);
    }

    /**
     * The words in {@code text} that are one of {@link #FORMS}, as written there, in order: "the
     * strike began last week" gives ["last week"].
     */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = IN_TEXT.matcher(SPACES.matcher(text).replaceAll(" "));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * The span of days the words name for an article published on {@code day}; null when they
     * name none ("earlier this month" on the 1st).
     */
    public DateSpan span(LocalDate day) {
        LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1);
        YearMonth month = YearMonth.from(day);
        return switch (form) {
            case DAYS_AGO -> days(day.minusDays(count), day.minusDays(count));
            case WEEKS_AGO -> days(monday.minusWeeks(count), monday.minusWeeks(count).plusDays(6));
            case MONTHS_AGO -> days(month.minusMonths(count).atDay(1), month.minusMonths(count).atEndOfMonth());
            case YEARS_AGO -> year(day.getYear() - count);
            case EARLIER_THIS_WEEK -> days(monday, day.minusDays(1));
            case EARLIER_THIS_MONTH -> days(month.atDay(1), day.minusDays(1));
            case EARLIER_THIS_YEAR -> days(day.withDayOfYear(1), day.minusDays(1));
            case IN_MONTH -> {
                YearMonth m = YearMonth.of(day.getYear(), count);
                YearMonth latest = m.atDay(1).isAfter(day) ? m.minusYears(1) : m;
                yield days(latest.atDay(1), latest.atEndOfMonth());
            }
            case IN_MONTH_OF_YEAR -> days(YearMonth.of(year, count).atDay(1), YearMonth.of(year, count).atEndOfMonth());
            case IN_YEAR -> year(count);
            case ON_WEEKDAY -> {
                int back = (day.getDayOfWeek().getValue() - count + 7) % 7;
                LocalDate on = day.minusDays(back == 0 ? 7 : back);
                yield days(on, on);
            }
        };
    }

    private DateSpan days(LocalDate first, LocalDate last) {
        return last.isBefore(first) ? null : DateSpan.between(first, last, words);
    }

    private DateSpan year(int y) {
        return DateSpan.between(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), words);
    }

    /** Whether the words name the same days whatever the publication day: "in 2019", "in July 2023". */
    public boolean fixed() {
        return form == Form.IN_YEAR || form == Form.IN_MONTH_OF_YEAR;
    }

    /** Whether the words name a day of the week ("on Monday"). */
    public boolean weekday() {
        return form == Form.ON_WEEKDAY;
    }

    /**
     * How precisely a date must be known for the words to decide it, as a word: "day" for days,
     * weeks, weekdays and "earlier this...", "month" for months, "year" for years.
     */
    public String needs() {
        return switch (form) {
            case MONTHS_AGO, IN_MONTH, IN_MONTH_OF_YEAR -> "month";
            case YEARS_AGO, IN_YEAR -> "year";
            default -> "day";
        };
    }
}

package factcheck.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RelativeDate: the days that words like "last week" name, for an article of a given day. */
class RelativeDateTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 7, 19);

    private static String on(String words, LocalDate published) {
        DateSpan s = RelativeDate.span(words, published);
        return s == null ? null : s.label();
    }

    private static String on(String words) {
        return on(words, PUBLISHED);
    }

    @Test
    void todayIsThePublicationDay() {
        assertEquals("19 July 2023", on("today"));
    }

    @Test
    void yesterdayIsTheDayBefore() {
        assertEquals("18 July 2023", on("yesterday"));
    }

    @Test
    void daysAgoCountBackFromThePublicationDay() {
        assertEquals("16 July 2023", on("three days ago"));
        assertEquals("16 July 2023", on("3 days ago"));
        assertEquals("18 July 2023", on("one day ago"));
        assertEquals("2 July 2023", on("seventeen days ago"));
    }

    @Test
    void thisWeekIsThePublicationsMondayToSunday() {
        assertEquals("17 July to 23 July 2023", on("this week"));
    }

    @Test
    void lastWeekIsTheMondayToSundayBefore() {
        assertEquals("10 July to 16 July 2023", on("last week"));
        // Published on a Monday, last week is still the whole week before.
        assertEquals("10 July to 16 July 2023", on("last week", LocalDate.of(2023, 7, 17)));
        // Published on a Sunday, it is the week before the one ending that day.
        assertEquals("3 July to 9 July 2023", on("last week", LocalDate.of(2023, 7, 16)));
    }

    @Test
    void weeksAgoAreWholeWeeksBack() {
        assertEquals("3 July to 9 July 2023", on("two weeks ago"));
        assertEquals("26 June to 2 July 2023", on("3 weeks ago"));
    }

    @Test
    void earlierThisWeekRunsFromItsMondayToTheDayBefore() {
        assertEquals("17 July to 18 July 2023", on("earlier this week"));
    }

    @Test
    void monthsAreCalendarMonths() {
        assertEquals("July 2023", on("this month"));
        assertEquals("June 2023", on("last month"));
        assertEquals("January 2023", on("six months ago"));
        assertEquals("December 2022", on("7 months ago"));
        assertEquals("December 2022", on("last month", LocalDate.of(2023, 1, 31)));
    }

    @Test
    void earlierThisMonthRunsFromItsFirstDayToTheDayBefore() {
        assertEquals("1 July to 18 July 2023", on("earlier this month"));
    }

    @Test
    void yearsAreCalendarYears() {
        assertEquals("2023", on("this year"));
        assertEquals("2022", on("last year"));
        assertEquals("2021", on("two years ago"));
        assertEquals("2013", on("10 years ago"));
    }

    @Test
    void earlierThisYearRunsFromFirstJanuaryToTheDayBefore() {
        assertEquals("1 January to 18 July 2023", on("earlier this year"));
    }

    @Test
    void inAMonthIsTheLatestSuchMonthStartingOnOrBeforePublication() {
        assertEquals("July 2023", on("in July"));
        assertEquals("June 2023", on("in June"));
        assertEquals("August 2022", on("in August"));
        assertEquals("July 2023", on("in July", LocalDate.of(2023, 7, 1)));
        assertEquals("July 2022", on("in July", LocalDate.of(2023, 6, 30)));
    }

    @Test
    void inAMonthOfAYearIsThatMonth() {
        assertEquals("July 2021", on("in July 2021"));
    }

    @Test
    void inAYearIsThatYear() {
        assertEquals("2019", on("in 2019"));
        assertEquals("2019", on("in 2019", LocalDate.of(2030, 1, 1)));
    }

    @Test
    void onAWeekdayIsTheLatestSuchDayBeforePublication() {
        assertEquals("17 July 2023", on("on Monday"));
        assertEquals("18 July 2023", on("on Tuesday"));
        // Published on a Wednesday, "on Wednesday" is the one a week before, not the day itself.
        assertEquals("12 July 2023", on("on Wednesday"));
        assertEquals("13 July 2023", on("on Thursday"));
        assertEquals("16 July 2023", on("on Sunday"));
    }

    @Test
    void caseAndSpacingDoNotMatter() {
        assertEquals("10 July to 16 July 2023", on("  Last   Week "));
        assertEquals("17 July 2023", on("on MONDAY"));
    }

    @Test
    void wordsThatNameNoDayForThatPublicationDayGiveNone() {
        assertNull(on("earlier this month", LocalDate.of(2023, 7, 1)));
        assertNull(on("earlier this week", LocalDate.of(2023, 7, 17)));
        assertNull(on("earlier this year", LocalDate.of(2023, 1, 1)));
        assertNotNull(RelativeDate.read("earlier this month"), "the words are read, they just name no day then");
    }

    @Test
    void wordsItDoesNotReadGiveNone() {
        for (String words : List.of("last weekend", "recently", "a while ago", "0 days ago", "last Monday", "on 14 July",
                "in mid-July", "two fortnights ago", "", "   ")) {
            assertNull(RelativeDate.read(words), words);
            assertNull(RelativeDate.span(words, PUBLISHED), words);
        }
        assertNull(RelativeDate.read(null));
    }

    @Test
    void onlyAYearOrAMonthOfAYearIsFixed() {
        assertTrue(RelativeDate.read("in 2019").fixed());
        assertTrue(RelativeDate.read("in July 2021").fixed());
        assertFalse(RelativeDate.read("in July").fixed());
        assertFalse(RelativeDate.read("last week").fixed());
    }

    @Test
    void eachFormNeedsTheDateToItsOwnUnit() {
        assertEquals("day", RelativeDate.read("last week").needs());
        assertEquals("day", RelativeDate.read("on Monday").needs());
        assertEquals("day", RelativeDate.read("earlier this year").needs());
        assertEquals("month", RelativeDate.read("in July").needs());
        assertEquals("month", RelativeDate.read("two months ago").needs());
        assertEquals("year", RelativeDate.read("last year").needs());
        assertEquals("year", RelativeDate.read("in 2019").needs());
    }

    @Test
    void theFormsAreFoundInAQuoteAsWholeWords() {
        assertEquals(List.of("last week"), RelativeDate.in("The strike began last week, the union said"));
        assertEquals(List.of("earlier this year"), RelativeDate.in("it started earlier this year"));
        assertEquals(List.of("in July 2023"), RelativeDate.in("it started in July 2023."));
        assertEquals(List.of("three days ago"), RelativeDate.in("it started three\ndays ago"));
        assertEquals(List.of("last week", "yesterday"), RelativeDate.in("talks ended last week and resumed yesterday"));
        assertEquals(List.of(), RelativeDate.in("it started last weekend"));
        assertEquals(List.of(), RelativeDate.in(null));
    }

    @Test
    void theSpanIsLabelledWithTheWords() {
        assertEquals("last week", RelativeDate.span("last week", PUBLISHED).written());
    }
}

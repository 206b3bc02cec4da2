package factcheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * rules/date.drl: words that say when something happened ("last week", "in July"), counted from
 * the article's publication date, against the date of an event figure. 19 July 2023 is a Wednesday.
 */
class DateRulesTest {

    /** A claim of an article published on {@code published} that the strike began as {@code quote} says. */
    private static RuleHarness.Fired strike(String published, String asOf, String quote, String stated) {
        return RuleHarness.checkPublished(published, """
                figures:
                  - {id: strike-start, text: SAG-AFTRA strike began, as-of: %s, source: SAG-AFTRA}
                claims:
                  - {id: c, quote: "%s", kind: date, %sfigures: {event: strike-start}}
                """.formatted(asOf, quote, stated == null ? "" : "stated: " + stated + ", "));
    }

    private static List<String> errors(RuleHarness.Fired r) {
        return r.errors().stream().map(e -> e.replaceAll("[^ (]*/test\\.yaml", "test.yaml")).toList();
    }

    @Test
    void anEventInTheStatedWeekHolds() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-07-14", "the strike began last week", "last week");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 14 July 2023, 5 days before the article (19 July 2023),"
                + " within 'last week' (10 July to 16 July 2023)", r.reason("c"));
    }

    @Test
    void anEventOutsideTheStatedDayFails() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-07-14", "the strike began yesterday", "yesterday");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 14 July 2023, 5 days before the article (19 July 2023);"
                + " 'yesterday' is 18 July 2023", r.reason("c"));
    }

    @Test
    void anEventAfterTheArticleIsNotLastWeek() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-07-21", "the strike began last week", "last week");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 21 July 2023, 2 days after the article (19 July 2023);"
                + " 'last week' is 10 July to 16 July 2023", r.reason("c"));
    }

    @Test
    void thisWeekTakesInTheDaysAfterPublication() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-07-21", "the strike begins this week", "this week");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 21 July 2023, 2 days after the article (19 July 2023),"
                + " within 'this week' (17 July to 23 July 2023)", r.reason("c"));
    }

    @Test
    void anArticleDatedToTheMonthCannotPlaceLastWeek() {
        RuleHarness.Fired r = strike("2023-07", "2023-07-14", "the strike began last week", "last week");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("the article's date is given to the month (July 2023); 'last week' needs the day: it is 19 June"
                + " to 25 June 2023 for an article of 1 July 2023 and 24 July to 30 July 2023 for one of 31 July 2023,"
                + " and strike-start (SAG-AFTRA strike began) is 14 July 2023", r.reason("c"));
        assertEquals(List.of(), r.errors(), "an imprecise date is not bad input");
    }

    @Test
    void anArticleDatedToTheMonthStillRulesOutAnEventMonthsBefore() {
        RuleHarness.Fired r = strike("2023-07", "2023-03-14", "the strike began last week", "last week");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 14 March 2023, before the article (July 2023);"
                + " 'last week' is 19 June to 25 June 2023 for an article of 1 July 2023 and 24 July to 30 July 2023 for"
                + " one of 31 July 2023", r.reason("c"));
    }

    @Test
    void anArticleDatedToTheMonthIsEnoughForThisYear() {
        RuleHarness.Fired r = strike("2023-07", "2023-03-14", "the strike began this year", "this year");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 14 March 2023, before the article (July 2023), within"
                + " 'this year' (2023)", r.reason("c"));
    }

    @Test
    void anArticleDatedToTheYearCannotSayWhichJuly() {
        RuleHarness.Fired r = strike("2023", "2022-07-14", "the strike began in July", "in July");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("the article's date is given to the year (2023); 'in July' needs the month: it is July 2022 for an"
                + " article of 1 January 2023 and July 2023 for one of 31 December 2023, and strike-start (SAG-AFTRA"
                + " strike began) is 14 July 2022", r.reason("c"));
    }

    @Test
    void anEventDatedToTheMonthCannotBePlacedInAWeek() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-07", "the strike began last week", "last week");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("strike-start's 'as-of' is given to the month (July 2023); 'last week' (10 July to 16 July 2023)"
                + " needs the day", r.reason("c"));
    }

    @Test
    void anEventDatedToTheYearCannotBePlacedInAMonth() {
        RuleHarness.Fired r = strike("2023-07-19", "2023", "the strike began in July", "in July");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("strike-start's 'as-of' is given to the year (2023); 'in July' (July 2023) needs the month",
                r.reason("c"));
    }

    @Test
    void anEventDatedToTheMonthIsEnoughForLastMonth() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-06", "the strike began last month", "last month");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is June 2023, before the article (19 July 2023), within"
                + " 'last month' (June 2023)", r.reason("c"));
    }

    @Test
    void whenNeitherDateIsPreciseEnoughBothAreNamed() {
        RuleHarness.Fired r = strike("2023-07", "2023-07", "the strike began last week", "last week");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("the article's date is given to the month (July 2023) and strike-start's 'as-of' to the month"
                + " (July 2023); 'last week' needs the day of both", r.reason("c"));
    }

    @Test
    void onAWeekdayNamesTheEventsWeekday() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-07-14", "the strike began on Friday", "on Friday");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 14 July 2023, a Friday, 5 days before the article"
                + " (19 July 2023), within 'on Friday' (14 July 2023)", r.reason("c"));
    }

    @Test
    void anEventOnAWednesdayWasNotOnAMondayWhateverTheArticlesDay() {
        RuleHarness.Fired r = strike("2023-07", "2023-07-12", "the strike began on Monday", "on Monday");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 12 July 2023, a Wednesday, around the date of the article"
                + " (July 2023); 'on Monday' is 26 June 2023 for an article of 1 July 2023 and 24 July 2023 for one of"
                + " 31 July 2023", r.reason("c"));
    }

    @Test
    void earlierThisMonthNamesNoDayInAnArticleOfTheFirst() {
        RuleHarness.Fired r = strike("2023-07-01", "2023-06-30", "the strike began earlier this month",
                "earlier this month");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 30 June 2023, 1 day before the article (1 July 2023);"
                + " 'earlier this month' is no day (nothing of the month comes before 1 July 2023)", r.reason("c"));
    }

    @Test
    void wordsLeftOutOfStatedAreTakenFromTheQuote() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-07-14", "the strike began three days ago", null);
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 14 July 2023, 5 days before the article (19 July 2023);"
                + " 'three days ago' is 16 July 2023", r.reason("c"));
    }

    @Test
    void aNumberOfDaysAgoInStatedIsReadAsWords() {
        // A date claim's 'stated' is words: "5 days ago" is not the number 5.
        RuleHarness.Fired r = strike("2023-07-19", "2023-07-14", "the strike began 5 days ago", "5 days ago");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals(List.of(), errors(r));
    }

    @Test
    void aYearNeedsNoPublicationDate() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: strike-start, text: SAG-AFTRA strike began, as-of: 2019-07-14, source: SAG-AFTRA}
                claims:
                  - {id: c, quote: the strike began in 2019, kind: date, figures: {event: strike-start}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 14 July 2019, within 'in 2019' (2019)", r.reason("c"));
    }

    @Test
    void noPublicationDateLeavesRelativeWordsUnverifiable() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: strike-start, text: SAG-AFTRA strike began, as-of: 2023-07-14, source: SAG-AFTRA}
                claims:
                  - {id: c, quote: the strike began last week, kind: date, stated: last week,
                     figures: {event: strike-start}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("'last week' counts from the day the article was published, and the article gives none; add the"
                + " article's 'published' date, like 'published: 2023-07-19'", r.reason("c"));
        assertEquals(List.of(), r.errors());
    }

    @Test
    void anEventWithoutAsOfIsBadInput() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07-19", """
                figures:
                  - {id: strike-start, text: SAG-AFTRA strike began, source: SAG-AFTRA}
                claims:
                  - {id: c, quote: the strike began last week, kind: date, stated: last week,
                     figures: {event: strike-start}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:10: error: claim 'c': field 'figures.event': figure 'strike-start' gives no"
                + " 'as-of', the date the event happened, which a date claim checks its words against; add it, like"
                + " 'as-of: 2023-07-14'"), errors(r));
    }

    @Test
    void wordsItDoesNotReadAreBadInputThatListsTheForms() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-07-14", "the strike began last weekend", "last weekend");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:9: error: claim 'c': field 'stated': 'last weekend' is not a date the checker"
                + " reads; it reads today, yesterday, N days ago, this week, last week, N weeks ago, earlier this week,"
                + " this month, last month, N months ago, earlier this month, this year, last year, N years ago,"
                + " earlier this year, in July, in July 2023, in 2019, on Monday (N in digits or words: 3, three)"),
                errors(r));
    }

    @Test
    void wordsTheQuoteDoesNotSayAreBadInput() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-07-14", "the strike began yesterday", "last week");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:9: error: claim 'c': field 'stated': the quote does not say 'last week'; state"
                + " the words the quote uses to say when"), errors(r));
    }

    @Test
    void aQuoteWithNoDateWordsNeedsThemStated() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-07-14", "the strike began recently", null);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:9: error: claim 'c': field 'stated': a date claim needs the words that say"
                + " when, and its quote has none the checker reads (it reads today, yesterday, N days ago, this week,"
                + " last week, N weeks ago, earlier this week, this month, last month, N months ago, earlier this month,"
                + " this year, last year, N years ago, earlier this year, in July, in July 2023, in 2019, on Monday (N"
                + " in digits or words: 3, three)); quote them, or write them in 'stated'"), errors(r));
    }

    @Test
    void aQuoteWithTwoDatesNeedsTheOneStated() {
        RuleHarness.Fired r = strike("2023-07-19", "2023-07-14", "talks ended last week and resumed yesterday", null);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:9: error: claim 'c': field 'stated': the quote says when in several ways (last"
                + " week, yesterday); write the one the claim states in 'stated'"), errors(r));
        RuleHarness.Fired stated = strike("2023-07-19", "2023-07-14", "talks ended last week and resumed yesterday",
                "last week");
        assertEquals(TRUE, stated.verdict("c"));
    }

    @Test
    void aQualifierIsBadInput() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07-19", """
                figures:
                  - {id: strike-start, text: SAG-AFTRA strike began, as-of: 2023-07-14, source: SAG-AFTRA}
                claims:
                  - {id: c, quote: the strike began last week, kind: date, stated: last week, qualifier: over,
                     figures: {event: strike-start}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:9: error: claim 'c': field 'qualifier': a date claim does not check a"
                + " qualifier, so 'over' would go unchecked; a quote that qualifies when ('more than two years ago') is"
                + " not a date claim the rules can check"), errors(r));
    }

    @Test
    void aNumberFigureIsDatedByItsAsOfWhateverItsUnit() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07-19", """
                figures:
                  - {id: strikers, value: 160000, unit: people, as-of: 2023-07-14, source: SAG-AFTRA}
                claims:
                  - {id: c, quote: 160000 actors walked out last week, kind: date, stated: last week,
                     figures: {event: strikers}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("strikers is 14 July 2023, 5 days before the article (19 July 2023), within 'last week' (10 July"
                + " to 16 July 2023)", r.reason("c"));
    }

    @Test
    void aListOfOneEventIsThatEvent() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07-19", """
                figures:
                  - {id: strike-start, text: SAG-AFTRA strike began, as-of: 2023-07-14, source: SAG-AFTRA}
                claims:
                  - {id: c, quote: the strike began last week, kind: date, stated: last week,
                     figures: {event: [strike-start]}}
                """);
        assertEquals(TRUE, r.verdict("c"));
    }

    @Test
    void aListOfEventsIsBadInput() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07-19", """
                figures:
                  - {id: sag-start, text: SAG-AFTRA strike began, as-of: 2023-07-14, source: SAG-AFTRA}
                  - {id: wga-start, text: WGA strike began, as-of: 2023-05-02, source: WGA}
                claims:
                  - {id: c, quote: the strike began last week, kind: date, stated: last week,
                     figures: {event: [sag-start, wga-start]}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:11: error: claim 'c': field 'figures.event': a date claim takes one 'event'"
                + " figure, not a list; give the one whose date the words state"), errors(r));
    }

    @Test
    void anEmptyListOfEventsIsRejectedByTheLoader() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07-19", """
                figures:
                  - {id: strike-start, text: SAG-AFTRA strike began, as-of: 2023-07-14, source: SAG-AFTRA}
                claims:
                  - {id: c, quote: the strike began last week, kind: date, stated: last week, figures: {event: []}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:9: error: claim 'c': field 'figures.event' lists no figures; give their ids,"
                + " like 'event: [first, second]'"), errors(r));
    }

    @Test
    void anUnknownEventIsRejectedByTheLoader() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07-19", """
                figures:
                  - {id: strike-start, text: SAG-AFTRA strike began, as-of: 2023-07-14, source: SAG-AFTRA}
                claims:
                  - {id: c, quote: the strike began last week, kind: date, stated: last week,
                     figures: {event: [strike-strat]}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:10: error: claim 'c': field 'figures.event': unknown figure 'strike-strat'; did"
                + " you mean 'strike-start'? (known: strike-start)"), errors(r));
    }

    @Test
    void aMisspeltEventRoleIsNamed() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07-19", """
                figures:
                  - {id: strike-start, text: SAG-AFTRA strike began, as-of: 2023-07-14, source: SAG-AFTRA}
                claims:
                  - {id: c, quote: the strike began last week, kind: date, stated: last week,
                     figures: {evnt: strike-start}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:10: error: claim 'c': field 'figures.evnt': a date claim does not use a 'evnt'"
                + " figure; did you mean 'event'? (roles: event); fix the role, or remove the figure",
                "test.yaml:10: error: claim 'c': field 'figures.evnt': a date claim needs an 'event' figure (what"
                + " happened, with its 'as-of' date); is 'evnt' meant to be 'event'?"), errors(r));
    }

    @Test
    void aFigureOverTimeIsNotAnEvent() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07-19", """
                figures:
                  - {id: members, values: {2022: 150000, 2023: 160000}, unit: people, source: SAG-AFTRA}
                claims:
                  - {id: c, quote: membership grew last year, kind: date, stated: last year,
                     figures: {event: members}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:10: error: claim 'c': field 'figures.event': figure 'members' has values over"
                + " time; a date claim's event is one figure whose 'as-of' is when it happened"), errors(r));
    }

    @Test
    void anEventAfterTheArticleHadNotHappenedWhenItSaidSo() {
        RuleHarness.Fired r = strike("2024-03-04", "2024-03-07", "the strike began this week", "this week");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("strike-start (SAG-AFTRA strike began) is 7 March 2024, after the article (4 March 2024): it had not"
                + " happened when the article said it had", r.reason("c"));
    }
}

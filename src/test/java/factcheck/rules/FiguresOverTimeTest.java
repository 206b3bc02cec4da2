package factcheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MOSTLY_TRUE;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures with a value for each date, judged at the value in force at the article's date (rules/dated.drl). */
class FiguresOverTimeTest {

    private static final String THRESHOLD = """
            figures:
              - id: threshold
                values:
                  2023: 26470
                  2024: 27000
                  2025: 27540
                unit: USD/year
                source: Health plan
            """;

    @Test
    void aClaimIsJudgedAtTheValueInForceAtTheArticlesDate() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2024-03-01", THRESHOLD + """
                claims:
                  - {id: c, quote: "the $27,000 it takes", kind: value, stated: "$27,000", figures: {reference: threshold}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$27,000 a year (threshold, 2024 value), as stated", r.reason("c"));
    }

    @Test
    void aNumberThatIsAnotherDatesValueSaysWhichValueWasInForce() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07", THRESHOLD + """
                claims:
                  - {id: c, quote: "the $27,000 it takes", kind: value, stated: "$27,000", figures: {reference: threshold}}
                """);
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
        assertEquals("$27,000 is the 2024 value of threshold; at the article's date (July 2023) the value in force was"
                + " $26,470 a year (the 2023 value)", r.reason("c"));
        assertEquals("$26,470 a year (threshold, 2023 value), 2% below the stated $27,000: close, but more than its"
                + " written precision allows (to the nearest 1,000, 26,470 rounds to 26,000)",
                r.reasons("c").get(1).message());
    }

    @Test
    void aNumberFarFromTheValueInForceStaysFalseButStillSaysWhichDateItMatches() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07", """
                figures:
                  - id: members
                    values: {2019: 100000, 2023: 160000}
                    unit: people
                    source: Union
                claims:
                  - {id: c, quote: "its 100,000 members", kind: value, stated: "100,000", figures: {reference: members}}
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertTrue(r.reasons("c").stream().anyMatch(x -> x.message().equals("100,000 is the 2019 value of members; at the"
                + " article's date (July 2023) the value in force was 160,000 people (the 2023 value)")),
                r.reasons("c").toString());
    }

    @Test
    void withoutTheArticlesDateTheValueInForceIsUnknown() {
        RuleHarness.Fired r = RuleHarness.check(THRESHOLD + """
                claims:
                  - {id: c, quote: "the $27,540 it takes", kind: value, stated: "$27,540", figures: {reference: threshold}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures': figure 'threshold' has a value for each of 3 dates, and the article gives no date to"
                + " tell which was in force (the latest, 2025, was used); add the article's 'published' date", r.reason("c"));
    }

    @Test
    void anArticleOlderThanEveryValueCannotBeJudged() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2022-12-31", THRESHOLD + """
                claims:
                  - {id: c, quote: "the $26,470 it takes", kind: value, stated: "$26,470", figures: {reference: threshold}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures': the earliest value of 'threshold' is for 2023, after the article's date (31"
                + " December 2022); add the value in force then", r.reason("c"));
    }

    @Test
    void aValueAtANamedDateIsPickedWithAnAt() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2025-03", THRESHOLD + """
                claims:
                  - {id: c, quote: "last year it was $27,000", kind: value, stated: "$27,000",
                     figures: {reference: threshold@2024}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$27,000 a year (threshold, 2024 value), as stated", r.reason("c"));
    }

    @Test
    void aFigureYearsOlderThanTheArticleMayBeOutOfDate() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07-19", """
                figures:
                  - {id: members, value: 160000, unit: people, source: Union, as-of: 2019}
                  - {id: recent, value: 160000, unit: people, source: Union, as-of: 2022}
                claims:
                  - {id: c, quote: "its 160,000 members", kind: value, stated: "160,000", figures: {reference: members}}
                  - {id: d, quote: "its 160,000 members", kind: value, stated: "160,000", figures: {reference: recent}}
                """);
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
        assertEquals("figure 'members' is as of 2019, 3 years before the article (19 July 2023), and may be out of date;"
                + " check for a newer figure", r.reason("c"));
        assertEquals(TRUE, r.verdict("d"), "a figure from the year before is not out of date");
    }

    @Test
    void datesThatAreNotDatesAreErrorsAtTheirLine() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - id: threshold
                    values:
                      2023: 26470
                      next year: 27000
                      2023: 26000
                    source: Health plan
                  - {id: other, value: 1, source: Somewhere, as-of: last spring}
                claims: []
                """);
        assertEquals(List.of(
                "test.yaml:9: error: figure 'threshold': field 'values': 'next year' is not a date; write it as 2023,"
                        + " 2023-07, 2023-Q3 or 2023-07-19",
                "test.yaml:10: error: figure 'threshold': field 'values': 2023 is given twice (first at line 8)",
                "test.yaml:12: error: figure 'other': field 'as-of': 'last spring' is not a date; write it as 2023,"
                        + " 2023-07, 2023-Q3 or 2023-07-19, as exact as the source is"), r.shortErrors());
    }

    @Test
    void anArticleDateThatIsNotADateIsAnError() {
        RuleHarness.Fired r = RuleHarness.checkPublished("July 2023", """
                figures: []
                claims: []
                """);
        assertEquals(List.of("test.yaml:5: error: article: field 'published': 'July 2023' is not a date; write it as"
                + " 2023, 2023-07, 2023-Q3 or 2023-07-19, as exact as known"), r.shortErrors());
    }

    @Test
    void aFigureDatedAfterTheArticleIsOneItCouldNotHaveUsed() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2020-01-15", """
                figures:
                  - {id: debt, value: $34 trillion, source: Treasury, as-of: 2024-01}
                  - {id: people, value: 330000000, unit: people, source: Census, as-of: 2024}
                  - {id: per-person, per: [debt, people]}
                claims:
                  - {id: c, quote: "The national debt is $34 trillion", kind: value, figures: {reference: debt}}
                  - {id: d, quote: "about $103,000 a person", kind: value, stated: "$103,000", qualifier: about,
                     figures: {reference: per-person}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures': figure 'debt' is as of January 2024, after the article (15 January 2020): the"
                + " article could not have used it unless it was announced in advance; give the figure as of the"
                + " article's date", r.reason("c"));
        assertEquals(UNVERIFIABLE, r.verdict("d"), "a computed figure is as late as what it was computed from");
    }

    @Test
    void aDateBeforeTheFirstValueNamesNoValue() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07", THRESHOLD + """
                claims:
                  - {id: c, quote: "the $26,470 it took", kind: value, stated: "$26,470",
                     figures: {reference: threshold@2020}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:16: error: claim 'c': field 'figures.reference': 'threshold@2020': figure"
                + " 'threshold' has no value before 2023, its first; give the value in force at 2020"), r.shortErrors());
    }

    @Test
    void aComputedFigureOverTimeNeedsTheArticlesDateToo() {
        RuleHarness.Fired r = RuleHarness.check(THRESHOLD + """
                  - {id: members, value: 1000, unit: people, source: Union}
                  - {id: per-member, per: [threshold, members]}
                claims:
                  - {id: c, quote: "$27.54 a member", kind: value, stated: "$27.54", figures: {reference: per-member}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.reason("c").startsWith("field 'figures': figure 'threshold' has a value for each of 3 dates, and the"
                + " article gives no date"), r.reason("c"));
    }

    @Test
    void aValuePickedByDateNeedsNoArticleDateButIsNotOneFromAfterIt() {
        RuleHarness.Fired undated = RuleHarness.check(THRESHOLD + """
                claims:
                  - {id: c, quote: "$27,000 in 2024", kind: value, stated: "$27,000", figures: {reference: threshold@2024}}
                """);
        assertEquals(TRUE, undated.verdict("c"));
        RuleHarness.Fired early = RuleHarness.checkPublished("2023-07", THRESHOLD + """
                  - {id: rise, change: [threshold@2023, threshold@2025]}
                claims:
                  - {id: c, quote: "$27,000 next year", kind: value, stated: "$27,000", figures: {reference: threshold@2024}}
                  - {id: d, quote: "it has risen 4% in two years", kind: value, stated: 4%, figures: {reference: rise}}
                """);
        assertEquals(UNVERIFIABLE, early.verdict("c"));
        assertEquals("field 'figures': figure 'threshold' (2024 value) is as of 2024, after the article (July 2023): the"
                + " article could not have used it unless it was announced in advance; give the figure as of the"
                + " article's date", early.reason("c"));
        assertEquals(UNVERIFIABLE, early.verdict("d"), "a rise to a value after the article is not one it could report");
    }

    @Test
    void aValueThatChangesWithinTheArticlesMonthIsNotKnown() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07", """
                figures:
                  - id: wage
                    values: {2023-01: $15.50, 2023-07-15: $16}
                    unit: USD/hour
                    source: City ordinance
                claims:
                  - {id: c, quote: "$16 an hour", kind: value, stated: "$16 an hour", figures: {reference: wage}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures': the value of 'wage' changed on 15 July 2023 (to $16 an hour), within the article's"
                + " date (July 2023), so the value in force is not known; give the article's day in 'published'",
                r.reason("c"));
        RuleHarness.Fired day = RuleHarness.checkPublished("2023-07-20", """
                figures:
                  - id: wage
                    values: {2023-01: $15.50, 2023-07-15: $16}
                    unit: USD/hour
                    source: City ordinance
                claims:
                  - {id: c, quote: "$16 an hour", kind: value, stated: "$16 an hour", figures: {reference: wage}}
                """);
        assertEquals(TRUE, day.verdict("c"));
    }
}

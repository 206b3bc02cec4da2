package factcheck.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** rules/trend.drl: a figure's direction over time ("rose every year since 2019", "three years in a row"). */
class TrendRulesTest {

    /** Series over time, and dated figures for lists; the article is of August 2023. */
    private static final String FIGURES = """
            figures:
              - id: revenue
                unit: USD billion
                source: Annual reports
                values: {2018: 7, 2019: 10, 2020: 12, 2021: 13, 2022: 15, 2023: 16, 2024: 9}
              - id: bumpy
                unit: USD billion
                source: Annual reports
                values: {2019: 10, 2020: 12, 2021: 11, 2022: 11, 2023: 16}
              - id: falling
                source: Survey
                values: {2019: 16, 2020: 12, 2021: 13, 2022: 11, 2023: 10}
              - id: flat
                source: Survey
                values: {2019: 10, 2020: 12, 2021: 10}
              - id: two-falls
                source: Survey
                values: {2020: 10, 2021: 12, 2022: 11, 2023: 10}
              - id: members
                unit: people
                source: Union
                values: {2022-Q1: 100, 2022-Q2: 110, 2022-Q3: 120, 2022-Q4: 130, 2023-Q1: 140, 2023-Q2: 150, 2023-Q3: 160, 2023-Q4: 90}
              - id: prices
                source: Survey
                values: {2023-03: 5, 2023-04: 6, 2023-05: 7}
              - id: gap
                source: Survey
                values: {2019: 10, 2020: 12, 2022: 13, 2023: 14}
              - id: estimates
                source: Survey
                values: {2019: 10, 2020: [11, 13], 2021: 14}
              - id: spending
                unit: USD million
                source: Budget
                values: {2021: 9400, 2022: 9800, 2023: 10250}
              - id: rent
                unit: USD/month
                source: Rent survey
                values: {2022-Q4: 1510, 2023-Q1: 1525, 2023-Q2: 1500}
              - {id: index-2019, value: 100, as-of: 2019, source: Payroll}
              - {id: pay-2019, value: 10, unit: USD, as-of: 2019, source: Payroll}
              - {id: pay-2020, value: 11, unit: USD, as-of: 2020, source: Payroll}
              - {id: pay-2021, value: 12, unit: USD, as-of: 2021, source: Payroll}
              - {id: staff-2021, value: 12, unit: people, as-of: 2021, source: Payroll}
              - {id: pay-undated, value: 12, unit: USD, source: Payroll}
              - {id: pay-2021-again, value: 13, unit: USD, as-of: 2021, source: Payroll}
              - {id: pay-2021-q2, value: 13, unit: USD, as-of: 2021-Q2, source: Payroll}
              - {id: deficit-2021, value: -5, unit: USD billion, as-of: 2021, source: Treasury}
              - {id: deficit-2022, value: -4, unit: USD billion, as-of: 2022, source: Treasury}
              - {id: deficit-2023, value: -2, unit: USD billion, as-of: 2023, source: Treasury}
              - {id: surplus-2023, value: 1, unit: USD billion, as-of: 2023, source: Treasury}
              - {id: pay-2024, value: 14, unit: USD, as-of: 2024, source: Payroll}
            claims:
            """;

    private static RuleHarness.Fired trend(String claim) {
        return RuleHarness.checkPublished("2023-08", FIGURES + "  - " + claim + "\n");
    }

    private static String relative(String error) {
        return error.replaceAll("[^ (]*/test\\.yaml", "test.yaml");
    }

    private static List<String> errors(RuleHarness.Fired r) {
        return r.errors().stream().map(TrendRulesTest::relative).toList();
    }

    // ---------------------------------------------------------------- since a date

    @Test
    void aRiseEveryYearSinceADateHoldsAndLeavesOutLaterValues() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue rose every year since 2019, kind: trend,"
                + " figures: {series: revenue}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("rose every year from 2019 to 2023 (4 steps): 2019: $10 billion, 2020: $12 billion, 2021: $13"
                + " billion, 2022: $15 billion, 2023: $16 billion (revenue); 2024: $9 billion (revenue) is dated after the"
                + " article (2023-08) and left out", r.reason("c"));
    }

    @Test
    void aListOfDatedFiguresIsFollowedInDateOrder() {
        RuleHarness.Fired r = trend("{id: c, quote: pay has risen every year since 2019, kind: trend,"
                + " figures: {series: [pay-2021, pay-2019, pay-2020]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("rose every year from 2019 to 2021 (2 steps): 2019: $10 (pay-2019), 2020: $11 (pay-2020), 2021:"
                + " $12 (pay-2021)", r.reason("c"));
    }

    @Test
    void aSpanThatRoseOverallButNotEveryYearIsMisleadingAndNamesTheSteps() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue rose every year since 2019, kind: trend,"
                + " figures: {series: bumpy}}");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("rose from $10 billion in 2019 to $16 billion in 2023, but not every year: from 2020 to 2021 it"
                + " fell ($12 billion to $11 billion); from 2021 to 2022 it stayed flat ($11 billion to $11 billion):"
                + " 2019: $10 billion, 2020: $12 billion, 2021: $11 billion, 2022: $11 billion, 2023: $16 billion"
                + " (bumpy)", r.reason("c"));
    }

    @Test
    void aSpanThatFellOverallFails() {
        RuleHarness.Fired r = trend("{id: c, quote: it has risen since 2019, kind: trend, figures: {series: falling}}");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("fell from 16 in 2019 to 10 in 2023, so it did not rise: 2019: 16, 2020: 12, 2021: 13, 2022: 11,"
                + " 2023: 10 (falling)", r.reason("c"));
    }

    @Test
    void aSpanThatEndsWhereItStartedIsNotARise() {
        RuleHarness.Fired r = trend("{id: c, quote: it has risen since 2019, kind: trend, figures: {series: flat}}");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("ended where it started, at 10 in 2019 and in 2021, so it did not rise: 2019: 10, 2020: 12,"
                + " 2021: 10 (flat)", r.reason("c"));
    }

    @Test
    void aSeriesThatDoesNotReachBackNamesTheMissingValues() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue has risen every year since 2015, kind: trend,"
                + " figures: {series: revenue}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("the series has no value for 2015, 2016 and 2017, which 'since 2015' needs (the values from 2015"
                + " to 2023): 2018: $7 billion, 2019: $10 billion, 2020: $12 billion, 2021: $13 billion, 2022: $15"
                + " billion, 2023: $16 billion (revenue); 2024: $9 billion (revenue) is dated after the article (2023-08)"
                + " and left out", r.reason("c"));
    }

    @Test
    void aGapInTheSeriesIsNamed() {
        RuleHarness.Fired r = trend("{id: c, quote: it has risen every year since 2019, kind: trend,"
                + " figures: {series: gap}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("the series has no value for 2021, which 'since 2019' needs (the values from 2019 to 2023): 2019:"
                + " 10, 2020: 12, 2022: 13, 2023: 14 (gap)", r.reason("c"));
    }

    @Test
    void aSpanFromTheLatestValueHasNothingToCompare() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue rose every year since 2023, kind: trend,"
                + " figures: {series: spending}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("the series has no value after 2023 that the article could know (the latest is 2023), so 'since"
                + " 2023' has nothing to compare: 2021: $9.4 billion, 2022: $9.8 billion, 2023: $10.25 billion"
                + " (spending)", r.reason("c"));
    }

    @Test
    void everyMonthSinceAMonthFollowsMonthlyValues() {
        RuleHarness.Fired r = trend("{id: c, quote: prices have climbed every month since March 2023, kind: trend,"
                + " figures: {series: prices}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("rose every month from March 2023 to May 2023 (2 steps): March 2023: 5, April 2023: 6, May 2023: 7"
                + " (prices)", r.reason("c"));
    }

    @Test
    void sinceAQuarterMayBeWrittenInWordsOrDigits() {
        for (String since : List.of("2022-Q3", "Q3 2022", "the third quarter of 2022")) {
            RuleHarness.Fired r = trend("{id: c, quote: membership grew every quarter since " + since + ","
                    + " kind: trend, figures: {series: members}}");
            assertEquals(TRUE, r.verdict("c"), since);
            assertEquals("rose every quarter from Q3 2022 to Q3 2023 (4 steps): Q3 2022: 120 people, Q4 2022: 130"
                    + " people, Q1 2023: 140 people, Q2 2023: 150 people, Q3 2023: 160 people (members); Q4 2023: 90"
                    + " people (members) is dated after the article (2023-08) and left out", r.reason("c"), since);
        }
    }

    // ---------------------------------------------------------------- N in a row

    @Test
    void threeYearsInARowAreThreeSteps() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue has risen for three years in a row, kind: trend,"
                + " figures: {series: revenue}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("rose every year from 2020 to 2023 (3 steps): 2020: $12 billion, 2021: $13 billion, 2022: $15"
                + " billion, 2023: $16 billion (revenue); 2024: $9 billion (revenue) is dated after the article"
                + " (2023-08) and left out", r.reason("c"));
    }

    @Test
    void threeYearsInARowThatHoldForTwoStepsSayWhichReadingHolds() {
        RuleHarness.Fired r = trend("{id: c, quote: it has fallen for three years in a row, kind: trend,"
                + " figures: {series: two-falls}}");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("fell every year from 2021 to 2023 (2 steps), but from 2020 to 2021 it rose (10 to 12): 'three"
                + " years in a row' holds only if it counts the 3 values from 2021 to 2023, not 3 steps: 2020: 10, 2021:"
                + " 12, 2022: 11, 2023: 10 (two-falls)", r.reason("c"));
    }

    @Test
    void twoYearsInARowOfTheSameSeriesHold() {
        assertEquals(TRUE, trend("{id: c, quote: it has fallen for two years in a row, kind: trend,"
                + " figures: {series: two-falls}}").verdict("c"));
    }

    @Test
    void fiveConsecutiveQuartersAreTheLastFiveQuarterlySteps() {
        RuleHarness.Fired r = trend("{id: c, quote: membership grew for five consecutive quarters, kind: trend,"
                + " figures: {series: members}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("rose every quarter from Q2 2022 to Q3 2023 (5 steps): Q2 2022: 110 people, Q3 2022: 120 people,"
                + " Q4 2022: 130 people, Q1 2023: 140 people, Q2 2023: 150 people, Q3 2023: 160 people (members); Q4"
                + " 2023: 90 people (members) is dated after the article (2023-08) and left out", r.reason("c"));
    }

    @Test
    void moreStepsThanTheSeriesHoldsNameTheMissingValue() {
        RuleHarness.Fired r = trend("{id: c, quote: membership grew for 7 consecutive quarters, kind: trend,"
                + " figures: {series: members}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("the series has no value for Q4 2021, which '7 consecutive quarters' needs (the values from Q4"
                + " 2021 to Q3 2023): Q1 2022: 100 people, Q2 2022: 110 people, Q3 2022: 120 people, Q4 2022: 130"
                + " people, Q1 2023: 140 people, Q2 2023: 150 people, Q3 2023: 160 people (members); Q4 2023: 90 people"
                + " (members) is dated after the article (2023-08) and left out", r.reason("c"));
    }

    @Test
    void runningAndStraightCountLikeInARow() {
        for (String quote : List.of("revenue rose for the third year running", "revenue rose for a third straight year",
                "revenue rose for three successive years", "revenue rose for 3 consecutive years")) {
            RuleHarness.Fired r = trend("{id: c, quote: " + quote + ", kind: trend, figures: {series: revenue}}");
            assertEquals(TRUE, r.verdict("c"), quote);
            assertEquals("rose every year from 2020 to 2023 (3 steps): 2020: $12 billion, 2021: $13 billion, 2022: $15"
                    + " billion, 2023: $16 billion (revenue); 2024: $9 billion (revenue) is dated after the article"
                    + " (2023-08) and left out", r.reason("c"), quote);
        }
    }

    // ---------------------------------------------------------------- the word forms

    @ParameterizedTest(name = "\"{0}\" is a rise")
    @ValueSource(strings = {"rose", "has risen", "grew", "has grown", "increased", "climbed", "went up", "has gone up"})
    void wordsForARise(String word) {
        RuleHarness.Fired r = trend("{id: c, quote: revenue " + word + " for three years in a row, kind: trend,"
                + " figures: {series: revenue}}");
        assertEquals(TRUE, r.verdict("c"), r.reasons("c").toString());
        assertEquals(FALSE, trend("{id: c, quote: it " + word + " for two years in a row, kind: trend,"
                + " figures: {series: falling}}").verdict("c"));
    }

    @ParameterizedTest(name = "\"{0}\" is a fall")
    @ValueSource(strings = {"fell", "has fallen", "dropped", "declined", "decreased", "shrank", "went down"})
    void wordsForAFall(String word) {
        RuleHarness.Fired r = trend("{id: c, quote: it " + word + " for two years in a row, kind: trend,"
                + " figures: {series: falling}}");
        assertEquals(TRUE, r.verdict("c"), r.reasons("c").toString());
        assertEquals(FALSE, trend("{id: c, quote: revenue " + word + " for three years in a row, kind: trend,"
                + " figures: {series: revenue}}").verdict("c"));
    }

    // ---------------------------------------------------------------- stated words

    @Test
    void statedWordsWithoutTheYearTakeTheSpanFromTheQuote() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue rose every year since 2019, kind: trend,"
                + " stated: rose every year, figures: {series: revenue}}");
        assertEquals(TRUE, r.verdict("c"));
    }

    @Test
    void aYearInStatedIsReadAsWords() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue rose every year since 2019, kind: trend,"
                + " stated: rose every year since 2019, figures: {series: revenue}}");
        RuleHarness.Fired fromQuote = trend("{id: c, quote: revenue rose every year since 2019, kind: trend,"
                + " figures: {series: revenue}}");
        assertEquals(List.of(), errors(r));
        assertEquals(fromQuote.verdict("c"), r.verdict("c"));
        assertEquals(fromQuote.reason("c"), r.reason("c"));
    }

    @Test
    void statedWordsMustSayWhatTheQuoteSays() {
        RuleHarness.Fired way = trend("{id: c, quote: revenue rose every year since 2019, kind: trend,"
                + " stated: fell every year, figures: {series: revenue}}");
        assertEquals(UNVERIFIABLE, way.verdict("c"));
        assertEquals("field 'stated': 'fell every year' says it fell, but the quote says it rose", way.reason("c"));
        RuleHarness.Fired span = trend("{id: c, quote: revenue rose for three years in a row, kind: trend,"
                + " stated: rose for two years in a row, figures: {series: revenue}}");
        assertEquals(UNVERIFIABLE, span.verdict("c"));
        assertEquals("field 'stated': 'rose for two years in a row' gives the span 'two years in a row', but the quote"
                + " says 'three years in a row'", span.reason("c"));
    }

    @Test
    void aDenialIsNotJudgedAsWhatItDenies() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue has not risen since 2019, kind: trend,"
                + " figures: {series: revenue}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'quote': 'not' denies what follows: the rules would judge the claim it denies; write the"
                + " claim's words in 'stated', like 'stated: has fallen for three years in a row'", r.reason("c"));
    }

    @Test
    void aDenialInTheQuoteStopsStatedWordsToo() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue has not risen since 2019, kind: trend,"
                + " stated: has risen, figures: {series: revenue}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': in the quote, 'not' denies what follows: the rules would judge the claim it"
                + " denies", r.reason("c"));
    }

    @Test
    void theFirstTimeSinceIsNotASpan() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue rose for the first time since 2019, kind: trend,"
                + " figures: {series: revenue}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'quote': 'first time' says the direction is new, not that it held over a span; a trend"
                + " claim checks a span ('since 2019', 'three years in a row'); write the claim's words in 'stated',"
                + " like 'stated: has fallen for three years in a row'", r.reason("c"));
    }

    @Test
    void wordsWithNoSpanOrNoDirectionOrBothAreBadInput() {
        assertEquals("field 'quote': the quote names no span: 'since 2019', 'three years in a row', 'five consecutive"
                + " quarters'; write the claim's words in 'stated', like 'stated: has fallen for three years in a row'",
                trend("{id: c, quote: revenue rose, kind: trend, figures: {series: revenue}}").reason("c"));
        assertEquals("field 'stated': the words name no direction from the tables in rules/trend.drl ('rose', 'fell',"
                + " 'grew', 'declined')", trend("{id: c, quote: revenue was steady for three years in a row,"
                + " kind: trend, stated: was steady for three years in a row, figures: {series: revenue}}").reason("c"));
        assertEquals("field 'quote': the quote names both a rise and a fall; write the claim's words in 'stated', like"
                + " 'stated: has fallen for three years in a row'", trend("{id: c, quote: costs fell as revenue rose"
                + " for three years in a row, kind: trend, figures: {series: revenue}}").reason("c"));
        assertEquals(TRUE, trend("{id: c, quote: costs fell as revenue rose for three years in a row, kind: trend,"
                + " stated: rose, figures: {series: revenue}}").verdict("c"));
    }

    @Test
    void aNumberBesidesTheSpanWouldGoUncheckedSoItIsBadInput() {
        RuleHarness.Fired rate = trend("{id: c, quote: revenue rose 5% every year since 2019, kind: trend,"
                + " figures: {series: revenue}}");
        assertEquals(UNVERIFIABLE, rate.verdict("c"));
        assertEquals("field 'quote': the quote also gives '5% every year', which a trend claim does not check; quote"
                + " only the words of the trend, and check the number with a claim of its own (a change claim for a rise"
                + " or a fall)", rate.reason("c"));
        RuleHarness.Fired level = trend("{id: c, quote: \"revenue rose every year since 2019, to $16 billion\","
                + " kind: trend, stated: rose every year, figures: {series: revenue}}");
        assertEquals(UNVERIFIABLE, level.verdict("c"));
        assertEquals("field 'quote': the quote also gives '$16 billion', which a trend claim does not check; quote only"
                + " the words of the trend, and check the number with a claim of its own (a change claim for a rise or a"
                + " fall)", level.reason("c"));
    }

    @Test
    void aSumInTheQuoteIsLeftForAClaimOfItsOwn() {
        RuleHarness.Fired r = trend("{id: c, quote: \"revenue rose every year since 2019, to $16 billion\","
                + " kind: trend, figures: {series: revenue}}");
        assertEquals(List.of("test.yaml:59: error: claim 'c': field 'quote': the quote also gives '$16 billion', which a"
                + " trend claim does not check; quote only the words of the trend, and check the number with a claim of"
                + " its own (a change claim for a rise or a fall)"), errors(r));
    }

    @Test
    void aWrittenQualifierIsBadInput() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue rose every year since 2019, kind: trend,"
                + " qualifier: about, figures: {series: revenue}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'qualifier': a trend claim takes no qualifier: its words ('rose every year since 2019') are"
                + " what it states; remove 'qualifier'", r.reason("c"));
    }

    // ---------------------------------------------------------------- values, units and lists

    @Test
    void unitsAreCarriedThrough() {
        RuleHarness.Fired r = trend("{id: c, quote: spending has risen for two years in a row, kind: trend,"
                + " figures: {series: spending}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("rose every year from 2021 to 2023 (2 steps): 2021: $9.4 billion, 2022: $9.8 billion, 2023: $10.25"
                + " billion (spending)", r.reason("c"));
    }

    @Test
    void valuesInDifferentUnitsAreAProblemNamingBoth() {
        RuleHarness.Fired r = trend("{id: c, quote: pay has risen every year since 2019, kind: trend,"
                + " figures: {series: [pay-2019, pay-2020, staff-2021]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:59: error: claim 'c': field 'figures.series': figure 'pay-2019' (series,"
                + " test.yaml:46) is USD but figure 'staff-2021' (series, test.yaml:49) is people; a trend follows values"
                + " in one unit"), errors(r));
    }

    @Test
    void aSumPerMonthIsShownAsWritten() {
        RuleHarness.Fired r = trend("{id: c, quote: rents have fallen for two quarters in a row, kind: trend,"
                + " figures: {series: rent}}");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("fell every quarter from Q1 2023 to Q2 2023 (1 step), but from Q4 2022 to Q1 2023 it rose (1510"
                + " USD/month to 1525 USD/month): 'two quarters in a row' holds only if it counts the 2 values from Q1"
                + " 2023 to Q2 2023, not 2 steps: Q4 2022: 1510 USD/month, Q1 2023: 1525 USD/month, Q2 2023: 1500"
                + " USD/month (rent)", r.reason("c"));
    }

    @Test
    void everyTwoValuesMustCompareNotOnlyWithTheFirst() {
        RuleHarness.Fired r = trend("{id: c, quote: pay has risen every year since 2019, kind: trend,"
                + " figures: {series: [index-2019, pay-2020, staff-2021]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:59: error: claim 'c': field 'figures.series': figure 'pay-2020' (series,"
                + " test.yaml:47) is USD but figure 'staff-2021' (series, test.yaml:49) is people; a trend follows"
                + " values in one unit"), errors(r));
    }

    @Test
    void aSeriesDatedAfterTheArticleIsNothingToFollow() {
        RuleHarness.Fired r = trend("{id: c, quote: pay has risen every year since 2019, kind: trend,"
                + " figures: {series: [pay-2024]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("every value of the series is dated after the article (2023-08), which could not know them; 2024:"
                + " $14 (pay-2024) is dated after the article (2023-08) and left out", r.reason("c"));
    }

    @Test
    void aValueThatIsARangeIsAProblem() {
        RuleHarness.Fired r = trend("{id: c, quote: it has risen every year since 2019, kind: trend,"
                + " figures: {series: estimates}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.series': figure 'estimates' is a range in 2020 (11 - 13); a trend is judged on"
                + " single values: give the value the source gives for each date", r.reason("c"));
    }

    @Test
    void anEmptyListIsAnError() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue rose every year since 2019, kind: trend,"
                + " figures: {series: []}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:59: error: claim 'c': field 'figures.series' lists no figures; give their ids,"
                + " like 'series: [first, second]'"), errors(r));
    }

    @Test
    void aListWithAnUnknownFigureIsAnError() {
        RuleHarness.Fired r = trend("{id: c, quote: pay rose every year since 2019, kind: trend,"
                + " figures: {series: [pay-2019, pay-2022]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertEquals("test.yaml:59: error: claim 'c': field 'figures.series': unknown figure 'pay-2022'; did you mean"
                + " 'pay-2020'?", relative(r.errors().get(0)).replaceAll(" \\(known: .*", ""));
    }

    @Test
    void aValueWithoutADateIsAProblem() {
        RuleHarness.Fired r = trend("{id: c, quote: pay has risen every year since 2019, kind: trend,"
                + " figures: {series: [pay-2019, pay-2020, pay-undated]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.series': figure 'pay-undated' has no date; a trend follows dated values: give each"
                + " figure its 'as-of' (2023, 2023-07, 2023-Q3 or 2023-07-19), or give one figure with 'values:'",
                r.reason("c"));
    }

    @Test
    void twoValuesForOneDateOrOfDifferentLengthsAreAProblem() {
        assertEquals("field 'figures.series': two values for 2021: $12 (pay-2021) and $13 (pay-2021-again); give one"
                + " value for each date", trend("{id: c, quote: pay has risen since 2019, kind: trend,"
                + " figures: {series: [pay-2019, pay-2021, pay-2021-again]}}").reason("c"));
        assertEquals("field 'figures.series': the values are of different lengths: 2019 (pay-2019) is a year, Q2 2021"
                + " (pay-2021-q2) a quarter; give values of one length", trend("{id: c, quote: pay has risen since 2019,"
                + " kind: trend, figures: {series: [pay-2019, pay-2021-q2]}}").reason("c"));
    }

    @Test
    void aSpanCountedInAnotherPeriodThanTheValuesIsAProblem() {
        RuleHarness.Fired r = trend("{id: c, quote: revenue has risen for three quarters in a row, kind: trend,"
                + " figures: {series: revenue}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.series': the claim counts quarters, but the values are yearly (2018 to 2023); give"
                + " quarterly values", r.reason("c"));
    }

    // ---------------------------------------------------------------- losses

    @Test
    void aDeficitThatFellIsFollowedBySize() {
        RuleHarness.Fired r = trend("{id: c, quote: the deficit has fallen for two years in a row, kind: trend,"
                + " figures: {series: [deficit-2021, deficit-2022, deficit-2023]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("shrank every year from 2021 to 2023 (2 steps): 2021: -$5 billion (deficit-2021), 2022: -$4"
                + " billion (deficit-2022), 2023: -$2 billion (deficit-2023) (losses, followed by size)", r.reason("c"));
    }

    @Test
    void aDeficitThatBecameASurplusIsAProblem() {
        RuleHarness.Fired r = trend("{id: c, quote: the deficit has fallen for two years in a row, kind: trend,"
                + " figures: {series: [deficit-2021, deficit-2022, surplus-2023]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.series': the claim is about a loss, but its values are both losses (negative) and"
                + " gains (positive); a change across zero is two claims, one for each side", r.reason("c"));
    }
}

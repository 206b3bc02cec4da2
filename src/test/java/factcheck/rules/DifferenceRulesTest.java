package factcheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/difference.drl: how far one figure is above or below another. */
class DifferenceRulesTest {

    /** Spending against a threshold, in USD billion, and a difference claim about them. */
    private static RuleHarness.Fired spending(String subject, String quote, String more) {
        return RuleHarness.check("""
                figures:
                  - {id: spending, %s, unit: USD billion, source: Budget}
                  - {id: threshold, value: 11.08, unit: USD billion, source: Treaty}
                claims:
                  - {id: c, quote: "%s", kind: difference, %sfigures: {subject: spending, reference: threshold}}
                """.formatted(subject, quote, more));
    }

    /** Two parties' shares of a poll, in percent, and a difference claim about them. */
    private static RuleHarness.Fired poll(String subject, String reference, String quote) {
        return RuleHarness.check("""
                figures:
                  - {id: labour, %s, unit: percent, source: Poll}
                  - {id: tories, %s, unit: percent, source: Poll}
                claims:
                  - {id: c, quote: "%s", kind: difference, figures: {subject: labour, reference: tories}}
                """.formatted(subject, reference, quote));
    }

    /** A message with the test's temporary directory taken out of its file names. */
    private static String placeless(String message) {
        return message.replaceAll("[^\\s(]*/test\\.yaml", "test.yaml");
    }

    @Test
    void aGapAboveTheReferenceHolds() {
        RuleHarness.Fired r = spending("value: 12.08", "$1 billion above the threshold", "");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$12.08 billion (spending) - $11.08 billion (threshold) = $1 billion above, as stated", r.reason("c"));
        assertEquals("claim holds at every end", r.rule("c"));
    }

    @Test
    void aGapBelowReadFromTheQuoteHolds() {
        RuleHarness.Fired r = spending("value: 10", "$1.08 billion below the threshold", "");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$10 billion (spending) - $11.08 billion (threshold) = -$1.08 billion, a fall of $1.08 billion,"
                + " as stated", r.reason("c"));
    }

    @Test
    void aGapBelowStatedWithAMinusSignHolds() {
        RuleHarness.Fired r = spending("value: 10", "$1.08 billion below the threshold", "stated: -$1.08 billion, ");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$10 billion (spending) - $11.08 billion (threshold) = -$1.08 billion, as stated", r.reason("c"));
    }

    @Test
    void aGapOfTheWrongSizeFails() {
        RuleHarness.Fired r = spending("value: 10", "$2 billion below the threshold", "");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("$10 billion (spending) - $11.08 billion (threshold) = -$1.08 billion, a fall of $1.08 billion,"
                + " not 'a fall of $2 billion' (46% below it)", r.reason("c"));
    }

    @Test
    void aDirectionTheFiguresContradictIsFalseWhateverTheSize() {
        RuleHarness.Fired r = spending("value: 10", "$1.08 billion above the threshold", "");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("$10 billion (spending) - $11.08 billion (threshold) = -$1.08 billion: spending is below threshold,"
                + " but the quote says 'above'", r.reason("c"));
        assertEquals("difference goes the other way", r.rule("c"));
    }

    @Test
    void shortOfIsBelow() {
        RuleHarness.Fired r = spending("value: 10", "$1.08 billion short of the threshold", "");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$10 billion (spending) - $11.08 billion (threshold) = -$1.08 billion, $1.08 billion short,"
                + " as stated", r.reason("c"));
    }

    @Test
    void pointsAheadHold() {
        RuleHarness.Fired r = poll("value: 52", "value: 49", "Labour is 3 points ahead");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("52% (labour) - 49% (tories) = 3 points ahead, as stated", r.reason("c"));
    }

    @Test
    void pointsBehindHold() {
        RuleHarness.Fired r = poll("value: 46", "value: 49", "Labour is 3 points behind");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("46% (labour) - 49% (tories) = -3 points, 3 points behind, as stated", r.reason("c"));
    }

    @Test
    void pointsBehindWhenAheadIsFalse() {
        RuleHarness.Fired r = poll("value: 52", "value: 49", "Labour is 3 points behind");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("52% (labour) - 49% (tories) = 3 points: labour is above tories, but the quote says 'behind'",
                r.reason("c"));
    }

    @Test
    void aheadByBeforeTheNumberIsADirectionToo() {
        RuleHarness.Fired r = poll("value: 46", "value: 49", "Labour is ahead by 3 points");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("46% (labour) - 49% (tories) = -3 points: labour is below tories, but the quote says 'ahead'",
                r.reason("c"));
    }

    @Test
    void moreJobsThanLastYearHold() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: jobs-2024, value: 52000, unit: jobs, source: Labour survey}
                  - {id: jobs-2023, value: 50000, unit: jobs, source: Labour survey}
                claims:
                  - {id: c, quote: "2,000 more jobs than last year", kind: difference,
                     figures: {subject: jobs-2024, reference: jobs-2023}}
                  - {id: fewer, quote: "2,000 fewer jobs than last year", kind: difference,
                     figures: {subject: jobs-2024, reference: jobs-2023}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("52,000 jobs (jobs-2024) - 50,000 jobs (jobs-2023) = 2,000 jobs more, as stated", r.reason("c"));
        assertEquals(FALSE, r.verdict("fewer"));
        assertEquals("52,000 jobs (jobs-2024) - 50,000 jobs (jobs-2023) = 2,000 jobs: jobs-2024 is above jobs-2023, but"
                + " the quote says 'fewer'", r.reason("fewer"));
    }

    @Test
    void withNoWordForWhichWayTheGapIsJudgedBySizeAndTheMessageSaysSo() {
        RuleHarness.Fired r = poll("value: 46", "value: 49", "a gap of 3 points");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("by size only, as the quote gives no word for which way: 46% (labour) - 49% (tories) = -3 points,"
                + " a gap of 3 points, as stated", r.reason("c"));
    }

    @Test
    void overThePastYearIsATimeNotADirection() {
        RuleHarness.Fired r = poll("value: 52", "value: 49", "a swing of 3 points over the past year");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("by size only, as the quote gives no word for which way: 52% (labour) - 49% (tories) = 3 points,"
                + " as stated", r.reason("c"));
    }

    @Test
    void aGapThatFitsOnlyAtOneEndOfARangeIsMisleading() {
        RuleHarness.Fired r = poll("range: [51.8, 55]", "value: 49", "Labour is 3 points ahead");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("holds only at the bottom of the range (51.8% (labour) - 49% (tories) = 2.8 points ahead, which"
                + " rounds to the stated 3 points), not at the top (55% (labour) - 49% (tories) = 6 points ahead, not"
                + " 3 points (100% above it))", r.reason("c"));
    }

    @Test
    void aDirectionThatHoldsOnlyAtOneEndOfARangeIsMisleading() {
        RuleHarness.Fired r = poll("range: [48, 52]", "value: 49", "Labour is 3 points ahead");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("goes the way the quote says 'ahead' only at the top of the range (52% (labour) - 49% (tories) ="
                + " 3 points), not at the bottom (48% (labour) - 49% (tories) = -1 point)", r.reason("c"));
        assertEquals("difference goes the stated way only at one end of the range", r.rule("c"));
    }

    @Test
    void aPercentageOfTwoPercentagesIsAmbiguousWhenTheReadingsDisagree() {
        RuleHarness.Fired r = poll("value: 52", "value: 49", "Labour is 3% ahead");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("ambiguous: '3%' of two percentages may mean points or a difference relative to the reference,"
                + " and the readings disagree: as points, 52% (labour) - 49% (tories) = 3 points ahead, as stated (true);"
                + " as a difference relative to the reference, (52% (labour) - 49% (tories)) / 49 = 6.1224% ahead, not 3%"
                + " (104% above it) (false); the article does not say which it means", r.reason("c"));
    }

    @Test
    void aPercentageOfTwoPercentagesIsJudgedWhenBothReadingsAgree() {
        RuleHarness.Fired r = poll("value: 52", "value: 49", "Labour is 30% ahead");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("'30%' of two percentages may mean points or a difference relative to the reference; both readings"
                + " give the same verdict: as points, 52% (labour) - 49% (tories) = 3 points ahead, not 30% (90% below"
                + " it); as a difference relative to the reference, (52% (labour) - 49% (tories)) / 49 = 6.1224% ahead,"
                + " not 30% (80% below it)", r.reason("c"));
    }

    @Test
    void sumsPerMonthAreCarriedThroughPerYear() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: new-rent, value: 1500, unit: GBP/month, source: Letting agent}
                  - {id: old-rent, value: 1000, unit: GBP/month, source: Letting agent}
                claims:
                  - {id: c, quote: "£500 a month more than before", kind: difference, stated: "£500 a month",
                     figures: {subject: new-rent, reference: old-rent}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("£18,000 a year (new-rent: 1500 GBP/month) - £12,000 a year (old-rent: 1000 GBP/month) = £6,000 a"
                + " year more, as stated", r.reason("c"));
    }

    @Test
    void figuresInDifferentUnitsAreBadInputNamingBoth() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: spending, value: 10, unit: USD billion, source: Budget}
                  - {id: staff, value: 1200, unit: people, source: Budget}
                claims:
                  - {id: c, quote: "$1.08 billion below", kind: difference, figures: {subject: spending, reference: staff}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:9: error: claim 'c': field 'figures.reference': figure 'spending' (subject,"
                + " test.yaml:6) is USD but figure 'staff' (reference, test.yaml:7) is people; a difference is of two"
                + " figures in the same unit"), r.errors().stream().map(DifferenceRulesTest::placeless).toList());
    }

    @Test
    void pointsOfFiguresThatAreNotPercentagesAreBadInputNamingBothUnits() {
        RuleHarness.Fired r = spending("value: 10", "3 points below the threshold", "");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': the claim states percentage points (test.yaml:9) but figure 'spending' is USD"
                + " (test.yaml:6); give the figure it stands for, or fix the unit of one of them", placeless(r.reason("c")));
    }

    @Test
    void aPercentageOfFiguresThatAreNotPercentagesIsAChangeClaim() {
        RuleHarness.Fired r = spending("value: 10", "spending is 9% behind the threshold", "");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': the claim states percent (test.yaml:9) but figures 'spending' and 'threshold' are"
                + " USD (test.yaml:6); a difference of them is in USD, and a percentage of the reference is a change claim"
                + " (from: threshold, to: spending)", placeless(r.reason("c")));
    }

    @Test
    void aPercentageHigherIsAMultipleNotAGap() {
        RuleHarness.Fired r = poll("value: 52", "value: 49", "Labour polls 6% higher than the Tories");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': '6% higher' is a multiple of the reference (1.06x), not the gap between the"
                + " figures; check it as a change claim (from: the reference, to: the subject) or a ratio claim",
                r.reason("c"));
    }

    @Test
    void aNegativeNumberWithABoundIsBadInputThatSaysHowToWriteIt() {
        RuleHarness.Fired r = spending("value: 10", "more than $1 billion below the threshold",
                "stated: -$1 billion, qualifier: more than, ");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': 'more than -$1 billion' would be judged as a signed number, the other way round"
                + " from the size of the gap the quote gives ('more than -1' is less than 1 below); leave 'stated' out to"
                + " read the gap from the quote, or write it as a decrease, like 'stated: down $1 billion'", r.reason("c"));
    }

    @Test
    void aBoundOnTheSizeOfAGapBelowHolds() {
        RuleHarness.Fired r = spending("value: 10", "more than $1 billion below the threshold",
                "stated: down $1 billion, qualifier: more than, ");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$10 billion (spending) - $11.08 billion (threshold) = -$1.08 billion, a fall of $1.08 billion,"
                + " more than 'down $1 billion'", r.reason("c"));
    }

    @Test
    void aQuoteWithNoSingleNumberNeedsTheStatedOne() {
        RuleHarness.Fired r = spending("value: 10", "two budgets, $1.08 billion below the 2023 threshold", "");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': a difference claim needs the size of the gap it states, and its quote holds no"
                + " single number to take it from (numbers in the quote: two, $1.08 billion, 2023); write it in 'stated',"
                + " as the article does ('$1.08 billion', '3 points', '2,000')", r.reason("c"));
    }

    @Test
    void aNameBetweenTheVerbAndByKeepsTheDirection() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: garcia, value: 46%, source: Poll}
                  - {id: lee, value: 44%, source: Poll}
                claims:
                  - {id: c, quote: "Garcia trails Lee by 2 points", kind: difference,
                     figures: {subject: garcia, reference: lee}}
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertTrue(r.reason("c").contains("the quote says 'trails'"), r.reason("c"));
    }

    @Test
    void aDifferenceBetweenTwoLossesIsNotJudgedAsSignedNumbers() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: a-loss, value: -3, unit: USD million, source: Annual report}
                  - {id: b-loss, value: -5, unit: USD million, source: Annual report}
                claims:
                  - {id: c, quote: "A's loss was $2 million higher than B's", kind: difference, stated: $2 million,
                     figures: {subject: a-loss, reference: b-loss}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"), r.reason("c"));
        assertTrue(r.reason("c").startsWith("field 'figures': both figures are negative (a-loss, b-loss) and the quote is"
                + " about a loss or a debt"), r.reason("c"));
    }
}

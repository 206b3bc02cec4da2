package factcheck.rules;

import org.junit.jupiter.api.Test;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/ratio.drl: a stated multiple against numerator / denominator. */
class RatioRulesTest {

    private static RuleHarness.Fired ratio(String numerator, String denominator, String stated, String qualifier) {
        return RuleHarness.check("""
                figures:
                  - {id: pay, %s, unit: USD/year, source: Job board}
                  - {id: minimum, %s, unit: USD/year, source: Health plan}
                claims:
                  - {id: c, quote: "the multiple %s", kind: ratio, stated: "%s", qualifier: "%s",
                     figures: {numerator: pay, denominator: minimum}}
                """.formatted(numerator, denominator, stated, stated, qualifier));
    }

    @Test
    void overHoldsWhenTheRatioIsAbove() {
        RuleHarness.Fired r = ratio("value: 900000", "value: 27000", "33", "over");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("900,000 / 27,000 = 33.333, over 33", r.reason("c"));
        assertEquals("claim holds at every end", r.rule("c"));
    }

    @Test
    void overFailsWhenTheRatioIsBelow() {
        RuleHarness.Fired r = ratio("value: 390000", "value: 27000", "33", "over");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("390,000 / 27,000 = 14.444, not over 33", r.reason("c"));
    }

    @Test
    void overFailsWhenTheRatioIsExactlyTheStatedValue() {
        assertEquals(FALSE, ratio("value: 66000", "value: 2000", "33", "over").verdict("c"));
    }

    @Test
    void overHoldingOnlyAtTheTopOfARangeIsMisleadingAndShowsBothEnds() {
        RuleHarness.Fired r = ratio("range: [390000, 900000]", "value: 27000", "33", "over");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("holds only at the top of the range (900,000 / 27,000 = 33.333, over 33),"
                + " not at the bottom (390,000 / 27,000 = 14.444, not over 33)", r.reason("c"));
        assertEquals("claim holds only at one end of the range", r.rule("c"));
    }

    @Test
    void underHoldingOnlyAtTheBottomOfARangeSaysBottom() {
        RuleHarness.Fired r = ratio("range: [390000, 900000]", "value: 27000", "20", "under");
        assertEquals(MISLEADING, r.verdict("c"));
        assertTrue(r.reason("c").startsWith("holds only at the bottom of the range (390,000 / 27,000 = 14.444, under 20)"),
                r.reason("c"));
    }

    @Test
    void aRangeDenominatorGivesTheWidestRatios() {
        RuleHarness.Fired r = ratio("value: 900000", "range: [25000, 30000]", "29", "over");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("at the top, 900,000 / 25,000 = 36, over 29; at the bottom, 900,000 / 30,000 = 30, over 29",
                r.reason("c"));
    }

    @Test
    void aNumeratorRangeThatCrossesZeroGivesTheTrueExtremes() {
        RuleHarness.Fired r = ratio("range: [-10, 10]", "range: [1, 2]", "5", "over");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("holds only at the top of the range (10 / 1 = 10, over 5), not at the bottom"
                + " (-10 / 1 = -10, not over 5)", r.reason("c"));
    }

    @Test
    void aZeroDenominatorIsBadInputAndOtherClaimsAreStillChecked() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: pay, value: 900000, source: Job board}
                  - {id: zero, value: 0, source: Typo}
                  - {id: minimum, value: 27000, source: Health plan}
                claims:
                  - {id: broken, quote: the multiple 33, kind: ratio, stated: 33, qualifier: over,
                     figures: {numerator: pay, denominator: zero}}
                  - {id: fine, quote: the other multiple 33, kind: ratio, stated: 33, qualifier: over,
                     figures: {numerator: pay, denominator: minimum}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("broken"));
        assertEquals("field 'figures.denominator': figure 'zero' is 0, so the ratio is undefined; a denominator must"
                + " be above zero (or, for two losses, both figures negative)", r.reason("broken"));
        assertEquals(TRUE, r.verdict("fine"));
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).endsWith("test.yaml:11: error: claim 'broken': field 'figures.denominator':"
                + " figure 'zero' is 0, so the ratio is undefined; a denominator must be above zero (or, for two losses,"
                + " both figures negative)"), r.errors().get(0));
    }

    @Test
    void aMissingDenominatorIsBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: pay, value: 900000, source: Job board}
                claims:
                  - {id: c, quote: the multiple 33, kind: ratio, stated: 33, qualifier: over,
                     figures: {numerator: pay}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.denominator': a ratio claim needs a 'denominator' figure (the figure divided by);"
                + " add it under 'figures:', like 'denominator: some-figure-id'", r.reason("c"));
    }
}

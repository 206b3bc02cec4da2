package factcheck.rules;

import org.junit.jupiter.api.Test;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** rules/range.drl: a stated range against a reference range, end by end. */
class RangeRulesTest {

    private static RuleHarness.Fired range(String stated, String reference) {
        return RuleHarness.check("""
                figures:
                  - {id: posting, range: %s, unit: USD/year, source: Job posting}
                claims:
                  - {id: c, quote: "between the two, %s", kind: range, stated: %s, figures: {reference: posting}}
                """.formatted(reference, stated, stated));
    }

    @Test
    void aRangeThatMatchesAtBothEndsHolds() {
        RuleHarness.Fired r = range("[390000, 900000]", "[390000, 900000]");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("at the top, $900,000 a year (posting, high end), as stated; at the bottom, $390,000 a year"
                + " (posting, low end), as stated", r.reason("c"));
    }

    @Test
    void aRangeWithAnInflatedLowEndIsMisleading() {
        RuleHarness.Fired r = range("[390000, 900000]", "[300000, 900000]");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("holds only at the top of the range ($900,000 a year (posting, high end), as stated), not at the"
                + " bottom ($300,000 a year (posting, low end), not 390,000 (23% below it))", r.reason("c"));
    }

    @Test
    void aRangeWrongAtBothEndsIsFalse() {
        assertEquals(FALSE, range("[100000, 200000]", "[300000, 900000]").verdict("c"));
    }

    @Test
    void aRangeHoldsASingleFigureThatLiesBetweenItsEnds() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: workers, value: 25, source: Survey}
                  - {id: more, value: 35, source: Survey}
                claims:
                  - {id: c, quote: between 20 and 30, kind: range, stated: [20, 30], figures: {reference: workers}}
                  - {id: d, quote: between 20 and 30 again, kind: range, stated: [20, 30], figures: {reference: more}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("25 (workers) is between 20 and 30", r.reason("c"));
        assertEquals(FALSE, r.verdict("d"));
        assertEquals("35 (more) is not between 20 and 30", r.reason("d"));
    }

    @Test
    void aRangeClaimStatingOneNumberIsBadInput() {
        RuleHarness.Fired r = range("900000", "[300000, 900000]");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': a range claim states two numbers, as 'stated: [low, high]' or"
                + " 'stated: $390,000 - $900,000'", r.reason("c"));
    }
}

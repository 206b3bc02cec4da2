package factcheck.rules;

import org.junit.jupiter.api.Test;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** rules/change.drl: percent change from one figure to another. */
class ChangeRulesTest {

    private static RuleHarness.Fired change(String from, String to, String stated, String qualifier) {
        return RuleHarness.check("""
                figures:
                  - {id: before, %s, unit: USD billion, source: Annual report 2022}
                  - {id: after, %s, unit: USD billion, source: Annual report 2023}
                claims:
                  - {id: c, quote: "revenue changed by %s", kind: change, stated: "%s", qualifier: "%s",
                     figures: {from: before, to: after}}
                """.formatted(from, to, stated, stated, qualifier));
    }

    @Test
    void aFallStatedAsANegativeNumberHolds() {
        RuleHarness.Fired r = change("value: 41.3", "value: 39.3", "-4.8", "");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("($39.3 billion (after) - $41.3 billion (before)) / 41.3 billion = -4.8426%, a fall of 4.8426%,"
                + " which rounds to the stated -4.8", r.reason("c"));
    }

    @Test
    void aRiseClaimedAsAFallIsFalse() {
        assertEquals(FALSE, change("value: 39.3", "value: 41.3", "-4.8", "").verdict("c"));
    }

    @Test
    void moreThanAFallNeedsABiggerFall() {
        assertEquals(TRUE, change("value: 41.3", "value: 39.3", "-4", "more than").verdict("c"));
        assertEquals(FALSE, change("value: 41.3", "value: 39.3", "-5", "more than").verdict("c"));
    }

    @Test
    void aRangeOfOutcomesThatOnlySometimesRisesEnoughIsMisleading() {
        RuleHarness.Fired r = change("value: 100", "range: [101, 120]", "10", "over");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("holds only at the top of the range (($120 billion (after) - $100 billion (before)) / 100 billion"
                + " = 20%, over 10), not at the bottom (($101 billion (after) - $100 billion (before)) / 100 billion ="
                + " 1%, not over 10)", r.reason("c"));
    }

    @Test
    void aChangeFromZeroIsBadInput() {
        RuleHarness.Fired r = change("value: 0", "value: 10", "10", "");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.from': figure 'before' is 0, so a change relative to it is undefined; the"
                + " 'from' figure must not be zero", r.reason("c"));
    }
}

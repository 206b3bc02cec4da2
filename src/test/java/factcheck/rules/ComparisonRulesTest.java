package factcheck.rules;

import org.junit.jupiter.api.Test;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/comparison.drl: one figure above or below another. */
class ComparisonRulesTest {

    private static RuleHarness.Fired compare(String subject, String qualifier, String reference) {
        return RuleHarness.check("""
                figures:
                  - {id: revenue, %s, unit: USD, source: Annual report}
                  - {id: threshold, %s, unit: USD, source: Regulator}
                claims:
                  - {id: c, quote: over the threshold, kind: comparison, qualifier: "%s",
                     figures: {subject: revenue, reference: threshold}}
                """.formatted(subject, reference, qualifier));
    }

    @Test
    void overHoldsWhenTheSubjectIsAbove() {
        RuleHarness.Fired r = compare("value: 9400000000", "over", "value: 9000000000");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$9.4 billion (revenue) against $9 billion (threshold): over, as stated", r.reason("c"));
    }

    @Test
    void overFailsWhenTheSubjectIsBelow() {
        RuleHarness.Fired r = compare("value: 8900000000", "over", "value: 9000000000");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("$8.9 billion (revenue) against $9 billion (threshold): not over", r.reason("c"));
    }

    @Test
    void aRangeThatStraddlesTheReferenceIsMisleading() {
        assertEquals(MISLEADING, compare("range: [8000000000, 10000000000]", "over", "value: 9000000000").verdict("c"));
    }

    @Test
    void atMostIsInclusive() {
        assertEquals(TRUE, compare("value: 9000000000", "at most", "value: 9000000000").verdict("c"));
    }

    @Test
    void negativeFiguresCompareAsNumbers() {
        assertEquals(FALSE, compare("value: -5", "over", "value: 3").verdict("c"));
        assertEquals(TRUE, compare("value: 3", "over", "value: -5").verdict("c"));
        assertEquals(TRUE, compare("value: -5", "under", "value: -3").verdict("c"));
    }

    @Test
    void anUnknownRelationIsBadInputNotFalse() {
        RuleHarness.Fired r = compare("value: 10", "ovr", "value: 2");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(1, r.reasons("c").size(), "no comparison rule judged it: " + r.reasons("c"));
        assertTrue(r.reason("c").startsWith("field 'qualifier': 'ovr' is not a qualifier the rules know;"
                + " did you mean 'over'?"), r.reason("c"));
    }

    @Test
    void aComparisonWithoutARelationIsBadInput() {
        RuleHarness.Fired r = compare("value: 1", "", "value: 2");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'qualifier': a comparison claim needs the relation it states, as 'qualifier: over'"
                + " (or under, at least, at most)", r.reason("c"));
    }

    @Test
    void losingMoreIsAboutTheSizeOfTheLoss() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: a-loss, value: -3, unit: USD million, source: Annual report}
                  - {id: b-loss, value: -5, unit: USD million, source: Annual report}
                claims:
                  - {id: c, quote: "A lost more than B", kind: comparison, qualifier: more than,
                     figures: {subject: a-loss, reference: b-loss}}
                """);
        assertEquals(factcheck.model.Verdict.FALSE, r.verdict("c"), r.reason("c"));
    }
}

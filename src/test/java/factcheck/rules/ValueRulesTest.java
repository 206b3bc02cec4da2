package factcheck.rules;

import org.junit.jupiter.api.Test;

import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.MOSTLY_TRUE;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/value.drl: a stated number against the figure it stands for. */
class ValueRulesTest {

    @Test
    void aRoundNumberIsJudgedAtThePrecisionItWasWrittenIn() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: threshold, value: 26470, unit: USD/year, source: CNN}
                claims:
                  - {id: c, quote: "the $27,000 it takes", kind: value, stated: "27,000", figures: {reference: threshold}}
                """);
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
        assertEquals("$26,470 a year (threshold), 2% below the stated 27,000: close, but more than its written"
                + " precision allows (to the nearest 1,000, 26,470 rounds to 26,000)", r.reason("c"));
    }

    @Test
    void anExactValueHolds() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: threshold, value: 27000, unit: USD/year, source: Health plan}
                claims:
                  - {id: c, quote: "the $27,000 it takes", kind: value, stated: 27000, figures: {reference: threshold}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$27,000 a year (threshold), as stated", r.reason("c"));
    }

    @Test
    void aValueThatMatchesOnlyOneEndOfARangeIsMisleading() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: pay, range: [300000, 900000], unit: USD/year, source: Job board}
                claims:
                  - {id: c, quote: "pays $900,000", kind: value, stated: 900000, figures: {reference: pay}}
                """);
        assertEquals(MISLEADING, r.verdict("c"));
    }

    @Test
    void aValueWithoutAReferenceIsBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: other, value: 1, source: Somewhere}
                claims:
                  - {id: c, quote: "the $27,000 it takes", kind: value, stated: 27000, figures: {referense: other}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.referense': a value claim needs a 'reference' figure (the figure the stated"
                + " number stands for); is 'referense' meant to be 'reference'?", r.reason("c"));
    }

    @Test
    void aValueWithNoFigureIsUnverifiableNotBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                claims:
                  - {id: c, quote: "the $27,000 it takes", kind: value, stated: 27000}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("no figure given to check it against; add the underlying figures, with their sources, under"
                + " 'figures:'", r.reason("c"));
        assertEquals(java.util.List.of(), r.errors());
    }

    @Test
    void aValueClaimStatingARangeIsBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: thr, value: 25, source: Survey}
                claims:
                  - {id: c, quote: between 20 and 30, kind: value, stated: [20, 30], figures: {reference: thr}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': a value claim states one number; for two, use 'kind: range'", r.reason("c"));
    }

    @Test
    void aStatedValueWithACurrencyReadsAsTheArticleWritesIt() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: thr, value: 26470, unit: USD, source: CNN}
                claims:
                  - {id: c, quote: "the $27,000 it takes", kind: value, stated: "$27,000", figures: {reference: thr}}
                """);
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
        assertTrue(r.reason("c").startsWith("$26,470 (thr), 2% below the stated $27,000"), r.reason("c"));
    }
}

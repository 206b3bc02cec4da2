package factcheck.rules;

import org.junit.jupiter.api.Test;

import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** rules/sources.drl: a claim that holds only against the article's own figures. */
class SourcesRulesTest {

    @Test
    void aClaimThatHoldsOnlyAgainstTheArticlesOwnFiguresIsUnverifiable() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: posting, range: [390000, 900000], source: article}
                claims:
                  - {id: c, quote: "between 390000 and 900000", kind: range, stated: [390000, 900000], figures: {reference: posting}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("consistent with the article's own figures (posting), but none of them has a source outside"
                + " the article", r.reason("c"));
        assertEquals("claim holds only against the article's own figures", r.rule("c"));
        // the arithmetic is still shown, below the deciding reason
        assertEquals(TRUE, r.reasons("c").get(1).verdict());
    }

    @Test
    void aFigureUnderARoleNoRuleUsesCannotLendTheClaimASource() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: posting, range: [390000, 900000], source: article}
                  - {id: minimum, value: 26470, source: CNN}
                claims:
                  - {id: c, quote: "between 390000 and 900000", kind: range, stated: [390000, 900000],
                     figures: {reference: posting, check: minimum}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.check': a range claim does not use a 'check' figure (roles: reference); fix the"
                + " role, or remove the figure", r.reason("c"));
    }

    @Test
    void oneOutsideFigureIsEnoughToJudgeTheClaim() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: pay, range: [390000, 900000], source: article}
                  - {id: minimum, value: 26470, source: CNN}
                claims:
                  - {id: c, quote: over 33x, kind: ratio, stated: 33, qualifier: over,
                     figures: {numerator: pay, denominator: minimum}}
                """);
        assertEquals(MISLEADING, r.verdict("c"));
    }
}

package factcheck.rules;

import org.junit.jupiter.api.Test;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MOSTLY_TRUE;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/share.drl: a stated percentage of a whole. */
class ShareRulesTest {

    @Test
    void theComplementOfAPercentageIsTheShareOfTheRest() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: qualify, value: 12.7, unit: percent, source: Union board member}
                claims:
                  - {id: c, quote: 87% don't make it, kind: share, stated: 87, figures: {complement: qualify}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("100 - 12.7 = 87.3%, which rounds to the stated 87", r.reason("c"));
    }

    @Test
    void partOverWholeInPercent() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: members, value: 160000, source: Union}
                  - {id: below, value: 139680, source: Union}
                claims:
                  - {id: c, quote: 87% of members, kind: share, stated: 87%, figures: {part: below, whole: members}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("139,680 / 160,000 = 87.3%, which rounds to the stated 87%", r.reason("c"));
    }

    @Test
    void aPercentageFigureIsTheShareItself() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: share, value: 14, unit: percent, source: Forbes}
                claims:
                  - {id: c, quote: only 12% qualify, kind: share, stated: 12, figures: {share: share}}
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("14% (share), not 12 (17% above it)", r.reason("c"));
    }

    @Test
    void aShareJustOutsideTheWrittenPrecisionIsAGenerousRounding() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: qualify, value: 13.6, unit: percent, source: Union}
                claims:
                  - {id: c, quote: 87% don't make it, kind: share, stated: 87, figures: {complement: qualify}}
                """);
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
    }

    @Test
    void aZeroWholeIsBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: members, value: 0, source: Union}
                  - {id: below, value: 10, source: Union}
                claims:
                  - {id: c, quote: 87% of members, kind: share, stated: 87, figures: {part: below, whole: members}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.whole': figure 'members' is 0, so the share is undefined;"
                + " a whole must be above zero", r.reason("c"));
    }

    @Test
    void aShareWithoutItsFiguresIsBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: below, value: 10, source: Union}
                claims:
                  - {id: c, quote: 87% of members, kind: share, stated: 87, figures: {part: below}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures': a share claim needs 'part' and 'whole' figures, or a 'share' figure"
                + " (a percentage), or a 'complement' figure (the percentage of the rest)", r.reason("c"));
    }

    @Test
    void aShareAbove100PercentIsBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: over, value: 120%, source: Survey}
                claims:
                  - {id: c, quote: "the majority of them", kind: share, figures: {share: over}}
                """);
        assertEquals(factcheck.model.Verdict.UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.share': figure 'over' is 120%, and a share of a whole is between 0 and 100%; check"
                + " the figure, or use a ratio or change claim", r.reason("c"));
    }
}

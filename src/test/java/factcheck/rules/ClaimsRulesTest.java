package factcheck.rules;

import org.junit.jupiter.api.Test;

import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/claims.drl and the verdict policy: what every claim needs, whatever its kind. */
class ClaimsRulesTest {

    @Test
    void aClaimWithNoFigureIsUnverifiableNeverTrue() {
        RuleHarness.Checked r = RuleHarness.check("""
                claims:
                  - {id: c, quote: a bold claim, kind: fact, stated: bold}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.reasons("c").stream().anyMatch(x -> x.message().equals("names no figure it rests on; add the"
                + " underlying figures, with their sources, under 'figures:'")), r.reasons("c").toString());
    }

    @Test
    void aClaimOfAKindNoRuleHandlesIsUnverifiable() {
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: f, value: 1, source: Somewhere}
                claims:
                  - {id: c, quote: an odd claim, kind: horoscope, stated: 1, figures: {reference: f}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("no rule decided this claim of kind 'horoscope'; check its kind, or add a rule file that"
                + " handles it", r.reason("c"));
    }
}

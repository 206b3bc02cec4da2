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
        assertEquals("field 'kind': no rule file checks claims of kind 'horoscope' (kinds: change, comparison, fact,"
                + " range, ratio, share, value); fix the kind, or add a rule file for it", r.reason("c"));
        assertEquals(1, r.errors().size(), "a kind no rule checks is bad input");
    }

    @Test
    void aMisspeltKindNamesTheClosestKnownKind() {
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: f, value: 1, source: Somewhere}
                claims:
                  - {id: c, quote: an odd claim, kind: valeu, stated: 1, figures: {reference: f}}
                """);
        assertTrue(r.reason("c").startsWith("field 'kind': no rule file checks claims of kind 'valeu'; did you mean"
                + " 'value'?"), r.reason("c"));
    }
}

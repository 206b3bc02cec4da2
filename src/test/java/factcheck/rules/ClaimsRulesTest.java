package factcheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

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
        assertEquals("no figure given to check it against; add the underlying figures, with their sources, under"
                + " 'figures:'", r.reason("c"));
        assertEquals(List.of(), r.errors(), "a claim with nothing to check it against is not bad input");
    }

    @Test
    void aClaimOfAKindNoRuleHandlesIsUnverifiable() {
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: f, value: 1, source: Somewhere}
                claims:
                  - {id: c, quote: an odd claim of 1, kind: horoscope, stated: 1, figures: {reference: f}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        // The kinds listed are every kind the rule files declare, in order: a user's new kind is among them.
        assertTrue(r.reason("c").matches("field 'kind': no rule file checks claims of kind 'horoscope' \\(kinds: ([a-z]+, )*"
                + "change, ([a-z]+, )*value(, [a-z]+)*\\); fix the kind, or add a rule file for it"), r.reason("c"));
        assertEquals(1, r.errors().size(), "a kind no rule checks is bad input");
    }

    @Test
    void aMisspeltKindNamesTheClosestKnownKind() {
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: f, value: 1, source: Somewhere}
                claims:
                  - {id: c, quote: an odd claim of 1, kind: valeu, stated: 1, figures: {reference: f}}
                """);
        assertTrue(r.reason("c").startsWith("field 'kind': no rule file checks claims of kind 'valeu'; did you mean"
                + " 'value'?"), r.reason("c"));
    }
}

package factcheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/claims.drl and the verdict policy: what every claim needs, whatever its kind. */
class ClaimsRulesTest {

    @Test
    void aClaimWithNoFigureIsUnverifiableNeverTrue() {
        RuleHarness.Fired r = RuleHarness.check("""
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
        RuleHarness.Fired r = RuleHarness.check("""
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
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: f, value: 1, source: Somewhere}
                claims:
                  - {id: c, quote: an odd claim of 1, kind: valeu, stated: 1, figures: {reference: f}}
                """);
        assertTrue(r.reason("c").startsWith("field 'kind': no rule file checks claims of kind 'valeu'; did you mean"
                + " 'value'?"), r.reason("c"));
    }

    @Test
    void aRuleFileDeclaresAKindThatStatesWordsWithNoJavaChange() throws java.io.IOException {
        java.nio.file.Path dir = factcheck.TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES,
                java.nio.file.Files.createTempDirectory("factcheck-rules"));
        java.nio.file.Files.writeString(dir.resolve("house.drl"), """
                package factcheck.rules;
                import factcheck.model.*;

                // A house claim states words ("the 2nd house"), kept as written.
                rule "house is a kind that states words"
                when
                then
                    insert(new Kind("house", true));
                    insert(new Accepts("house", "reference"));
                end

                // The words must be in the reference.
                rule "house matches its reference"
                when
                    $c : Claim( kind == "house", stated != null )
                    Operand( claimId == $c.id, $f : figure, figure.text != null, figure.text.contains($c.stated.text) )
                then
                    insert(new Finding($c.id(), Verdict.TRUE, "'" + $c.stated().text() + "' is in " + $f.id()));
                end
                """);
        factcheck.engine.RuleSet.Compiled compiled = factcheck.engine.RuleSet.compile(dir);
        assertTrue(compiled.ok(), compiled.errors().toString());
        assertEquals(java.util.Set.of("date", "fact", "house", "rank", "trend"), compiled.rules().wordKinds());
        RuleHarness.Fired r = RuleHarness.check(compiled.rules(), """
                figures:
                  - {id: chart, text: Mars in the 2nd house, source: Almanac}
                claims:
                  - {id: c, quote: Mars is in the 2nd house, kind: house, stated: the 2nd house, figures: {reference: chart}}
                """);
        assertEquals(TRUE, r.verdict("c"), r.reason("c"));
        assertEquals("'the 2nd house' is in chart", r.reason("c"));
    }
}

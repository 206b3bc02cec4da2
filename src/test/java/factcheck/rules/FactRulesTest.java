package factcheck.rules;

import org.junit.jupiter.api.Test;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** rules/fact.drl: a statement that a sourced text figure decides. */
class FactRulesTest {

    private static RuleHarness.Fired fact(String stated, String text) {
        return RuleHarness.check("""
                figures:
                  - {id: hq, text: "%s", source: Form 10-Q}
                claims:
                  - {id: c, quote: Los Gatos-based company Netflix, kind: fact, stated: "%s", figures: {reference: hq}}
                """.formatted(text, stated));
    }

    @Test
    void theSourceSayingTheSameWordsMakesItTrue() {
        RuleHarness.Fired r = fact("Los Gatos", "121 Albright Way, Los Gatos, California");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("'Los Gatos' agrees with hq: \"121 Albright Way, Los Gatos, California\"", r.reason("c"));
    }

    @Test
    void partOfAHyphenatedWordIsNotTheWord() {
        assertEquals(FALSE, fact("CEO", "co-CEO (with Greg Peters)").verdict("c"), "a co-CEO is not the CEO");
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals(TRUE, fact("co-CEO", "Co-CEO (with Greg Peters)").verdict("c"));
    }

    @Test
    void theSourceSayingSomethingElseMakesItFalse() {
        RuleHarness.Fired r = fact("Los Angeles", "121 Albright Way, Los Gatos, California");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("'Los Angeles' is not what hq says: \"121 Albright Way, Los Gatos, California\"", r.reason("c"));
    }

    @Test
    void aNumericReferenceIsBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: hq, value: 121, source: Form 10-Q}
                claims:
                  - {id: c, quote: Los Gatos-based company Netflix, kind: fact, stated: Los Gatos, figures: {reference: hq}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': a fact claim states words ('stated: Los Gatos') and names a 'reference'"
                + " figure whose 'text' holds the source's words", r.reason("c"));
    }
}

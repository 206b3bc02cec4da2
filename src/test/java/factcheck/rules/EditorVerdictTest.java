package factcheck.rules;

import factcheck.model.RuleSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MOSTLY_TRUE;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's verdict on a statement no rule checks, and a caveat that caps what the rules decide. */
class EditorVerdictTest {

    private static final String PREMIUM = """
            figures:
              - {id: premium, text: members pay a monthly premium of $125, source: SAG-AFTRA Health Plan}
              - {id: qualifying, value: 12.7, unit: percent, source: CNN}
            """;

    @Test
    void anEditorsVerdictIsTheClaimsVerdictWithItsRationale() {
        RuleHarness.Fired r = RuleHarness.check(PREMIUM + """
                claims:
                  - id: c
                    quote: they will still have to pay for it completely out of pocket
                    verdict: FALSE
                    rationale: Members pay a $125 monthly premium; producers fund most of the plan.
                    figures: [premium]
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("Members pay a $125 monthly premium; producers fund most of the plan.", r.reason("c"));
        assertEquals(RuleSource.EDITOR, r.rule("c"));
        assertEquals("editor", r.claim("c").decidingReason().rule().decider());
        assertEquals("premium", r.claim("c").operands().get(0).figure().id());
    }

    @Test
    void anEditorsVerdictMustRestOnAFigure() {
        RuleHarness.Fired r = RuleHarness.check(PREMIUM + """
                claims:
                  - {id: c, quote: they will still have to pay, verdict: TRUE, rationale: I know it}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:9: error: claim 'c': an editor's verdict rests on the figures or sources that"
                + " decide it; list them under 'figures:' (like 'figures: [plan-premium]'), each with its source"),
                r.shortErrors());
    }

    @Test
    void aClaimIsDecidedByItsKindOrByAnEditorNotBoth() {
        RuleHarness.Fired r = RuleHarness.check(PREMIUM + """
                claims:
                  - {id: c, quote: they will still have to pay, kind: fact, verdict: TRUE, rationale: Yes,
                     figures: [premium]}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:9: error: claim 'c': a claim is decided by the rules of its 'kind' or by an"
                + " editor's 'verdict', not both; to limit what the rules decide, write a 'caveat'"), r.shortErrors());
    }

    @Test
    void aRationaleNeedsAVerdict() {
        RuleHarness.Fired r = RuleHarness.check(PREMIUM + """
                claims:
                  - {id: c, quote: they will still have to pay, rationale: Members pay a premium, figures: [premium]}
                """);
        assertEquals(List.of("test.yaml:9: error: claim 'c': a 'rationale' goes with the editor's 'verdict'; add"
                + " 'verdict: FALSE' (or another verdict), or remove the rationale"), r.shortErrors());
    }

    @Test
    void anEditorsVerdictOnAQuoteNotInTheArticleIsUnverifiable() {
        RuleHarness.Fired r = RuleHarness.checkArticle("Members pay a premium.", PREMIUM + """
                claims:
                  - {id: c, quote: they pay nothing, verdict: FALSE, rationale: Members pay a premium, figures: [premium]}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'quote': not found word for word in the article's text (article.txt); copy the quote from"
                + " the article exactly", r.reason("c"));
    }

    @Test
    void aCaveatCapsTheRulesVerdictAndBothAreShown() {
        RuleHarness.Fired r = RuleHarness.check(PREMIUM + """
                claims:
                  - id: c
                    quote: 87% of actors in our union
                    kind: share
                    figures: {complement: qualifying}
                    caveat:
                      reason: the statistic covers all members, not only actors
                      at-most: MOSTLY_TRUE
                """);
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
        assertEquals("the statistic covers all members, not only actors; at most mostly true", r.reason("c"));
        assertEquals("caveat", r.claim("c").decidingReason().rule().decider());
        assertEquals(TRUE, r.reasons("c").get(1).verdict(), "the rules' finding is kept beside the caveat");
        assertEquals("100 - 12.7 = 87.3%, which rounds to the stated 87%", r.reasons("c").get(1).message());
    }

    @Test
    void aCaveatNeverRaisesAVerdictNorDecidesAnUncheckedClaim() {
        RuleHarness.Fired r = RuleHarness.check(PREMIUM + """
                claims:
                  - id: c
                    quote: 50% of actors in our union
                    kind: share
                    figures: {complement: qualifying}
                    caveat: {reason: covers all members, at-most: MISLEADING}
                  - id: d
                    quote: 50% of actors in our union
                    kind: share
                    caveat: {reason: covers all members, at-most: MISLEADING}
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("caveat", r.reasons("c").get(r.reasons("c").size() - 1).rule().decider());
        assertEquals(UNVERIFIABLE, r.verdict("d"));
    }

    @Test
    void aCaveatCapsAtMostlyTrueMisleadingOrFalse() {
        RuleHarness.Fired r = RuleHarness.check(PREMIUM + """
                claims:
                  - id: c
                    quote: 87% of actors in our union
                    kind: share
                    figures: {complement: qualifying}
                    caveat: {reason: covers all members, at-most: TRUE}
                  - id: d
                    quote: 87% of actors in our union
                    kind: share
                    figures: {complement: qualifying}
                    caveat: {reason: covers all members}
                """);
        assertEquals(List.of("test.yaml:13: error: claim 'c': field 'caveat.at-most': a caveat caps the verdict at"
                        + " MOSTLY_TRUE, MISLEADING or FALSE; a caveat that allows TRUE limits nothing",
                "test.yaml:18: error: claim 'd': caveat: missing required field 'at-most', the best verdict the claim can"
                        + " get with this caveat (MOSTLY_TRUE, MISLEADING or FALSE)"), r.shortErrors());
    }

    @Test
    void anEditorsVerdictRestsOnEvidenceFromOutsideTheArticle() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: own, value: 5%, source: article}
                claims:
                  - {id: c, quote: they pay 5% of it, verdict: TRUE, rationale: The article says so, figures: [own]}
                """);
        assertEquals(List.of("test.yaml:8: error: claim 'c': an editor's verdict rests on evidence from outside the"
                + " article, and every figure it lists has 'source: article'; list a figure with an outside source, or"
                + " make the verdict UNVERIFIABLE"), r.shortErrors());
    }

    @Test
    void anEditorsVerdictTakesNoNumberForRulesToRead() {
        RuleHarness.Fired r = RuleHarness.check(PREMIUM + """
                claims:
                  - {id: c, quote: they pay 5% of it, verdict: FALSE, rationale: They pay a premium, stated: 7%,
                     figures: [premium]}
                """);
        assertEquals(List.of("test.yaml:9: error: claim 'c': field 'stated': an editor's verdict is decided in its"
                + " 'rationale', and no rule reads 'stated'; remove it, or give the claim a 'kind' for the rules to"
                + " check"), r.shortErrors());
    }
}

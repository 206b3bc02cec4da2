package factcheck.rules;

import org.junit.jupiter.api.Test;

import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/sources.drl, rules/quote.drl and rules/claims.drl: what every claim needs. */
class SourcesAndQuoteRulesTest {

    @Test
    void aClaimThatHoldsOnlyAgainstTheArticlesOwnFiguresIsUnverifiable() {
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: posting, range: [390000, 900000], source: article}
                claims:
                  - {id: c, quote: between the two, kind: range, stated: [390000, 900000], figures: {reference: posting}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("consistent with the article's own figures (posting), but none of them has a source outside"
                + " the article", r.reason("c"));
        assertEquals("claim holds only against the article's own figures", r.rule("c"));
        // the arithmetic is still shown, below the deciding reason
        assertEquals(TRUE, r.reasons("c").get(1).verdict());
    }

    @Test
    void oneOutsideFigureIsEnoughToJudgeTheClaim() {
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: pay, range: [390000, 900000], source: article}
                  - {id: minimum, value: 26470, source: CNN}
                claims:
                  - {id: c, quote: over 33x, kind: ratio, stated: 33, qualifier: over,
                     figures: {numerator: pay, denominator: minimum}}
                """);
        assertEquals(MISLEADING, r.verdict("c"));
    }

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

    @Test
    void aQuoteNotInTheArticleIsFlagged() {
        // The harness's article text is the claims text; this quote is written with an escape,
        // so its words do not occur there as written.
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: f, value: 87, source: Union}
                claims:
                  - {id: c, quote: "eighty\\x20seven percent", kind: value, stated: 87, figures: {reference: f}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'quote': not found word for word in the article's text (article.txt);"
                + " copy the quote from the article exactly", r.reason("c"));
        assertEquals(1, r.errors().size());
    }
}

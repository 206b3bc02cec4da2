package factcheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** rules/quote.drl: every quote must be in the article's text. */
class QuoteRulesTest {

    @Test
    void aQuoteInTheArticleIsNotFlagged() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: f, value: 87, source: Union}
                claims:
                  - {id: c, quote: eighty seven percent, kind: value, stated: 87, figures: {reference: f}}
                """);
        assertEquals(List.of(), r.errors());
        assertEquals(TRUE, r.verdict("c"));
    }

    private static final String FIGURES = """
            figures:
              - {id: f, value: 87, source: Union}
            claims:
            """;

    @Test
    void typographyDoesNotMatterButWordsDo() {
        String article = "“87% of actors in our union don’t even make\nthe $27,000 annually,” Liu told KRON4.";
        RuleHarness.Fired r = RuleHarness.checkArticle(article, FIGURES + """
                  - {id: straight, quote: "\\"87% of actors in our union don't even make the $27,000", kind: value,
                     stated: 87, figures: {reference: f}}
                  - {id: partial, quote: 7% of actors, kind: value, stated: 87, figures: {reference: f}}
                  - {id: changed, quote: 88% of actors, kind: value, stated: 87, figures: {reference: f}}
                """);
        assertEquals(TRUE, r.verdict("straight"), r.reasons("straight").toString());
        assertEquals(UNVERIFIABLE, r.verdict("partial"), "part of a number is not the number");
        assertEquals(UNVERIFIABLE, r.verdict("changed"), "a changed word is a changed quote");
        assertEquals(2, r.errors().size());
    }

    @Test
    void aQuoteNotInTheArticleIsFlagged() {
        // The harness's article text is the claims text; this quote is written with an escape,
        // so its words do not occur there as written.
        RuleHarness.Fired r = RuleHarness.check("""
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

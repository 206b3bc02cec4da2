package factcheck.report;

import factcheck.claims.ClaimsLoader;
import factcheck.claims.ClaimsSet;
import factcheck.engine.Engine;
import factcheck.rules.RuleHarness;
import factcheck.verdict.ClaimResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report as text: self-contained, every claim highlighted and labelled, every input escaped. */
class HtmlReportTest {

    static Report report(Path claims) {
        ClaimsSet set = ClaimsLoader.load(List.of(claims), RuleHarness.bundledRules().wordKinds());
        return factcheck.Reports.of(set, Engine.run(RuleHarness.bundledRules(), set, Engine.DEFAULT_MAX_FIRINGS));
    }

    @Test
    void everyClaimIsHighlightedAndLabelledWithItsVerdictInWords() {
        Report report = report(factcheck.TestFiles.BUNDLED_CLAIMS);
        String html = Format.html.render(report);
        for (ClaimResult c : report.claims()) {
            String id = c.claim().id();
            assertTrue(Pattern.compile("<mark class=\"v-[a-z-]+\" data-claims=\"[^\"]*\\b" + id + "\\b").matcher(html).find(),
                    "a highlight for " + id);
            assertTrue(html.contains("<a class=\"label " + css(c) + "\" id=\"quote-" + id + "\" href=\"#" + id
                    + "\" data-claim=\"" + id + "\">" + c.verdict().label() + "</a>"), "a label for " + id);
            assertTrue(html.contains("<li class=\"claim " + css(c) + "\" id=\"" + id + "\">"), "an entry for " + id);
            assertTrue(html.contains("<a href=\"#quote-" + id + "\">" + id + "</a>"), "the entry links back to " + id);
        }
        assertTrue(html.contains("<p class=\"summary\">12 claims: <span class=\"badge v-true\">2 True</span>"
                + " <span class=\"badge v-mostly-true\">3 Mostly true</span>"
                + " <span class=\"badge v-misleading\">1 Misleading</span>"
                + " <span class=\"badge v-false\">1 False</span>"
                + " <span class=\"badge v-unverifiable\">5 Unverifiable</span></p>"), html);
        assertTrue(html.contains("<strong class=\"v-false\">False</strong>: <span class=\"by\">Editor's verdict:</span>"
                + " A member who qualifies pays a premium of $125 a month"), "the editor's verdict is labelled in words");
        assertTrue(html.contains("<span class=\"by\">Caveat:</span> the statistic covers all SAG-AFTRA members"),
                "the caveat is labelled in words");
    }

    @Test
    void theReportShowsTheArithmeticAndLinksTheSources() {
        String html = Format.html.render(report(factcheck.TestFiles.BUNDLED_CLAIMS));
        assertTrue(html.contains("holds only at the top of the range (900,000 / 26,470 = 34.001, over 33x), not at the"
                + " bottom (390,000 / 26,470 = 14.734, not over 33x)"), html);
        assertTrue(html.contains("<a href=\"https://amp.cnn.com/cnn/2023/07/17/business/hollywood-actors-sag-aftra-strike-"
                + "by-the-numbers\">CNN, \"Hollywood actors' strike by the numbers\", 17 Jul 2023 (2023);"), html);
    }

    @Test
    void thePageIsSelfContained() {
        String html = Format.html.render(report(factcheck.TestFiles.BUNDLED_CLAIMS));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no external style sheet");
        assertFalse(Pattern.compile("\\bsrc=").matcher(html).find(), "nothing loaded from elsewhere");
        assertFalse(html.contains("@import") || html.contains("url("), "no external font or image in the style");
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
        assertTrue(html.contains("@media print"));
    }

    @Test
    void textFromAHostileClaimsFileIsEscapedEverywhere() {
        String html = Format.html.render(report(Path.of("src/test/resources/hostile/hostile.yaml")));
        for (String tag : List.of("<script", "<img", "<svg", "<iframe", "<b ")) {
            assertFalse(html.contains(tag), tag + " must appear only escaped");
        }
        assertFalse(html.contains("href=\"javascript"), "no javascript: link");
        // Every '<' in the page starts a real tag (text has none); no tag carries an event handler.
        var tags = Pattern.compile("<[^<>]*>").matcher(html);
        while (tags.find()) {
            assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(tags.group()).find(),
                    "an event handler escaped into a tag: " + tags.group());
        }
        assertTrue(html.contains("&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','quote')\"&gt;"
                + " costs 100 dollars</mark>"), "the quote is shown, as text, and highlighted");
        assertEquals(2, html.split("<a class=\"label ", -1).length - 1, "both hostile quotes are highlighted");
    }

    private static String css(ClaimResult c) {
        return "v-" + c.verdict().name().toLowerCase().replace('_', '-');
    }
}

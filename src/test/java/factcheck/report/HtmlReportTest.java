package factcheck.report;

import factcheck.claims.ClaimsLoader;
import factcheck.claims.ClaimsSet;
import factcheck.engine.Engine;
import factcheck.rules.RuleHarness;
import factcheck.verdict.ClaimResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
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
            assertTrue(Pattern.compile("<mark class=\"" + css(c) + " t[0-3]\" data-claim=\"" + id + "\"").matcher(html).find(),
                    "a highlight for " + id);
            assertTrue(html.contains("<a class=\"label " + css(c) + "\" id=\"quote-" + id + "\" href=\"#" + id
                    + "\" data-claim=\"" + id + "\">" + c.verdict().label() + "</a>"), "a label for " + id);
            assertTrue(html.contains("<li class=\"claim " + css(c) + "\" id=\"" + id + "\">\n<h4><span class=\"badge "
                    + css(c) + "\">" + c.verdict().label() + "</span> <q>" + HtmlReport.user(c.claim().quote())
                    + "</q></h4>\n"), "an entry for " + id + ", headed by its quote");
            assertTrue(html.contains("<p class=\"id\"><code>" + id + "</code> · <a href=\"#quote-" + id
                    + "\">in the text</a></p>"), "the entry shows its id and links back to " + id);
            assertTrue(html.contains("<li class=\"" + css(c) + "\"><a href=\"#" + id + "\">"
                    + HtmlReport.user(c.claim().quote()) + "</a></li>"), "listed under its verdict: " + id);
        }
        assertTrue(html.contains("<p class=\"summary\">12 claims: <a class=\"badge v-true\" href=\"#verdict-true\">2 True</a>"
                + " <a class=\"badge v-mostly-true\" href=\"#verdict-mostly-true\">3 Mostly true</a>"
                + " <a class=\"badge v-misleading\" href=\"#verdict-misleading\">1 Misleading</a>"
                + " <a class=\"badge v-false\" href=\"#verdict-false\">1 False</a>"
                + " <a class=\"badge v-unverifiable\" href=\"#verdict-unverifiable\">5 Unverifiable</a></p>"), html);
        assertTrue(html.contains("<li class=\"deciding\"><span class=\"decided\">Deciding reason</span> <strong"
                + " class=\"v-false\">False</strong>: <span class=\"by\">Editor's verdict:</span>"
                + " A member who qualifies pays a premium of $125 a month"), "the editor's verdict is labelled in words");
        assertTrue(html.contains("<span class=\"by\">Caveat:</span> the statistic covers all SAG-AFTRA members"),
                "the caveat is labelled in words");
        assertTrue(html.contains("<p class=\"speaker\">— Iris Liu, SAG-AFTRA member and strike captain</p>"), html);
    }

    @Test
    void theSummaryAndTheVerdictsComeBeforeTheArticle() {
        String html = Format.html.render(report(factcheck.TestFiles.BUNDLED_CLAIMS));
        int summary = html.indexOf("<p class=\"summary\">");
        int verdicts = html.indexOf("<section class=\"verdicts\"");
        int claims = html.indexOf("<section class=\"claims\">");
        int text = html.indexOf("<section class=\"text\"");
        assertTrue(0 < summary && summary < verdicts && verdicts < claims && claims < text,
                "summary, claims by verdict, the article's claims, then its text");
        // Each verdict has its line of legend, in the order of the summary.
        int at = 0;
        for (var v : Report.SUMMARY_ORDER) {
            String heading = "<section class=\"verdict\" id=\"" + HtmlReport.verdictAnchor(v) + "\">\n<h3><span class=\"badge v-"
                    + v.name().toLowerCase().replace('_', '-') + "\">" + v.label() + "</span> "
                    + HtmlReport.text(HtmlReport.meaning(v)) + "</h3>\n";
            int found = html.indexOf(heading);
            assertTrue(found > at, heading);
            at = found;
        }
        assertTrue(html.contains("<h3><span class=\"badge v-false\">False</span> fails at every end</h3>"));
    }

    @Test
    void paragraphsFollowBlankLinesAndOverlappingQuotesEachKeepTheirLine(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "One line\nwraps here.\n\n  \nA pay of 100 dollars a year.\n");
        Files.writeString(tmp.resolve("a.yaml"), """
                article:
                  id: a
                  title: T
                  text: a.txt
                figures:
                  - id: pay
                    value: 100
                    source: S
                claims:
                  - id: first
                    quote: A pay of 100 dollars
                    verdict: FALSE
                    rationale: r
                    figures: [pay]
                  - id: second
                    quote: 100 dollars a year
                    verdict: TRUE
                    rationale: r
                    figures: [pay]
                """);
        String html = Format.html.render(report(tmp.resolve("a.yaml")));
        String text = html.substring(html.indexOf("<h3>Text</h3>\n"), html.indexOf("</section>", html.indexOf("<h3>Text</h3>")));
        assertEquals("<h3>Text</h3>\n<p>One line\nwraps here.</p>\n<p>"
                + "<mark class=\"v-false t0\" data-claim=\"first\" title=\"False: first\">A pay of </mark>"
                + "<mark class=\"v-false t0\" data-claim=\"first\" title=\"False: first\">"
                + "<mark class=\"v-true t1\" data-claim=\"second\" title=\"True: second\">100 dollars</mark></mark>"
                + "<a class=\"label v-false\" id=\"quote-first\" href=\"#first\" data-claim=\"first\">False</a>"
                + "<mark class=\"v-true t1\" data-claim=\"second\" title=\"True: second\"> a year</mark>"
                + "<a class=\"label v-true\" id=\"quote-second\" href=\"#second\" data-claim=\"second\">True</a>.\n</p>\n",
                text);
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

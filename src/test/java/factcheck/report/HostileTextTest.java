package factcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text from a hostile claims file is shown in every report, never obeyed. */
class HostileTextTest {
    private static final Options EXPLAIN = new Options(true, Hostile.PUBLISHER, LocalDate.of(2026, 11, 28),
            "https://example.org/checks");

    @TempDir
    Path tmp;

    private Report report;

    @BeforeEach
    void load() {
        report = HtmlReportTest.report(Hostile.write(tmp));
        assertEquals(List.of(), report.errors(), "the hostile file reads: its text must reach the reports");
        assertEquals(Hostile.ID, report.claims().get(0).claim().id());
    }

    /** Characters a reader cannot see but a terminal or the bidi algorithm obeys, line breaks aside. */
    private static final Pattern HIDDEN = Pattern.compile("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029"
            + "\\u202a-\\u202e\\u2066-\\u2069]");

    @Test
    void claimReviewCannotCloseTheScriptElementAndReadsBackAsTheSameText() throws IOException {
        String jsonld = Format.claimreview.render(report, EXPLAIN);
        for (String raw : List.of("<", ">", "&", "\u2028", "\u2029", Hostile.ESC, Hostile.RLO)) {
            assertFalse(jsonld.contains(raw), "raw " + factcheck.util.Shown.terminal(raw) + " in the JSON-LD");
        }
        assertTrue(jsonld.contains("\\u003C/script\\u003E"), jsonld);
        JsonNode review = new ObjectMapper().readTree(jsonld).get("@graph").get(0);
        assertEquals(Hostile.QUOTE, review.get("claimReviewed").asText());
        assertEquals(Hostile.PUBLISHER, review.get("author").get("name").asText());
        assertEquals(Hostile.TITLE, review.get("itemReviewed").get("appearance").get("headline").asText());
    }

    @Test
    void claimReviewKeepsOnlyHttpAddresses() throws IOException {
        JsonNode review = new ObjectMapper().readTree(Format.claimreview.render(report, EXPLAIN)).get("@graph").get(0);
        assertEquals("https://example.org/checks#pipe_id_x", review.get("url").asText());
        assertFalse(review.get("itemReviewed").get("appearance").has("url"), "the javascript: article url is left out");
        assertFalse(Format.claimreview.render(report, EXPLAIN).contains("javascript:"));
    }

    @Test
    void markdownTableRowHasItsThreeCellsWhateverTheClaimId() {
        String md = Format.markdown.render(report, EXPLAIN);
        String row = md.lines().filter(l -> l.startsWith("| `pipe")).findFirst().orElseThrow();
        assertEquals("| `pipe\\|id\\u202Ex` | **TRUE** | 100 (price), as stated |", row);
        // Unescaped pipes separate the cells: four of them, three cells.
        assertEquals(4, row.split("(?<!\\\\)\\|", -1).length - 1, row);
    }

    @Test
    void markdownLinksOnlyHttpAddressesAndShowsUserTextAsText() {
        String md = Format.markdown.render(report, EXPLAIN);
        assertFalse(md.contains("](<javascript") || md.contains("<javascript") || md.contains("<data:"), md);
        assertFalse(Pattern.compile("\\]\\((?!<https?://)").matcher(md.replace("\\]", "")).find(),
                "every link goes to an http(s) address");
        assertTrue(md.contains("source: Source &lt;/script&gt; \\*bold\\* \\[x\\](javascript:alert(1)) \\`code\\`."), md);
        assertTrue(md.contains(". a note - that starts a list \\| and \\| a \\| table \\|\n"),
                "a note's line breaks cannot start a list or a table: " + md);
        assertTrue(md.contains("> It costs 100 dollars \\u202Ereversed\\u001B\\]0;title\\u0007 \\u009B31m&lt;/script&gt;"
                + "&lt;!--\n"), md);
        assertFalse(HIDDEN.matcher(md).find(), "a hidden character in the Markdown");
    }

    @Test
    void htmlShowsBidiOverridesAsMarksAndIsolatesRightToLeftText() {
        String html = Format.html.render(report, EXPLAIN);
        assertFalse(HIDDEN.matcher(html.replace("\t", "").replace("\r", "")).find(), "a hidden character in the HTML");
        assertTrue(html.contains("<q><bdi>It costs 100 dollars \\u202Ereversed\\u001B]0;title\\u0007 \\u009B31m"
                + "&lt;/script&gt;&lt;!--</bdi></q></h4>"), html);
        assertTrue(html.contains("<p class=\"speaker\">— <bdi>Speaker\\u202E reversed</bdi></p>"), html);
        String hebrew = "\u05e9\u05dc\u05d5\u05dd";
        assertEquals("<bdi>" + hebrew + " 100</bdi>", HtmlReport.user(hebrew + " 100"));
        assertEquals("plain text, as before", HtmlReport.user("plain text, as before"));
    }

    @Test
    void htmlLinksOnlyHttpAddressesAndEscapesEveryAttribute() {
        String html = Format.html.render(report, EXPLAIN);
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#") || href.group(1).startsWith("https://"), href.group());
        }
        assertFalse(html.contains("javascript:alert('article')"), "a javascript: address is left out, not shown");
        assertTrue(html.contains("data-claim=\"pipe_id_x\""), html);
    }

    @Test
    void textReportShowsControlsAsEscapesAndKeepsEachRowOnItsLine() {
        String text = Format.text.render(report, EXPLAIN);
        assertFalse(HIDDEN.matcher(text).find(), "a hidden character in the text report");
        assertTrue(text.contains("\n  pipe|id\\u202Ex  TRUE          100 (price), as stated ["), text);
        assertTrue(text.contains("\n  \"It costs 100 dollars \\u202Ereversed\\u001B]0;title\\u0007 \\u009B31m</script><!--\""
                + " (Speaker\\u202E reversed)\n"), text);
        assertTrue(text.startsWith("hostile: Title </script><script>alert('title')</script>\\u2028\\u202Eevil"
                + " (Outlet\\u001B[31m red)\n"), text);
        assertFalse(text.contains("javascript:alert(7)>") || text.contains("<data:"), "only http(s) addresses");
    }

    @Test
    void jsonKeepsUserTextVerbatimAsDataAndPrintsNoHiddenCharacter() throws IOException {
        String json = Format.json.render(report, EXPLAIN);
        assertFalse(HIDDEN.matcher(json).find(), "a hidden character in the JSON");
        assertTrue(json.contains("\"It costs 100 dollars \\u202Ereversed\\u001B]0;title\\u0007 \\u009B31m</script><!--\""),
                json);
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode claim = root.get("articles").get(0).get("claims").get(0);
        assertEquals(Hostile.ID, claim.get("id").asText());
        assertEquals(Hostile.QUOTE, claim.get("quote").asText());
        assertEquals(Hostile.TITLE, root.get("articles").get(0).get("title").asText());
    }

}

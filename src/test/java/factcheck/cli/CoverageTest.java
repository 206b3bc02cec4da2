package factcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every report says which of the article's numbers no claim checks, and which are left out on purpose. */
class CoverageTest {

    @TempDir
    Path dir;

    private Path claims(String leftOut) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Pay reached $51.9 million, including a $23.9 million bonus.\n"
                + "Sales rose 7% in 2023, and most staff stayed.\n");
        Path file = dir.resolve("a.yaml");
        Files.writeString(file, """
                article: {id: a, title: A, text: a.txt}
                figures:
                  - {id: pay, value: $51.9 million, source: Proxy}
                """ + leftOut + """
                claims:
                  - {id: c, quote: Pay reached $51.9 million, kind: value, figures: {reference: pay}}
                """);
        return file;
    }

    @Test
    void theTextReportListsTheNumbersNoClaimChecks() throws IOException {
        Cli r = Cli.run("check", "--claims", claims("").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n  Numbers: 4 in the text, 1 checked; 3 not checked: '$23.9 million' (line 1), '7%'"
                + " (line 2), 'most\n  staff' (line 2)\n"), r.out());
    }

    @Test
    void numbersLeftOutOnPurposeCountAsCoveredWithTheirReason() throws IOException {
        Path file = claims("""
                left-out:
                  - {number: most staff, reason: a figure of speech}
                  - {number: 7%, reason: no source yet}
                """);
        Cli r = Cli.run("check", "--claims", file.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode coverage = new ObjectMapper().readTree(r.out()).get("articles").get(0).get("coverage");
        assertEquals(4, coverage.get("numbers").asInt());
        assertEquals(1, coverage.get("checked").asInt());
        assertEquals("7%", coverage.get("leftOut").get(0).get("text").asText());
        assertEquals("no source yet", coverage.get("leftOut").get(0).get("reason").asText());
        assertEquals(1, coverage.get("unchecked").size());
        JsonNode bonus = coverage.get("unchecked").get(0);
        assertEquals("$23.9 million", bonus.get("text").asText());
        assertEquals(1, bonus.get("line").asInt());
        assertEquals(40, bonus.get("column").asInt());

        Cli md = Cli.run("check", "--claims", file.toString(), "--format", "markdown");
        assertTrue(md.out().contains("\nNumbers: 4 in the text, 1 checked, 2 left out: '7%' (no source yet), 'most staff' (a figure"
                + " of speech); 1 not checked: '\\$23.9 million' (line 1).\n"), md.out());
        assertTrue(md.out().contains("\nNot checked:\n\n- \\$23.9 million (line 1, column 40)\n"), md.out());
        Cli html = Cli.run("check", "--claims", file.toString(), "--format", "html");
        assertTrue(html.out().contains("including a <span class=\"unchecked\" title=\"not checked: no claim quotes this"
                + " number\">$23.9 million</span> bonus"), "the unchecked number is marked in the text, in words too");
        assertTrue(html.out().contains("<p class=\"coverage\">Numbers: 4 in the text, 1 checked, 2 left out: '7%' (no source"
                + " yet), 'most staff' (a figure of speech); 1 not checked: '$23.9 million' (line 1).</p>"), html.out());
    }

    @Test
    void aLeftOutNumberTheTextDoesNotHaveIsAnError() throws IOException {
        Path file = claims("""
                left-out:
                  - {number: 8%, reason: no source}
                """);
        Cli r = Cli.run("check", "--claims", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("a.yaml:5: error: left-out: '8%' is not a number of the article's text; did you mean"
                + " '7%'? (its numbers: $51.9 million, $23.9 million, 7%, most staff)"), r.err());
    }

    @Test
    void theBundledArticleHasEveryNumberCheckedOrLeftOut() throws IOException {
        Cli r = Cli.run("check", "--claims", factcheck.TestFiles.BUNDLED_CLAIMS.toString(), "--format", "json");
        JsonNode coverage = new ObjectMapper().readTree(r.out()).get("articles").get(0).get("coverage");
        assertEquals(0, coverage.get("unchecked").size(), coverage.toString());
        assertEquals(9, coverage.get("numbers").asInt());
    }

    @Test
    void failOnUncheckedExitsOneWhileANumberIsNeitherCheckedNorLeftOut() throws IOException {
        Path open = claims("");
        assertEquals(1, Cli.run("check", "--claims", open.toString(), "--fail-on", "UNCHECKED").code());
        assertEquals(0, Cli.run("check", "--claims", open.toString(), "--fail-on", "FALSE").code());
        Path covered = claims("""
                left-out:
                  - {number: most staff, reason: a figure of speech}
                  - {number: 7%, reason: no source yet}
                  - {number: $23.9 million, reason: part of the total}
                """);
        assertEquals(0, Cli.run("check", "--claims", covered.toString(), "--fail-on", "unchecked,FALSE").code());
        Cli bad = Cli.run("check", "--claims", covered.toString(), "--fail-on", "UNCHECKD");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--fail-on: 'UNCHECKD' is not a verdict (FALSE, MISLEADING, UNVERIFIABLE,"
                + " MOSTLY_TRUE, TRUE) or UNCHECKED; did you mean 'UNCHECKED'?"), bad.err());
    }
}

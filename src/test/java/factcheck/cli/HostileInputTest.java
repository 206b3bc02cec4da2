package factcheck.cli;

import factcheck.TestFiles;
import factcheck.report.Hostile;
import factcheck.report.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a terminal is sent holds user text escaped, and --review-url is a web address or a usage error. */
class HostileInputTest {
    /** What a terminal would obey: controls (line breaks aside), DEL, C1, line separators, bidi overrides. */
    private static final Pattern OBEYED = Pattern.compile("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029"
            + "\\u202a-\\u202e\\u2066-\\u2069]");

    @TempDir
    Path tmp;

    private String rules;
    private String claims;

    @BeforeEach
    void files() {
        rules = TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, tmp.resolve("rules")).toString();
        claims = Hostile.write(tmp).toString();
    }

    private static void shownNotObeyed(Cli r) {
        assertFalse(OBEYED.matcher(r.out()).find(), "the terminal is sent a control character: " + r.out());
        assertFalse(OBEYED.matcher(r.err()).find(), "the terminal is sent a control character: " + r.err());
    }

    @Test
    void theTextReportAndExplanationShowControlsEscaped() {
        Cli r = Cli.run("check", "--rules", rules, "--claims", claims, "--explain");
        assertEquals(0, r.code(), r.err());
        shownNotObeyed(r);
        assertTrue(r.out().contains("  pipe|id\\u202Ex  TRUE  "), r.out());
        assertTrue(r.out().contains("\\u202Ereversed\\u001B]0;title\\u0007 \\u009B31m"), r.out());
    }

    @Test
    void anInputErrorThatEchoesAValueShowsItEscaped() throws IOException {
        Files.writeString(Path.of(claims), Files.readString(Path.of(claims))
                .replace("reference: other", "reference: \"oth\\e[2Jer\\u202e\""));
        Cli r = Cli.run("check", "--rules", rules, "--claims", claims);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        shownNotObeyed(r);
        assertTrue(r.err().contains("oth\\u001B[2Jer\\u202E"), r.err());
    }

    @Test
    void testCommandShowsClaimIdsEscaped() throws IOException {
        Files.writeString(Path.of(claims), Files.readString(Path.of(claims))
                .replace("      reference: price\n", "      reference: price\n    expect: FALSE\n"));
        Cli r = Cli.run("test", "--rules", rules, "--claims", claims);
        shownNotObeyed(r);
        assertTrue(r.out().contains("FAIL pipe|id\\u202Ex: expected FALSE, got TRUE"), r.out());
    }

    @Test
    void watchShowsTheIdsOfMovedVerdictsEscaped() {
        var set = factcheck.claims.ClaimsLoader.load(List.of(Path.of(claims)),
                factcheck.rules.RuleHarness.bundledRules().wordKinds());
        Report after = factcheck.Reports.of(set, factcheck.engine.Engine.run(factcheck.rules.RuleHarness.bundledRules(), set,
                factcheck.engine.Engine.DEFAULT_MAX_FIRINGS));
        java.io.StringWriter out = new java.io.StringWriter();
        CheckCommand.MOVES.print(new Report(List.of(), List.of()), after, new java.io.PrintWriter(out));
        assertEquals("2 verdicts moved:\n  pipe|id\\u202Ex: new, TRUE\n  second: new, TRUE\n",
                out.toString());
    }

    @Test
    void anUnknownOptionIsEchoedEscaped() {
        Cli r = Cli.run("check", "--\u001b[2J\u202e");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        shownNotObeyed(r);
        assertTrue(r.err().contains("--\\u001B[2J\\u202E"), r.err());
    }

    @Test
    void extractWritesAnArticlesControlCharactersAsEscapes() throws IOException {
        Path article = tmp.resolve("article.txt");
        Files.writeString(article, "Headline \u001b[2J\u202e here\nIt cost \u001b[31m$5 million\u202e last year.\n");
        Cli r = Cli.run("extract", article.toString(), "--rules", rules);
        assertEquals(0, r.code(), r.err());
        shownNotObeyed(r);
        assertTrue(r.out().contains("# Claims of \"Headline \\u001B[2J\\u202E here\""), r.out());
        assertTrue(r.out().contains("  title: \"Headline \\u001B[2J\\u202E here\"\n"), r.out());
    }

    @Test
    void reviewUrlMustBeAnAbsoluteHttpAddressWithAHost() {
        List<String[]> bad = List.of(
                new String[] {"javascript:alert(1)", "is not an http(s) address"},
                new String[] {"https://example.org/\"><script>", "is not a valid address"},
                new String[] {"https://example.org/a b", "holds a space at position 22"},
                new String[] {"https://example.org/\u001b[2J", "holds the character \\u001B at position 21"},
                new String[] {"https://example.org/\u202e", "holds the character \\u202E at position 21"},
                new String[] {"https:///checks", "has no host"},
                new String[] {"/checks", "is not an http(s) address"},
                new String[] {"https://example.org/checks#top", "has a #fragment"});
        for (String[] b : bad) {
            Cli r = Cli.run("check", "--rules", rules, "--claims", claims, "--format", "claimreview",
                    "--publisher", "Desk", "--review-url", b[0]);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), b[0]);
            shownNotObeyed(r);
            assertTrue(r.err().startsWith("factcheck: error: --review-url '"), r.err());
            assertTrue(r.err().contains("' " + b[1]), b[0] + ": " + r.err());
            assertEquals("", r.out());
        }
        Cli ok = Cli.run("check", "--rules", rules, "--claims", claims, "--format", "claimreview",
                "--publisher", Hostile.PUBLISHER, "--review-url", "https://example.org/checks");
        assertEquals(0, ok.code(), ok.err());
        assertFalse(ok.out().contains("</"), ok.out());
        assertTrue(ok.out().contains("\"url\": \"https://example.org/checks#pipe_id_x\""), ok.out());
    }

    @Test
    void aLongReviewUrlIsShortenedInItsMessage() {
        String url = "ftp://example.org/" + "x".repeat(5000);
        Cli r = Cli.run("check", "--rules", rules, "--claims", claims, "--format", "claimreview",
                "--publisher", "Desk", "--review-url", url);
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("x… (5,018 characters)' is not an http(s) address"), r.err());
        assertTrue(r.err().length() < 400, r.err());
    }
}

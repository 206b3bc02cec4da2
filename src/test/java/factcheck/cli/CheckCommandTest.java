package factcheck.cli;

import factcheck.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factcheck.rules.RuleHarness;
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

/** The command line end to end: exit codes, reports and error messages. */
class CheckCommandTest {
    /** A copy of the bundled claims, so that a user's edits to claims/ do not change these tests. */
    private static final String BUNDLED = factcheck.TestFiles.BUNDLED_CLAIMS.toString();


    @TempDir
    Path tmp;

    /** A claims file with one good claim (TRUE) and one false one, and its article. */
    private Path smallClaims() throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "The plan needs 27,000 dollars. Pay is over 50x that.");
        Path file = tmp.resolve("a.yaml");
        Files.writeString(file, """
                article:
                  id: a
                  title: A small article
                  text: a.txt
                figures:
                  - id: threshold
                    value: 27000
                    source: Health plan
                  - id: pay
                    value: 900000
                    source: Job board
                claims:
                  - id: threshold-value
                    quote: The plan needs 27,000 dollars.
                    kind: value
                    stated: 27000
                    figures:
                      reference: threshold
                  - id: pay-multiple
                    quote: Pay is over 50x that.
                    kind: ratio
                    stated: 50
                    qualifier: over
                    figures:
                      numerator: pay
                      denominator: threshold
                """);
        return file;
    }

    @Test
    void checkingTheBundledClaimsExitsZeroAndEndsWithTheSummary() {
        Cli r = Cli.run("check", "--claims", BUNDLED);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().endsWith("\n12 claims: 2 TRUE, 3 MOSTLY_TRUE, 1 MISLEADING, 1 FALSE, 5 UNVERIFIABLE\n"), r.out());
        assertTrue(r.out().contains("  netflix-pay-33x-threshold      MISLEADING    holds only at the top of the range"
                + " (900,000 / 26,470\n"), r.out());
        assertTrue(r.out().contains("  insurance-out-of-pocket        FALSE         Editor's verdict: A member who qualifies"
                + " pays a\n"), "the editor's verdict is labelled in words:\n" + r.out());
        assertTrue(r.out().contains("  actors-below-health-threshold  MOSTLY_TRUE   Caveat: the statistic covers all"
                + " SAG-AFTRA members,\n"), "the caveat is labelled in words:\n" + r.out());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("at most mostly true; the rules found TRUE: 100 - 12.7 = 87.3%,"
                + " which rounds to the stated 87%"), "a caveat that decided shows what the rules found:\n" + r.out());
        assertTrue(r.out().contains("  health-threshold-quoted        MOSTLY_TRUE   $27,000 is the 2024 value of"
                + " sag-health-threshold; at\n                                               the article's date (July"
                + " 2023) the value in force was\n"), "the value in force in July 2023, and 27,000 as the 2024 value:\n"
                + r.out());
    }

    @Test
    void textReportShowsVerdictReasonAndRule() throws IOException {
        Cli r = Cli.run("check", "--claims", smallClaims().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                a: A small article
                  CLAIM            VERDICT       REASON
                  threshold-value  TRUE          27,000 (threshold), as stated [claim holds at every end,
                                                 %s]
                  pay-multiple     FALSE         900,000 / 27,000 = 33.333, not over 50 [claim fails at every end,
                                                 %s]
                  Numbers: 2 in the text, 2 checked

                2 claims: 1 TRUE, 0 MOSTLY_TRUE, 0 MISLEADING, 1 FALSE, 0 UNVERIFIABLE
                """.formatted(where("claim holds at every end"), where("claim fails at every end")), r.out());
    }

    @Test
    void failOnExitsOneWhenAClaimGetsANamedVerdict() throws IOException {
        String claims = smallClaims().toString();
        assertEquals(1, Cli.run("check", "--claims", claims, "--fail-on", "FALSE,MISLEADING").code());
        assertEquals(1, Cli.run("check", "--claims", claims, "--fail-on", "false").code());
        assertEquals(0, Cli.run("check", "--claims", claims, "--fail-on", "MISLEADING").code());
    }

    @Test
    void jsonReportFollowsTheDocumentedSchema() throws IOException {
        Cli r = Cli.run("check", "--claims", BUNDLED, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals(12, root.get("summary").get("claims").asInt());
        for (String v : List.of("TRUE", "MOSTLY_TRUE", "MISLEADING", "FALSE", "UNVERIFIABLE")) {
            assertTrue(root.get("summary").has(v), v);
        }
        JsonNode article = root.get("articles").get(0);
        assertEquals("kron4-netflix-ai-strike", article.get("id").asText());
        JsonNode claim = null;
        for (JsonNode c : article.get("claims")) {
            for (String field : List.of("id", "quote", "kind", "verdict", "reasons", "figures")) {
                assertTrue(c.has(field), field + " in " + c);
            }
            if (c.get("id").asText().equals("netflix-pay-33x-threshold")) {
                claim = c;
            }
        }
        assertEquals("MISLEADING", claim.get("verdict").asText());
        JsonNode reason = claim.get("reasons").get(0);
        assertEquals("claim holds only at one end of the range", reason.get("rule").asText());
        assertEquals(factcheck.TestFiles.BUNDLED_RULES.resolve("qualifiers.drl").toString(), reason.get("file").asText());
        assertTrue(reason.get("message").asText().contains("900,000 / 26,470 = 34.001"));
        assertTrue(reason.get("message").asText().contains("390,000 / 26,470 = 14.734"));
        JsonNode denominator = claim.get("figures").get(1);
        assertEquals("denominator", denominator.get("role").asText());
        assertEquals(26470, denominator.get("value").asInt());
        assertTrue(denominator.get("outside").asBoolean());
        assertTrue(denominator.get("source").asText().startsWith("CNN, \"Hollywood actors' strike by the numbers\", 17 Jul"
                + " 2023 (2023)"), denominator.get("source").asText());
        assertEquals("2023", denominator.get("asOf").asText(), "the value in force at the article's date");
        assertEquals(3, denominator.get("values").size());
        assertEquals("2024", denominator.get("values").get(1).get("date").asText());
        assertEquals(27000, denominator.get("values").get(1).get("value").asInt());
        assertEquals("rules", claim.get("decidedBy").asText());
        for (JsonNode c : article.get("claims")) {
            String expected = switch (c.get("id").asText()) {
                case "insurance-out-of-pocket", "apple-tv-library" -> "editor";
                case "actors-below-health-threshold" -> "caveat";
                default -> "rules";
            };
            assertEquals(expected, c.get("decidedBy").asText(), c.get("id").asText());
        }
        JsonNode caveat = article.get("claims").get(1).get("caveat");
        assertEquals("MOSTLY_TRUE", caveat.get("atMost").asText());
    }

    @Test
    void everyFormatIsByteIdenticalFromRunToRun() {
        for (String format : List.of("text", "markdown", "json")) {
            assertEquals(Cli.run("check", "--claims", BUNDLED, "--format", format).out(), Cli.run("check", "--claims", BUNDLED, "--format", format).out(), format);
        }
    }

    @Test
    void markdownReportHasATableAndTheSources() {
        Cli r = Cli.run("check", "--claims", BUNDLED, "--format", "markdown");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# Fact-check report\n\n12 claims: 2 TRUE"), r.out());
        assertTrue(r.out().contains("| `netflix-pay-33x-threshold` | **MISLEADING** | holds only at the top of the range"));
        assertTrue(r.out().contains("> the annual compensation is between \\$390,000 – \\$900,000\n"),
                "dollar signs are escaped, or GitHub would typeset them as mathematics");
        assertTrue(r.out().contains("- denominator: `sag-health-threshold` = 26,470 USD/year; source: [CNN,"
                + " \"Hollywood actors' strike by the numbers\", 17 Jul 2023 (2023); The Hollywood Reporter, 2024, and"
                + " sagaftraplans.org/health/eligibility/earned-eligibility (2024, 2025)]"
                + "(<https://amp.cnn.com/cnn/2023/07/17/business/hollywood-actors-sag-aftra-strike-by-the-numbers>), as of"
                + " 2023. values: 2023: 26,470; 2024: 27,000; 2025: 27,540; in force at the article's date: 2023"), r.out());
        assertTrue(r.out().contains("- **FALSE**: Editor's verdict: A member who qualifies pays a premium of \\$125 a"
                + " month"), r.out());
    }

    @Test
    void outputWritesTheReportToAFile() throws IOException {
        Path report = tmp.resolve("out/report.json");
        Cli r = Cli.run("check", "--claims", BUNDLED, "--format", "json", "--output", report.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(Cli.run("check", "--claims", BUNDLED, "--format", "json").out(), Files.readString(report));
        try (var files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aRuleFileWithASyntaxErrorGivesFileLineColumnAndExitsTwo() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), """
                package factcheck.rules;
                import factcheck.model.*;

                rule "broken"
                when
                    Claim( kind == "ratio" id == "x" )
                then
                end
                """);
        Cli r = Cli.run("check", "--rules", rules.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(rules.resolve("broken.drl") + ":6:28: error: mismatched input 'id' in rule \"broken\"\n"
                + "    Claim( kind == \"ratio\" id == \"x\" )\n"
                + "                           ^\n"
                + "factcheck: 1 error in the rules; nothing was checked\n", r.err());
    }

    @Test
    void everyErrorInTheRulesIsReportedAtOnce() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("a.drl"), "package p;\nrule \"a\" when\n  Nope( )\nthen\nend\n");
        Files.writeString(rules.resolve("b.drl"), "package q;\nrule \"b\" when\n  Nada( )\nthen\nend\n");
        Cli r = Cli.run("check", "--rules", rules.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(rules.resolve("a.drl") + ":3:"), r.err());
        assertTrue(r.err().contains(rules.resolve("b.drl") + ":3:"), r.err());
        assertTrue(r.err().endsWith("factcheck: 2 errors in the rules; nothing was checked\n"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aClaimsFileWithABadFigureReferenceNamesFileLineAndClaimAndStillReportsTheOthers() throws IOException {
        Path claims = smallClaims();
        Files.writeString(claims, Files.readString(claims).replace("denominator: threshold", "denominator: treshold"));
        Cli r = Cli.run("check", "--claims", claims.toString());
        assertEquals(2, r.code());
        assertEquals(claims + ":26: error: claim 'pay-multiple': field 'figures.denominator': unknown figure"
                + " 'treshold'; did you mean 'threshold'? (known: threshold, pay)\n"
                + "factcheck: 1 input error; the claims they affect are UNVERIFIABLE, or left out where they have"
                + " no id\n", r.err());
        assertTrue(r.out().contains("  threshold-value  TRUE "), r.out());
        assertTrue(r.out().contains("  pay-multiple     UNVERIFIABLE  not checked: claim 'pay-multiple'"), r.out());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aClaimsFileThatIsNotYamlGivesItsLineAndExitsTwo() throws IOException {
        Path claims = tmp.resolve("bad.yaml");
        Files.writeString(claims, "article:\n  id: a\n  title: [unclosed\n");
        Cli r = Cli.run("check", "--claims", claims.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(claims + ":4: error: not valid YAML: "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        Path claims = smallClaims();
        Files.writeString(claims, Files.readString(claims).replace("    quote: Pay is over 50x that.\n", ""));
        Cli r = Cli.run("check", "--claims", claims.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(claims + ":19: error: claim 'pay-multiple': missing required field 'quote'\n"),
                r.err());
    }

    @Test
    void aRuleThatNeverStopsIsStoppedAndNamedWithExitThree() throws IOException {
        Path rules = copyOfBundledRules();
        Files.writeString(rules.resolve("loop.drl"), """
                package factcheck.rules;
                import factcheck.model.*;

                // Re-inserts the claim's figure forever.
                rule "restate the claim"
                when
                    $c : Claim( id == "pay-multiple" )
                then
                    update($c);
                end
                """);
        Cli r = Cli.run("check", "--claims", smallClaims().toString(), "--rules", rules.toString(),
                "--max-firings", "50");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().matches("error: rules fired more than 50 times on claim 'pay-multiple' and were"
                + " stopped; they keep"
                + " re-triggering themselves: \"restate the claim\" \\(" + Pattern.quote(rules.resolve("loop.drl") + ":5, ")
                + "\\d+ changes to its facts\\)\\. Make the rule's action change something its conditions test, or raise"
                + " --max-firings\n"), r.err());
        assertTrue(r.out().contains("  threshold-value  TRUE "), "the other claim is still checked: " + r.out());
        assertTrue(r.out().contains("  pay-multiple     UNVERIFIABLE  not checked: rules fired more than 50 times on claim"
                + " 'pay-multiple'"), r.out());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aRuleThatThrowsIsReportedAndTheOtherClaimsAreStillChecked() throws IOException {
        Path rules = copyOfBundledRules();
        Files.writeString(rules.resolve("throws.drl"), """
                package factcheck.rules;
                import factcheck.model.*;

                // Fails on one claim only.
                rule "parse the claim id"
                when
                    $c : Claim( id == "pay-multiple" )
                then
                    Integer.parseInt($c.id());
                end
                """);
        Cli r = Cli.run("check", "--claims", smallClaims().toString(), "--rules", rules.toString());
        assertEquals(3, r.code(), r.err());
        assertEquals("error: rule \"parse the claim id\" (" + rules.resolve("throws.drl") + ":5) failed on claim"
                + " 'pay-multiple': NumberFormatException: For input string: \"pay-multiple\"\n", r.err());
        assertTrue(r.out().contains("  threshold-value  TRUE "), r.out());
        assertTrue(r.out().contains("  pay-multiple     UNVERIFIABLE  rule \"parse the claim id\""), r.out());
    }

    @Test
    void aRuleWhoseConditionThrowsIsNamedAndStopsOnlyItsArticle() throws IOException {
        Path rules = copyOfBundledRules();
        Files.writeString(rules.resolve("condition.drl"), """
                package factcheck.rules;
                import factcheck.model.*;

                // Reads a claim id as a number, which it is not.
                rule "claim id as a number"
                when
                    $c : Claim( id == "pay-multiple", Integer.parseInt(id) > 0 )
                then
                end
                """);
        Cli r = Cli.run("check", "--claims", smallClaims().toString(), "--claims", factcheck.TestFiles.BUNDLED_CLAIMS.toString(), "--rules", rules.toString());
        assertEquals(3, r.code(), r.err());
        assertEquals("error: rule \"claim id as a number\" (" + rules.resolve("condition.drl") + ":5) failed while"
                + " matching facts, and checking article 'a' stopped: NumberFormatException: For input string:"
                + " \"pay-multiple\"\n", r.err());
        assertTrue(r.out().contains("  pay-multiple     UNVERIFIABLE  rule \"claim id as a number\""), r.out());
        assertTrue(r.out().contains("  netflix-pay-33x-threshold      MISLEADING "), "the other article is checked");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        Cli r = Cli.run("check", "--frmat", "json");
        assertEquals(2, r.code());
        assertEquals("""
                factcheck: error: Unknown options: '--frmat', 'json'
                Try 'factcheck check --help' for the options.
                """, r.err());
    }

    @Test
    void helpListsTheExitCodes() {
        Cli r = Cli.run("check", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("""
                Exit codes:
                  0   every claim was checked
                  1   a claim got a verdict named by --fail-on
                  2   bad input: a claims or rule file has errors, or an option is wrong
                  3   a rule failed while running (threw, did not stop, or ran past --timeout)
                  4   factcheck itself failed (a bug; please report it)"""), r.out());
    }

    @Test
    void versionPrintsTheProjectVersionAndWhereBugsAreReported() throws Exception {
        Cli r = Cli.run("--version");
        assertEquals(0, r.code());
        assertEquals("factcheck " + Main.Version.NUMBER + "\nReporting bugs: " + Main.Version.HOME + "\n", r.out());
        assertTrue(Main.Version.NUMBER.matches("\\d+\\.\\d+\\.\\d+\\S*"), r.out());
        // Until a build sets the pom's factcheck.home to a web address, the README's section is the home.
        if (!Main.Version.HOME.startsWith("http")) {
            assertEquals("see \"Reporting a bug\" in README.md", Main.Version.HOME);
            assertTrue(Files.readString(Path.of("README.md")).contains("\n## Reporting a bug\n"), "the README's section");
        }
    }

    @Test
    void anInternalErrorAsksToBeReportedWhereVersionSays() {
        String home = Main.Version.HOME;
        assertEquals("factcheck: internal error: java.lang.IllegalStateException: broken (run again with --verbose for"
                + " the stack trace, and report it: " + home + ")",
                Main.internalError(new IllegalStateException("broken"), false));
        assertEquals("factcheck: internal error: java.lang.IllegalStateException: broken (please report it: " + home + ")",
                Main.internalError(new IllegalStateException("broken"), true));
        assertTrue(Cli.run("--version").out().endsWith("Reporting bugs: " + home + "\n"));
    }

    /** Where a bundled rule is written, "rules/qualifiers.drl:104", so tests survive edits above it. */
    private static String where(String rule) {
        return RuleHarness.bundledRules().rules().stream().filter(x -> x.name().equals(rule)).findFirst()
                .orElseThrow().location();
    }

    private Path copyOfBundledRules() {
        return TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, tmp.resolve("rules"));
    }
}

package factcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code factcheck extract}: a claims file to start from, one claim per number, that checks as it is. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private Path article() throws IOException {
        Path text = dir.resolve("pay-revolt.txt");
        Files.copy(Path.of("src/test/resources/fixtures/extract/pay-revolt.txt"), text);
        return text;
    }

    @Test
    void theClaimsFileHasAClaimPerNumberAndChecksWithNoError() throws IOException {
        Path text = article();
        Path claims = dir.resolve("pay-revolt.yaml");
        Cli r = Cli.run("extract", text.toString(), "--output", claims.toString());
        assertEquals(0, r.code(), r.err());
        String yaml = Files.readString(claims);
        assertTrue(yaml.contains("""
                article:
                  id: pay-revolt
                  title: Shareholders revolt over chief executive's pay
                """), yaml);
        assertTrue(yaml.contains("""
                  # line 3, column 1: 40x
                  - id: pay-revolt-3
                    quote: That is over 40x the company's median salary
                    kind: ratio
                    stated: 40x
                    qualifier: over
                    figures: {}   # a ratio claim takes: denominator, numerator
                """), yaml);
        assertTrue(yaml.contains("    stated: between $38,000 and $95,000\n"), yaml);
        assertTrue(yaml.contains("    quote: Profits fell 4.8% in the year\n    kind: change\n    stated: \"-4.8%\"\n"), yaml);
        assertEquals(8, yaml.split("\n  - id: ", -1).length - 1, "one claim per number, no year, no address:\n" + yaml);

        Cli check = Cli.run("check", "--claims", claims.toString());
        assertEquals("", check.err());
        assertEquals(0, check.code(), check.out());
        assertTrue(check.out().endsWith("\n8 claims: 0 TRUE, 0 MOSTLY_TRUE, 0 MISLEADING, 0 FALSE, 8 UNVERIFIABLE\n"),
                check.out());
    }

    @Test
    void theBundledArticleGivesAClaimForEachOfItsNumbers() throws IOException {
        Path text = dir.resolve("kron4.txt");
        Files.copy(factcheck.TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.txt"), text);
        Path claims = dir.resolve("kron4.yaml");
        assertEquals(0, Cli.run("extract", text.toString(), "--output", claims.toString()).code());
        String yaml = Files.readString(claims);
        java.util.List<String> stated = yaml.lines().filter(l -> l.startsWith("    stated: ")).map(l -> l.substring(12))
                .toList();
        assertEquals(java.util.List.of("$390,000 – $900,000", "most", "87%", "$27,000 annually", "33x", "$27,000",
                "last week", "$132,300.00 – $245,700.00", "between $138,900 and $256,500"), stated);
        Cli check = Cli.run("check", "--claims", claims.toString());
        assertEquals("", check.err());
        assertEquals(0, check.code(), check.out());
    }

    @Test
    void itNeverWritesOverAFile() throws IOException {
        Path text = article();
        Path claims = dir.resolve("pay-revolt.yaml");
        Files.writeString(claims, "mine\n");
        Cli r = Cli.run("extract", text.toString(), "--output", claims.toString());
        assertEquals(2, r.code());
        assertEquals(claims + ": error: the file exists, and extract never writes over a claims file; give a new"
                + " --output\n", r.err());
        assertEquals("mine\n", Files.readString(claims));
    }

    @Test
    void aClaimsFileWrittenAwayFromItsArticleSaysHowToCheckIt() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path text = Files.copy(Path.of("src/test/resources/fixtures/extract/pay-revolt.txt"),
                articles.resolve("pay-revolt.txt"));
        Path claims = Files.createDirectories(dir.resolve("claims")).resolve("pay-revolt.yaml");
        Cli r = Cli.run("extract", text.toString(), "--output", claims.toString(), "--rules",
                factcheck.TestFiles.BUNDLED_RULES.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(claims).contains("  text: \"../articles/pay-revolt.txt\"\n"));
        assertEquals("factcheck: note: the article's text is outside the claims file's directory; check it with"
                + " --text-dir " + articles + ", or keep the text beside the claims file\n", r.err());

        Cli refused = Cli.run("check", "--claims", claims.toString(), "--rules", factcheck.TestFiles.BUNDLED_RULES.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("field 'text': '../articles/pay-revolt.txt' is outside the claims file's"
                + " directory"), refused.err());
        Cli checked = Cli.run("check", "--claims", claims.toString(), "--rules", factcheck.TestFiles.BUNDLED_RULES.toString(),
                "--text-dir", articles.toString());
        assertEquals("", checked.err());
        assertEquals(0, checked.code(), checked.out());
    }

    @Test
    void outputAndMergeTogetherAreAUsageError() throws IOException {
        Path text = article();
        Cli r = Cli.run("extract", text.toString(), "--output", dir.resolve("a.yaml").toString(), "--merge",
                dir.resolve("b.yaml").toString());
        assertEquals(2, r.code());
        assertEquals("factcheck: error: give --output (a new claims file) or --merge (an existing one), not both\n", r.err());
    }

    @Test
    void aMissingArticleIsBadInput() {
        Cli r = Cli.run("extract", dir.resolve("nope.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(dir.resolve("nope.txt") + ": error: cannot read the article: "), r.err());
    }

    @Test
    void mergeAppendsOnlyTheNumbersNoClaimQuotesAndLeavesTheRestAsWritten() throws IOException {
        Path claims = factcheck.TestFiles.copy(factcheck.TestFiles.BUNDLED_CLAIMS, dir.resolve("claims"));
        Path yaml = claims.resolve("kron4-netflix-ai-strike.yaml");
        Path text = claims.resolve("kron4-netflix-ai-strike.txt");
        String before = Files.readString(yaml);
        Cli r = Cli.run("extract", text.toString(), "--merge", yaml.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(yaml + ": added 1 claim for numbers no claim quoted\n", r.out());
        String after = Files.readString(yaml);
        assertTrue(after.startsWith(before), "what was written is kept as it was");
        assertEquals("""

                  # Added by factcheck extract --merge: numbers no claim quoted yet.
                  # line 7, column 248: most
                  - id: kron4-netflix-ai-strike-1
                    quote: Companies can stream the content in perpetuity without the traditional residual structure that\
                 kept most working writers and actors fed
                    kind: share
                    stated: most
                    figures: {}   # a share claim takes: complement, part, share, whole
                """, after.substring(before.length()));
        Cli check = Cli.run("check", "--claims", claims.toString());
        assertEquals(0, check.code(), check.err());

        Cli again = Cli.run("extract", text.toString(), "--merge", yaml.toString());
        assertEquals(0, again.code());
        assertEquals(yaml + ": every number of the article is quoted by a claim; nothing to add\n", again.out());
        assertEquals(after, Files.readString(yaml));
    }

    @Test
    void mergeNeedsTheClaimsListLast() throws IOException {
        Path text = article();
        Path yaml = dir.resolve("pay.yaml");
        Files.writeString(yaml, "claims: []\narticle:\n  id: pay\n  title: Pay\n  text: pay-revolt.txt\n");
        Cli r = Cli.run("extract", text.toString(), "--merge", yaml.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--merge appends claims at the end of the file, so 'claims:' must be its last part"),
                r.err());
    }

    /**
     * The whole extract of the bundled article, byte for byte, against
     * src/test/resources/golden/extract-kron4.yaml. After a deliberate change, run
     * {@code mvn -B test -Dtest=ExtractCommandTest -Dgolden.update=true} to rewrite it, and read the diff.
     */
    @Test
    void theExtractOfTheBundledArticleIsTheGoldenFile() throws IOException {
        Path text = dir.resolve("kron4-netflix-ai-strike.txt");
        Files.copy(factcheck.TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.txt"), text);
        Path claims = dir.resolve("kron4-netflix-ai-strike.yaml");
        assertEquals(0, Cli.run("extract", text.toString(), "--output", claims.toString()).code());
        Path golden = Path.of("src/test/resources/golden/extract-kron4.yaml");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.copy(claims, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(Files.readString(golden), Files.readString(claims), "if the change is meant, run mvn -B test"
                + " -Dtest=ExtractCommandTest -Dgolden.update=true and read the diff");
    }

    @Test
    void aDateCountedFromTheArticleIsProposedAsADateClaim() throws IOException {
        Path text = dir.resolve("strike.txt");
        Files.writeString(text, "The strike began last week. In 2023 pay rose 5%.\n");
        Cli r = Cli.run("extract", text.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("""
                  - id: strike-1
                    quote: The strike began last week
                    kind: date
                    stated: last week
                    figures: {}   # a date claim takes: event
                """), r.out());
        assertTrue(!r.out().contains("stated: 2023") && !r.out().contains("stated: In 2023"), r.out());
    }

    @Test
    void anExtractWithItsFiguresFilledInChecksWithNoOtherEdit() throws IOException {
        Path text = article();
        Path claims = dir.resolve("pay-revolt.yaml");
        assertEquals(0, Cli.run("extract", text.toString(), "--output", claims.toString()).code());
        String yaml = Files.readString(claims)
                .replace("figures: []\n", """
                        figures:
                          - {id: ceo-pay, value: $51.9 million, source: Proxy statement}
                          - {id: median-pay, value: $1.2 million, source: Proxy statement}
                          - {id: profit-2022, value: $10 billion, source: Annual report}
                          - {id: profit-2023, value: $9.52 billion, source: Annual report}
                          - {id: votes-against, value: 58%, source: Vote results}
                        """)
                .replaceFirst("figures: \\{}   # a value claim takes: reference", "figures: {reference: ceo-pay}")
                .replaceFirst("figures: \\{}   # a ratio claim takes: denominator, numerator",
                        "figures: {numerator: ceo-pay, denominator: median-pay}")
                .replaceFirst("figures: \\{}   # a change claim takes: from, to",
                        "figures: {from: profit-2022, to: profit-2023}")
                .replaceFirst("figures: \\{}   # a share claim takes: complement, part, share, whole",
                        "figures: {share: votes-against}");
        Files.writeString(claims, yaml);
        Cli r = Cli.run("check", "--claims", claims.toString(), "--format", "json");
        assertEquals("", r.err());
        assertEquals(0, r.code());
        com.fasterxml.jackson.databind.JsonNode all = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out())
                .get("articles").get(0).get("claims");
        java.util.Map<String, String> verdicts = new java.util.HashMap<>();
        all.forEach(c -> verdicts.put(c.get("stated").get("written").asText(), c.get("verdict").asText()));
        assertEquals("TRUE", verdicts.get("$51.9 million"));
        assertEquals("TRUE", verdicts.get("40x"), "51.9 million / 1.2 million = 43.25, over 40x");
        assertEquals("TRUE", verdicts.get("-4.8%"));
        assertEquals("TRUE", verdicts.get("58%"));
    }
}

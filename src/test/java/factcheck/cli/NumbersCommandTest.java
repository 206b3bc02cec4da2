package factcheck.cli;

import factcheck.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbers as articles write them, from the command line: verdicts, messages and exit codes. */
class NumbersCommandTest {

    @TempDir
    Path tmp;

    /** Runs 'check' on one claim, stated as {@code stated}, against a figure of {@code value} in {@code unit}. */
    private Cli check(String quote, String stated, String value, String unit, String... extra) throws IOException {
        Path rules = TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, tmp.resolve("rules"));
        Files.writeString(tmp.resolve("a.txt"), "Revenue was " + "$39.3 billion last year, and the average"
                + " member earns $60,000.");
        Path file = tmp.resolve("a.yaml");
        Files.writeString(file, """
                article:
                  id: a
                  title: Numbers
                  text: a.txt
                figures:
                  - id: revenue
                    value: %s
                    unit: %s
                    source: Annual report
                claims:
                  - id: c
                    quote: %s
                    kind: value
                    stated: %s
                    figures:
                      reference: revenue
                """.formatted(value, unit, quote, stated));
        String[] args = {"check", "--claims", file.toString(), "--rules", rules.toString()};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return Cli.run(all);
    }

    @Test
    void billionsAgainstAFigureInMillionsIsTrueAndShowsTheConversion() throws IOException {
        Cli r = check("Revenue was $39.3 billion", "$39.3 billion", "39,321", "USD million", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("\"verdict\": \"TRUE\""), r.out());
        assertTrue(r.out().contains("\"message\": \"$39.321 billion (revenue: 39,321 USD million), which rounds to"
                + " the stated $39.3 billion\""), r.out());
        assertTrue(r.out().contains("\"value\": 39300000000,\n            \"written\": \"$39.3 billion\",\n"
                + "            \"unit\": \"$\"\n"), r.out());
    }

    @Test
    void dollarsAgainstPeopleExitsTwoNamingBothUnitsAndBothLines() throws IOException {
        Cli r = check("Revenue was $39.3 billion", "$39.3 billion", "39,321", "people");
        assertEquals(2, r.code(), r.err());
        Path file = tmp.resolve("a.yaml");
        assertEquals(file + ":14: error: claim 'c': field 'stated': the claim states dollars (" + file + ":14) but"
                + " figure 'revenue' is people (" + file + ":6); give the figure it stands for, or fix the unit of one"
                + " of them\nfactcheck: 1 input error; the claims they affect are UNVERIFIABLE, or left out where they"
                + " have no id\n", r.err());
        assertTrue(r.out().contains("c      UNVERIFIABLE"), r.out());
        assertFalse(r.err().contains("Exception"), "no stack trace");
    }

    @Test
    void aStatedNumberTheQuoteDoesNotGiveExitsTwoAtTheStatedLineQuotingBoth() throws IOException {
        Cli r = check("the average member earns $60,000", "50,000", "50000", "USD");
        assertEquals(2, r.code(), r.err());
        Path file = tmp.resolve("a.yaml");
        assertTrue(r.err().startsWith(file + ":14: error: claim 'c': field 'stated': '50,000' is not what the quote"
                + " says (it is not in \"the average member earns $60,000\"; the numbers in the quote: $60,000);"
                + " state the number the quote gives, or quote the words that give it\n"), r.err());
    }

    @Test
    void anAmbiguousSeparatorExitsTwoAndSaysHowToWriteIt() throws IOException {
        Cli r = check("Revenue was $39.3 billion", "$39.3 billion", "39.321.000", "USD");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(":7: error: figure 'revenue': field 'value': '39.321.000' is ambiguous: a dot"
                + " between groups of three digits may be a thousands separator; write 39321000 (or 39,321,000) for"
                + " the whole number, or drop the trailing zeros for a decimal\n"), r.err());
    }

    @Test
    void aClaimWithNoFigureIsUnverifiableWithExitZero() throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "The union says its members earn $60,000 on average.");
        Path file = tmp.resolve("b.yaml");
        Files.writeString(file, """
                article:
                  id: b
                  title: No figure
                  text: a.txt
                claims:
                  - id: c
                    quote: its members earn $60,000 on average
                    kind: value
                    stated: $60,000
                """);
        Path rules = TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, tmp.resolve("rules"));
        Cli r = Cli.run("check", "--claims", file.toString(), "--rules", rules.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("c      UNVERIFIABLE  no figure given to check it against; add the underlying"), r.out());
    }
}

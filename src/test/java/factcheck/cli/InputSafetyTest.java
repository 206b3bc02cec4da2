package factcheck.cli;

import factcheck.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line with inputs that must not be read whole, read from anywhere, or written over. */
class InputSafetyTest {

    @TempDir
    Path tmp;
    private Path rules;
    private Path claims;

    @BeforeEach
    void files() throws IOException {
        rules = TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, tmp.resolve("rules"));
        Files.createDirectories(tmp.resolve("claims"));
        Files.writeString(tmp.resolve("claims/a.txt"), "The plan needs 27,000 dollars.");
        claims = Files.writeString(tmp.resolve("claims/a.yaml"), claimsFile("a.txt"));
    }

    private static String claimsFile(String text) {
        return """
                article:
                  id: a
                  title: A small article
                  text: %s
                figures:
                  - id: threshold
                    value: 27000
                    source: Health plan
                claims:
                  - id: threshold-value
                    quote: The plan needs 27,000 dollars.
                    kind: value
                    stated: 27000
                    figures:
                      reference: threshold
                """.formatted(text);
    }

    private Cli check(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "check";
        args[1] = "--rules";
        args[2] = rules.toString();
        args[3] = "--claims=" + claims;
        System.arraycopy(more, 0, args, 4, more.length);
        return Cli.run(args);
    }

    @Test
    void aTextOutsideTheClaimsDirectoryIsReadOnlyUnderATextDir() throws IOException {
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), "The plan needs 27,000 dollars.");
        Files.writeString(claims, claimsFile("../texts/a.txt"));
        Cli refused = check();
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().startsWith(claims + ":4: error: article: field 'text': '../texts/a.txt' is outside the"
                + " claims file's directory; an article's text is read only from that directory and below it, or from"
                + " under a directory given with --text-dir DIR\n"), refused.err());
        Cli read = check("--text-dir", texts.toString());
        assertEquals(0, read.code(), read.err());
        assertTrue(read.out().contains("threshold-value  TRUE"), read.out());
    }

    @Test
    void aClaimsFileOverMaxFileSizeIsAnErrorThatNamesTheOption() throws IOException {
        Files.writeString(claims, claimsFile("a.txt") + ("# " + "x".repeat(98) + "\n").repeat(15_000));
        Cli refused = check("--max-file-size", "1");
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().startsWith(claims + ": error: the file is 1.45 MiB, over the size limit of 1 MiB for an"
                + " input file; if it is what you meant to give, raise the limit with --max-file-size\n"), refused.err());
        Cli read = check("--max-file-size", "2");
        assertEquals(0, read.code(), read.err());
    }

    @Test
    void maxFileSizeOutOfRangeIsAUsageError() {
        Cli r = check("--max-file-size", "0");
        assertEquals(2, r.code());
        assertEquals("factcheck: error: --max-file-size is in MiB, from 1 to 1024\n", r.err());
        Cli dir = check("--text-dir", tmp.resolve("none").toString());
        assertEquals(2, dir.code());
        assertEquals("factcheck: error: --text-dir " + tmp.resolve("none") + " is not a directory\n", dir.err());
    }

    @Test
    void outputNamingAnInputIsRefusedAndNothingIsTouched() throws IOException {
        String claimsBefore = Files.readString(claims);
        String textBefore = Files.readString(tmp.resolve("claims/a.txt"));
        String ruleBefore = Files.readString(rules.resolve("value.drl"));
        Files.createSymbolicLink(tmp.resolve("link.yaml"), claims);
        // A link to a directory, then "..": the link target's parent, not the directory holding the link.
        Files.createSymbolicLink(tmp.resolve("claims/self"), tmp.resolve("claims"));
        Object[][] cases = {
                {tmp.resolve("claims/self/../claims/a.txt").toString(), "the article's text a.txt"},
                {claims.toString(), "the claims file " + claims},
                {tmp.resolve("rules/../claims/./a.yaml").toString(), "the claims file " + claims},
                {tmp.resolve("link.yaml").toString(), "the claims file " + claims},
                {tmp.resolve("claims/a.txt").toString(), "the article's text a.txt"},
                {rules.resolve("value.drl").toString(), "the rule file " + rules.resolve("value.drl")},
        };
        for (Object[] c : cases) {
            Cli r = check("--output", (String) c[0]);
            assertEquals(2, r.code(), r.err());
            assertEquals(c[0] + ": error: --output would write the report over " + c[1] + "; give another file or"
                    + " directory for the report\n", r.err());
        }
        // A directory whose report.EXT would be an input.
        Files.writeString(tmp.resolve("claims/report.txt"), "The plan needs 27,000 dollars.");
        Files.writeString(claims, claimsFile("report.txt"));
        String reportText = Files.readString(tmp.resolve("claims/report.txt"));
        Cli dir = check("--output", tmp.resolve("claims").toString());
        assertEquals(2, dir.code(), dir.err());
        assertEquals(tmp.resolve("claims/report.txt") + ": error: --output would write the report over the article's"
                + " text report.txt; give another file or directory for the report\n", dir.err());
        assertEquals(reportText, Files.readString(tmp.resolve("claims/report.txt")));
        Files.writeString(claims, claimsBefore);
        assertEquals(textBefore, Files.readString(tmp.resolve("claims/a.txt")));
        assertEquals(ruleBefore, Files.readString(rules.resolve("value.drl")));
        // Anywhere else is written.
        Cli ok = check("--output", tmp.resolve("report.txt").toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readString(tmp.resolve("report.txt")).contains("threshold-value"));
    }

    @Test
    void extractNeverWritesOverTheArticle() throws IOException {
        Path text = tmp.resolve("claims/a.txt");
        String before = Files.readString(text);
        Cli merge = Cli.run("extract", "--rules", rules.toString(), text.toString(), "--merge",
                tmp.resolve("claims/../claims/a.txt").toString());
        assertEquals(2, merge.code(), merge.err());
        assertEquals(tmp.resolve("claims/../claims/a.txt") + ": error: --merge names the article's text; give the claims"
                + " file to add claims to\n", merge.err());
        assertEquals(before, Files.readString(text));
    }

    @Test
    void extractOfANonUtf8ArticleSaysWhere() throws IOException {
        Path text = tmp.resolve("latin1.txt");
        Files.write(text, "Prices\nrose in the caf\u00e9 by 5%.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli r = Cli.run("extract", "--rules", rules.toString(), text.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(text + ":2:16: error: not UTF-8 (byte 0xE9): save it as UTF-8\n", r.err());
    }

    @Test
    void aNonUtf8ClaimsFileIsAnErrorAtItsLineAndTheOtherFilesAreChecked() throws IOException {
        Files.write(tmp.resolve("claims/b.yaml"), "article:\n  id: b\n  title: Caf\u00e9\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli r = check("--claims", tmp.resolve("claims/b.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(tmp.resolve("claims/b.yaml") + ":3:13: error: not UTF-8 (byte 0xE9): save it as"
                + " UTF-8\n"), r.err());
        assertTrue(r.out().contains("threshold-value  TRUE"), r.out());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}

package factcheck.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claims files and article texts that are not what they should be: each is an error at its file
 * and line, fast, and the other files' claims are still read.
 */
class HostileFilesTest {

    @TempDir
    Path tmp;

    private static final String GOOD = """
            article:
              id: good
              title: T
              text: good.txt
            figures:
              - id: pay
                value: 27000
                source: article
            claims:
              - id: good-claim
                quote: It pays 27,000.
                kind: value
                stated: 27000
                figures:
                  reference: pay
            """;

    /** Loads {@code files} (name, text) beside a good claims file; returns the errors, and checks the good claim was read. */
    private List<String> errorsBesideAGoodFile(ClaimsLoader.Options options, String... files) throws IOException {
        Files.writeString(tmp.resolve("good.txt"), "It pays 27,000.");
        Files.writeString(tmp.resolve("a-good.yaml"), GOOD);
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(tmp.resolve(files[i]), files[i + 1]);
        }
        ClaimsSet set = ClaimsLoader.load(List.of(tmp), Set.of(), options);
        assertTrue(set.articles().stream().anyMatch(a -> a.claims().stream().anyMatch(c -> c.id().equals("good-claim"))),
                "the good file's claim is still read");
        return set.errors().stream().map(d -> d.headline().replace(tmp + "/", "")).toList();
    }

    private List<String> errorsBesideAGoodFile(String... files) throws IOException {
        return errorsBesideAGoodFile(ClaimsLoader.Options.DEFAULT, files);
    }

    private static String article(String text) {
        return """
                article:
                  id: b
                  title: T
                  text: %s
                claims: []
                """.formatted(text);
    }

    @Test
    void tenThousandBracketsAreAnErrorAtTheirLineNotAStackOverflow() throws IOException {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertEquals(List.of("b.yaml:3: error: a value nested more than 64 levels deep; a claims file needs only a few"
                        + " levels: is a bracket '[' or '{' not closed, or closed too late?"),
                errorsBesideAGoodFile("b.yaml", "article:\n  id: b\n  title: " + deep + "\n"));
    }

    @Test
    void deepBlockNestingIsAnErrorToo() throws IOException {
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            y.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertEquals(List.of("b.yaml:65: error: a value nested more than 64 levels deep; a claims file needs only a few"
                + " levels: is a bracket '[' or '{' not closed, or closed too late?"), errorsBesideAGoodFile("b.yaml", y.toString()));
    }

    @Test
    void aTextOutsideTheClaimsDirectoryIsNotReadAndTheErrorNamesTheOption() throws IOException {
        String outside = "article: field 'text': '%s' is outside the claims file's directory; an article's text is read"
                + " only from that directory and below it, or from under a directory given with --text-dir DIR";
        assertEquals(List.of("b.yaml:4: error: " + outside.formatted("../../../../etc/passwd"),
                        "c.yaml:4: error: " + outside.formatted("/etc/hostname")),
                errorsBesideAGoodFile("b.yaml", article("../../../../etc/passwd"), "c.yaml",
                        article("/etc/hostname").replace("id: b", "id: c")));
    }

    @Test
    void aLinkFromInsideToOutsideIsOutside() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.getParent().resolve(tmp.getFileName() + "-elsewhere"));
        try {
            Files.writeString(elsewhere.resolve("secret.txt"), "secret");
            Files.createSymbolicLink(tmp.resolve("link.txt"), elsewhere.resolve("secret.txt"));
            assertEquals(List.of("b.yaml:4: error: article: field 'text': 'link.txt' is outside the claims file's"
                            + " directory; an article's text is read only from that directory and below it, or from under"
                            + " a directory given with --text-dir DIR"),
                    errorsBesideAGoodFile("b.yaml", article("link.txt")));
            // Named with --text-dir, it is read.
            assertEquals(List.of(), errorsBesideAGoodFile(new ClaimsLoader.Options(TextFiles.DEFAULT_LIMIT,
                    List.of(elsewhere)), "b.yaml", article("link.txt")));
        } finally {
            Files.deleteIfExists(elsewhere.resolve("secret.txt"));
            Files.deleteIfExists(elsewhere);
        }
    }

    @Test
    void aTextInASubdirectoryIsRead() throws IOException {
        Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(tmp.resolve("texts/b.txt"), "Text.");
        assertEquals(List.of(), errorsBesideAGoodFile("b.yaml", article("./texts/../texts/b.txt")));
    }

    @Test
    void aDeviceIsNotReadAsAText() throws IOException {
        if (!Files.exists(Path.of("/dev/zero"))) {
            return;
        }
        Files.createSymbolicLink(tmp.resolve("zero.txt"), Path.of("/dev/zero"));
        long started = System.nanoTime();
        List<String> errors = errorsBesideAGoodFile(new ClaimsLoader.Options(TextFiles.DEFAULT_LIMIT,
                List.of(Path.of("/dev"))), "b.yaml", article("zero.txt"));
        assertEquals(List.of("b.yaml:4: error: article: field 'text': cannot read 'zero.txt' (relative to this file):"
                + " is not a regular file (a device, a pipe or a socket?); give a text file; give the path of the"
                + " article's text"), errors);
        assertTrue(System.nanoTime() - started < 5_000_000_000L);
    }

    @Test
    void aLatin1ClaimsFileIsNotUtf8AtItsLine() throws IOException {
        Files.write(tmp.resolve("b.yaml"), (article("b.txt") + "# Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("b.yaml:6:6: error: not UTF-8 (byte 0xE9): save it as UTF-8"), errorsBesideAGoodFile());
    }

    @Test
    void aNulByteInAnArticleTextIsAnErrorAtTheTextsLine() throws IOException {
        Files.writeString(tmp.resolve("b.txt"), "Line one.\nLine\0two.\n");
        assertEquals(List.of("b.txt:2:5: error: contains a NUL byte: is this a text file? (saved as UTF-16, or a binary"
                        + " file, it cannot be read; save it as UTF-8 text)",
                "b.yaml:4: error: article: field 'text': cannot read 'b.txt' (see the error for that file)"),
                errorsBesideAGoodFile("b.yaml", article("b.txt")));
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        Files.write(tmp.resolve("b.yaml"), ("\uFEFF" + article("good.txt")).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), errorsBesideAGoodFile());
    }

    @Test
    void aClaimsFileOverTheSizeLimitSaysSoAndNamesTheOption() throws IOException {
        String big = article("good.txt") + "# " + "x".repeat(1024 * 1024) + "\n";
        assertEquals(List.of("b.yaml: error: the file is 1 MiB, over the size limit of 1 MiB for an input file; if it is"
                        + " what you meant to give, raise the limit with --max-file-size"),
                errorsBesideAGoodFile(new ClaimsLoader.Options(TextFiles.MIB, List.of()), "b.yaml", big));
    }

    @Test
    void aClaimsFileOverThreeMegabytesIsReadWithinTheLimit() throws IOException {
        // The YAML parser's own limit (3 MB) is not the limit: the documented --max-file-size is.
        String big = article("good.txt") + ("# " + "x".repeat(98) + "\n").repeat(40_000);
        assertEquals(List.of(), errorsBesideAGoodFile("b.yaml", big));
    }

    @Test
    void aLineOfMillionsOfCharactersIsRefusedFast() throws IOException {
        String big = article("good.txt") + "# " + "x".repeat(4 * 1024 * 1024) + "\n";
        long started = System.nanoTime();
        assertEquals(List.of("b.yaml:6: error: the line is 4194306 characters long, over the 1000000 a line of a claims"
                + " file may be; break a long value over several lines (YAML folds them into one)"),
                errorsBesideAGoodFile("b.yaml", big));
        assertTrue(System.nanoTime() - started < 3_000_000_000L);
    }

    @Test
    void anArticleTextOverTheSizeLimitSaysSo() throws IOException {
        Files.writeString(tmp.resolve("b.txt"), "x".repeat(2 * 1024 * 1024));
        assertEquals(List.of("b.txt: error: the file is 2 MiB, over the size limit of 1 MiB for an input file; if it is"
                        + " what you meant to give, raise the limit with --max-file-size",
                "b.yaml:4: error: article: field 'text': cannot read 'b.txt' (see the error for that file)"),
                errorsBesideAGoodFile(new ClaimsLoader.Options(TextFiles.MIB, List.of()), "b.yaml", article("b.txt")));
    }

    @Test
    void filesThatAreNoClaimsFileEachGetTheirOwnError() throws IOException {
        assertEquals(List.of(
                        "b.yaml: error: the file is empty (or only comments); a claims file is a mapping with 'article',"
                                + " 'figures' and 'claims'; see the README",
                        "c.yaml: error: the file is empty (or only comments); a claims file is a mapping with 'article',"
                                + " 'figures' and 'claims'; see the README",
                        "d.yaml:6: error: not valid YAML: but found another document (expected a single document in the"
                                + " stream)",
                        "e.yaml:1: error: a claims file is a mapping with 'article', 'figures' and 'claims'; see the README",
                        "f.yaml:1: error: a claims file is a mapping with 'article', 'figures' and 'claims'; see the README"),
                errorsBesideAGoodFile("b.yaml", "", "c.yaml", "# only a comment\n", "d.yaml", article("good.txt")
                        + "---\n" + article("good.txt"), "e.yaml", "- a list\n", "f.yaml", "a scalar\n"));
    }

    @Test
    void anEmojiAcrossTheYamlReadersBufferEdgeIsReadLikeAnyOtherCharacter() throws IOException {
        // The YAML reader reads the text in buffers of 1,024 characters; an emoji is two, and one
        // that straddled a buffer's edge in a plain value made it fail with an IndexOutOfBoundsException.
        for (int pad = 980; pad < 1010; pad++) {
            String title = "x".repeat(pad) + " \uD83D\uDDBE\uD83D\uDD3D who";
            Path file = tmp.resolve("emoji.yaml");
            Files.writeString(file, GOOD.replace("  title: T\n", "  title: " + title + "\n"));
            Files.writeString(tmp.resolve("good.txt"), "It pays 27,000.");
            ClaimsSet set = ClaimsLoader.load(List.of(file), Set.of(), ClaimsLoader.Options.DEFAULT);
            int padding = pad;
            assertEquals(List.of(), set.errors(), () -> "with " + padding + " characters before the emoji");
            assertEquals(title, set.articles().get(0).article().title());
        }
    }

    @Test
    void aPipeOrALinkToNothingInAClaimsDirectoryIsAnErrorNotPassedOver() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(tmp.resolve("many"));
        Files.writeString(dir.resolve("good.txt"), "It pays 27,000.");
        Files.writeString(dir.resolve("a-good.yaml"), GOOD);
        Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("nowhere.yaml"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.yaml").toString()).start();
        boolean fifo = mkfifo.waitFor() == 0;
        ClaimsSet set = ClaimsLoader.load(List.of(dir), Set.of(), ClaimsLoader.Options.DEFAULT);
        assertEquals(List.of("good-claim"), set.articles().stream().flatMap(a -> a.claims().stream()).map(c -> c.id()).toList());
        List<String> errors = set.errors().stream().map(d -> d.headline().replace(dir + "/", "")).toList();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("gone.yaml: error: ")), errors.toString());
        if (fifo) {
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("pipe.yaml: error: ") && e.contains("not a regular file")),
                    errors.toString());
        }
        assertEquals(fifo ? 2 : 1, errors.size(), errors.toString());
    }

    @Test
    void aBillionLaughsIsAnErrorAtTheAliasPastTheLimit() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ", ").repeat(7)).append("*").append(prev)
                    .append("]\n");
        }
        assertEquals(List.of("laughs.yaml:8: error: more than 50 aliases (*name) of lists or maps, which would expand the"
                + " file many times over; write the values out instead"), errorsBesideAGoodFile("laughs.yaml", bomb.toString()));
    }
}

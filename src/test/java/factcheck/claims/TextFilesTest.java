package factcheck.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one reader of the user's text files: every bad file is a message at its line, never an exception. */
class TextFilesTest {
    @TempDir
    Path tmp;

    private String errorOf(Path file, long limit) {
        TextFiles.Read r = TextFiles.read(file, limit);
        assertFalse(r.ok(), "expected an error for " + file);
        return r.error().headline().replace(tmp.toString(), "TMP");
    }

    @Test
    void readsUtf8AndDropsAByteOrderMark() throws IOException {
        Path file = tmp.resolve("a.txt");
        Files.write(file, ("\uFEFFcafé 27,000").getBytes(StandardCharsets.UTF_8));
        TextFiles.Read r = TextFiles.read(file, TextFiles.DEFAULT_LIMIT);
        assertEquals("café 27,000", r.text());
    }

    @Test
    void latin1IsNotUtf8AtTheLineAndColumnOfTheFirstBadByte() throws IOException {
        Path file = tmp.resolve("a.yaml");
        Files.write(file, "article:\n  title: Caf\u00e9 prices\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("TMP/a.yaml:2:13: error: not UTF-8 (byte 0xE9): save it as UTF-8",
                errorOf(file, TextFiles.DEFAULT_LIMIT));
    }

    @Test
    void columnsCountCharactersNotBytes() throws IOException {
        Path file = tmp.resolve("a.txt");
        byte[] good = "é€ ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xFF;
        Files.write(file, bytes);
        assertEquals("TMP/a.txt:1:4: error: not UTF-8 (byte 0xFF): save it as UTF-8", errorOf(file, 1000));
    }

    @Test
    void aNulByteAsksWhetherItIsATextFile() throws IOException {
        Path file = tmp.resolve("a.yaml");
        Files.write(file, "a: 1\nb: x\0y\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("TMP/a.yaml:2:5: error: contains a NUL byte: is this a text file? (saved as UTF-16, or a binary"
                + " file, it cannot be read; save it as UTF-8 text)", errorOf(file, 1000));
    }

    @Test
    void aFileOverTheLimitIsRefusedUnreadAndTheMessageNamesTheOption() throws IOException {
        Path file = tmp.resolve("big.yaml");
        Files.write(file, new byte[3 * 1024 * 1024 / 2]);
        assertEquals("TMP/big.yaml: error: the file is 1.5 MiB, over the size limit of 1 MiB for an input file; if it"
                + " is what you meant to give, raise the limit with --max-file-size", errorOf(file, TextFiles.MIB));
    }

    @Test
    void aDirectoryADeviceAndAMissingFileAreNamedForWhatTheyAre() {
        assertEquals("TMP: error: is a directory, not a file", errorOf(tmp, 1000));
        assertEquals("TMP/none.txt: error: no such file", errorOf(tmp.resolve("none.txt"), 1000));
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            long started = System.nanoTime();
            assertEquals("/dev/zero: error: is not a regular file (a device, a pipe or a socket?); give a text file",
                    TextFiles.read(zero, TextFiles.DEFAULT_LIMIT).error().headline());
            assertTrue(System.nanoTime() - started < 1_000_000_000L);
        }
    }

    @Test
    void aFifoIsNotReadSoNothingBlocks() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (p.waitFor() != 0) {
            return; // no mkfifo here
        }
        assertEquals("TMP/pipe.txt: error: is not a regular file (a device, a pipe or a socket?); give a text file",
                errorOf(fifo, 1000));
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws IOException {
        Path file = tmp.resolve("secret.txt");
        Files.writeString(file, "x");
        if (!file.toFile().setReadable(false) || Files.isReadable(file)) {
            return; // running as root, or no permissions here
        }
        assertEquals("TMP/secret.txt: error: cannot read the file: permission denied", errorOf(file, 1000));
    }

    @Test
    void realPathsResolveLinksDotsAndFilesNotYetWritten() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("d"));
        Path file = Files.writeString(dir.resolve("a.yaml"), "x");
        Path link = Files.createSymbolicLink(tmp.resolve("link.yaml"), file);
        assertEquals(TextFiles.real(file), TextFiles.real(link));
        assertEquals(TextFiles.real(file), TextFiles.real(dir.resolve("../d/./a.yaml")));
        assertEquals(TextFiles.real(dir).resolve("new.html"), TextFiles.real(tmp.resolve("d/../d/new.html")));
    }
}

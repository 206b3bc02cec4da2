package factcheck.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text set aside for a report comes back unchanged, from memory or from its temporary file, which is then removed. */
class SpillTest {
    private static long partFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("factcheck-report")).count();
        }
    }

    @Test
    void smallTextStaysInMemory() throws IOException {
        long before = partFiles();
        try (Spill spill = new Spill()) {
            assertTrue(spill.isEmpty());
            spill.append("één ");
            spill.append("two 😀");
            assertFalse(spill.isEmpty());
            assertEquals(before, partFiles(), "no file for a little text");
            StringWriter out = new StringWriter();
            spill.copyTo(out);
            assertEquals("één two 😀", out.toString());
        }
    }

    @Test
    void largeTextGoesToAFileAndComesBackWhole() throws IOException {
        long before = partFiles();
        StringBuilder expected = new StringBuilder();
        Spill spill = new Spill();
        for (int i = 0; expected.length() <= 3 * Spill.IN_MEMORY; i++) {
            String piece = "article " + i + " — “quoted” 😀\n";
            spill.append(piece);
            expected.append(piece);
        }
        assertEquals(before + 1, partFiles(), "set aside in a temporary file");
        StringWriter out = new StringWriter();
        spill.copyTo(out);
        spill.copyTo(out);
        assertEquals(expected.toString() + expected, out.toString(), "copied whole, and again");
        spill.close();
        assertEquals(before, partFiles(), "the temporary file is removed");
    }

    @Test
    void theLinesOfOnePrefixComeBackInOrderFromMemoryAndFromTheFile() throws IOException {
        for (int lines : new int[] {4, 3 * Spill.IN_MEMORY / 20}) {
            StringBuilder expected = new StringBuilder();
            try (Spill spill = new Spill()) {
                for (int i = 0; i < lines; i++) {
                    String line = (i % 2 == 0 ? "<li class=\"v-true\">" : "<li class=\"v-false\">") + i + " 😀\n";
                    spill.append(line);
                    if (i % 2 == 1) {
                        expected.append(line);
                    }
                }
                StringWriter out = new StringWriter();
                spill.copyLinesTo(out, "<li class=\"v-false\">");
                assertEquals(expected.toString(), out.toString(), lines + " lines");
            }
        }
    }
}

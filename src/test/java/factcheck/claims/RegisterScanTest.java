package factcheck.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quick look that finds registers calls a file a register exactly when its top-level keys make it one. */
class RegisterScanTest {
    @TempDir
    Path dir;

    private boolean scan(String yaml) throws IOException {
        Path file = dir.resolve("f.yaml");
        Files.writeString(file, yaml);
        return RegisterScan.isRegister(file, 1 << 20);
    }

    @Test
    void aFileOfFiguresOnlyIsARegister() throws IOException {
        Map<String, Boolean> cases = new java.util.LinkedHashMap<>();
        cases.put("figures:\n  - {id: a, value: 1, source: S}\n", true);
        cases.put("{figures: [{id: a, value: 1, source: S}]}\n", true);
        cases.put("# a comment\n---\nfigures:\n  - id: a\n    value: 1\n", true);
        cases.put("figures: []\nleft-out: []\n", true);
        cases.put("? [complex, key]\n: 1\nfigures: []\n", true);
        cases.put("article:\n  id: a\nfigures: []\n", false);
        cases.put("figures: []\nclaims: []\n", false);
        cases.put("claims:\n  - id: c\nfigures: []\n", false);
        cases.put("figures: []\narticle: {id: a}\n", false);
        cases.put("other: 1\n", false);
        cases.put("- figures\n", false);
        cases.put("just text\n", false);
        cases.put("", false);
        cases.put("figures: [\n", false);
        cases.put("figures:\n  nested:\n    article: 1\n    claims: 2\n", true);
        for (Map.Entry<String, Boolean> c : cases.entrySet()) {
            assertEquals(c.getValue(), scan(c.getKey()), c.getKey());
        }
    }

    @Test
    void aFileThatCannotBeReadIsLeftToTheArticleReader() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.write(file, new byte[] {'f', 'i', 'g', (byte) 0xff, ':', '\n'});
        assertEquals(false, RegisterScan.isRegister(file, 1 << 20));
        assertEquals(false, RegisterScan.isRegister(dir.resolve("missing.yaml"), 1 << 20));
    }
}

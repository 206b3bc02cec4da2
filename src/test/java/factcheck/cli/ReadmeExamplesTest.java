package factcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's examples of claims beyond one number are complete claims files: each is written out
 * as the README gives it ({@code ```yaml claims/ceo-pay.yaml}), and every claim in them must get the
 * verdict its {@code expect} says, with no input error.
 */
class ReadmeExamplesTest {

    private static final Pattern FILE = Pattern.compile("(?s)```(?:yaml|text) (claims/[^\\s`]+)\\n(.*?)```");

    @TempDir
    Path project;

    @Test
    void everyExampleClaimsFileGetsTheVerdictsItExpects() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = FILE.matcher(readme);
        List<String> yaml = new ArrayList<>();
        while (m.find()) {
            Path file = project.resolve(m.group(1));
            Files.createDirectories(file.getParent());
            assertTrue(!Files.exists(file), m.group(1) + " is given twice in the README");
            Files.writeString(file, m.group(2));
            if (m.group(1).endsWith(".yaml")) {
                yaml.add(m.group(2));
            }
        }
        Cli r = Cli.run("test", "--claims", project.resolve("claims").toString());
        assertEquals("", r.err());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().endsWith("\n0 claims not tested (no 'expect')\n" + countPasses(r.out()) + " passed, 0 failed\n"),
                r.out());

        // The examples show every kind and every way of building figures that the README describes.
        String all = String.join("\n", yaml);
        for (String shown : List.of("kind: sum", "kind: all", "kind: difference", "kind: rank", "kind: trend",
                "kind: date", "verdict:", "rationale:", "caveat:", "at-most:", "values:", "sum: [", "difference: [",
                "mean: [", "per: [", "share: [", "change: [", "@20", "qualifier: up to")) {
            assertTrue(all.contains(shown), "no README example shows '" + shown + "'");
        }
        assertTrue(yaml.stream().anyMatch(y -> !y.contains("article:") && y.contains("figures:")), "a register");
        assertTrue(countPasses(r.out()) >= 25, r.out());
    }

    private static int countPasses(String out) {
        return out.split("(?m)^PASS ", -1).length - 1;
    }
}

package factcheck.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's sample output is what ./factcheck check prints (the rows it shows, and the summary). */
class ReadmeTest {

    @Test
    void theQuickStartsSampleOutputIsTheRealOutput() throws IOException, InterruptedException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```\nkron4-netflix-ai-strike:");
        assertTrue(start >= 0, "the README shows the sample output");
        List<String> sample = readme.substring(start + 4, readme.indexOf("```", start + 4)).lines().toList();
        // `./factcheck check` in a project holding the fixture copies as rules/ and claims/, so the rule
        // locations read as the README shows them and a user's own rule files change nothing here.
        Path project = Files.createTempDirectory("factcheck-readme");
        factcheck.TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, project.resolve("rules"));
        factcheck.TestFiles.copy(factcheck.TestFiles.BUNDLED_CLAIMS, project.resolve("claims"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dfactcheck.cache=off", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check").directory(project.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> actual = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().toList();

        int elided = sample.indexOf("  ...");
        assertTrue(elided > 0, "the sample elides the middle with '  ...'");
        assertEquals(actual.subList(0, elided), sample.subList(0, elided), "the rows the README shows");
        assertEquals(actual.subList(actual.size() - 2, actual.size()), sample.subList(elided + 1, sample.size()),
                "the summary the README shows");
    }
}

package factcheck.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's sample outputs are what ./factcheck check prints (the rows it shows, and the summary). */
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

    /**
     * The GitHub annotations the README shows are the exact lines the workflow's command prints, run
     * from a project's root as the workflow runs it, and its CSV row is one of the CSV report's.
     */
    @Test
    void theGitHubAnnotationsAndTheCsvRowAreTheRealOutput() throws IOException, InterruptedException {
        String readme = Files.readString(Path.of("README.md"));
        String command = "./factcheck check --format github --fail-on FALSE,MISLEADING";
        assertTrue(readme.contains("        run: " + command + "\n```"), "the workflow runs the command shown");
        int start = readme.indexOf("```\n::error file=");
        assertTrue(start >= 0, "the README shows the annotations");
        String shown = readme.substring(start + 4, readme.indexOf("```", start + 4));
        int csv = readme.indexOf("```\narticle,claim id,");
        assertTrue(csv >= 0, "the README shows the CSV");
        List<String> rows = readme.substring(csv + 4, readme.indexOf("```", csv + 4)).lines().toList();

        Path project = Files.createTempDirectory("factcheck-readme");
        factcheck.TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, project.resolve("rules"));
        factcheck.TestFiles.copy(factcheck.TestFiles.BUNDLED_CLAIMS, project.resolve("claims"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dfactcheck.cache=off", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "--format", "github,csv", "--fail-on", "FALSE,MISLEADING",
                "--output", "out").directory(project.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(ExitCodes.FAIL_ON, p.waitFor());
        assertEquals(Files.readString(project.resolve("out/report.github.txt")), shown);
        List<String> written = List.of(Files.readString(project.resolve("out/report.csv")).split("\r\n"));
        assertEquals(written.get(0), rows.get(0), "the header");
        for (String row : rows.subList(1, rows.size())) {
            assertTrue(written.contains(row), row);
        }
    }
}

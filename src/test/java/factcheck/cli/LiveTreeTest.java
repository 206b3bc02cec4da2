package factcheck.cli;

import factcheck.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's own rules/ and claims/ belong to the user: they add rule files and claims files,
 * and {@code mvn -B test} must go on passing whatever they add. So no test reads them: tests use
 * the fixture copies ({@link TestFiles#BUNDLED_RULES}, {@link TestFiles#BUNDLED_CLAIMS}), and the
 * user checks the live tree with {@code ./factcheck test}. What a user following the tutorial adds
 * is tested here on those copies.
 */
class LiveTreeTest {

    @TempDir
    Path project;

    @Test
    void theTutorialsFilesBesideTheBundledOnesKeepEveryExpectation() throws IOException {
        TestFiles.copy(TestFiles.BUNDLED_RULES, project.resolve("rules"));
        TestFiles.copy(TestFiles.BUNDLED_CLAIMS, project.resolve("claims"));
        List<Path> written = TutorialTest.writeFiles(project);
        assertTrue(written.stream().anyMatch(p -> p.toString().endsWith(".drl")), "the tutorial adds a rule file");
        assertTrue(written.stream().anyMatch(p -> p.toString().endsWith(".yaml")), "the tutorial adds a claims file");

        Cli run = Cli.run("test", "--rules", project.resolve("rules").toString(), "--claims",
                project.resolve("claims").toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("PASS average-pay\n") && run.out().contains("PASS pay-per-member\n"),
                "the tutorial's claims were tested:\n" + run.out());
        assertTrue(run.out().endsWith(" 0 failed\n"), run.out());
        assertEquals("", run.err());
    }

    /**
     * A test that opened the live directories by name would break when the user adds a file. Paths
     * built under a test's own directory ({@code tmp.resolve("rules")}) are not the live ones, and
     * are not matched.
     */
    @Test
    void noTestOpensTheLiveRulesOrClaims() throws IOException {
        Pattern live = Pattern.compile("(?:Path\\.of|Paths\\.get|new File)\\(\\s*\"(?:\\./)?(?:rules|claims)(?:/[^\"]*)?\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = live.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(f + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found, "tests use factcheck.TestFiles.BUNDLED_RULES and BUNDLED_CLAIMS");
        // The pattern finds what it is for, and this class does not name the live directories itself.
        assertTrue(live.matcher("Path" + ".of(\"rules\")").find() && live.matcher("Paths" + ".get(\"claims/a.yaml\")").find());
    }
}

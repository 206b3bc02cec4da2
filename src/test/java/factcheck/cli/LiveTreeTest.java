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
 * and the tests must go on passing. So the tests use fixture copies, the live claims are held only
 * to their own expectations (their 'expect' values, as {@code factcheck test} runs them), and the
 * tutorial's steps, followed in a copy of the live tree, leave those expectations met.
 */
class LiveTreeTest {

    private static final Path RULES = Path.of("rules");
    private static final Path CLAIMS = Path.of("claims");

    @TempDir
    Path project;

    @Test
    void theLiveClaimsMeetTheirOwnExpectations() {
        Cli run = Cli.run("test", "--rules", RULES.toString(), "--claims", CLAIMS.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().endsWith(" 0 failed\n"), run.out());
    }

    @Test
    void theTutorialFollowedInTheLiveTreeKeepsEveryExpectation() throws IOException {
        TestFiles.copy(RULES, project.resolve("rules"));
        TestFiles.copy(CLAIMS, project.resolve("claims"));
        List<Path> written = TutorialTest.writeFiles(project);
        assertTrue(written.stream().anyMatch(p -> p.toString().endsWith(".drl")), "the tutorial adds a rule file");
        assertTrue(written.stream().anyMatch(p -> p.toString().endsWith(".yaml")), "the tutorial adds a claims file");

        Cli run = Cli.run("test", "--rules", project.resolve("rules").toString(), "--claims",
                project.resolve("claims").toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().endsWith(" 0 failed\n"), run.out());
        assertEquals("", run.err());
    }

    /**
     * A test that opened the live directories by name would break when the user adds a file: only
     * this class may. Paths built under a test's own directory ({@code tmp.resolve("rules")}) are
     * not the live ones, and are not matched.
     */
    @Test
    void noOtherTestOpensTheLiveRulesOrClaims() throws IOException {
        Pattern live = Pattern.compile("(?:Path\\.of|Paths\\.get|new File)\\(\\s*\"(?:\\./)?(?:rules|claims)(?:/[^\"]*)?\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.getFileName().toString().equals("LiveTreeTest.java")) {
                    continue;
                }
                Matcher m = live.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(f + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found, "tests use factcheck.TestFiles.BUNDLED_RULES and BUNDLED_CLAIMS");
        // The pattern finds what it is for.
        assertTrue(live.matcher("Path.of(\"rules\")").find() && live.matcher("Paths.get(\"claims/a.yaml\")").find());
    }
}

package factcheck.cli;

import factcheck.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --watch: re-runs on save in the same JVM, says what moved, and survives a broken save. */
class WatchTest {

    /**
     * The project, under the working directory (in target/), so that the changed files are shown
     * relative to it: "changed: target/watch-1/claims/a.yaml", though watched by their full paths.
     */
    Path tmp;

    @BeforeEach
    void makeProject() throws IOException {
        tmp = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "watch-");
    }

    @AfterEach
    void removeProject() throws IOException {
        try (var files = Files.walk(tmp)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** How --watch names a changed file of the project: relative to the working directory. */
    private String shown(Path file) {
        return "target/" + tmp.getFileName() + "/" + tmp.relativize(file);
    }

    /** Runs factcheck with --watch in a thread; output is read while it runs. */
    private static final class Watching implements AutoCloseable {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final Thread thread;

        Watching(String... args) {
            thread = new Thread(() -> Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), args), "factcheck-watch");
            thread.start();
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }

        /** Waits (up to 2 minutes, a bound for a slow or busy machine, not a timing check) until the condition holds. */
        void await(Supplier<Boolean> condition, String what) throws InterruptedException {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!condition.get()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out waiting for " + what + "\nout:\n" + out() + "\nerr:\n" + err());
                }
                Thread.sleep(20);
            }
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
            assertFalse(thread.isAlive(), "the watch loop stops when interrupted");
        }
    }

    private Path[] project() throws IOException {
        return new Path[] {TestFiles.copy(TestFiles.BUNDLED_CLAIMS, tmp.resolve("claims")),
                TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, tmp.resolve("rules"))};
    }

    @Test
    void checkWatchReportsWhichVerdictsMovedAndKeepsWatchingThroughABrokenRule() throws Exception {
        Path[] p = project();
        Path yaml = p[0].resolve("kron4-netflix-ai-strike.yaml");
        try (Watching w = new Watching("check", "--watch", "--claims", p[0].toString(), "--rules", p[1].toString())) {
            w.await(() -> w.out().contains("for changes (Ctrl-C to stop)\n"), "the first run");
            assertTrue(w.out().contains("12 claims: 2 TRUE, 3 MOSTLY_TRUE, 1 MISLEADING, 1 FALSE, 5 UNVERIFIABLE\n"));

            Files.writeString(yaml, Files.readString(yaml).replace("stated: Los Gatos", "stated: Los Angeles"));
            String moved = "changed: " + shown(yaml) + "\n1 verdict moved:\n  netflix-headquarters: TRUE -> FALSE\n"
                    + "12 claims: 1 TRUE, 3 MOSTLY_TRUE, 1 MISLEADING, 2 FALSE, 5 UNVERIFIABLE\n";
            w.await(() -> w.out().contains(moved), "the re-run after a claims edit, saying what moved");

            Path ratio = p[1].resolve("ratio.drl");
            String good = Files.readString(ratio);
            Files.writeString(ratio, good.replace("figure.low > 0,", "figure.low > 0"));
            w.await(() -> w.err().contains("in the rules; nothing was checked"), "the error of a broken rule");
            assertTrue(w.err().contains(ratio + ":"), w.err());

            Files.writeString(ratio, good);
            w.await(() -> w.out().endsWith("no verdict moved\n12 claims: 1 TRUE, 3 MOSTLY_TRUE, 1 MISLEADING, 2 FALSE,"
                    + " 5 UNVERIFIABLE\n"), "the re-run after the rule is fixed");
        }
    }

    @Test
    void aReportWrittenBesideTheClaimsDoesNotTriggerAnotherRunButTheArticleTextDoes() throws Exception {
        Path[] p = project();
        Path report = p[0].resolve("report.json");
        Path text = p[0].resolve("kron4-netflix-ai-strike.txt");
        try (Watching w = new Watching("check", "--watch", "--format", "json", "--output", report.toString(),
                "--claims", p[0].toString(), "--rules", p[1].toString())) {
            w.await(() -> w.out().contains("for changes (Ctrl-C to stop)\n"), "the first run");

            Files.writeString(text, Files.readString(text).replace("Los Gatos-based company", "Los Gatos company"));
            String moved = "changed: " + shown(text) + "\n1 verdict moved:\n  netflix-headquarters: TRUE -> UNVERIFIABLE\n";
            w.await(() -> w.out().contains(moved), "the re-run after the article's text changed");
            Thread.sleep(1500);
            assertEquals(1, w.out().split("changed: ", -1).length - 1,
                    "writing the report did not set off another run:\n" + w.out());
        }
    }

    @Test
    void testWatchReportsWhichTestsFlipped() throws Exception {
        Path[] p = project();
        Path yaml = p[0].resolve("kron4-netflix-ai-strike.yaml");
        try (Watching w = new Watching("test", "--watch", "--claims", p[0].toString(), "--rules", p[1].toString())) {
            w.await(() -> w.out().contains("for changes (Ctrl-C to stop)\n"), "the first run");
            assertTrue(w.out().contains("\n12 passed, 0 failed\n"));

            Files.writeString(yaml, Files.readString(yaml).replace("stated: co-CEO", "stated: CEO of Apple"));
            w.await(() -> w.out().endsWith("11 passed, 1 failed\n"), "the re-run");
            assertTrue(w.out().endsWith("changed: " + shown(yaml) + "\n1 test flipped:\n"
                    + "  sarandos-title: PASS -> FAIL (expected TRUE, got FALSE)\n"
                    + "      FALSE 'CEO of Apple' is not what sarandos-title says: \"co-CEO (with Greg Peters)\" [fact differs"
                    + " from its reference, " + p[1].resolve("fact.drl") + ":43]\n"
                    + "11 passed, 1 failed\n"), w.out());
        }
    }

    @Test
    void aFolderCreatedWithItsClaimsFileIsCheckedAtOnce() throws Exception {
        Path[] p = project();
        try (Watching w = new Watching("check", "--watch", "--claims", p[0].toString(), "--rules", p[1].toString())) {
            w.await(() -> w.out().contains("for changes (Ctrl-C to stop)\n"), "the first run");
            Path other = p[0].resolve("desk/second");
            Files.createDirectories(other);
            Files.writeString(other.resolve("a.txt"), "The plan needs 27,000 dollars.");
            Files.writeString(other.resolve("a.yaml"), """
                    article:
                      id: second
                      title: Second
                      text: a.txt
                    figures:
                      - id: need
                        value: 27000
                        source: article
                    claims:
                      - id: plan-need
                        kind: value
                        quote: The plan needs 27,000 dollars.
                        stated: 27000
                        figures:
                          reference: need
                    """);
            w.await(() -> w.out().contains("plan-need: new, "), "the new folder's claims file checked");
            assertTrue(w.out().contains("changed: " + shown(other.resolve("a.yaml")) + "\n1 verdict moved:\n"
                    + "  plan-need: new, UNVERIFIABLE\n13 claims: 2 TRUE, 3 MOSTLY_TRUE, 1 MISLEADING, 1 FALSE,"
                    + " 6 UNVERIFIABLE\n"), w.out());
            assertEquals("", w.err());
        }
    }
}

package factcheck.cli;

import factcheck.TestFiles;
import factcheck.bench.Generate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run's memory is bounded by its largest articles, not by its size: many articles check in a
 * heap far smaller than the run's claims, findings and report would take held all at once (a
 * whole-run design needed several times this heap for these claims).
 */
class BoundedMemoryTest {
    /** The heap of the run below: about what the rules and a few articles in flight need. */
    static final String HEAP = "-Xmx" + BoundedMemoryTest.MIB + "m";
    static final int MIB = 80;

    @TempDir
    Path dir;

    @Test
    void manyArticlesCheckInASmallHeapWithTheReportWrittenWhole() throws Exception {
        Path claims = dir.resolve("claims");
        Generate.write(claims, 60, 250);
        Path report = dir.resolve("report.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "--rules", TestFiles.BUNDLED_RULES.toString(), "--claims", claims.toString(),
                "--format", "json", "--output", report.toString(), "--jobs", "2")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the run ended");
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(0, p.exitValue(), err);
        assertEquals("", err);
        String json = Files.readString(report);
        assertTrue(json.contains("\"claims\": 15000,"), json.substring(0, Math.min(300, json.length())));
        assertTrue(json.endsWith("\"errors\": [ ]\n}\n") || json.endsWith("\"errors\": []\n}\n"),
                json.substring(json.length() - 100));
    }
}

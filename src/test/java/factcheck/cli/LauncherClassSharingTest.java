package factcheck.cli;

import factcheck.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's class-data-sharing archive changes nothing a run prints: a run with no archive
 * lists the classes it loads, the next run makes the archive from that list beside the
 * compiled-rules cache and uses it, and every run prints exactly what a run without the archive
 * prints, on both streams, with the same exit code, even when the archive file is damaged.
 *
 * <p>The launcher runs in a project of its own: a copy of the script and the pom, a jar of the compiled
 * main classes with its dependencies in target/lib (as {@code mvn package} lays them out), and the
 * fixture copies of the rules and claims.
 */
class LauncherClassSharingTest {

    @TempDir
    static Path tmp;

    private static Path project;
    /** The cache of the runs with the caches on. */
    private static Path cache;
    /** A run with the caches off: what every other run must print. */
    private static Ran plain;
    /** The first run with the caches on, which lists the classes it loads. */
    private static Ran first;
    /** The second, which makes the archive and runs with it. */
    private static Ran second;
    private static List<Path> afterFirst;

    @BeforeAll
    static void project() throws Exception {
        project = tmp.resolve("project");
        Launched.launcher(project.resolve("factcheck"));
        // The project's pom.xml, older than the jar: the launcher runs target/factcheck.jar, not a build.
        Files.copy(Path.of("pom.xml"), project.resolve("pom.xml"));
        Launched.jar(project.resolve("target"));
        TestFiles.copy(TestFiles.BUNDLED_RULES, project.resolve("rules"));
        TestFiles.copy(TestFiles.BUNDLED_CLAIMS, project.resolve("claims"));
        plain = run("off");
        cache = tmp.resolve("cache");
        first = run(cache.toString());
        afterFirst = archives(cache);
        second = run(cache.toString());
    }

    @Test
    void theSecondRunMakesTheArchiveAndEveryRunPrintsExactlyWhatARunWithoutItPrints() throws Exception {
        assertEquals(List.of(), afterFirst, "no archive after the first run, which lists the classes it loads");
        plain.assertSame(first, "the first run");
        plain.assertSame(second, "the second run, which makes the archive");
        Path archive = archive(cache);

        plain.assertSame(run(cache.toString()), "a run with the archive");
        // -Xshare:on makes the JVM stop if it cannot map the archive: this run shows it is used.
        plain.assertSame(run(cache.toString(), "FACTCHECK_JAVA_OPTS", "-Xshare:on"), "a run that requires the archive");
        assertEquals(List.of(archive), archives(cache), "the same archive, kept");
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().contains(".list.")).toList(),
                    "no list of classes left once the archive is made");
        }
    }

    @Test
    void aDamagedArchiveIsIgnoredSilently() throws Exception {
        Path damaged = TestFiles.copy(cache, tmp.resolve("damaged"));
        Path archive = archive(damaged);
        byte[] whole = Files.readAllBytes(archive);
        assertTrue(archive.toFile().setWritable(true));

        Files.write(archive, Arrays.copyOf(whole, whole.length / 3));
        plain.assertSame(run(damaged.toString()), "a run with a truncated archive");

        // Garbled past its header, where only the checksum can tell.
        byte[] garbled = whole.clone();
        for (int i = whole.length / 2; i < garbled.length; i += 4096) {
            garbled[i] ^= 0x5a;
        }
        Files.write(archive, garbled);
        plain.assertSame(run(damaged.toString()), "a run with a garbled archive");

        Files.write(archive, new byte[0]);
        plain.assertSame(run(damaged.toString()), "a run with an empty archive file");
    }

    /** The one archive in {@code dir}. */
    private static Path archive(Path dir) throws IOException {
        List<Path> archives = archives(dir);
        assertEquals(1, archives.size(), "one archive in the cache: " + archives);
        return archives.get(0);
    }

    private static List<Path> archives(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    /** What a run printed on each stream, and its exit code. */
    private record Ran(byte[] out, byte[] err, int code) {
        void assertSame(Ran other, String what) {
            assertEquals(code, other.code, what + ": exit code");
            assertArrayEquals(out, other.out, what + ": standard output");
            assertArrayEquals(err, other.err, what + ": standard error");
        }
    }

    /** Runs "./factcheck check" in the project with FACTCHECK_CACHE set, and more variables given as pairs. */
    private static Ran run(String cacheSetting, String... env) throws Exception {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder("./factcheck", "check").directory(project.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> environment = builder.environment();
        environment.remove("FACTCHECK_JAVA_OPTS");
        environment.remove("JAVA_TOOL_OPTIONS");
        // The launcher runs $JAVA_HOME/bin/java, or the java on the PATH: make both the one running the tests.
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
                + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("FACTCHECK_CACHE", cacheSetting);
        for (int i = 0; i < env.length; i += 2) {
            environment.put(env[i], env[i + 1]);
        }
        Process p = builder.start();
        p.getOutputStream().close();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the launcher ended");
        return new Ran(Files.readAllBytes(out), Files.readAllBytes(err), p.exitValue());
    }
}

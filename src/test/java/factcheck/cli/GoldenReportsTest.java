package factcheck.cli;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every report format of the bundled article is compared byte for byte with its golden file in
 * src/test/resources/golden/, as printed here and as printed by two other JVMs that differ in
 * whatever could leak into a report. After a deliberate change, run
 * {@code mvn -B test -Dtest=GoldenReportsTest -Dgolden.update=true} to rewrite the files, and read
 * the diff.
 */
// With the flag, the files are rewritten before the other JVMs' reports are compared with them.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoldenReportsTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** The flag that rewrites the golden files, shared with ExtractCommandTest's. */
    private static final boolean UPDATING = Boolean.getBoolean("golden.update");

    private static final String HOW_TO_UPDATE =
            "if the change is meant, run mvn -B test -Dtest=GoldenReportsTest -Dgolden.update=true and read the diff";

    /**
     * One report of the bundled article: the golden file that holds it and the options of
     * {@code check} that print it. The rules and claims are named by relative paths, and
     * ClaimReview is given its --date: a report names the files as the command line gives them,
     * and ClaimReview's date is today by default.
     */
    record Case(String file, List<String> options) {
        String[] arguments() {
            List<String> all = new ArrayList<>(List.of("check",
                    "--rules", factcheck.TestFiles.BUNDLED_RULES.toString(),
                    "--claims", factcheck.TestFiles.BUNDLED_CLAIMS.toString()));
            all.addAll(options);
            return all.toArray(String[]::new);
        }

        /** The arguments as a shell command line, for a message. */
        String commandLine() {
            return String.join(" ", Arrays.stream(arguments()).map(a -> a.contains(" ") ? "'" + a + "'" : a).toList());
        }

        @Override
        public String toString() {
            return file;
        }
    }

    /**
     * --explain adds the firing trace to every format but ClaimReview, which has no place for it.
     * The text report is also kept at the narrowest and a wide terminal's width, and in colour.
     */
    static final List<Case> CASES = List.of(
            new Case("check-kron4.txt", List.of("--format", "text")),
            new Case("check-kron4.md", List.of("--format", "markdown")),
            new Case("check-kron4.json", List.of("--format", "json")),
            new Case("check-kron4.html", List.of("--format", "html")),
            new Case("check-kron4.claimreview.jsonld", List.of("--format", "claimreview",
                    "--publisher", "Example Desk", "--review-url", "https://example.org/fact-checks",
                    "--date", "2026-01-15")),
            new Case("check-kron4-explain.txt", List.of("--format", "text", "--explain")),
            new Case("check-kron4-explain.md", List.of("--format", "markdown", "--explain")),
            new Case("check-kron4-explain.json", List.of("--format", "json", "--explain")),
            new Case("check-kron4-explain.html", List.of("--format", "html", "--explain")),
            new Case("check-kron4.csv", List.of("--format", "csv")),
            new Case("check-kron4.github.txt", List.of("--format", "github")),
            new Case("check-kron4-80.txt", List.of("--format", "text", "--width", "80")),
            new Case("check-kron4-120.txt", List.of("--format", "text", "--width", "120")),
            new Case("check-kron4-color.txt", List.of("--format", "text", "--color", "always")));

    static List<Case> cases() {
        return CASES;
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFormatOfTheBundledArticleIsExactlyItsGoldenFile(Case c) throws IOException {
        Output r = run(c);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        Path golden = GOLDEN.resolve(c.file());
        if (UPDATING && !(Files.isRegularFile(golden) && Arrays.equals(Files.readAllBytes(golden), r.out()))) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, r.out());
        }
        assertIsGolden(c, r.out(), "this JVM");
    }

    /**
     * Two JVMs started alike mostly hand out the same identity hash codes, so the one that
     * starts second has every identity hash code equal: whatever a hash map or set of enums or rule
     * objects iterates in comes out another way. It also has a German locale, a time zone
     * of UTC+14, a Latin-1 default charset, CRLF lines and one processor (one --jobs thread). Each
     * JVM has a cache of compiled rules of its own, empty at the start, and they run the cases in
     * opposite orders: the rules are compiled for the first and loaded from the cache for the rest.
     */
    private static final List<String> ANOTHER_MACHINE = List.of(
            "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2",
            "-Duser.language=de", "-Duser.country=DE", "-Duser.timezone=Pacific/Kiritimati",
            "-Dfile.encoding=ISO-8859-1", "-Dline.separator=\r\n", "-XX:ActiveProcessorCount=1");

    @Order(2)
    @Test
    void twoOtherJvmsPrintEachReportByteForByteAsItsGoldenFile(@TempDir Path tmp) throws Exception {
        List<String> forward = CASES.stream().map(Case::file).toList();
        List<String> backward = new ArrayList<>(forward);
        java.util.Collections.reverse(backward);
        Fork first = Fork.start(tmp.resolve("first"), List.of(), forward);
        Fork second = Fork.start(tmp.resolve("second"), ANOTHER_MACHINE, backward);
        first.awaitSuccess();
        second.awaitSuccess();
        for (Case c : CASES) {
            byte[] one = Files.readAllBytes(first.reports().resolve(c.file()));
            byte[] other = Files.readAllBytes(second.reports().resolve(c.file()));
            if (!Arrays.equals(one, other)) {
                fail(c.file() + " differs between two JVMs, so the report depends on something other than its"
                        + " input (the second ran with " + String.join(" ", ANOTHER_MACHINE).replace("\r\n", "\\r\\n")
                        + "):\n" + firstDifference(one, other, "first JVM", "second JVM"));
            }
            assertIsGolden(c, one, "two other JVMs");
        }
    }

    @Test
    void everyGoldenFileIsCheckedByATest() throws IOException {
        TreeSet<String> expected = new TreeSet<>(CASES.stream().map(Case::file).toList());
        expected.add("extract-kron4.yaml");
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertEquals(expected, new TreeSet<>(files.map(p -> p.getFileName().toString()).toList()),
                    "the files of " + GOLDEN + " and the cases of GoldenReportsTest and ExtractCommandTest");
        }
    }

    /**
     * Run as a program in another JVM: runs the cases named by {@code args[1..]}, in that order, each
     * report written into the directory {@code args[0]} under its golden file's name; exits 1 when
     * any run fails or prints to standard error.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        boolean failed = false;
        for (String name : Arrays.asList(args).subList(1, args.length)) {
            Case c = CASES.stream().filter(k -> k.file().equals(name)).findFirst().orElseThrow();
            Output r = run(c);
            Files.write(dir.resolve(c.file()), r.out());
            if (r.code() != 0 || !r.err().isEmpty()) {
                System.err.println(c.file() + ": exit " + r.code() + ": " + r.err());
                failed = true;
            }
        }
        System.exit(failed ? 1 : 0);
    }

    /** A run's exit code, standard output as bytes, and standard error. */
    record Output(int code, byte[] out, String err) {
    }

    static Output run(Case c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), c.arguments());
        return new Output(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** This test class as a program in a JVM of its own, writing its reports into {@code reports()}. */
    private record Fork(Process process, Path dir) {
        static Fork start(Path dir, List<String> jvmOptions, List<String> cases) throws IOException {
            Files.createDirectories(dir);
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
            command.addAll(jvmOptions);
            // Never the user's cache, and never one another's.
            command.add("-Dfactcheck.cache=" + dir.resolve("rule-cache"));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), GoldenReportsTest.class.getName(),
                    dir.resolve("reports").toString()));
            command.addAll(cases);
            // In this directory, so that the relative paths of the rules and claims are the same.
            Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                    .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile())
                    .start();
            return new Fork(p, dir);
        }

        Path reports() {
            return dir.resolve("reports");
        }

        void awaitSuccess() throws IOException, InterruptedException {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("the JVM writing " + reports() + " did not finish in 5 minutes");
            }
            assertEquals(0, process.exitValue(), () -> "the JVM writing " + reports() + " failed:\n"
                    + read(dir.resolve("stdout")) + read(dir.resolve("stderr")));
        }

        private static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                return "(" + file + " unreadable: " + e + ")\n";
            }
        }
    }

    private static void assertIsGolden(Case c, byte[] actual, String where) throws IOException {
        Path golden = GOLDEN.resolve(c.file());
        assertTrue(Files.isRegularFile(golden), () -> golden + " is missing; " + HOW_TO_UPDATE);
        byte[] expected = Files.readAllBytes(golden);
        if (!Arrays.equals(expected, actual)) {
            fail("factcheck " + c.commandLine() + ", run in " + where + ", does not print " + golden
                    + ":\n" + firstDifference(expected, actual, "golden", "printed") + HOW_TO_UPDATE);
        }
    }

    /** Where two outputs first differ: the line number and that line of each, quoted. */
    static String firstDifference(byte[] a, byte[] b, String aName, String bName) {
        List<String> as = new String(a, StandardCharsets.UTF_8).lines().toList();
        List<String> bs = new String(b, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(as.size(), bs.size()); i++) {
            String x = i < as.size() ? as.get(i) : null;
            String y = i < bs.size() ? bs.get(i) : null;
            if (x == null || !x.equals(y)) {
                return "  first difference at line " + (i + 1) + ":\n"
                        + "  " + aName + ": " + shown(x) + "\n"
                        + "  " + bName + ": " + shown(y) + "\n";
            }
        }
        return "  the lines are the same; the bytes differ (line ends, a final newline, or the encoding):"
                + " " + a.length + " bytes " + aName + ", " + b.length + " " + bName + "\n";
    }

    private static String shown(String line) {
        if (line == null) {
            return "(no such line)";
        }
        String quoted = "\"" + line + "\"";
        return quoted.length() > 300 ? quoted.substring(0, 300) + "..." : quoted;
    }
}

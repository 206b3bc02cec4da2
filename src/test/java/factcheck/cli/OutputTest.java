package factcheck.cli;

import factcheck.util.AtomicFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where reports go: one file, one file per format in a directory, and never half a file. */
class OutputTest {
    /** A copy of the bundled claims, so that a user's edits to claims/ do not change these tests. */
    private static final String BUNDLED = factcheck.TestFiles.BUNDLED_CLAIMS.toString();


    @TempDir
    Path tmp;

    @Test
    void severalFormatsGoIntoADirectoryOneFileEach() throws IOException {
        Path dir = tmp.resolve("reports");
        Cli r = Cli.run("check", "--claims", BUNDLED, "--format", "text,json", "--format", "html", "--format", "claimreview",
                "--publisher", "Example Desk", "--review-url", "https://example.org/checks", "--date", "2026-11-28",
                "--output", dir.toString());
        assertEquals(0, r.code(), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("report.claimreview.jsonld", "report.html", "report.json", "report.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(Cli.run("check", "--claims", BUNDLED).out(), Files.readString(dir.resolve("report.txt")));
        assertEquals(Cli.run("check", "--claims", BUNDLED, "--format", "json").out(), Files.readString(dir.resolve("report.json")));
        assertTrue(Files.readString(dir.resolve("report.html")).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void aNewReportIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path report = tmp.resolve("report.txt");
        assertEquals(0, Cli.run("check", "--claims", BUNDLED, "--output", report.toString()).code());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        assertEquals(0, Cli.run("check", "--claims", BUNDLED, "--output", report.toString()).code());
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndKept() throws IOException {
        Path real = tmp.resolve("real.txt");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), real.getFileName());
        assertEquals(0, Cli.run("check", "--claims", BUNDLED, "--output", link.toString()).code());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Cli.run("check", "--claims", BUNDLED).out(), Files.readString(real));
    }

    @Test
    void aPipeIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = tmp.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        var reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(0, Cli.run("check", "--claims", BUNDLED, "--output", fifo.toString()).code());
        assertEquals(Cli.run("check", "--claims", BUNDLED).out(), reader.get(30, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo), "still a pipe");
    }

    @Test
    void aFileInTheWayOfTheOutputDirectoryIsNamed() throws IOException {
        Path file = Files.writeString(tmp.resolve("notadir"), "x");
        Cli r = Cli.run("check", "--claims", BUNDLED, "--output", file.resolve("report.txt").toString());
        assertEquals(2, r.code());
        assertEquals(file.resolve("report.txt") + ": error: cannot write the report: " + file
                + " is a file, not a directory\n", r.err());
    }

    @Test
    void everyFormatIsByteIdenticalInAnotherJvm() throws Exception {
        Path dir = tmp.resolve("other-jvm");
        String[] args = {"check", "--rules", factcheck.TestFiles.BUNDLED_RULES.toString(), "--claims",
                factcheck.TestFiles.BUNDLED_CLAIMS.toString(), "--format", "text,markdown,json,html,claimreview,csv,github",
                "--publisher", "Example Desk", "--review-url", "https://example.org/checks", "--date", "2026-11-28",
                "--explain", "--output", dir.toString()};
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dfactcheck.cache=" + System.getProperty("factcheck.cache", "off"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process other = new ProcessBuilder(command).redirectErrorStream(true).start();
        other.getInputStream().readAllBytes();
        assertTrue(other.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, other.exitValue());

        Path here = tmp.resolve("this-jvm");
        args[args.length - 1] = here.toString();
        assertEquals(0, Cli.run(args).code());
        for (String name : List.of("report.txt", "report.md", "report.json", "report.html", "report.claimreview.jsonld",
                "report.csv", "report.github.txt")) {
            assertEquals(Files.readString(here.resolve(name)), Files.readString(dir.resolve(name)), name);
        }
    }

    @Test
    void severalFormatsWithoutADirectoryAreAUsageError() {
        Cli r = Cli.run("check", "--claims", BUNDLED, "--format", "text,json");
        assertEquals(2, r.code());
        assertEquals("factcheck: error: several formats need --output DIR, a directory to write one report per"
                + " format into\n", r.err());
    }

    @Test
    void claimReviewNeedsAPublisher() {
        Cli r = Cli.run("check", "--claims", BUNDLED, "--format", "claimreview");
        assertEquals(2, r.code());
        assertEquals("factcheck: error: --format claimreview needs --publisher NAME, the organisation publishing"
                + " the reviews\n", r.err());
    }

    @Test
    void claimReviewNeedsAReviewUrl() {
        String message = "factcheck: error: --format claimreview needs --review-url BASE: every consumer of ClaimReview"
                + " requires each review's address (url), and each review's url is BASE#claim-id\n";
        Cli r = Cli.run("check", "--claims", BUNDLED, "--format", "claimreview", "--publisher", "Example Desk");
        assertEquals(2, r.code());
        assertEquals(message, r.err());
        assertEquals("", r.out());
        Path dir = tmp.resolve("no-url");
        Cli several = Cli.run("check", "--claims", BUNDLED, "--format", "html,claimreview", "--publisher", "Example Desk",
                "--output", dir.toString());
        assertEquals(2, several.code());
        assertEquals(message, several.err());
        assertFalse(Files.exists(dir));
    }

    @Test
    void claimReviewCommandGivesOneReviewPerClaim() {
        Cli r = Cli.run("check", "--claims", BUNDLED, "--format", "claimreview", "--publisher", "Example Desk",
                "--review-url", "https://example.org/checks");
        assertEquals(0, r.code(), r.err());
        assertEquals(12, r.out().split("\"@type\": \"ClaimReview\"", -1).length - 1);
        assertTrue(r.out().contains("\"url\": \"https://example.org/checks#netflix-pay-33x-threshold\""));
    }

    @Test
    void aBadDateIsAUsageError() {
        Cli r = Cli.run("check", "--claims", BUNDLED, "--format", "claimreview", "--publisher", "X",
                "--review-url", "https://example.org/checks", "--date", "28/11/2026");
        assertEquals(2, r.code());
        assertEquals("factcheck: error: --date '28/11/2026' is not a date; write it as YYYY-MM-DD\n", r.err());
    }

    @Test
    void killingARunWhileItWritesLeavesThePreviousReportIntact() throws Exception {
        Path report = tmp.resolve("report.html");
        assertEquals(0, Cli.run("check", "--claims", BUNDLED, "--format", "html", "--output", report.toString()).code());
        String previous = Files.readString(report);

        // A second run that writes slowly (a pause after each 4 KiB), killed once it has begun.
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + AtomicFile.PAUSE_PROPERTY + "=400", "-Dfactcheck.cache=" + System.getProperty("factcheck.cache", "off"),
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "--rules", factcheck.TestFiles.BUNDLED_RULES.toString(), "--claims",
                BUNDLED, "--format", "html", "--output", report.toString())
                .redirectErrorStream(true).start();
        Path temp = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (temp == null && System.nanoTime() < deadline) {
            try (var files = Files.list(tmp)) {
                temp = files.filter(p -> p.getFileName().toString().startsWith(".report.html.")
                        && sizeOf(p) > 0).findFirst().orElse(null);
            }
            Thread.sleep(10);
        }
        assertTrue(temp != null, "the second run began writing");
        run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertTrue(sizeOf(temp) < previous.getBytes(StandardCharsets.UTF_8).length, "it was killed mid-write");
        assertEquals(previous, Files.readString(report), "the report is the previous one, whole");

        // The next good run replaces it and tidies the killed run's leftover, once it is old
        // enough not to be a run still writing beside it.
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(AtomicFile.LEFTOVER_AGE).minusSeconds(1)));
        assertEquals(0, Cli.run("check", "--claims", BUNDLED, "--format", "html", "--output", report.toString()).code());
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(report), files.toList());
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}

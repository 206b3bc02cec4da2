package factcheck.cli;

import factcheck.TestFiles;
import factcheck.api.Checker;
import factcheck.bench.Generate;
import factcheck.report.Format;
import factcheck.report.Options;
import factcheck.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Articles checked on several threads give the report of checking them one by one, byte for
 * byte, in every format: results are written in input order, and an id that an earlier file
 * took goes to that file whichever thread read it first.
 */
class ParallelRunTest {
    @TempDir
    static Path dir;
    static Path claims;

    /** Generated articles, the bundled one, a register, ids taken twice across files, and a broken file. */
    @BeforeAll
    static void claims() throws IOException {
        claims = dir.resolve("claims");
        // Enough claims that the JSON report is set aside in a temporary file, not in memory.
        Generate.write(claims, 14, 60);
        for (String name : List.of("kron4-netflix-ai-strike.yaml", "kron4-netflix-ai-strike.txt")) {
            Files.copy(TestFiles.BUNDLED_CLAIMS.resolve(name), claims.resolve(name));
        }
        Files.writeString(claims.resolve("a00000-register.yaml"), """
                figures:
                  - {id: shared-base, value: 1200, source: Census 2019}
                """);
        // Takes an article id and a claim id of a00002.yaml, which is read before it: these are
        // the errors, not a00002's, however the threads run.
        Files.writeString(claims.resolve("a00009.yaml"), Files.readString(claims.resolve("a00009.yaml"))
                .replace("id: a00009\n", "id: a00002\n").replace("{id: a00009-3,", "{id: a00002-3,")
                .replace("figures: {from: before, to: after}", "figures: {from: shared-base, to: after}"));
        Files.writeString(claims.resolve("a00011.yaml"), Files.readString(claims.resolve("a00011.yaml"))
                .replace("{id: a00011-7,", "{id: a00001-7,"));
        Files.writeString(claims.resolve("zz-broken.yaml"), "article: [\n");
    }

    private static final List<List<String>> FORMATS = List.of(List.of("text"), List.of("text", "--explain"),
            List.of("markdown"), List.of("markdown", "--explain"), List.of("json"), List.of("json", "--explain"),
            List.of("html"), List.of("claimreview", "--publisher", "Desk", "--review-url", "https://example.org/r",
                    "--date", "2026-01-02"), List.of("csv"), List.of("github"),
            List.of("github", "--fail-on", "FALSE,MISLEADING,UNCHECKED"), List.of("text", "--color", "always", "--width", "132"));

    private static Cli check(int jobs, List<String> format) {
        List<String> args = new ArrayList<>(List.of("check", "--claims", claims.toString(), "--jobs", "" + jobs,
                "--format"));
        args.addAll(format);
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void everyFormatIsTheSameOnOneThreadAndOnFour() {
        for (List<String> format : FORMATS) {
            Cli one = check(1, format);
            Cli four = check(4, format);
            assertEquals(ExitCodes.BAD_INPUT, one.code(), format + ": the input has errors");
            assertEquals(one.code(), four.code(), format.toString());
            assertEquals(one.out(), four.out(), format + ": the report");
            assertEquals(one.err(), four.err(), format + ": the errors");
        }
    }

    @Test
    void theIdsOfTheFileReadFirstAreKeptAndTheLaterFileIsTold() {
        Cli four = check(4, List.of("text"));
        assertTrue(four.err().contains("a00009.yaml:2: error: article: id 'a00002' is already used at "
                + claims.resolve("a00002.yaml") + ":2; article ids must be unique"), four.err());
        assertTrue(four.err().contains("claim 'a00002-3': id is already used at " + claims.resolve("a00002.yaml")),
                four.err());
        assertTrue(four.err().contains("claim 'a00001-7': id is already used at " + claims.resolve("a00001.yaml")),
                four.err());
        assertTrue(java.util.regex.Pattern.compile("\\n  a00002-3 +TRUE +\\(1,500 \\(after\\)").matcher(four.out()).find(),
                "a00002's own claim is checked: " + four.out());
    }

    @Test
    void reportsWrittenToADirectoryAreTheSameOnOneThreadAndOnFour() throws IOException {
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        for (Path out : List.of(one, four)) {
            Files.createDirectories(out);
            Cli run = Cli.run("check", "--claims", claims.toString(), "--jobs", out == one ? "1" : "4", "--format",
                    "text,markdown,json,html,claimreview,csv,github", "--publisher", "Desk", "--review-url",
                    "https://example.org/r", "--output", out.toString());
            assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
        }
        for (Format f : Format.values()) {
            assertEquals(Files.readString(one.resolve(f.fileName())), Files.readString(four.resolve(f.fileName())),
                    f.fileName());
        }
        try (Stream<Path> left = Files.list(one)) {
            assertEquals(Format.values().length, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void theStreamedReportIsTheReportRenderedWhole() throws Exception {
        Checker checker = Checker.compile(TestFiles.BUNDLED_RULES, Checker.Settings.DEFAULT);
        Report whole = checker.checkAll(List.of(claims), 1);
        assertEquals(15, whole.articles().size(), "every article, the one with a taken id too");
        Options options = new Options(false, "Desk", LocalDate.of(2026, 1, 2), "https://example.org/r");
        for (Format f : Format.values()) {
            List<String> format = new ArrayList<>(List.of(f.name()));
            if (f == Format.claimreview) {
                format.addAll(List.of("--publisher", "Desk", "--review-url", "https://example.org/r",
                        "--date", "2026-01-02"));
            }
            String rendered = f.render(whole, options);
            assertEquals(rendered, check(2, format).out(), f.name());
            if (f == Format.json) {
                assertTrue(rendered.length() > factcheck.report.SpillAccess.inMemory(),
                        "large enough to be set aside in a file: " + rendered.length());
            }
        }
    }

    @Test
    void jobsOutsideOneTo1024IsAnErrorThatSaysSo() {
        for (String jobs : List.of("0", "-2", "1025")) {
            Cli run = Cli.run("check", "--jobs", jobs);
            assertEquals(ExitCodes.BAD_INPUT, run.code(), jobs);
            assertEquals("factcheck: error: --jobs must be from 1 to 1024\n", run.err(), jobs);
            assertEquals("", run.out(), jobs);
        }
    }
}

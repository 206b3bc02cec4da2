package factcheck.cli;

import factcheck.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line on rules that fail at run time, and on the options that bound them. */
class RunawayRuleCommandTest {

    @TempDir
    Path tmp;

    private Path rules(String extra) throws IOException {
        return RuleFixtures.rules(tmp.resolve("rules"), extra);
    }

    private Path claims() throws IOException {
        return RuleFixtures.claims(tmp.resolve("claims"));
    }

    private static final String RECURSES = """
            package factcheck.rules;
            import factcheck.model.*;

            function int deeper(int n) { return deeper(n + 1) + 1; }

            // Recurses without end.
            rule "recurse"
            when
                $c : Claim( id == "c1" )
            then
                deeper(1);
            end
            """;

    @Test
    void aStackOverflowInARuleExitsThreeNamingTheRuleWithNoTrace() throws IOException {
        Path rules = rules(RECURSES);
        Cli r = Cli.run("check", "--rules", rules.toString(), "--claims", claims().toString());
        assertEquals(3, r.code(), r.err());
        String file = rules.resolve("zz.drl").toString();
        assertEquals("error: rule \"recurse\" (" + file + ":7) failed on claim 'c1' in function \"deeper\" (" + file
                + ":4): StackOverflowError\n", r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertTrue(r.out().contains("  c1     UNVERIFIABLE  rule \"recurse\""), r.out());
        assertTrue(r.out().contains("  c2     TRUE "), r.out());
        assertTrue(r.out().contains("  d1     TRUE "), r.out());
    }

    @Test
    void aStackOverflowInARuleShowsItsTraceWithVerbose() throws IOException {
        Cli r = Cli.run("check", "--rules", rules(RECURSES).toString(), "--claims", claims().toString(), "--verbose");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("\n\tat factcheck.rules.Deeper.deeper("), r.err().lines().limit(5).toList().toString());
    }

    @Test
    void aFiringBoundAboveTheMostIsAUsageError() {
        Cli r = Cli.run("check", "--max-firings", "300000000");
        assertEquals(2, r.code());
        assertEquals("factcheck: error: --max-firings must be at most 1000000 (firings per claim)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aRuleThatSleepsIsStoppedAtTimeoutNamedAndExitsThree() throws IOException {
        Path rules = rules("""
                package factcheck.rules;
                import factcheck.model.*;

                // Waits for something that never comes.
                rule "sleep"
                when
                    $c : Claim( id == "c1" )
                then
                    Thread.sleep(600_000);
                end
                """);
        // Thread is refused in rule files unless they are trusted; the time limit holds for trusted rules too.
        Cli r = Cli.run("check", "--rules", rules.toString(), "--claims", claims().toString(), "--timeout", "1s",
                "--trust-rules");
        assertEquals(3, r.code(), r.err());
        assertEquals("error: rule \"sleep\" (" + rules.resolve("zz.drl") + ":5) did not finish its action on claim 'c1'"
                + " within the time limit of 1s (--timeout), and checking article 'a' stopped\n", r.err());
        assertTrue(r.out().contains("  c2     UNVERIFIABLE  rule \"sleep\""), r.out());
        assertTrue(r.out().contains("  d1     TRUE "), r.out());
    }

    @Test
    void aTimeoutIsSecondsOrMillisecondsOrMinutesOrHours() {
        assertEquals(java.time.Duration.ofSeconds(30), Inputs.parseTime("30"));
        assertEquals(java.time.Duration.ofSeconds(30), Inputs.parseTime("30s"));
        assertEquals(java.time.Duration.ofMinutes(2), Inputs.parseTime("2m"));
        assertEquals(java.time.Duration.ofMillis(500), Inputs.parseTime("500ms"));
        assertEquals(java.time.Duration.ofMillis(1500), Inputs.parseTime("1.5s"));
        assertEquals(java.time.Duration.ofHours(1), Inputs.parseTime("1H"));
        assertEquals(factcheck.engine.Engine.DEFAULT_TIMEOUT, Inputs.parseTime(Inputs.DEFAULT_TIMEOUT));
        assertEquals("1m30s", factcheck.engine.Engine.words(Inputs.parseTime("90")));
    }

    @Test
    void aTimeoutThatIsZeroNegativeTooLongOrNotATimeIsAUsageError() {
        for (String[] c : new String[][] {
                {"0", "--timeout must be more than 0"},
                {"0ms", "--timeout must be more than 0"},
                {"-5", "--timeout must be more than 0"},
                {"25h", "--timeout must be at most 24h"},
                {"99999999999999999999", "--timeout must be at most 24h"},
                {"soon", "--timeout: 'soon' is not a time; write it as 30s, 2m, 500ms or plain seconds"},
                {"5 min", "--timeout: '5 min' is not a time; write it as 30s, 2m, 500ms or plain seconds"}}) {
            Cli r = Cli.run("check", "--timeout=" + c[0]);
            assertEquals(2, r.code(), c[0]);
            assertEquals("factcheck: error: " + c[1] + "\n", r.err(), c[0]);
            assertEquals("", r.out());
        }
        Cli test = Cli.run("test", "--timeout", "0");
        assertEquals(2, test.code());
        assertEquals("factcheck: error: --timeout must be more than 0\n", test.err());
    }

    /**
     * A loop that nothing can stop, in a JVM of its own: the article is stopped at the limit, its
     * thread left spinning, the other article checked, and the process still ends with exit 3.
     */
    @Test
    void aLoopThatCannotBeStoppedIsLeftBehindAndTheProcessStillEnds() throws Exception {
        Path rules = rules("""
                package factcheck.rules;
                import factcheck.model.*;

                // Spins with no way out.
                rule "spin forever"
                when
                    $c : Claim( id == "c1" )
                then
                    while (true) { }
                end
                """);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "--rules", rules.toString(), "--claims", claims().toString(), "--timeout", "1s")
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile()).start();
        boolean ended = p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the process ended");
        assertEquals(3, p.exitValue(), Files.readString(tmp.resolve("err.txt")));
        assertEquals("error: rule \"spin forever\" (" + rules.resolve("zz.drl") + ":5) did not finish its action on"
                + " claim 'c1' within the time limit of 1s (--timeout), and checking article 'a' stopped\n",
                Files.readString(tmp.resolve("err.txt")));
        assertTrue(Files.readString(tmp.resolve("out.txt")).contains("  d1     TRUE "));
    }

    @Test
    void aRuleThatOverflowsTheStackWithNoFactIsReportedNotAnInternalError() throws IOException {
        Path rules = rules("""
                package factcheck.rules;
                import factcheck.model.*;

                function int deeper(int n) { return deeper(n + 1) + 1; }

                // Needs no fact, so it fires in every session, the declarations' too.
                rule "recurse at once"
                when
                then
                    deeper(1);
                end
                """);
        Cli r = Cli.run("check", "--rules", rules.toString(), "--claims", claims().toString());
        assertEquals(3, r.code(), r.err());
        String file = rules.resolve("zz.drl").toString();
        String failure = "error: rule \"recurse at once\" (" + file + ":7) failed in function \"deeper\" (" + file
                + ":4): StackOverflowError\n";
        assertEquals(failure + failure, r.err(), "once per article");
        assertTrue(r.out().contains("  d1     TRUE "), r.out());
    }

    @Test
    void aRuleThatSpinsWithNoFactStopsEachArticleAtTheLimitAndTheRunStillEnds() throws IOException {
        Path rules = rules("""
                package factcheck.rules;
                import factcheck.model.*;

                function boolean spin(int n) { while (!Thread.currentThread().isInterrupted()) { n++; } return n < 0; }

                // Needs no fact, so it spins in every session, the declarations' too.
                rule "spin with nothing"
                when
                    eval(spin(1))
                then
                end
                """);
        Path claims = claims();
        Cli r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> Cli.run("check", "--rules", rules.toString(), "--claims", claims.toString(), "--timeout", "1s",
                        "--trust-rules"));
        assertEquals(3, r.code(), r.err());
        String file = rules.resolve("zz.drl").toString();
        assertEquals("error: rule \"spin with nothing\" (" + file + ":7) did not finish matching facts in function"
                + " \"spin\" (" + file + ":4) within the time limit of 1s (--timeout), and checking article 'a' stopped\n"
                + "error: rule \"spin with nothing\" (" + file + ":7) did not finish matching facts in function"
                + " \"spin\" (" + file + ":4) within the time limit of 1s (--timeout), and checking article 'b' stopped\n",
                r.err());
    }
}

package factcheck.cli;

import factcheck.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
}

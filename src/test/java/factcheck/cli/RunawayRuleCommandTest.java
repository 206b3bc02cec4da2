package factcheck.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The command line on rules that fail at run time, and on the options that bound them. */
class RunawayRuleCommandTest {

    @Test
    void aFiringBoundAboveTheMostIsAUsageError() {
        Cli r = Cli.run("check", "--max-firings", "300000000");
        assertEquals(2, r.code());
        assertEquals("factcheck: error: --max-firings must be at most 1000000 (firings per claim)\n", r.err());
        assertEquals("", r.out());
    }
}

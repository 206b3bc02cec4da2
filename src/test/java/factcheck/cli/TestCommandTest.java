package factcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code factcheck test}: claims with 'expect' as test cases. */
class TestCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theBundledClaimsAllPass() {
        // The one test of the live claims/: each claim's verdict is its own 'expect', however many there are.
        Cli r = Cli.run("test");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("", r.err());
        assertTrue(r.out().matches("(?s)(PASS [^\n]+\n)+0 claims not tested \\(no 'expect'\\)\n\\d+ passed, 0 failed\n"),
                r.out());
    }

    @Test
    void aWrongExpectationFailsNamingTheClaimAndTheReasons() throws IOException {
        Path claims = Files.createDirectories(tmp.resolve("claims"));
        Files.copy(factcheck.TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.txt"), claims.resolve("kron4-netflix-ai-strike.txt"));
        String yaml = Files.readString(factcheck.TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.yaml"));
        Files.writeString(claims.resolve("kron4.yaml"), yaml
                .replace("      denominator: sag-health-threshold\n    expect: MISLEADING",
                        "      denominator: sag-health-threshold\n    expect: TRUE")
                .replace("      reference: sarandos-title\n    expect: TRUE", "      reference: sarandos-title"));
        Cli r = Cli.run("test", "--claims", claims.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("""
                FAIL netflix-pay-33x-threshold: expected TRUE, got MISLEADING
                       MISLEADING holds only at the top of the range (900,000 / 26,470 = 34.001, over 33x), not at\
                 the bottom (390,000 / 26,470 = 14.734, not over 33x) [claim holds only at one end of the range,\
                 %s:""".formatted(factcheck.TestFiles.BUNDLED_RULES.resolve("qualifiers.drl"))), r.out());
        assertTrue(r.out().endsWith("\n1 claim not tested (no 'expect')\n10 passed, 1 failed\n"), r.out());
    }

    @Test
    void aFiringBoundBelowOneIsAUsageError() {
        Cli r = Cli.run("test", "--max-firings", "0");
        assertEquals(2, r.code());
        assertEquals("factcheck: error: --max-firings must be at least 1\n", r.err());
    }

    @Test
    void brokenRulesAreBadInput() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("x.drl"), "package p;\nrule \"x\" when\n  Claim( \nthen\nend\n");
        Cli r = Cli.run("test", "--rules", rules.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
    }
}

package factcheck.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress line: shown on a terminal for a long run, rewritten in place and removed; never otherwise. */
class ProgressLineTest {
    @Test
    void aLongRunOnATerminalShowsArticlesAndClaimsPerSecondThenClearsTheLine() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err), true, 0);
        line.update(3, 3, 1500);
        String shown = err.toString();
        assertTrue(shown.startsWith("\rfactcheck: 3 of 3 articles, 1500 claims, "), shown);
        assertTrue(shown.endsWith(" claims/s"), shown);
        line.clear();
        String cleared = err.toString().substring(shown.length());
        assertEquals("\r" + " ".repeat(shown.length() - 1) + "\r", cleared, "the line is blanked and the cursor back");
    }

    @Test
    void nothingIsShownWhenStandardErrorIsNoTerminalOrTheRunIsShort() {
        StringWriter err = new StringWriter();
        ProgressLine off = new ProgressLine(new PrintWriter(err), false, 0);
        off.update(1, 2, 10);
        off.clear();
        ProgressLine quick = new ProgressLine(new PrintWriter(err), true, 60_000_000_000L);
        quick.update(1, 2, 10);
        quick.clear();
        assertEquals("", err.toString());
    }
}

package factcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Colour and width follow standard output: a terminal's, or a file's fixed 100 columns and no colour. */
class TerminalTest {
    private static final Terminal TTY = new Terminal(true, "120", null);
    private static final Terminal PIPE = new Terminal(false, "120", null);

    @TempDir
    Path tmp;

    @Test
    void autoColoursOnlyATerminal() {
        assertTrue(TTY.color(Terminal.Color.auto));
        assertFalse(PIPE.color(Terminal.Color.auto));
    }

    @Test
    void noColorWithAnyValueTurnsAutoOffButNotAlways() {
        Terminal noColor = new Terminal(true, "120", "1");
        assertFalse(noColor.color(Terminal.Color.auto));
        assertTrue(noColor.color(Terminal.Color.always), "a flag on the command line wins, as no-color.org allows");
        assertTrue(new Terminal(true, "120", "").color(Terminal.Color.auto), "an empty NO_COLOR is unset");
    }

    @Test
    void neverAndAlwaysAreWhatTheySay() {
        assertFalse(TTY.color(Terminal.Color.never));
        assertTrue(PIPE.color(Terminal.Color.always));
    }

    @Test
    void theWidthIsTheTerminalsAtLeast80AndOtherwise100() {
        assertEquals(120, TTY.width());
        assertEquals(80, new Terminal(true, "80", null).width());
        assertEquals(80, new Terminal(true, "40", null).width(), "the table needs 80");
        assertEquals(100, new Terminal(true, null, null).width(), "a terminal of unknown width");
        assertEquals(100, new Terminal(true, "wide", null).width());
        assertEquals(100, PIPE.width(), "files and pipes: the same report everywhere");
    }

    @Test
    void aWidthUnder80IsAUsageError() {
        Cli r = Cli.run("check", "--width", "79");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("factcheck: error: --width 79 is too narrow for the table; give at least 80\n", r.err());
    }

    @Test
    void aReportWrittenToAFileIsNeverInColour() throws IOException {
        Path file = tmp.resolve("report.txt");
        Cli r = Cli.run("check", "--color", "always", "--output", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(Cli.run("check", "--color", "never").out(), Files.readString(file));
    }

    @Test
    void colourIsAddedAroundTheVerdictWordAndTheTableKeepsItsColumns() {
        String plain = Cli.run("check", "--color", "never").out();
        String colour = Cli.run("check", "--color", "always").out();
        assertEquals(plain, colour.replaceAll("\u001B\\[[0-9;]*m", ""), "the words and spaces are the same");
        assertTrue(colour.contains("  netflix-pay-33x-threshold      \u001B[33mMISLEADING\u001B[0m    holds only"), colour);
        assertTrue(colour.contains("  insurance-out-of-pocket        \u001B[1;31mFALSE\u001B[0m         Editor's"), colour);
    }
}

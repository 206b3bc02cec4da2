package factcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** factcheck help [COMMAND] prints what --help prints, and generate-completion a script bash runs. */
class HelpCommandTest {

    @TempDir
    Path tmp;

    @Test
    void helpPrintsTheCommandsHelp() {
        Cli help = Cli.run("help");
        assertEquals(0, help.code(), help.err());
        assertEquals(Cli.run("--help").out(), help.out());
        assertTrue(help.out().contains("\n  help                 Prints the help of a command: factcheck help check.\n"),
                help.out());
    }

    @Test
    void helpCheckPrintsTheHelpOfCheck() {
        Cli help = Cli.run("help", "check");
        assertEquals(0, help.code(), help.err());
        assertEquals(Cli.run("check", "--help").out(), help.out());
        assertTrue(help.out().startsWith("Usage: factcheck check "), help.out());
    }

    @Test
    void helpOfAnUnknownCommandIsAWrongOption() {
        Cli help = Cli.run("help", "chek");
        assertEquals(ExitCodes.BAD_INPUT, help.code());
        assertEquals("", help.out());
        assertEquals("factcheck: error: Unknown subcommand 'chek'.\nTry 'factcheck --help' for the options.\n",
                help.err());
    }

    @Test
    void theCompletionScriptCompletesCommandsAndOptionsInBash() throws Exception {
        Cli script = Cli.run("generate-completion");
        assertEquals(0, script.code(), script.err());
        assertTrue(script.out().startsWith("#!/usr/bin/env bash\n"), script.out());
        Path file = Files.writeString(tmp.resolve("factcheck_completion"), script.out());
        assertEquals(List.of("check"), complete(file, "factcheck", "ch"));
        assertEquals(List.of("--claims"), complete(file, "factcheck", "check", "--cl"));
        assertEquals(List.of("generate-completion"), complete(file, "factcheck", "gen"));
    }

    /** What bash offers for the last of {@code words} once the script is sourced. */
    private List<String> complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        String program = "source \"$1\" 2>/dev/null; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1));"
                + " COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}; _complete_factcheck 2>/dev/null;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"";
        List<String> command = new java.util.ArrayList<>(List.of("bash", "-c", program, "bash", script.toString()));
        command.addAll(List.of(words));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), line);
        assertEquals(0, p.exitValue(), line + ": " + out);
        return out.lines().filter(s -> !s.isEmpty()).toList();
    }
}

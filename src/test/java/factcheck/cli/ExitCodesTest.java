package factcheck.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each command's --help lists its exit codes from the one list in ExitCodes, under one heading. */
class ExitCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"factcheck", "check", "test", "rules", "extract", "help", "generate-completion"})
    void everyCommandsHelpListsItsExitCodes(String command) {
        Cli r = command.equals("factcheck") ? Cli.run("--help") : Cli.run(command, "--help");
        assertEquals(0, r.code(), r.err());
        Map<Integer, String> codes = ExitCodes.BY_COMMAND.get(command);
        assertTrue(codes.containsKey(ExitCodes.OK) && codes.containsKey(ExitCodes.BAD_INPUT)
                && codes.containsKey(ExitCodes.INTERNAL), "every command can succeed, refuse input, or fail: " + codes);
        String listed = codes.entrySet().stream().map(e -> "  " + e.getKey() + "   " + e.getValue())
                .collect(Collectors.joining("\n", "\nExit codes:\n", "\n"));
        assertTrue(r.out().endsWith(listed), r.out());
    }
}

package factcheck.cli;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes, in one place; {@code --help} and the README list them. When several apply,
 * the first in this order wins: bad input (2), a rule failure (3), a --fail-on verdict (1).
 */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Every claim was checked. */
    public static final int OK = 0;
    /** A claim got a verdict named by --fail-on: the check ran, the article did not pass. */
    public static final int FAIL_ON = 1;
    /**
     * Bad input: a claims file or rule file with errors, or a wrong option. Distinct from 1 so
     * that an editor's CI can tell "the article has a false claim" from "the check is broken".
     */
    public static final int BAD_INPUT = 2;
    /**
     * A rule failed while running: it threw, kept re-triggering itself past --max-firings, or was
     * still running on an article after --timeout.
     */
    public static final int RULE_FAILED = 3;
    /** factcheck itself failed: a bug, not the input's fault. */
    public static final int INTERNAL = 4;

    private static final String BAD_INPUT_TEXT = "bad input: a claims or rule file has errors, or an option is wrong";
    private static final String RULE_FAILED_TEXT =
            "a rule failed while running (threw, did not stop, or ran past --timeout)";
    private static final String INTERNAL_TEXT = "factcheck itself failed (a bug; please report it)";

    /** What each command's exit codes mean, as its --help lists them; by command name. */
    static final Map<String, Map<Integer, String>> BY_COMMAND = Map.of(
            "factcheck", checking(),
            "check", checking(),
            "test", ordered(OK, "every test passed", FAIL_ON, "a test failed", BAD_INPUT, BAD_INPUT_TEXT,
                    RULE_FAILED, RULE_FAILED_TEXT, INTERNAL, INTERNAL_TEXT),
            "rules", ordered(OK, "the rules compiled and are listed", BAD_INPUT, BAD_INPUT_TEXT, INTERNAL,
                    INTERNAL_TEXT),
            "extract", ordered(OK, "the claims file was written", BAD_INPUT, BAD_INPUT_TEXT, INTERNAL, INTERNAL_TEXT),
            "help", ordered(OK, "the help was printed", BAD_INPUT, "no such command", INTERNAL, INTERNAL_TEXT),
            "generate-completion", ordered(OK, "the completion script was printed", BAD_INPUT, "an option is wrong",
                    INTERNAL, INTERNAL_TEXT));

    private static Map<Integer, String> checking() {
        return ordered(OK, "every claim was checked", FAIL_ON, "a claim got a verdict named by --fail-on",
                BAD_INPUT, BAD_INPUT_TEXT, RULE_FAILED, RULE_FAILED_TEXT, INTERNAL, INTERNAL_TEXT);
    }

    private static Map<Integer, String> ordered(Object... codesAndMeanings) {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codesAndMeanings.length; i += 2) {
            m.put((Integer) codesAndMeanings[i], (String) codesAndMeanings[i + 1]);
        }
        return m;
    }

    /** Puts each command's list of exit codes into its --help, under one heading. */
    static void listIn(CommandLine command) {
        Map<Integer, String> codes = BY_COMMAND.get(command.getCommandName());
        if (codes == null) {
            throw new IllegalStateException("no exit codes listed for the command " + command.getCommandName());
        }
        Map<String, String> shown = new LinkedHashMap<>();
        codes.forEach((code, meaning) -> shown.put(String.valueOf(code), meaning));
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(shown);
        command.getSubcommands().values().forEach(ExitCodes::listIn);
    }
}

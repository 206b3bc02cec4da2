package factcheck.cli;

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

    static final String LIST_OK = "0:every claim was checked";
    static final String LIST_FAIL_ON = "1:a claim got a verdict named by --fail-on";
    static final String LIST_BAD_INPUT = "2:bad input: a claims or rule file has errors, or an option is wrong";
    static final String LIST_RULE_FAILED = "3:a rule failed while running (threw, did not stop, or ran past --timeout)";
    static final String LIST_INTERNAL = "4:factcheck itself failed (a bug; please report it)";
}

package factcheck.cli;

import factcheck.model.Reason;
import factcheck.report.Report;
import factcheck.verdict.ClaimResult;
import factcheck.util.Shown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code factcheck test}: every claim with an {@code expect} is a test case; prints PASS or
 * FAIL for each, with the reasons behind a failure, and a closing "N passed, M failed".
 */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Runs every claim that has an 'expect' as a test case: PASS when it gets the expected"
                + " verdict, FAIL with the reasons that decided it otherwise. Ends with 'N passed, M failed'.",
        sortOptions = false)
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Mixin
    WatchOption watch;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.problem() != null) {
            err.println("factcheck: error: " + Shown.terminal(inputs.problem()));
            return ExitCodes.BAD_INPUT;
        }
        Pipeline.Result outcome = Pipeline.run(inputs);
        Pipeline.printProblems(outcome, err, inputs.verbose);
        int code = ExitCodes.BAD_INPUT;
        if (outcome instanceof Pipeline.Checked checked) {
            code = Pipeline.exitCode(outcome, print(checked.report(), out));
        }
        out.flush();
        if (!watch.watch) {
            return code;
        }
        return WatchLoop.run(inputs, out, err, outcome, (previous, now, changed) -> {
            Pipeline.printProblems(now, err, inputs.verbose);
            if (now instanceof Pipeline.Checked checked) {
                FLIPS.print(((Pipeline.Checked) previous).report(), checked.report(), out);
                out.println(closing(checked.report()));
            }
        });
    }

    /** Prints one line per test case and the closing line; returns 0 if all passed, 1 if not. */
    static int print(Report report, PrintWriter out) {
        for (ClaimResult c : report.claims()) {
            if (c.claim().expect() == null) {
                continue;
            }
            if (passed(c)) {
                out.println("PASS " + Shown.terminal(c.claim().id()));
            } else {
                out.println("FAIL " + Shown.terminal(c.claim().id()) + ": expected " + c.claim().expect()
                        + ", got " + c.verdict());
                reasons(c, "       ", c.reasons()).forEach(out::println);
            }
        }
        long untested = report.claims().stream().filter(c -> c.claim().expect() == null).count();
        out.println(Pipeline.count((int) untested, "claim") + " not tested (no 'expect')");
        out.println(closing(report));
        return failed(report) == 0 ? ExitCodes.OK : ExitCodes.FAIL_ON;
    }

    /** "N passed, M failed", alone on its line. */
    static String closing(Report report) {
        long tested = report.claims().stream().filter(c -> c.claim().expect() != null).count();
        long failed = failed(report);
        return (tested - failed) + " passed, " + failed + " failed";
    }

    private static long failed(Report report) {
        return report.claims().stream().filter(c -> c.claim().expect() != null && !passed(c)).count();
    }

    private static boolean passed(ClaimResult c) {
        return c.verdict() == c.claim().expect();
    }

    /**
     * What --watch prints after a re-run: the tests that flipped, "PASS -> FAIL (expected X, got
     * Y)", each with what decided it now: every reason of a failing test, the deciding one of a
     * passing test.
     */
    static final Changes FLIPS = new Changes("test", "flipped", c -> c.claim().expect() != null,
            c -> passed(c) ? "PASS" : "FAIL (expected " + c.claim().expect() + ", got " + c.verdict() + ")",
            c -> reasons(c, "      ", passed(c) ? List.of(c.decidingReason()) : c.reasons()));

    /** The reasons of a claim's verdict, one a line: "VERDICT message [rule, file:line]". */
    private static List<String> reasons(ClaimResult c, String indent, List<Reason> reasons) {
        return reasons.stream().map(r -> indent + r.verdict() + " " + Shown.terminal(r.message()
                + (r.rule().line() > 0 ? " [" + r.rule().name() + ", " + r.rule().location() + "]" : ""))).toList();
    }
}

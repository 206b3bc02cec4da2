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
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every test passed",
                "1:a test failed",
                ExitCodes.LIST_BAD_INPUT,
                ExitCodes.LIST_RULE_FAILED,
                ExitCodes.LIST_INTERNAL})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = "--watch",
            description = "Test again whenever a file under the rules or claims paths changes, and print which"
                    + " tests flipped. Stop with Ctrl-C.")
    boolean watch;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.problem() != null) {
            err.println("factcheck: error: " + Shown.terminal(inputs.problem()));
            return ExitCodes.BAD_INPUT;
        }
        Pipeline.Outcome outcome = Pipeline.run(inputs);
        Pipeline.printProblems(outcome, err, inputs.verbose);
        int code = ExitCodes.BAD_INPUT;
        if (outcome instanceof Pipeline.Checked checked) {
            code = Pipeline.exitCode(outcome, print(checked.report(), out));
        }
        out.flush();
        if (!watch) {
            return code;
        }
        return WatchLoop.run(inputs, out, err, outcome, (previous, now, changed) -> {
            Pipeline.printProblems(now, err, inputs.verbose);
            if (now instanceof Pipeline.Checked checked) {
                printFlips(((Pipeline.Checked) previous).report(), checked.report(), out);
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
                for (Reason r : c.reasons()) {
                    out.println("       " + r.verdict() + " " + Shown.terminal(r.message()
                            + (r.rule().line() > 0 ? " [" + r.rule().name() + ", " + r.rule().location() + "]" : "")));
                }
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

    /** Which tests flipped between two runs: "claim-id: PASS -> FAIL (expected X, got Y)". */
    static void printFlips(Report before, Report after, PrintWriter out) {
        Map<String, Boolean> was = new LinkedHashMap<>();
        before.claims().stream().filter(c -> c.claim().expect() != null).forEach(c -> was.put(c.claim().id(), passed(c)));
        List<String> flips = new ArrayList<>();
        for (ClaimResult c : after.claims()) {
            if (c.claim().expect() == null) {
                continue;
            }
            Boolean old = was.get(c.claim().id());
            boolean now = passed(c);
            if (old == null || old != now) {
                flips.add("  " + Shown.terminal(c.claim().id()) + ": " + (old == null ? "new" : old ? "PASS" : "FAIL") + " -> "
                        + (now ? "PASS" : "FAIL (expected " + c.claim().expect() + ", got " + c.verdict() + ")"));
            }
        }
        if (flips.isEmpty()) {
            out.println("no test flipped");
        } else {
            out.println(Pipeline.count(flips.size(), "test") + " flipped:");
            flips.forEach(out::println);
        }
    }
}

package factcheck.cli;

import factcheck.claims.ClaimsLoader;
import factcheck.claims.ClaimsSet;
import factcheck.engine.Engine;
import factcheck.engine.RuleSet;
import factcheck.model.Diagnostic;
import factcheck.report.Report;
import factcheck.util.Shown;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One run from files to report: compile the rules, read the claims, fire, decide. Every
 * command that checks goes through here, once or (with --watch) on every change.
 */
final class Pipeline {
    private Pipeline() {
    }

    /** A run's outcome: the rules did not compile, or the claims were checked. */
    sealed interface Outcome permits RulesBroken, Checked {
    }

    /** The rules did not compile; nothing was checked. */
    record RulesBroken(List<Diagnostic> errors) implements Outcome {
    }

    /** The claims were checked (some perhaps with input errors or rule failures), with these rules. */
    record Checked(Report report, Engine.Run run, RuleSet.Compiled rules) implements Outcome {
    }

    static Outcome run(Path rules, boolean trustRules, List<Path> claims, int maxFirings, Duration timeout,
                       ClaimsLoader.Options reading) {
        return run(RuleSet.compile(rules, trustRules), claims, maxFirings, timeout, reading);
    }

    /** A run with rules already compiled: --watch reuses them when only claims changed. */
    static Outcome run(RuleSet.Compiled compiled, List<Path> claims, int maxFirings, Duration timeout,
                       ClaimsLoader.Options reading) {
        if (!compiled.ok()) {
            return new RulesBroken(compiled.errors());
        }
        // The kinds the rules declare, found within the time limit too: a rule may not end there either.
        compiled.rules().declarations(timeout);
        ClaimsSet claimsSet = ClaimsLoader.load(claims, compiled.rules().wordKinds(), reading);
        Engine.Run run = Engine.run(compiled.rules(), claimsSet, maxFirings, timeout);
        return new Checked(Report.of(claimsSet, run), run, compiled);
    }

    /** Prints the input errors and rule failures of a run to {@code err}, compiler style. */
    static void printProblems(Outcome outcome, PrintWriter err, boolean verbose) {
        if (outcome instanceof RulesBroken broken) {
            broken.errors().forEach(d -> err.println(d.format()));
            err.println("factcheck: " + count(broken.errors().size(), "error") + " in the rules; nothing was checked");
            return;
        }
        Checked checked = (Checked) outcome;
        checked.report().errors().forEach(d -> err.println(d.format()));
        for (Engine.RuleFailure f : checked.run().failures()) {
            err.println("error: " + Shown.terminal(f.message()));
            if (verbose && f.cause() != null) {
                f.cause().printStackTrace(err);
            }
        }
        if (!checked.report().errors().isEmpty()) {
            err.println("factcheck: " + count(checked.report().errors().size(), "input error")
                    + "; the claims they affect are UNVERIFIABLE, or left out where they have no id");
        }
        err.flush();
    }

    /** The exit code for input errors and rule failures, or {@code otherwise} when there are none. */
    static int exitCode(Outcome outcome, int otherwise) {
        if (outcome instanceof RulesBroken) {
            return ExitCodes.BAD_INPUT;
        }
        Checked checked = (Checked) outcome;
        if (!checked.report().errors().isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        if (!checked.run().failures().isEmpty()) {
            return ExitCodes.RULE_FAILED;
        }
        return otherwise;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

package factcheck.cli;

import factcheck.api.Checker;
import factcheck.engine.Engine;
import factcheck.engine.RuleSet;
import factcheck.model.Diagnostic;
import factcheck.report.Report;
import factcheck.util.Shown;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
    record Checked(Report report, List<Engine.RuleFailure> failures, RuleSet.Compiled rules) implements Outcome {
    }

    /** Compiles the rules and checks the claims, keeping the whole report. */
    static Outcome run(Inputs inputs) {
        return run(RuleSet.compile(inputs.rules, inputs.trust.trusted), inputs);
    }

    /** A run with rules already compiled: --watch reuses them when only claims changed. */
    static Outcome run(RuleSet.Compiled compiled, Inputs inputs) {
        return run(compiled, inputs.claims, inputs.settings(), inputs.jobs);
    }

    static Outcome run(RuleSet.Compiled compiled, List<Path> claims, Checker.Settings settings, int jobs) {
        Checker checker;
        try {
            checker = Checker.of(compiled, settings);
        } catch (Checker.RulesBroken e) {
            return new RulesBroken(e.errors());
        }
        List<Report.ArticleResult> articles = new ArrayList<>();
        Checker.Outcome outcome = checker.check(claims, jobs, articles::add);
        return new Checked(new Report(articles, outcome.errors()), outcome.failures(), compiled);
    }

    /** Prints the input errors and rule failures of a run to {@code err}, compiler style. */
    static void printProblems(Outcome outcome, PrintWriter err, boolean verbose) {
        if (outcome instanceof RulesBroken broken) {
            broken.errors().forEach(d -> err.println(d.format()));
            err.println("factcheck: " + count(broken.errors().size(), "error") + " in the rules; nothing was checked");
            return;
        }
        Checked checked = (Checked) outcome;
        printProblems(checked.report().errors(), checked.failures(), err, verbose);
    }

    /** Prints a run's input errors and rule failures to {@code err}, compiler style. */
    static void printProblems(List<Diagnostic> errors, List<Engine.RuleFailure> failures, PrintWriter err,
                              boolean verbose) {
        errors.forEach(d -> err.println(d.format()));
        printFailures(failures, err, verbose);
        if (!errors.isEmpty()) {
            err.println("factcheck: " + count(errors.size(), "input error")
                    + "; the claims they affect are UNVERIFIABLE, or left out where they have no id");
        }
        err.flush();
    }

    /** Prints each rule failure, with its stack trace when {@code verbose}. */
    static void printFailures(List<Engine.RuleFailure> failures, PrintWriter err, boolean verbose) {
        for (Engine.RuleFailure f : failures) {
            err.println("error: " + Shown.terminal(f.message()));
            if (verbose && f.cause() != null) {
                f.cause().printStackTrace(err);
            }
        }
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
        if (!checked.failures().isEmpty()) {
            return ExitCodes.RULE_FAILED;
        }
        return otherwise;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

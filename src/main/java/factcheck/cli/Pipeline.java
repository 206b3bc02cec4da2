package factcheck.cli;

import factcheck.verdict.ArticleResult;
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
 * One run from files to report, in the steps the README's "How it works" gives: compile the
 * rules, then for each article read its claims, fire the rules, decide the verdicts, and report.
 * Every command that checks goes through here, once or (with --watch) on every change.
 *
 * <p>The steps, and where each is done:
 * <ol>
 *   <li>compile: {@link RuleSet#compile} (from the compiled-rules cache when it can);</li>
 *   <li>read: {@link factcheck.claims.ClaimsLoader}, one article at a time;</li>
 *   <li>fire: {@link Engine.Checker#check}, a rule session per article;</li>
 *   <li>decide: {@link factcheck.verdict.VerdictPolicy#decide}, each claim's findings to its verdict;</li>
 *   <li>report: {@link factcheck.report.Format}, which only renders.</li>
 * </ol>
 * Steps 2 to 4 run article by article in {@link Checker#check}, on as many threads as --jobs asks.
 */
final class Pipeline {
    private Pipeline() {
    }

    /** A run's result: the rules did not compile, or the claims were checked. */
    sealed interface Result permits NotCompiled, Checked {
    }

    /** The rules did not compile; nothing was checked. */
    record NotCompiled(List<Diagnostic> errors) implements Result {
    }

    /** The claims were checked (some perhaps with input errors or rule failures), with these rules. */
    record Checked(Report report, List<Engine.RuleFailure> failures, RuleSet.Compiled rules) implements Result {
    }

    /** Compiles the rules and checks the claims, keeping the whole report. */
    static Result run(Inputs inputs) {
        RuleSet.Compiled rules = RuleSet.compile(inputs.rules, inputs.trust.trusted);
        return run(rules, inputs);
    }

    /** A run with rules already compiled: --watch reuses them when only claims changed. */
    static Result run(RuleSet.Compiled rules, Inputs inputs) {
        return run(rules, inputs.claims, inputs.settings(), inputs.jobs);
    }

    /** Reads, fires and decides each article of {@code claims} against {@code rules}; the report of them all. */
    static Result run(RuleSet.Compiled rules, List<Path> claims, Checker.Settings settings, int jobs) {
        Checker checker;
        try {
            checker = Checker.of(rules, settings);
        } catch (Checker.RulesBroken e) {
            return new NotCompiled(e.errors());
        }
        List<ArticleResult> decided = new ArrayList<>();
        Checker.Outcome outcome = checker.check(claims, jobs, decided::add);
        return new Checked(new Report(decided, outcome.errors()), outcome.failures(), rules);
    }

    /** Prints the input errors and rule failures of a run to {@code err}, compiler style. */
    static void printProblems(Result outcome, PrintWriter err, boolean verbose) {
        if (outcome instanceof NotCompiled broken) {
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
    static int exitCode(Result outcome, int otherwise) {
        if (outcome instanceof NotCompiled) {
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

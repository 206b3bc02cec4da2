package factcheck.engine;

import factcheck.claims.ArticleClaims;
import factcheck.claims.ClaimsSet;
import factcheck.model.Claim;
import factcheck.model.Diagnostic;
import factcheck.model.Firing;
import factcheck.model.Operand;
import factcheck.model.Reason;
import factcheck.model.RuleSource;
import factcheck.model.Verdict;
import org.kie.api.runtime.rule.Match;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the rules over the claims: one session per article, holding the article, its figures,
 * its claims and their operands; rules insert findings and problems, and the engine records
 * which rule inserted each. Firings are bounded, so a rule that keeps re-triggering itself is
 * stopped and named; a rule that throws (an exception or an Error) is reported and the other
 * claims are still checked. Each article is checked on a thread of its own within a time limit,
 * so a rule that blocks or spins stops only its article, and is named.
 */
public final class Engine {

    /**
     * The default bound on rule firings per claim. The bundled rules fire two to four times per
     * claim; a hundred leaves room for many more rules, and stops a loop in a fraction of a second.
     */
    public static final int DEFAULT_MAX_FIRINGS = 100;

    /**
     * The largest bound on firings per claim that --max-firings takes. Far above what any rule
     * set needs; a larger bound would only let a loop run longer before it is named.
     */
    public static final int MOST_MAX_FIRINGS = 1_000_000;

    /** The most firings one call to fireAllRules can be asked for (it takes an int, plus one to see an overrun). */
    private static final long MOST_FIRINGS_PER_ARTICLE = Integer.MAX_VALUE - 1;

    private Engine() {
    }

    /** What a rule could not do: it threw, or it fired without end. */
    public record RuleFailure(String message, Throwable cause) {
    }

    /** Everything the rules said about one claim. */
    public record ClaimFindings(Claim claim, List<Operand> operands, List<Reason> findings,
                                List<Reason> problems, List<Reason> failures, List<Firing> trace) {
    }

    /** The claims of one article, with their findings. */
    public record ArticleRun(ArticleClaims source, List<ClaimFindings> claims) {
    }

    /**
     * The outcome of a run.
     *
     * @param articles every article, with every claim that could be read
     * @param problems bad input the rules found (a zero denominator, a missing role)
     * @param failures rules that threw or did not stop
     */
    public record Run(List<ArticleRun> articles, List<Diagnostic> problems, List<RuleFailure> failures) {
    }

    /**
     * The default time limit on checking one article. The bundled article checks in
     * milliseconds and an article of 10,000 claims in a few seconds on a cold JVM; a minute
     * leaves that article ten times its time on a slow or busy machine, and still names a rule
     * that never ends within a minute.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Checks every article of {@code claims} against {@code rules}, each within the default
     * time limit. An article's rules may fire {@code maxFirings} times per claim (and as many
     * again for rules about no claim) before they are stopped as a loop.
     */
    public static Run run(RuleSet rules, ClaimsSet claims, int maxFirings) {
        return run(rules, claims, maxFirings, DEFAULT_TIMEOUT);
    }

    /**
     * Checks every article of {@code claims} against {@code rules}: as {@link #run(RuleSet, ClaimsSet, int)},
     * and an article whose rules are still running after {@code timeout} is stopped, its claims
     * UNVERIFIABLE, and the rule that was running named.
     */
    public static Run run(RuleSet rules, ClaimsSet claims, int maxFirings, Duration timeout) {
        List<ArticleRun> articles = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Checker checker = new Checker(rules, maxFirings, timeout, true);
        for (ArticleClaims article : claims.articles()) {
            ArticleOutcome outcome = checker.check(article);
            articles.add(outcome.run());
            problems.addAll(outcome.problems());
            failures.addAll(outcome.failures());
        }
        return new Run(articles, problems.stream().sorted().toList(), failures);
    }

    /**
     * One article checked: its claims' findings, the bad input the rules found in it, and the
     * rules that failed on it.
     */
    public record ArticleOutcome(ArticleRun run, List<Diagnostic> problems, List<RuleFailure> failures) {
        public ArticleOutcome {
            problems = problems.stream().sorted().toList();
            failures = List.copyOf(failures);
        }
    }

    /**
     * Checks articles against one compiled rule set, each in a session of its own within the
     * firing and time limits: safe to use from several threads at once, as sessions share only
     * the compiled rules.
     */
    public static final class Checker {
        private final RuleSet rules;
        private final Culprits culprits;
        private final ClaimIds claimIds;
        private final int maxFirings;
        private final Duration timeout;
        private final boolean trace;

        /**
         * A checker within these limits; with {@code trace}, each claim's findings keep every rule
         * that fired on it (for --explain), which costs a description of each firing's facts.
         */
        public Checker(RuleSet rules, int maxFirings, Duration timeout, boolean trace) {
            this.rules = rules;
            this.culprits = new Culprits(rules);
            this.claimIds = ClaimIds.of(rules.kieBase());
            this.maxFirings = maxFirings;
            this.timeout = timeout;
            this.trace = trace;
        }

        /** Checks one article: as {@link Engine#run(RuleSet, ClaimsSet, int, Duration)} does each. */
        public ArticleOutcome check(ArticleClaims article) {
            return runTimed(rules, culprits, claimIds, article, maxFirings, trace, timeout);
        }
    }

    /**
     * Checks one article on a thread of its own, and waits for it at most {@code timeout}. A
     * rule stuck in a loop that never yields cannot be stopped in Java: its thread is a daemon,
     * left behind to end with the process, and the next article is checked.
     */
    private static ArticleOutcome runTimed(RuleSet rules, Culprits culprits, ClaimIds claimIds, ArticleClaims article,
                                           int maxFirings, boolean trace, Duration timeout) {
        Worker worker = new Worker();
        FutureTask<ArticleOutcome> task = new FutureTask<>(
                () -> new FireLoop(rules, culprits, claimIds, article, maxFirings, trace, worker).run());
        Thread thread = new Thread(task, "factcheck article " + article.article().id());
        thread.setDaemon(true);
        thread.start();
        String message;
        Throwable cause = null;
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            Match firing = worker.firing;
            StackTraceElement[] stack = thread.getStackTrace();
            worker.stop(thread);
            message = Diagnosis.timedOut(rules, claimIds, culprits.in(stack), firing, article, timeout);
        } catch (ExecutionException e) {
            // FireLoop catches what rules throw: this is the engine's own failure, kept to this article.
            worker.stop(thread);
            cause = e.getCause();
            message = Diagnosis.engineFailed(article, cause);
        } catch (InterruptedException e) {
            worker.stop(thread);
            Thread.currentThread().interrupt();
            message = Diagnosis.interrupted(article);
        }
        return unchecked(article, new RuleFailure(message, cause));
    }

    /** An article whose rules were stopped before they finished: each claim UNVERIFIABLE, for {@code failure}. */
    private static ArticleOutcome unchecked(ArticleClaims article, RuleFailure failure) {
        Reason reason = new Reason(RuleSource.ENGINE, Verdict.UNVERIFIABLE, failure.message());
        List<ClaimFindings> claims = new ArrayList<>();
        for (Claim claim : article.claims()) {
            claims.add(new ClaimFindings(claim, article.operands().stream().filter(o -> o.claimId().equals(claim.id()))
                    .toList(), List.of(), List.of(), List.of(reason), List.of()));
        }
        return new ArticleOutcome(new ArticleRun(article, claims), List.of(), List.of(failure));
    }

    /** A time limit as --timeout takes it: "500ms", "30s", "2m", "1m30s". */
    public static String words(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        if (s >= 60 && s % 60 != 0) {
            return s / 60 + "m" + s % 60 + "s";
        }
        return s >= 60 ? s / 60 + "m" : s + "s";
    }

    /** The firings an article's rules may make: {@code maxFirings} per claim and as many again, capped. */
    static long firingLimit(int maxFirings, int claims) {
        return Math.min(Math.max(maxFirings, 0) * ((long) claims + 1), MOST_FIRINGS_PER_ARTICLE);
    }
}

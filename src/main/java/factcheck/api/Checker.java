package factcheck.api;

import factcheck.verdict.ArticleResult;
import factcheck.claims.ClaimsLoader;
import factcheck.engine.Engine;
import factcheck.engine.RuleSet;
import factcheck.model.Diagnostic;
import factcheck.model.Verdict;
import factcheck.report.Report;
import factcheck.report.Totals;
import factcheck.verdict.VerdictPolicy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The checker as a library: compiled rules that check claims files, one article at a time, on
 * as many threads as asked, with results in input order.
 *
 * <pre>{@code
 * Checker checker = Checker.compile(Path.of("rules"), Checker.Settings.DEFAULT);
 * Checker.Outcome run = checker.check(List.of(Path.of("claims")), 4, article -> {
 *     for (ClaimResult c : article.claims()) {
 *         System.out.println(c.claim().id() + " " + c.verdict());
 *     }
 * });
 * run.errors().forEach(e -> System.err.println(e.format()));
 * }</pre>
 *
 * <p>A {@code Checker} is immutable and safe to share between threads: each article is checked
 * in a rule session of its own, from the one compiled rule base. A run reads, fires, decides and
 * hands over one article at a time, so its memory is bounded by its largest articles, not by
 * its size; {@link #check(Path)} checks one claims file alone, as a map step over files would.
 */
public final class Checker {

    /**
     * How a run reads and fires.
     *
     * @param trustRules let rule files use any Java class (see the README's "Limits and safety")
     * @param maxFirings how often the rules may fire per claim before they are stopped as a loop
     * @param timeout    the time limit on checking one article
     * @param reading    the largest file read and the directories article texts may come from
     * @param trace      keep, for each claim, every rule that fired on it ({@code ClaimResult.trace()}, shown by
     *                   --explain); without it the trace is empty, and checking is faster
     */
    public record Settings(boolean trustRules, int maxFirings, Duration timeout, ClaimsLoader.Options reading,
                           boolean trace) {
        public static final Settings DEFAULT = new Settings(false, Engine.DEFAULT_MAX_FIRINGS, Engine.DEFAULT_TIMEOUT,
                ClaimsLoader.Options.DEFAULT, false);

        /** These settings, with the trace kept or not. */
        public Settings withTrace(boolean keep) {
            return new Settings(trustRules, maxFirings, timeout, reading, keep);
        }

        public Settings {
            Objects.requireNonNull(timeout);
            Objects.requireNonNull(reading);
        }
    }

    /**
     * A run's outcome, once every article was handed over.
     *
     * @param totals   the counts of verdicts, articles and the input errors
     * @param failures rules that threw or did not stop, article by article
     */
    public record Outcome(Totals totals, List<Engine.RuleFailure> failures) {
        /** Every input error: in the claims files, their texts and those the rules found. */
        public List<Diagnostic> errors() {
            return totals.errors();
        }
    }

    /** The rules did not compile: each error with its file, line and column. */
    public static final class RulesBroken extends Exception {
        private final transient List<Diagnostic> errors;

        RulesBroken(List<Diagnostic> errors) {
            super(errors.size() + " error(s) in the rules, the first: " + errors.get(0).format());
            this.errors = List.copyOf(errors);
        }

        public List<Diagnostic> errors() {
            return errors;
        }
    }

    private final RuleSet.Compiled compiled;
    private final Settings settings;
    private final Engine.Checker engine;

    private Checker(RuleSet.Compiled compiled, Settings settings) {
        this.compiled = compiled;
        this.settings = settings;
        this.engine = new Engine.Checker(compiled.rules(), settings.maxFirings(), settings.timeout(),
                settings.trace());
    }

    /** Compiles the rule files under {@code rules} (or loads them from the compiled-rules cache). */
    public static Checker compile(Path rules, Settings settings) throws RulesBroken {
        return of(RuleSet.compile(rules, settings.trustRules()), settings);
    }

    /** A checker of rules compiled already: with --watch, the rules are compiled again only when they change. */
    public static Checker of(RuleSet.Compiled compiled, Settings settings) throws RulesBroken {
        if (!compiled.ok()) {
            throw new RulesBroken(compiled.errors());
        }
        // The kinds the rules declare, found within the time limit: a rule may not end there either.
        compiled.rules().declarations(settings.timeout());
        return new Checker(compiled, settings);
    }

    /** The compiled rules. */
    public RuleSet.Compiled rules() {
        return compiled;
    }

    /**
     * Checks every claims file named, or found under the directories named, on {@code jobs}
     * threads, and hands each article's result to {@code inOrder} in input order, on this thread.
     */
    public Outcome check(List<Path> claims, int jobs, Consumer<ArticleResult> inOrder) {
        return check(claims, jobs, a -> a, (a, same) -> inOrder.accept(a), Progress.NONE);
    }

    /** Hears how far a run is, after each article. */
    public interface Progress {
        Progress NONE = (done, of, claims) -> {
        };

        /** {@code done} articles (or files without one) of {@code of} are handed over, with {@code claims} claims. */
        void update(int done, int of, long claims);
    }

    /** One article's result, and what was made of it on the thread that checked it. */
    public interface InOrder<T> {
        void accept(ArticleResult article, T made);
    }

    /**
     * Checks as {@link #check(List, int, Consumer)} does, and first makes something of each result
     * on the thread that checked it ({@code make}, such as rendering it), so that the work is
     * spread over the threads; {@code progress} hears how far the run is, after each article.
     */
    public <T> Outcome check(List<Path> claims, int jobs, Function<ArticleResult, T> make, InOrder<T> inOrder,
                             Progress progress) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        ClaimsLoader.Reading reading = ClaimsLoader.open(claims, compiled.rules().wordKinds(), settings.reading());
        ClaimsLoader.Ids ids = new ClaimsLoader.Ids();
        Set<Diagnostic> errors = new LinkedHashSet<>(reading.errors());
        List<Engine.RuleFailure> failures = new ArrayList<>();
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        int articles = 0;
        int files = 0;
        long claimCount = 0;
        String firstTitle = null;
        ExecutorService pool = Executors.newFixedThreadPool(jobs, new Workers());
        try {
            Deque<Future<Done<T>>> window = new ArrayDeque<>();
            var toRead = reading.articleFiles().iterator();
            // A few articles ahead of the one written next: every thread busy, memory bounded.
            int ahead = 2 * jobs;
            while (toRead.hasNext() || !window.isEmpty()) {
                while (toRead.hasNext() && window.size() < ahead) {
                    Path file = toRead.next();
                    window.add(pool.submit(() -> checkRead(reading.read(file), make)));
                }
                Done<T> done = await(window.poll());
                ClaimsLoader.Read admitted = ids.admit(reading, done.read());
                if (admitted != done.read()) {
                    // An id an earlier file took: read and checked again, against the run's ids.
                    done = checkRead(admitted, make);
                }
                errors.addAll(done.read().errors());
                if (done.outcome() != null) {
                    errors.addAll(done.outcome().problems());
                    failures.addAll(done.outcome().failures());
                    ArticleResult result = done.result();
                    result.claims().forEach(c -> counts.merge(c.verdict(), 1, Integer::sum));
                    if (articles++ == 0) {
                        firstTitle = result.source().article().title();
                    }
                    claimCount += result.claims().size();
                    inOrder.accept(result, done.made());
                }
                progress.update(++files, reading.articleFiles().size(), claimCount);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(new Totals(articles, firstTitle, counts, List.copyOf(errors)), List.copyOf(failures));
    }

    /** Checks every claims file as {@link #check(List, int, Consumer)} does, and keeps the whole report. */
    public Report checkAll(List<Path> claims, int jobs) {
        List<ArticleResult> articles = new ArrayList<>();
        Outcome outcome = check(claims, jobs, articles::add);
        return new Report(articles, outcome.errors());
    }

    /**
     * Checks one claims file on its own, on this thread: its article's result, or null when the
     * file has none to check (see {@code errors}). Figures from registers are not available to it.
     */
    public ArticleResult check(Path claimsFile, List<Diagnostic> errors) {
        ClaimsLoader.Reading reading = ClaimsLoader.open(List.of(claimsFile), compiled.rules().wordKinds(),
                settings.reading());
        errors.addAll(reading.errors());
        for (Path file : reading.articleFiles()) {
            Done<ArticleResult> done = checkRead(reading.read(file), a -> a);
            errors.addAll(done.read().errors());
            if (done.outcome() != null) {
                errors.addAll(done.outcome().problems());
                return done.result();
            }
        }
        return null;
    }

    /** An article read and checked, or only read when it had nothing to check. */
    private record Done<T>(ClaimsLoader.Read read, Engine.ArticleOutcome outcome, ArticleResult result, T made) {
    }

    /**
     * The steps of one article after reading it: fire the rules, decide the verdicts, and make
     * something of the result (render it) on this thread.
     */
    private <T> Done<T> checkRead(ClaimsLoader.Read read, Function<ArticleResult, T> make) {
        if (read.article() == null) {
            return new Done<>(read, null, null, null);
        }
        Engine.ArticleOutcome fired = engine.check(read.article());
        ArticleResult decided = VerdictPolicy.decide(fired.run());
        return new Done<>(read, fired, decided, make.apply(decided));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Daemon threads, named, so that a run that ends does not wait for idle workers. */
    private static final class Workers implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "factcheck worker " + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}

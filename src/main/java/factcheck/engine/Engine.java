package factcheck.engine;

import factcheck.model.Firing;
import factcheck.model.RuleSource;
import factcheck.model.Reason;
import factcheck.claims.ArticleClaims;
import factcheck.claims.ClaimsSet;
import factcheck.model.Claim;
import factcheck.model.Diagnostic;
import factcheck.model.Figure;
import factcheck.model.FigureList;
import factcheck.model.Finding;
import factcheck.model.Operand;
import factcheck.model.Problem;
import factcheck.model.Verdict;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

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

    /** Facts the rules of an article may insert: ten per firing they may make, and at least this many. */
    private static final long MOST_INSERTS_PER_FIRING = 10;
    private static final long LEAST_INSERT_LIMIT = 10_000;

    /** The most firings one call to fireAllRules can be asked for (it takes an int, plus one to see an overrun). */
    private static final long MOST_FIRINGS_PER_ARTICLE = Integer.MAX_VALUE - 1;

    /** Firings kept in one claim's trace: enough to explain it, bounded when a rule loops. */
    private static final int TRACE_LIMIT = 200;

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
            this.maxFirings = maxFirings;
            this.timeout = timeout;
            this.trace = trace;
        }

        /** Checks one article: as {@link Engine#run(RuleSet, ClaimsSet, int, Duration)} does each. */
        public ArticleOutcome check(ArticleClaims article) {
            List<Diagnostic> problems = new ArrayList<>();
            List<RuleFailure> failures = new ArrayList<>();
            ArticleRun run = runTimed(rules, culprits, article, maxFirings, trace, timeout, problems, failures);
            return new ArticleOutcome(run, problems, failures);
        }
    }

    /** What the main thread may ask of an article's worker: what is running, and to stop. */
    private static final class Worker {
        volatile KieSession session;
        volatile Match firing;
        volatile boolean abandoned;

        /** Asks the rules to stop: between firings (halt), or while blocked (interrupt). */
        void stop(Thread thread) {
            abandoned = true;
            KieSession s = session;
            if (s != null) {
                try {
                    s.halt();
                } catch (RuntimeException e) {
                    // Already disposed: the worker ended by itself.
                }
            }
            thread.interrupt();
        }
    }

    /**
     * Checks one article on a thread of its own, and waits for it at most {@code timeout}. A
     * rule stuck in a loop that never yields cannot be stopped in Java: its thread is a daemon,
     * left behind to end with the process, and the next article is checked.
     */
    private static ArticleRun runTimed(RuleSet rules, Culprits culprits, ArticleClaims article, int maxFirings,
                                       boolean trace,
                                       Duration timeout, List<Diagnostic> problems, List<RuleFailure> failures) {
        // The worker fills lists of its own: they are merged only once it has finished.
        List<Diagnostic> ownProblems = new ArrayList<>();
        List<RuleFailure> ownFailures = new ArrayList<>();
        Worker worker = new Worker();
        FutureTask<ArticleRun> task = new FutureTask<>(
                () -> runArticle(rules, culprits, article, maxFirings, trace, ownProblems, ownFailures, worker));
        Thread thread = new Thread(task, "factcheck article " + article.article().id());
        thread.setDaemon(true);
        thread.start();
        String message;
        Throwable cause = null;
        try {
            ArticleRun done = task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            problems.addAll(ownProblems);
            failures.addAll(ownFailures);
            return done;
        } catch (TimeoutException e) {
            Match firing = worker.firing;
            StackTraceElement[] stack = thread.getStackTrace();
            worker.stop(thread);
            message = timedOut(rules, culprits.in(stack), firing, article, timeout);
        } catch (ExecutionException e) {
            // runArticle catches what rules throw: this is the engine's own failure, kept to this article.
            worker.stop(thread);
            cause = e.getCause();
            message = "checking article '" + article.article().id() + "' stopped: " + describe(cause);
        } catch (InterruptedException e) {
            worker.stop(thread);
            Thread.currentThread().interrupt();
            message = "checking article '" + article.article().id() + "' was interrupted";
        }
        failures.add(new RuleFailure(message, cause));
        Reason reason = new Reason(RuleSource.ENGINE, Verdict.UNVERIFIABLE, message);
        List<ClaimFindings> claims = new ArrayList<>();
        for (Claim claim : article.claims()) {
            claims.add(new ClaimFindings(claim, article.operands().stream().filter(o -> o.claimId().equals(claim.id()))
                    .toList(), List.of(), List.of(), List.of(reason), List.of()));
        }
        return new ArticleRun(article, claims);
    }

    /** An article stopped at its time limit, named by the rule and function that were running. */
    private static String timedOut(RuleSet rules, Culprits.Blame stack, Match firing, ArticleClaims article,
                                   Duration timeout) {
        RuleSource rule = firing != null ? rules.source(firing.getRule()) : stack.rule();
        String claimId = null;
        if (firing != null) {
            try {
                claimId = firing.getObjects().stream().map(Facts::claimId).flatMap(java.util.Optional::stream)
                        .findFirst().orElse(null);
            } catch (RuntimeException e) {
                // The match changed under us: name the rule without its claim.
            }
        }
        String within = " within the time limit of " + words(timeout) + " (--timeout), and checking article '"
                + article.article().id() + "' stopped";
        if (rule != null) {
            return "rule \"" + rule.name() + "\" (" + rule.location() + ") did not finish "
                    + (firing != null ? (claimId == null ? "its action" : "its action on claim '" + claimId + "'")
                    : "matching facts") + in(stack.function()) + within;
        }
        if (stack.function() != null) {
            return "function \"" + stack.function().name() + "\" (" + stack.function().location()
                    + ") did not finish matching facts" + within;
        }
        return "the rules did not finish matching facts" + within;
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

    private static ArticleRun runArticle(RuleSet rules, Culprits culprits, ArticleClaims article, int maxFirings,
                                         boolean trace,
                                         List<Diagnostic> problems, List<RuleFailure> failures, Worker worker) {
        Map<String, Collected> byClaim = new LinkedHashMap<>();
        // In long and capped: a large bound times many claims does not fit an int. The facts
        // rules insert are bounded too, as one firing may insert without end; more loosely, as a
        // rule may insert a table of facts (a row per qualifier) in every session.
        long limit = firingLimit(maxFirings, article.claims().size());
        long insertLimit = Math.max(MOST_INSERTS_PER_FIRING * limit, LEAST_INSERT_LIMIT);
        long[] insertedByRules = {0};
        for (Claim claim : article.claims()) {
            byClaim.put(claim.id(), new Collected(claim));
        }
        for (Operand operand : article.operands()) {
            byClaim.get(operand.claimId()).operands.add(operand);
        }

        KieSession session = rules.kieBase().newKieSession();
        worker.session = session;
        Map<String, Integer> firings = new LinkedHashMap<>();
        // Per claim, which rules changed (updated or deleted) its facts, and which inserted facts
        // other than findings and problems: the evidence for naming the rules of a loop.
        Map<String, Map<String, Integer>> changes = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> inserts = new LinkedHashMap<>();
        try {
            // The trace: every firing, with what it matched and inserted, filed under each claim it touched.
            List<Object> inserting = new ArrayList<>();
            String[] overrun = {null};
            // The match whose consequence is running (worker.firing names the rule when it throws
            // an Error or does not end), and the last one fired (which halted, if the session did).
            Match[] lastFired = {null};
            // The facts the engine inserted, by identity, and the rules that deleted or replaced one.
            Set<Object> inputs = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Tampering> tampered = new ArrayList<>();
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectUpdated(ObjectUpdatedEvent event) {
                    count(changes, event.getRule(), event.getObject());
                    if (event.getRule() != null && event.getObject() != event.getOldObject()
                            && inputs.contains(event.getOldObject())) {
                        tampered.add(new Tampering(event.getRule(), event.getOldObject(), "replaced"));
                    }
                }

                @Override
                public void objectDeleted(ObjectDeletedEvent event) {
                    count(changes, event.getRule(), event.getOldObject());
                    if (event.getRule() != null && inputs.contains(event.getOldObject())) {
                        tampered.add(new Tampering(event.getRule(), event.getOldObject(), "deleted"));
                    }
                }

                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (worker.abandoned) {
                        throw new Stopped("stopped at the time limit");
                    }
                    if (event.getRule() != null && ++insertedByRules[0] > insertLimit) {
                        throw new Stopped("inserted more than " + insertLimit + " facts");
                    }
                    if (event.getRule() == null) {
                        inputs.add(event.getObject());
                        return;
                    }
                    inserting.add(event.getObject());
                    if (!(event.getObject() instanceof Finding) && !(event.getObject() instanceof Problem)) {
                        count(inserts, event.getRule(), event.getObject());
                    }
                    RuleSource source = rules.source(event.getRule());
                    if (event.getObject() instanceof Finding f && byClaim.containsKey(f.claimId())) {
                        byClaim.get(f.claimId()).findings.add(new Reason(source, f.verdict(), f.message()));
                    } else if (event.getObject() instanceof Problem p && byClaim.containsKey(p.claimId())) {
                        Collected c = byClaim.get(p.claimId());
                        c.problems.add(new Reason(source, Verdict.UNVERIFIABLE,
                                "field '" + p.field() + "': " + p.message()));
                        problems.add(Diagnostic.at(c.claim.at(p.field()),
                                "claim '" + p.claimId() + "': field '" + p.field() + "': " + p.message()));
                    }
                }
            });
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    if (worker.abandoned) {
                        throw new Stopped("stopped at the time limit");
                    }
                    worker.firing = event.getMatch();
                    inserting.clear();
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    worker.firing = null;
                    lastFired[0] = event.getMatch();
                    firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                    List<Object> matched = event.getMatch().getObjects();
                    java.util.Set<String> claims = new java.util.LinkedHashSet<>();
                    matched.forEach(o -> Facts.claimId(o).ifPresent(claims::add));
                    inserting.forEach(o -> Facts.claimId(o).ifPresent(claims::add));
                    Firing firing = null;
                    for (String id : claims) {
                        Collected c = byClaim.get(id);
                        if (c == null) {
                            continue;
                        }
                        if (++c.fired > maxFirings && overrun[0] == null) {
                            // This claim's rules keep re-triggering each other: stop the article here.
                            overrun[0] = id;
                            event.getKieRuntime().halt();
                        }
                        if (trace && c.trace.size() < TRACE_LIMIT) {
                            if (firing == null) {
                                firing = new Firing(rules.source(event.getMatch().getRule()),
                                        matched.stream().map(Facts::describe).toList(),
                                        inserting.stream().map(Facts::describe).toList());
                            }
                            c.trace.add(firing);
                        }
                    }
                }
            });

            session.insert(article.article());
            article.figures().forEach(session::insert);
            article.claims().forEach(session::insert);
            article.operands().forEach(session::insert);
            lists(article.operands()).forEach(session::insert);

            long budget = limit;
            // After a call that ended with rules fired, the last of them: if the next call fires
            // more, that rule halted the session (drools.halt()) with rules still to fire.
            Match halting = null;
            Set<String> haltReported = new java.util.HashSet<>();
            while (budget > 0 && !worker.abandoned) {
                try {
                    int fired = session.fireAllRules((int) budget + 1);
                    if (halting != null && fired > 0 && overrun[0] == null
                            && haltReported.add(halting.getRule().getName() + "\u0000" + claimOf(halting))) {
                        RuleSource source = rules.source(halting.getRule());
                        String claimId = claimOf(halting);
                        String message = "rule \"" + source.name() + "\" (" + source.location() + ") called drools.halt()"
                                + (claimId == null ? "" : " on claim '" + claimId + "'") + ": rules may not stop the"
                                + " engine, and the rules it would have stopped were fired";
                        failures.add(new RuleFailure(message, null));
                        blame(byClaim, claimId, new Reason(source, Verdict.UNVERIFIABLE, message));
                    }
                    halting = null;
                    String looping = overrun[0];
                    if (looping != null) {
                        // One claim's rules loop: stop them, take that claim's facts out, and let
                        // the other claims finish.
                        RuleFailure loop = claimLoop(rules, looping, changes, inserts, maxFirings);
                        failures.add(loop);
                        byClaim.get(looping).failures.add(new Reason(RuleSource.ENGINE, Verdict.UNVERIFIABLE,
                                "not checked: " + loop.message()));
                        List<FactHandle> handles = new ArrayList<>(session.<FactHandle>getFactHandles(
                                o -> Facts.claimId(o).filter(looping::equals).isPresent()));
                        for (FactHandle h : handles) {
                            session.delete(h);
                        }
                        overrun[0] = null;
                        budget = limit - total(firings);
                        continue;
                    }
                    if (fired > budget) {
                        RuleFailure loop = articleLoop(rules, article, firings, limit);
                        failures.add(loop);
                        byClaim.values().forEach(c -> c.failures.add(new Reason(RuleSource.ENGINE,
                                Verdict.UNVERIFIABLE, "not checked: " + loop.message())));
                        break;
                    }
                    if (fired == 0) {
                        break;
                    }
                    // Fire again: nothing more fires unless a rule halted the session.
                    halting = lastFired[0];
                    budget = limit - total(firings);
                } catch (Throwable e) {
                    // A consequence threw: Drools wraps an Exception and names the rule; an Error
                    // (a stack overflow, no memory) comes bare, and the rule is the one that was firing.
                    Match match = e instanceof ConsequenceException ce ? ce.getMatch() : worker.firing;
                    worker.firing = null;
                    halting = null;
                    if (match == null) {
                        throw e;
                    }
                    Throwable cause = e instanceof ConsequenceException && e.getCause() != null ? e.getCause() : e;
                    RuleSource source = rules.source(match.getRule());
                    String claimId = claimOf(match);
                    if (cause instanceof Stopped) {
                        if (!worker.abandoned) {
                            String message = "rule \"" + source.name() + "\" (" + source.location() + ") "
                                    + cause.getMessage() + " on article '" + article.article().id() + "' and was"
                                    + " stopped: rules insert a few facts per firing. Make the rule's action insert"
                                    + " fewer, or raise --max-firings";
                            failures.add(new RuleFailure(message, null));
                            blame(byClaim, null, new Reason(source, Verdict.UNVERIFIABLE, "not checked: " + message));
                        }
                        break;
                    }
                    Culprits.Blame blame = culprits.of(cause);
                    String message = "rule \"" + source.name() + "\" (" + source.location() + ") failed"
                            + (claimId == null ? "" : " on claim '" + claimId + "'") + in(blame.function())
                            + ": " + describe(cause);
                    firings.merge(match.getRule().getName(), 1, Integer::sum);
                    if (cause instanceof OutOfMemoryError) {
                        // The memory may be held by this article's own facts: stop it, and free them.
                        String stopped = message + "; checking article '" + article.article().id() + "' stopped";
                        failures.add(new RuleFailure(stopped, cause));
                        byClaim.values().forEach(c -> c.failures.add(new Reason(source, Verdict.UNVERIFIABLE, stopped)));
                        break;
                    }
                    failures.add(new RuleFailure(message, cause));
                    if (claimId != null && byClaim.containsKey(claimId)) {
                        byClaim.get(claimId).failures.add(new Reason(source, Verdict.UNVERIFIABLE, message));
                    }
                    budget = limit - total(firings);
                }
            }
            reportTampering(rules, article, tampered, byClaim, failures);
        } catch (Throwable e) {
            // Anything else (a condition that throws while facts are matched) stops this article only.
            Culprits.Blame blame = culprits.of(e);
            String who = blame.rule() != null
                    ? "rule \"" + blame.rule().name() + "\" (" + blame.rule().location() + ") failed while matching facts"
                    + (blame.function() == null ? "" : "," + in(blame.function())) + ", and "
                    : blame.function() != null ? "function \"" + blame.function().name() + "\" ("
                    + blame.function().location() + ") failed while matching facts, and " : "";
            String message = who + "checking article '" + article.article().id() + "' stopped: " + describe(e);
            failures.add(new RuleFailure(message, e));
            byClaim.values().forEach(c -> c.failures.add(new Reason(RuleSource.ENGINE,
                    Verdict.UNVERIFIABLE, message)));
        } finally {
            session.dispose();
        }
        return new ArticleRun(article, byClaim.values().stream().map(Collected::done).toList());
    }

    /**
     * Thrown from the engine's listeners into a rule's action, to stop it: when the article ran
     * past its time limit, or the rules inserted more facts than they may fire. It carries no
     * stack trace, being no fault of its own.
     */
    private static final class Stopped extends RuntimeException {
        Stopped(String message) {
            super(message, null, false, false);
        }
    }

    /** A rule deleted or replaced a fact the engine inserted (an article, figure, claim or operand). */
    private record Tampering(Rule rule, Object fact, String how) {
    }

    /** Each rule that deleted or replaced an input fact, once per claim it touched: its claim is UNVERIFIABLE. */
    private static void reportTampering(RuleSet rules, ArticleClaims article, List<Tampering> tampered,
                                        Map<String, Collected> byClaim, List<RuleFailure> failures) {
        Set<String> reported = new java.util.HashSet<>();
        for (Tampering t : tampered) {
            String claimId = Facts.claimId(t.fact()).orElse(null);
            RuleSource source = rules.source(t.rule());
            if (!reported.add(source.name() + "\u0000" + claimId)) {
                continue;
            }
            String message = "rule \"" + source.name() + "\" (" + source.location() + ") " + t.how() + " a fact it did not"
                    + " insert (" + Facts.describe(t.fact()) + ")" + (claimId == null ? " of article '"
                    + article.article().id() + "'" : "") + ": rules insert findings and leave the article, its"
                    + " figures, claims and operands as they are";
            failures.add(new RuleFailure(message, null));
            blame(byClaim, claimId, new Reason(source, Verdict.UNVERIFIABLE, message));
        }
    }

    /** Files a failure under its claim, or under every claim of the article when it is about none. */
    private static void blame(Map<String, Collected> byClaim, String claimId, Reason reason) {
        if (claimId == null) {
            byClaim.values().forEach(c -> c.failures.add(reason));
        } else if (byClaim.containsKey(claimId)) {
            byClaim.get(claimId).failures.add(reason);
        }
    }

    /** The claim a match is about: the first of its facts that belongs to one. */
    private static String claimOf(Match match) {
        return match.getObjects().stream().map(Facts::claimId).flatMap(java.util.Optional::stream)
                .findFirst().orElse(null);
    }

    /** The firings an article's rules may make: {@code maxFirings} per claim and as many again, capped. */
    static long firingLimit(int maxFirings, int claims) {
        return Math.min(Math.max(maxFirings, 0) * ((long) claims + 1), MOST_FIRINGS_PER_ARTICLE);
    }

    /** A loop on one claim: named by the rules that kept changing its facts. */
    private static RuleFailure claimLoop(RuleSet rules, String claimId, Map<String, Map<String, Integer>> changes,
                                         Map<String, Map<String, Integer>> inserts, int maxFirings) {
        // Rules that update or delete a claim's facts over and over are the likely culprits; rules
        // that insert new facts about it come next; rules that only re-fire on what changed, and
        // insert findings, are victims.
        Map<String, Integer> suspects = changes.getOrDefault(claimId, Map.of());
        String what = "changes to its facts";
        if (suspects.isEmpty()) {
            suspects = inserts.getOrDefault(claimId, Map.of());
            what = "facts inserted";
        }
        return new RuleFailure("rules fired more than " + times(maxFirings) + " on claim '" + claimId
                + "' and were stopped; they keep re-triggering themselves: " + named(rules, suspects, what)
                + ". Make the rule's action change something its conditions test, or raise --max-firings", null);
    }

    /** Too many firings on an article, on no claim in particular: named by the rules that fired most. */
    private static RuleFailure articleLoop(RuleSet rules, ArticleClaims article, Map<String, Integer> firings,
                                           long limit) {
        return new RuleFailure("rules fired more than " + times(limit) + " on article '" + article.article().id()
                + "' and were stopped; they keep re-triggering themselves: " + named(rules, firings, "firings")
                + ". Make the rule's action change something its conditions test, or raise --max-firings", null);
    }

    /** The rules that account for at least half as much as the top one, with their files and counts. */
    private static String named(RuleSet rules, Map<String, Integer> counts, String what) {
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return counts.entrySet().stream()
                .filter(e -> e.getValue() * 2 >= most)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> {
                    RuleSource s = rules.rules().stream().filter(r -> r.name().equals(e.getKey())).findFirst()
                            .orElse(new RuleSource(e.getKey(), "?", 0, ""));
                    return "\"" + s.name() + "\" (" + s.location() + ", " + e.getValue() + " " + what + ")";
                })
                .collect(Collectors.joining(", "));
    }

    private static void count(Map<String, Map<String, Integer>> counts, Rule rule, Object fact) {
        if (rule != null && fact != null) {
            Facts.claimId(fact).ifPresent(id -> counts.computeIfAbsent(id, k -> new LinkedHashMap<>())
                    .merge(rule.getName(), 1, Integer::sum));
        }
    }

    private static long total(Map<String, Integer> firings) {
        return firings.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static String times(long n) {
        return n + (n == 1 ? " time" : " times");
    }

    /** ", in function "f" (file:line)", or nothing. */
    private static String in(RuleSource function) {
        return function == null ? "" : " in function \"" + function.name() + "\" (" + function.location() + ")";
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.replaceAll("\\s*\\R\\s*", " "));
    }

    private static final class Collected {
        final Claim claim;
        final List<Operand> operands = new ArrayList<>();
        final List<Reason> findings = new ArrayList<>();
        final List<Reason> problems = new ArrayList<>();
        final List<Reason> failures = new ArrayList<>();
        final List<Firing> trace = new ArrayList<>();
        int fired;

        Collected(Claim claim) {
            this.claim = claim;
        }

        ClaimFindings done() {
            Comparator<Reason> order = Comparator.comparing((Reason r) -> r.rule().file())
                    .thenComparingInt(r -> r.rule().line()).thenComparing(Reason::message);
            return new ClaimFindings(claim, List.copyOf(operands), findings.stream().distinct().sorted(order).toList(),
                    problems.stream().distinct().sorted(order).toList(), List.copyOf(failures), List.copyOf(trace));
        }
    }

    /** A FigureList for each role given a list of figures, in the order written. */
    static List<FigureList> lists(List<Operand> operands) {
        Map<String, List<Figure>> byRole = new java.util.LinkedHashMap<>();
        Map<String, Operand> first = new java.util.HashMap<>();
        for (Operand o : operands) {
            if (o.inList()) {
                String key = o.claimId() + "\u0000" + o.role();
                byRole.computeIfAbsent(key, k -> new ArrayList<>()).add(o.figure());
                first.putIfAbsent(key, o);
            }
        }
        List<FigureList> lists = new ArrayList<>();
        byRole.forEach((key, figures) -> lists.add(new FigureList(first.get(key).claimId(), first.get(key).role(), figures)));
        return lists;
    }
}

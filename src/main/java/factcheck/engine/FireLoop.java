package factcheck.engine;

import factcheck.claims.ArticleClaims;
import factcheck.engine.Engine.ArticleOutcome;
import factcheck.engine.Engine.ArticleRun;
import factcheck.engine.Engine.RuleFailure;
import factcheck.model.Figure;
import factcheck.model.FigureList;
import factcheck.model.Operand;
import factcheck.model.Reason;
import factcheck.model.RuleSource;
import factcheck.model.Verdict;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fires one article's rules in a session of its own, within a budget of firings. A claim whose
 * rules loop is stopped, its facts taken out, and the other claims finish; a loop on no claim
 * in particular stops the article. A rule that halts the engine is named, and the rules it
 * would have stopped are fired. A rule whose action throws fails its claim; one that runs out
 * of memory, or inserts without end, stops the article. What fired is kept by a {@link FiringRecorder}.
 */
final class FireLoop {

    /** Facts the rules of an article may insert: ten per firing they may make, and at least this many. */
    private static final long MOST_INSERTS_PER_FIRING = 10;
    private static final long LEAST_INSERT_LIMIT = 10_000;

    private final RuleSet rules;
    private final Culprits culprits;
    private final ClaimIds claimIds;
    private final ArticleClaims article;
    private final int maxFirings;
    private final long limit;
    private final Worker worker;
    private final FiringRecorder recorder;
    private final List<RuleFailure> failures = new ArrayList<>();
    // After a call that ended with rules fired, the last of them: if the next call fires
    // more, that rule halted the session (drools.halt()) with rules still to fire.
    private Match halting;
    private final Set<String> haltReported = new HashSet<>();

    /**
     * A loop over {@code article}'s rules: they may fire {@code maxFirings} times per claim; with
     * {@code trace}, each claim keeps what fired on it. {@code worker} is how a waiting thread stops it.
     */
    FireLoop(RuleSet rules, Culprits culprits, ClaimIds claimIds, ArticleClaims article, int maxFirings,
             boolean trace, Worker worker) {
        this.rules = rules;
        this.culprits = culprits;
        this.claimIds = claimIds;
        this.article = article;
        this.maxFirings = maxFirings;
        this.worker = worker;
        // In long and capped: a large bound times many claims does not fit an int. The facts
        // rules insert are bounded too, as one firing may insert without end; more loosely, as a
        // rule may insert a table of facts (a row per qualifier) in every session.
        this.limit = Engine.firingLimit(maxFirings, article.claims().size());
        long insertLimit = Math.max(MOST_INSERTS_PER_FIRING * limit, LEAST_INSERT_LIMIT);
        this.recorder = new FiringRecorder(rules, claimIds, article, maxFirings, trace, insertLimit, worker);
    }

    /** Checks the article: inserts its facts, fires its rules, and reports the rules that failed. */
    ArticleOutcome run() {
        KieSession session = rules.kieBase().newKieSession();
        worker.session = session;
        try {
            recorder.listenTo(session);
            insertFacts(session);
            fire(session);
            reportTampering();
        } catch (Throwable e) {
            // What fire() does not catch (a condition that throws while facts are matched) stops this article only.
            String message = Diagnosis.matchingFailed(culprits.of(e), article, e);
            failures.add(new RuleFailure(message, e));
            recorder.blameAll(new Reason(RuleSource.ENGINE, Verdict.UNVERIFIABLE, message));
        } finally {
            session.dispose();
        }
        return new ArticleOutcome(new ArticleRun(article, recorder.claims()), recorder.problems(), failures);
    }

    private void insertFacts(KieSession session) {
        session.insert(article.article());
        article.figures().forEach(session::insert);
        article.claims().forEach(session::insert);
        article.operands().forEach(session::insert);
        lists(article.operands()).forEach(session::insert);
    }

    /** Fires until the rules are done, the budget is spent, or the article is stopped. */
    private void fire(KieSession session) {
        long budget = limit;
        while (budget > 0 && !worker.abandoned) {
            try {
                if (!fireOnce(session, budget)) {
                    break;
                }
            } catch (Throwable e) {
                // A consequence threw: Drools wraps an Exception and names the rule; an Error
                // (a stack overflow, no memory) comes bare, and the rule is the one that was firing.
                Match match = e instanceof ConsequenceException ce ? ce.getMatch() : worker.firing;
                worker.firing = null;
                halting = null;
                if (match == null) {
                    throw e;
                }
                if (!actionFailed(match, e)) {
                    break;
                }
            }
            budget = limit - recorder.fired();
        }
    }

    /** Fires up to {@code budget} rules, and one more to see an overrun; whether to fire again. */
    private boolean fireOnce(KieSession session, long budget) {
        int fired = session.fireAllRules((int) budget + 1);
        if (halting != null && fired > 0 && recorder.overrun() == null) {
            reportHalt(halting);
        }
        halting = null;
        String looping = recorder.overrun();
        if (looping != null) {
            stopClaim(session, looping);
            return true;
        }
        if (fired > budget) {
            RuleFailure loop = Diagnosis.articleLoop(rules, article, recorder.firings(), limit);
            failures.add(loop);
            recorder.blameAll(new Reason(RuleSource.ENGINE, Verdict.UNVERIFIABLE, "not checked: " + loop.message()));
            return false;
        }
        if (fired == 0) {
            return false;
        }
        // Fire again: nothing more fires unless a rule halted the session.
        halting = recorder.lastFired();
        return true;
    }

    /** A rule halted the session and more rules fired after: named once per rule and claim. */
    private void reportHalt(Match halted) {
        String claimId = claimIds.of(halted);
        if (haltReported.add(halted.getRule().getName() + "\u0000" + claimId)) {
            RuleSource source = rules.source(halted.getRule());
            String message = Diagnosis.halted(source, claimId);
            failures.add(new RuleFailure(message, null));
            recorder.blame(claimId, new Reason(source, Verdict.UNVERIFIABLE, message));
        }
    }

    /** One claim's rules loop: stop them, take that claim's facts out, and let the other claims finish. */
    private void stopClaim(KieSession session, String looping) {
        RuleFailure loop = Diagnosis.claimLoop(rules, looping, recorder.changesTo(looping),
                recorder.insertsAbout(looping), maxFirings);
        failures.add(loop);
        recorder.blame(looping, new Reason(RuleSource.ENGINE, Verdict.UNVERIFIABLE, "not checked: " + loop.message()));
        List<FactHandle> handles = new ArrayList<>(session.<FactHandle>getFactHandles(
                o -> looping.equals(claimIds.of(o))));
        for (FactHandle h : handles) {
            session.delete(h);
        }
        recorder.clearOverrun();
    }

    /** A rule's action threw {@code e} while firing {@code match}: it is named; whether to fire again. */
    private boolean actionFailed(Match match, Throwable e) {
        Throwable cause = e instanceof ConsequenceException && e.getCause() != null ? e.getCause() : e;
        RuleSource source = rules.source(match.getRule());
        String claimId = claimIds.of(match);
        if (cause instanceof FiringRecorder.Stopped) {
            if (!worker.abandoned) {
                String message = Diagnosis.insertedTooMany(source, cause.getMessage(), article);
                failures.add(new RuleFailure(message, null));
                recorder.blameAll(new Reason(source, Verdict.UNVERIFIABLE, "not checked: " + message));
            }
            return false;
        }
        String message = Diagnosis.actionFailed(source, claimId, culprits.of(cause).function(), cause);
        recorder.countFiring(match.getRule());
        if (cause instanceof OutOfMemoryError) {
            // The memory may be held by this article's own facts: stop it, and free them.
            String stopped = Diagnosis.articleStopped(message, article);
            failures.add(new RuleFailure(stopped, cause));
            recorder.blameAll(new Reason(source, Verdict.UNVERIFIABLE, stopped));
            return false;
        }
        failures.add(new RuleFailure(message, cause));
        if (claimId != null) {
            recorder.blame(claimId, new Reason(source, Verdict.UNVERIFIABLE, message));
        }
        return true;
    }

    /** Each rule that deleted or replaced an input fact, once per claim it touched: its claim is UNVERIFIABLE. */
    private void reportTampering() {
        Set<String> reported = new HashSet<>();
        for (FiringRecorder.Tampering t : recorder.tampered()) {
            String claimId = claimIds.of(t.fact());
            RuleSource source = rules.source(t.rule());
            if (reported.add(source.name() + "\u0000" + claimId)) {
                String message = Diagnosis.tampered(source, t.how(), t.fact(), claimId, article);
                failures.add(new RuleFailure(message, null));
                recorder.blame(claimId, new Reason(source, Verdict.UNVERIFIABLE, message));
            }
        }
    }

    /** A FigureList for each role given a list of figures, in the order written. */
    static List<FigureList> lists(List<Operand> operands) {
        Map<String, List<Figure>> byRole = new LinkedHashMap<>();
        Map<String, Operand> first = new HashMap<>();
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

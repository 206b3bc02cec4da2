package factcheck.engine;

import factcheck.claims.ArticleClaims;
import factcheck.model.Claim;
import factcheck.model.Diagnostic;
import factcheck.model.Finding;
import factcheck.model.Firing;
import factcheck.model.Operand;
import factcheck.model.Problem;
import factcheck.model.Reason;
import factcheck.model.RuleSource;
import factcheck.model.Verdict;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listens to one article's session and records what its rules did: the findings and problems
 * each rule inserted, under their claims; every firing, counted per rule and per claim, and for
 * --explain kept in each claim's trace; which rules changed or inserted facts about each claim,
 * the evidence for naming the rules of a loop; and which rules deleted or replaced a fact the
 * engine inserted. It also stops the rules: past the firing bound on one claim it halts the
 * session and names that claim, and at the time limit, or past the insert limit, it throws
 * {@link Stopped} into the rule's action.
 */
final class FiringRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** Firings kept in one claim's trace: enough to explain it, bounded when a rule loops. */
    private static final int TRACE_LIMIT = 200;

    /**
     * Thrown into a rule's action to stop it: when the article ran past its time limit, or the
     * rules inserted more facts than they may. It carries no stack trace, being no fault of its own.
     */
    static final class Stopped extends RuntimeException {
        Stopped(String message) {
            super(message, null, false, false);
        }
    }

    /** A rule deleted or replaced a fact the engine inserted (an article, figure, claim or operand). */
    record Tampering(Rule rule, Object fact, String how) {
    }

    private final RuleSet rules;
    private final ClaimIds claimIds;
    private final Worker worker;
    private final int maxFirings;
    private final boolean trace;
    private final long insertLimit;
    private final Map<String, ClaimRecord> byClaim = new LinkedHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, Integer> firings = new LinkedHashMap<>();
    // Per claim, which rules changed (updated or deleted) its facts, and which inserted facts
    // other than findings and problems: the evidence for naming the rules of a loop.
    private final Map<String, Map<String, Integer>> changes = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> inserts = new LinkedHashMap<>();
    // The facts the engine inserted, by identity, and the rules that deleted or replaced one.
    private final Set<Object> inputs = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Tampering> tampered = new ArrayList<>();
    // What the firing under way inserted, and the claims a firing touched: kept, and cleared, between firings.
    private final List<Object> inserting = new ArrayList<>();
    private final Set<String> touched = new LinkedHashSet<>();
    private long fired;
    private long insertedByRules;
    private String overrun;
    private Match lastFired;

    /**
     * A recorder for {@code article}: a claim's rules may fire {@code maxFirings} times, and all
     * the rules insert {@code insertLimit} facts; with {@code trace}, each claim keeps what fired on it.
     */
    FiringRecorder(RuleSet rules, ClaimIds claimIds, ArticleClaims article, int maxFirings, boolean trace,
                   long insertLimit, Worker worker) {
        this.rules = rules;
        this.claimIds = claimIds;
        this.worker = worker;
        this.maxFirings = maxFirings;
        this.trace = trace;
        this.insertLimit = insertLimit;
        for (Claim claim : article.claims()) {
            byClaim.put(claim.id(), new ClaimRecord(claim));
        }
        for (Operand operand : article.operands()) {
            byClaim.get(operand.claimId()).operands.add(operand);
        }
    }

    /** Records what happens in {@code session} from now on. */
    void listenTo(KieSession session) {
        session.addEventListener((RuleRuntimeEventListener) this);
        session.addEventListener((AgendaEventListener) this);
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (worker.abandoned) {
            throw new Stopped("stopped at the time limit");
        }
        Rule rule = event.getRule();
        Object fact = event.getObject();
        if (rule == null) {
            inputs.add(fact);
            return;
        }
        if (++insertedByRules > insertLimit) {
            throw new Stopped("inserted more than " + insertLimit + " facts");
        }
        inserting.add(fact);
        if (fact instanceof Finding f) {
            ClaimRecord c = byClaim.get(f.claimId());
            if (c != null) {
                c.findings.add(new Reason(rules.source(rule), f.verdict(), f.message()));
            }
        } else if (fact instanceof Problem p) {
            recordProblem(rule, p);
        } else {
            count(inserts, rule, fact);
        }
    }

    /** Bad input a rule found: under its claim, and as a diagnostic at the claim's field. */
    private void recordProblem(Rule rule, Problem p) {
        ClaimRecord c = byClaim.get(p.claimId());
        if (c != null) {
            c.problems.add(new Reason(rules.source(rule), Verdict.UNVERIFIABLE,
                    "field '" + p.field() + "': " + p.message()));
            problems.add(Diagnostic.at(c.claim.at(p.field()),
                    "claim '" + p.claimId() + "': field '" + p.field() + "': " + p.message()));
        }
    }

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
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (worker.abandoned) {
            throw new Stopped("stopped at the time limit");
        }
        worker.firing = event.getMatch();
        inserting.clear();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        worker.firing = null;
        lastFired = match;
        countFiring(match.getRule());
        List<Object> matched = match.getObjects();
        touched.clear();
        addClaims(matched);
        addClaims(inserting);
        Firing firing = null;
        for (String id : touched) {
            ClaimRecord c = byClaim.get(id);
            if (c == null) {
                continue;
            }
            if (++c.fired > maxFirings && overrun == null) {
                // This claim's rules keep re-triggering each other: stop the article here.
                overrun = id;
                event.getKieRuntime().halt();
            }
            if (trace && c.trace.size() < TRACE_LIMIT) {
                if (firing == null) {
                    firing = new Firing(rules.source(match.getRule()), matched.stream().map(Facts::describe).toList(),
                            inserting.stream().map(Facts::describe).toList());
                }
                c.trace.add(firing);
            }
        }
    }

    private void addClaims(List<Object> facts) {
        for (Object fact : facts) {
            String id = claimIds.of(fact);
            if (id != null) {
                touched.add(id);
            }
        }
    }

    private void count(Map<String, Map<String, Integer>> counts, Rule rule, Object fact) {
        if (rule != null && fact != null) {
            String id = claimIds.of(fact);
            if (id != null) {
                counts.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(rule.getName(), 1, Integer::sum);
            }
        }
    }

    /** Counts a firing of {@code rule}, also one whose action threw: it spends the article's budget. */
    void countFiring(Rule rule) {
        firings.merge(rule.getName(), 1, Integer::sum);
        fired++;
    }

    /** Firings so far, of every rule. */
    long fired() {
        return fired;
    }

    /** Firings so far, by rule name. */
    Map<String, Integer> firings() {
        return firings;
    }

    /** The claim whose rules fired past the bound and halted the session, or null. */
    String overrun() {
        return overrun;
    }

    /** That claim's loop was dealt with: its rules may halt the session no more, and another claim's may. */
    void clearOverrun() {
        overrun = null;
    }

    /** The last match fired: the rule that halted the session, if it was halted. */
    Match lastFired() {
        return lastFired;
    }

    /** Which rules updated or deleted facts about {@code claimId}, and how often. */
    Map<String, Integer> changesTo(String claimId) {
        return changes.getOrDefault(claimId, Map.of());
    }

    /** Which rules inserted facts about {@code claimId} other than findings and problems, and how often. */
    Map<String, Integer> insertsAbout(String claimId) {
        return inserts.getOrDefault(claimId, Map.of());
    }

    /** Each time a rule deleted or replaced a fact the engine inserted, in order. */
    List<Tampering> tampered() {
        return tampered;
    }

    /** Files a failure under its claim, or under every claim of the article when {@code claimId} is null. */
    void blame(String claimId, Reason reason) {
        if (claimId == null) {
            blameAll(reason);
        } else if (byClaim.containsKey(claimId)) {
            byClaim.get(claimId).failures.add(reason);
        }
    }

    /** Files a failure under every claim of the article. */
    void blameAll(Reason reason) {
        byClaim.values().forEach(c -> c.failures.add(reason));
    }

    /** Bad input the rules found. */
    List<Diagnostic> problems() {
        return problems;
    }

    /** Every claim of the article, with what the rules said about it. */
    List<Engine.ClaimFindings> claims() {
        return byClaim.values().stream().map(ClaimRecord::done).toList();
    }
}

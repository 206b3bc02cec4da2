package factcheck.engine;

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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs the rules over the claims: one session per article, holding the article, its figures,
 * its claims and their operands; rules insert findings and problems, and the engine records
 * which rule inserted each. Firings are bounded, so a rule that keeps re-triggering itself is
 * stopped and named; a rule that throws is reported and the other claims are still checked.
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
     * Checks every article of {@code claims} against {@code rules}. An article's rules may fire
     * {@code maxFirings} times per claim (and as many again for rules about no claim) before
     * they are stopped as a loop.
     */
    public static Run run(RuleSet rules, ClaimsSet claims, int maxFirings) {
        List<ArticleRun> articles = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        for (ArticleClaims article : claims.articles()) {
            articles.add(runArticle(rules, article, maxFirings, problems, failures));
        }
        return new Run(articles, problems.stream().sorted().toList(), failures);
    }

    private static ArticleRun runArticle(RuleSet rules, ArticleClaims article, int maxFirings,
                                         List<Diagnostic> problems, List<RuleFailure> failures) {
        Map<String, Collected> byClaim = new LinkedHashMap<>();
        for (Claim claim : article.claims()) {
            byClaim.put(claim.id(), new Collected(claim));
        }
        for (Operand operand : article.operands()) {
            byClaim.get(operand.claimId()).operands.add(operand);
        }

        KieSession session = rules.kieBase().newKieSession();
        Culprits culprits = new Culprits(rules);
        Map<String, Integer> firings = new LinkedHashMap<>();
        // Per claim, which rules changed (updated or deleted) its facts, and which inserted facts
        // other than findings and problems: the evidence for naming the rules of a loop.
        Map<String, Map<String, Integer>> changes = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> inserts = new LinkedHashMap<>();
        try {
            // The trace: every firing, with what it matched and inserted, filed under each claim it touched.
            List<Object> inserting = new ArrayList<>();
            String[] overrun = {null};
            // The match whose consequence is running, to name the rule when it throws an Error.
            Match[] running = {null};
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectUpdated(ObjectUpdatedEvent event) {
                    count(changes, event.getRule(), event.getObject());
                }

                @Override
                public void objectDeleted(ObjectDeletedEvent event) {
                    count(changes, event.getRule(), event.getOldObject());
                }

                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() == null) {
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
                    running[0] = event.getMatch();
                    inserting.clear();
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    running[0] = null;
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
                        if (c.trace.size() < TRACE_LIMIT) {
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

            // In long and capped: a large bound times many claims does not fit an int.
            long limit = firingLimit(maxFirings, article.claims().size());
            long budget = limit;
            while (budget > 0) {
                try {
                    int fired = session.fireAllRules((int) budget + 1);
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
                    }
                    break;
                } catch (Throwable e) {
                    // A consequence threw: Drools wraps an Exception and names the rule; an Error
                    // (a stack overflow, no memory) comes bare, and the rule is the one that was firing.
                    Match match = e instanceof ConsequenceException ce ? ce.getMatch() : running[0];
                    running[0] = null;
                    if (match == null) {
                        throw e;
                    }
                    Throwable cause = e instanceof ConsequenceException && e.getCause() != null ? e.getCause() : e;
                    RuleSource source = rules.source(match.getRule());
                    String claimId = match.getObjects().stream().map(Facts::claimId)
                            .flatMap(java.util.Optional::stream).findFirst().orElse(null);
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

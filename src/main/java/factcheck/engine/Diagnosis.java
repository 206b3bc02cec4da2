package factcheck.engine;

import factcheck.claims.ArticleClaims;
import factcheck.engine.Engine.RuleFailure;
import factcheck.model.RuleSource;
import org.kie.api.runtime.rule.Match;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What went wrong while an article's rules fired, in words: each message names the rule, with
 * its file and line, and the claim or article it failed on, and says what to change.
 */
final class Diagnosis {

    private Diagnosis() {
    }

    /** A loop on one claim: named by the rules that kept changing its facts. */
    static RuleFailure claimLoop(RuleSet rules, String claimId, Map<String, Integer> changes,
                                 Map<String, Integer> inserts, int maxFirings) {
        // Rules that update or delete a claim's facts over and over are the likely culprits; rules
        // that insert new facts about it come next; rules that only re-fire on what changed, and
        // insert findings, are victims.
        Map<String, Integer> suspects = changes;
        String what = "changes to its facts";
        if (suspects.isEmpty()) {
            suspects = inserts;
            what = "facts inserted";
        }
        return new RuleFailure("rules fired more than " + times(maxFirings) + " on claim '" + claimId
                + "' and were stopped; they keep re-triggering themselves: " + named(rules, suspects, what)
                + ". Make the rule's action change something its conditions test, or raise --max-firings", null);
    }

    /** Too many firings on an article, on no claim in particular: named by the rules that fired most. */
    static RuleFailure articleLoop(RuleSet rules, ArticleClaims article, Map<String, Integer> firings, long limit) {
        return new RuleFailure("rules fired more than " + times(limit) + " on article '" + article.article().id()
                + "' and were stopped; they keep re-triggering themselves: " + named(rules, firings, "firings")
                + ". Make the rule's action change something its conditions test, or raise --max-firings", null);
    }

    /** A rule's action inserted more facts than the article's rules may: {@code what} says how many. */
    static String insertedTooMany(RuleSource rule, String what, ArticleClaims article) {
        return "rule \"" + rule.name() + "\" (" + rule.location() + ") " + what + " on article '"
                + article.article().id() + "' and was stopped: rules insert a few facts per firing. Make the rule's"
                + " action insert fewer, or raise --max-firings";
    }

    /** A rule that called drools.halt(), on a claim or on none. */
    static String halted(RuleSource rule, String claimId) {
        return "rule \"" + rule.name() + "\" (" + rule.location() + ") called drools.halt()"
                + (claimId == null ? "" : " on claim '" + claimId + "'") + ": rules may not stop the"
                + " engine, and the rules it would have stopped were fired";
    }

    /** A rule that deleted or replaced ({@code how}) a fact the engine inserted. */
    static String tampered(RuleSource rule, String how, Object fact, String claimId, ArticleClaims article) {
        return "rule \"" + rule.name() + "\" (" + rule.location() + ") " + how + " a fact it did not"
                + " insert (" + Facts.describe(fact) + ")" + (claimId == null ? " of article '"
                + article.article().id() + "'" : "") + ": rules insert findings and leave the article, its"
                + " figures, claims and operands as they are";
    }

    /** A rule whose action threw, on a claim or on none, in a DRL function or not. */
    static String actionFailed(RuleSource rule, String claimId, RuleSource function, Throwable cause) {
        return "rule \"" + rule.name() + "\" (" + rule.location() + ") failed"
                + (claimId == null ? "" : " on claim '" + claimId + "'") + in(function) + ": " + describe(cause);
    }

    /** A failure that stopped the whole article: {@code message}, and that it stopped. */
    static String articleStopped(String message, ArticleClaims article) {
        return message + "; checking article '" + article.article().id() + "' stopped";
    }

    /** Something threw while facts were matched (a condition, or the engine itself), named by the stack. */
    static String matchingFailed(Culprits.Blame blame, ArticleClaims article, Throwable e) {
        String who = blame.rule() != null
                ? "rule \"" + blame.rule().name() + "\" (" + blame.rule().location() + ") failed while matching facts"
                + (blame.function() == null ? "" : "," + in(blame.function())) + ", and "
                : blame.function() != null ? "function \"" + blame.function().name() + "\" ("
                + blame.function().location() + ") failed while matching facts, and " : "";
        return who + "checking article '" + article.article().id() + "' stopped: " + describe(e);
    }

    /** The engine's own failure on an article, outside any rule. */
    static String engineFailed(ArticleClaims article, Throwable cause) {
        return "checking article '" + article.article().id() + "' stopped: " + describe(cause);
    }

    static String interrupted(ArticleClaims article) {
        return "checking article '" + article.article().id() + "' was interrupted";
    }

    /** An article stopped at its time limit, named by the rule and function that were running. */
    static String timedOut(RuleSet rules, ClaimIds claimIds, Culprits.Blame stack, Match firing,
                           ArticleClaims article, Duration timeout) {
        RuleSource rule = firing != null ? rules.source(firing.getRule()) : stack.rule();
        String claimId = null;
        if (firing != null) {
            try {
                claimId = claimIds.of(firing);
            } catch (RuntimeException e) {
                // The match changed under us: name the rule without its claim.
            }
        }
        String within = " within the time limit of " + Engine.words(timeout) + " (--timeout), and checking article '"
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

    private static String times(long n) {
        return n + (n == 1 ? " time" : " times");
    }

    /** " in function "f" (file:line)", or nothing. */
    private static String in(RuleSource function) {
        return function == null ? "" : " in function \"" + function.name() + "\" (" + function.location() + ")";
    }

    /** The innermost cause of {@code t}: its class and its message on one line. */
    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.replaceAll("\\s*\\R\\s*", " "));
    }
}

package factcheck.verdict;

import factcheck.claims.ArticleClaims;
import factcheck.engine.Engine.ArticleRun;
import factcheck.engine.Engine.ClaimFindings;
import factcheck.model.Reason;
import factcheck.model.RuleSource;
import factcheck.model.Caveat;
import factcheck.model.EditorVerdict;
import factcheck.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one place that turns a claim's findings into its verdict.
 *
 * <ol>
 *   <li>A claim with errors in its claims file is not checked: UNVERIFIABLE, with the errors.</li>
 *   <li>If a rule failed on the claim (threw, or did not stop), it is UNVERIFIABLE: its
 *       findings cannot be trusted.</li>
 *   <li>If a rule found bad input in it (a missing role, a zero denominator), it is
 *       UNVERIFIABLE, with the problem as the reason.</li>
 *   <li>If no rule decided anything, it is UNVERIFIABLE: never TRUE by default.</li>
 *   <li>Otherwise the weakest finding wins, in the order FALSE, MISLEADING, UNVERIFIABLE,
 *       MOSTLY_TRUE, TRUE: a claim is only as true as its weakest check allows. A claim that
 *       holds only against the article's own figures gets an UNVERIFIABLE finding from the
 *       sources rules, which outranks its TRUE.</li>
 * </ol>
 * A claim an editor decided gets the editor's verdict, unless a rule found bad input in it (its
 * quote is not in the article). A caveat caps a decided verdict (TRUE, MOSTLY_TRUE, MISLEADING,
 * FALSE) at the verdict it allows, and is listed after the rules' reasons, or first when it is
 * what decided; it never turns an UNVERIFIABLE claim into a checked one.
 */
public final class VerdictPolicy {

    private VerdictPolicy() {
    }

    /** Weakest verdict first; among equals, by rule file, line and message. */
    private static final Comparator<Reason> PRECEDENCE = Comparator
            .comparing(Reason::verdict)
            .thenComparing(r -> r.rule().file())
            .thenComparingInt(r -> r.rule().line())
            .thenComparing(Reason::message);

    /**
     * The verdicts on one article's claims, from what the rules found: each checked claim's, and
     * those of the claims left out for errors in the claims file, in the order of the claims file.
     */
    public static ArticleResult decide(ArticleRun article) {
        List<ClaimResult> results = new ArrayList<>(article.claims().stream().map(VerdictPolicy::decide).toList());
        article.source().rejected().forEach(r -> results.add(rejected(r)));
        results.sort(Comparator.comparingInt(c -> c.claim().where().line()));
        return new ArticleResult(article.source(), results);
    }

    /** The verdict on a claim its claims file got wrong: not checked, so UNVERIFIABLE. */
    public static ClaimResult rejected(ArticleClaims.Rejected rejected) {
        List<Reason> reasons = rejected.errors().stream()
                .map(d -> new Reason(new RuleSource(RuleSource.CLAIMS_FILE, d.file(), d.line(), ""), Verdict.UNVERIFIABLE,
                        "not checked: " + d.message()))
                .toList();
        return new ClaimResult(rejected.claim(), Verdict.UNVERIFIABLE, reasons, List.of(), List.of());
    }

    /** The verdict on a checked claim, from what the rules found. */
    public static ClaimResult decide(ClaimFindings f) {
        List<Reason> reasons = new ArrayList<>();
        if (!f.failures().isEmpty() || !f.problems().isEmpty()) {
            reasons.addAll(f.failures());
            reasons.addAll(f.problems());
            reasons.addAll(f.findings().stream().sorted(PRECEDENCE).toList());
            return new ClaimResult(f.claim(), Verdict.UNVERIFIABLE, reasons, f.operands(), f.trace());
        }
        EditorVerdict editor = f.claim().editor();
        if (editor != null) {
            reasons.add(new Reason(new RuleSource(RuleSource.EDITOR, editor.where().file(), editor.where().line(), ""),
                    editor.verdict(), editor.rationale()));
            reasons.addAll(f.findings().stream().sorted(PRECEDENCE).toList());
            return new ClaimResult(f.claim(), editor.verdict(), reasons, f.operands(), f.trace());
        }
        if (f.findings().isEmpty()) {
            reasons.add(new Reason(RuleSource.ENGINE, Verdict.UNVERIFIABLE,
                    "no rule decided this claim of kind '" + f.claim().kind()
                            + "'; check its kind, or add a rule file that handles it"));
            return new ClaimResult(f.claim(), Verdict.UNVERIFIABLE, reasons, f.operands(), f.trace());
        }
        reasons.addAll(f.findings().stream().sorted(PRECEDENCE).toList());
        return capped(new ClaimResult(f.claim(), reasons.get(0).verdict(), reasons, f.operands(), f.trace()));
    }

    /** The verdict with the claim's caveat applied: never better than the caveat allows. */
    static ClaimResult capped(ClaimResult r) {
        Caveat caveat = r.claim().caveat();
        if (caveat == null) {
            return r;
        }
        Reason why = new Reason(new RuleSource(RuleSource.CAVEAT, caveat.where().file(), caveat.where().line(), ""),
                caveat.atMost(), caveat.reason() + "; at most " + caveat.atMost().label().toLowerCase(
                        java.util.Locale.ROOT));
        List<Reason> reasons = new ArrayList<>(r.reasons());
        boolean caps = r.verdict() != Verdict.UNVERIFIABLE && caveat.atMost().compareTo(r.verdict()) < 0;
        if (caps) {
            reasons.add(0, why);
        } else {
            reasons.add(why);
        }
        return new ClaimResult(r.claim(), caps ? caveat.atMost() : r.verdict(), reasons, r.operands(), r.trace());
    }
}

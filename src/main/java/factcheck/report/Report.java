package factcheck.report;

import factcheck.claims.ArticleClaims;
import factcheck.claims.ClaimsSet;
import factcheck.engine.Engine;
import factcheck.model.Diagnostic;
import factcheck.model.Verdict;
import factcheck.verdict.ClaimResult;
import factcheck.verdict.VerdictPolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report shows: each article's claims with their verdicts, and every input
 * error (from the claims files and from the rules), in the order the files were read.
 */
public record Report(List<ArticleResult> articles, List<Diagnostic> errors) {

    /**
     * One article and the verdicts on its claims, in the order the claims file lists them, and how
     * many of its numbers they cover (found once here: every format shows it).
     */
    public record ArticleResult(ArticleClaims source, List<ClaimResult> claims, ArticleClaims.Coverage coverage) {
        public ArticleResult(ArticleClaims source, List<ClaimResult> claims) {
            this(source, claims, source.coverage());
        }
    }

    public Report {
        articles = List.copyOf(articles);
        errors = errors.stream().sorted().toList();
    }

    /** Applies the verdict policy to a run's findings. */
    public static Report of(ClaimsSet claims, Engine.Run run) {
        List<ArticleResult> articles = new ArrayList<>();
        for (Engine.ArticleRun a : run.articles()) {
            articles.add(decide(a));
        }
        List<Diagnostic> errors = new ArrayList<>(claims.errors());
        errors.addAll(run.problems());
        return new Report(articles, errors);
    }

    /**
     * Applies the verdict policy to one article's findings: each claim's verdict, the claims
     * left out for errors among them, in the order of the claims file.
     */
    public static ArticleResult decide(Engine.ArticleRun a) {
        List<ClaimResult> results = new ArrayList<>(a.claims().stream().map(VerdictPolicy::decide).toList());
        a.source().rejected().forEach(r -> results.add(VerdictPolicy.rejected(r)));
        results.sort(Comparator.comparingInt(c -> c.claim().where().line()));
        return new ArticleResult(a.source(), results);
    }

    /** The run's totals: what the reports say of the whole run. */
    public Totals totals() {
        return new Totals(articles.size(), articles.isEmpty() ? null : articles.get(0).source().article().title(),
                counts(), errors);
    }

    /** Every claim result, article by article. */
    public List<ClaimResult> claims() {
        return articles.stream().flatMap(a -> a.claims().stream()).toList();
    }

    /** How many claims got each verdict; every verdict is present, in scale order. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        claims().forEach(c -> counts.merge(c.verdict(), 1, Integer::sum));
        return counts;
    }

    /** "9 claims: 2 TRUE, 2 MOSTLY_TRUE, 1 MISLEADING, 0 FALSE, 4 UNVERIFIABLE". */
    public String summary() {
        return totals().summary();
    }

    /** Summaries read best from true to false, then the claims that could not be checked. */
    public static final List<Verdict> SUMMARY_ORDER =
            List.of(Verdict.TRUE, Verdict.MOSTLY_TRUE, Verdict.MISLEADING, Verdict.FALSE, Verdict.UNVERIFIABLE);
}

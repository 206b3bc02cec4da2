package factcheck.report;

import factcheck.model.Diagnostic;
import factcheck.model.Verdict;
import factcheck.verdict.ArticleResult;
import factcheck.verdict.ClaimResult;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report shows: each article's claims with the verdicts the verdict policy decided,
 * and every input error (from the claims files and from the rules), in the order the files were
 * read. A report only renders: nothing here decides a verdict.
 */
public record Report(List<ArticleResult> articles, List<Diagnostic> errors) {

    public Report {
        articles = List.copyOf(articles);
        errors = errors.stream().sorted().toList();
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

    /** Who made a claim, as a reader sees it, name then role ("Iris Liu, strike captain"); null for no one. */
    static String speaker(factcheck.model.Claim claim) {
        if (claim.speaker() == null) {
            return null;
        }
        return claim.speakerTitle() == null ? claim.speaker() : claim.speaker() + ", " + claim.speakerTitle();
    }

    /** Summaries read best from true to false, then the claims that could not be checked. */
    public static final List<Verdict> SUMMARY_ORDER =
            List.of(Verdict.TRUE, Verdict.MOSTLY_TRUE, Verdict.MISLEADING, Verdict.FALSE, Verdict.UNVERIFIABLE);
}

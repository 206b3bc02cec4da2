package factcheck.verdict;

import factcheck.claims.ArticleClaims;

import java.util.List;

/**
 * One article and the verdicts on its claims, in the order the claims file lists them, and how
 * many of its numbers they cover (found once here: every report format shows it).
 */
public record ArticleResult(ArticleClaims source, List<ClaimResult> claims, ArticleClaims.Coverage coverage) {
    public ArticleResult {
        claims = List.copyOf(claims);
    }

    public ArticleResult(ArticleClaims source, List<ClaimResult> claims) {
        this(source, claims, source.coverage());
    }
}

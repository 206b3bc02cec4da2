package factcheck.claims;

import factcheck.model.Diagnostic;

import java.util.List;

/**
 * Everything read from the claims paths of a run: the files that could be read (with the
 * claims in them that are valid) and every error found, so that one bad claim or file is
 * reported without hiding the others.
 */
public record ClaimsSet(List<ArticleClaims> articles, List<Diagnostic> errors) {
    public ClaimsSet {
        articles = List.copyOf(articles);
        errors = errors.stream().sorted().toList();
    }

    public int claimCount() {
        return articles.stream().mapToInt(a -> a.claims().size()).sum();
    }
}

package factcheck.claims;

import factcheck.model.Article;
import factcheck.model.Claim;
import factcheck.model.Diagnostic;
import factcheck.model.Figure;
import factcheck.model.Operand;

import java.util.List;

/**
 * What one claims file holds once read and checked: the article, its figures, the claims
 * that passed validation with their figures resolved by role, and the claims that did not
 * (kept, with their errors, so that a report still lists them).
 */
public record ArticleClaims(String file, Article article, List<Figure> figures, List<Claim> claims,
                            List<Operand> operands, List<Rejected> rejected) {
    public ArticleClaims {
        figures = List.copyOf(figures);
        claims = List.copyOf(claims);
        operands = List.copyOf(operands);
        rejected = List.copyOf(rejected);
    }

    /**
     * A claim with errors in its claims file: as much of it as could be read (an empty quote or
     * kind when they are missing), and the errors. It is not checked.
     */
    public record Rejected(Claim claim, List<Diagnostic> errors) {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}

package factcheck.claims;

import factcheck.model.Article;
import factcheck.model.Claim;
import factcheck.model.Diagnostic;
import factcheck.model.Figure;
import factcheck.model.Operand;
import factcheck.model.Text;

import java.util.List;

/**
 * What one claims file holds once read and checked: the article, its figures, the claims
 * that passed validation with their figures resolved by role, and the claims that did not
 * (kept, with their errors, so that a report still lists them).
 */
public record ArticleClaims(String file, Article article, List<Figure> figures, List<Claim> claims,
                            List<Operand> operands, List<Rejected> rejected, List<LeftOut> leftOut) {
    public ArticleClaims {
        figures = List.copyOf(figures);
        claims = List.copyOf(claims);
        operands = List.copyOf(operands);
        rejected = List.copyOf(rejected);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    /**
     * A number of the article its claims file leaves unchecked on purpose ('left-out'), with why.
     *
     * @param number the number as the article writes it: "most", "$27,000"
     * @param reason why it is not a claim
     * @param line   where it is listed
     */
    public record LeftOut(String number, String reason, int line) {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * The article's text file, named from its claims file as that was given ("claims/a.txt"
     * beside "claims/a.yaml"); null when the article names no text, or a name that is no path.
     */
    public java.nio.file.Path textFile() {
        String text = article.textPath();
        if (text == null) {
            return null;
        }
        try {
            return java.nio.file.Path.of(file).resolveSibling(text).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The article's numbers, each covered by a claim's quote or left out on purpose, or neither. */
    public Coverage coverage() {
        List<String> quotes = new java.util.ArrayList<>();
        claims.forEach(c -> quotes.add(c.quote()));
        rejected.forEach(r -> quotes.add(r.claim().quote()));
        // The numbers are found once, and the quotes looked up in the text made plain and indexed once.
        List<ArticleNumbers.Found> all = ArticleNumbers.find(article.text());
        List<ArticleNumbers.Found> open = ArticleNumbers.uncovered(Text.indexed(article.text()), quotes, all);
        List<ArticleNumbers.Found> unchecked = new java.util.ArrayList<>();
        List<Coverage.Left> left = new java.util.ArrayList<>();
        // The first entry for each number, as a search of the list in order would find it.
        java.util.Map<String, LeftOut> byNumber = new java.util.HashMap<>();
        leftOut.forEach(o -> byNumber.putIfAbsent(o.number(), o));
        for (ArticleNumbers.Found f : open) {
            LeftOut l = byNumber.get(SPACES.matcher(f.text()).replaceAll(" "));
            if (l != null) {
                left.add(new Coverage.Left(f, l.reason()));
            } else {
                unchecked.add(f);
            }
        }
        return new Coverage(all.size(), all.size() - open.size(), left, unchecked);
    }

    /**
     * How many of the article's numbers its claims check.
     *
     * @param numbers   the numbers found in its text
     * @param checked   how many a claim's quote covers
     * @param leftOut   those left out on purpose, with why
     * @param unchecked those neither checked nor left out
     */
    public record Coverage(int numbers, int checked, List<Left> leftOut, List<ArticleNumbers.Found> unchecked) {
        /** A number left out on purpose. */
        public record Left(ArticleNumbers.Found number, String reason) {
        }
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

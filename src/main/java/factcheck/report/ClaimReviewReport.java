package factcheck.report;

import factcheck.verdict.ArticleResult;
import factcheck.model.Article;
import factcheck.model.Claim;
import factcheck.model.Verdict;
import factcheck.util.Shown;
import factcheck.verdict.ClaimResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdicts as schema.org ClaimReview markup (JSON-LD), the form fact-checkers publish and
 * search engines read: one ClaimReview per claim, in a {@code @graph}.
 *
 * <p>The verdict maps to a 1-5 rating (worst 1, best 5): FALSE 1, MISLEADING 2, MOSTLY_TRUE 4,
 * TRUE 5. UNVERIFIABLE is not a point on that scale: it gets its words and no number.
 *
 * <p>The markup is meant to be pasted into a page's {@code <script type="application/ld+json">},
 * so it is written with {@code <}, {@code >} and {@code &} (and line separators and controls)
 * as JSON escapes: no text can end the script element. Only absolute http(s) addresses are kept
 * as urls; any other address is left out.
 */
final class ClaimReviewReport {
    private ClaimReviewReport() {
    }

    /** The rating of a verdict on the 1-5 scale, or null for none. */
    static Integer rating(Verdict v) {
        return switch (v) {
            case FALSE -> 1;
            case MISLEADING -> 2;
            case MOSTLY_TRUE -> 4;
            case TRUE -> 5;
            case UNVERIFIABLE -> null;
        };
    }

    /** The ClaimReview layout: a graph of one review per claim, written as each article comes. */
    record Layout(Options options) implements ReportWriter.Layout {
        @Override
        public String body(ArticleResult a) {
            List<String> reviews = new ArrayList<>();
            for (ClaimResult c : a.claims()) {
                reviews.add(JsonReport.element(JsonReport.writeForScript(review(a.source().article(), c, options))));
            }
            return String.join(JsonReport.ELEMENT_SEPARATOR, reviews);
        }

        @Override
        public String separator() {
            return JsonReport.ELEMENT_SEPARATOR;
        }

        @Override
        public void finish(Totals totals, java.io.Writer out, Spill bodies, Spill extras) throws java.io.IOException {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("@context", "https://schema.org");
            root.put("@graph", List.of());
            JsonReport.splice(JsonReport.writeForScript(root), "@graph", bodies, out);
        }
    }

    private static Map<String, Object> review(Article article, ClaimResult c, Options options) {
        Claim claim = c.claim();
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@type", "ClaimReview");
        // Every consumer requires the url; the command line refuses to write ClaimReview without one.
        String base = Shown.webAddress(options.reviewUrl());
        if (base != null) {
            review.put("url", base + "#" + HtmlReport.anchor(claim.id()));
        }
        review.put("claimReviewed", claim.quote());
        review.put("reviewBody", c.decidingReason().message());
        if (options.publisher() != null) {
            review.put("author", organization(options.publisher()));
        }
        if (options.date() != null) {
            review.put("datePublished", options.date().toString());
        }

        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        Integer value = rating(c.verdict());
        if (value != null) {
            rating.put("ratingValue", value);
            rating.put("worstRating", 1);
            rating.put("bestRating", 5);
        }
        rating.put("alternateName", c.verdict().label());
        review.put("reviewRating", rating);

        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        if (claim.speaker() != null) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@type", "Person");
            person.put("name", claim.speaker());
            if (claim.speakerTitle() != null) {
                person.put("jobTitle", claim.speakerTitle());
            }
            item.put("author", person);
        } else if (article.outlet() != null) {
            // No speaker: the claim is the article's own, made by the outlet that published it.
            item.put("author", organization(article.outlet()));
        }
        if (article.published() != null) {
            item.put("datePublished", article.published());
        }
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        String url = Shown.webAddress(article.url());
        if (url != null) {
            appearance.put("url", url);
        }
        appearance.put("headline", article.title());
        item.put("appearance", appearance);
        review.put("itemReviewed", item);
        return review;
    }

    private static Map<String, Object> organization(String name) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", name);
        return org;
    }
}

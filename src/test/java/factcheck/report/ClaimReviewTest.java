package factcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factcheck.model.Verdict;
import factcheck.verdict.ClaimResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ClaimReview JSON-LD, checked field by field against the schema.org vocabulary. */
class ClaimReviewTest {

    /**
     * The properties schema.org defines for each type used (own and inherited: ClaimReview from
     * Review, CreativeWork and Thing; Claim from CreativeWork; Rating from Intangible and Thing),
     * limited to the ones a fact-check can fill. See https://schema.org/ClaimReview, /Rating,
     * /Claim, /CreativeWork, /Organization, /Person.
     */
    private static final Map<String, Set<String>> VOCABULARY = Map.of(
            "ClaimReview", Set.of("@type", "url", "claimReviewed", "reviewBody", "reviewRating", "itemReviewed",
                    "author", "datePublished", "publisher", "name", "headline"),
            "Rating", Set.of("@type", "ratingValue", "bestRating", "worstRating", "alternateName",
                    "ratingExplanation", "author", "name"),
            "Claim", Set.of("@type", "author", "datePublished", "appearance", "firstAppearance", "name", "url"),
            "CreativeWork", Set.of("@type", "url", "headline", "name", "author", "datePublished", "publisher"),
            "Organization", Set.of("@type", "name", "url"),
            "Person", Set.of("@type", "name", "jobTitle", "url"));

    private static final Options OPTIONS =
            new Options(false, "Example Desk", LocalDate.of(2026, 11, 28), "https://example.org/checks");

    private static JsonNode render() throws IOException {
        return new ObjectMapper().readTree(Format.claimreview.render(HtmlReportTest.report(factcheck.TestFiles.BUNDLED_CLAIMS), OPTIONS));
    }

    @Test
    void everyPropertyBelongsToItsSchemaOrgType() throws IOException {
        JsonNode root = render();
        assertEquals("https://schema.org", root.get("@context").asText());
        assertEquals(12, root.get("@graph").size(), "one ClaimReview per claim");
        for (JsonNode review : root.get("@graph")) {
            assertEquals("ClaimReview", review.get("@type").asText());
            checkTypes(review);
        }
    }

    /** Every object has a known @type and only that type's properties. */
    private static void checkTypes(JsonNode node) {
        String type = node.get("@type").asText();
        assertTrue(VOCABULARY.containsKey(type), "unknown type " + type);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertTrue(VOCABULARY.get(type).contains(name), type + " has no property " + name);
            JsonNode value = node.get(name);
            if (value.isObject()) {
                checkTypes(value);
            }
        }
    }

    @Test
    void eachReviewCarriesTheClaimItsVerdictAndWhereItAppeared() throws IOException {
        JsonNode review = find(render(), "over 33x the healthcare qualification minimum");
        assertEquals("https://example.org/checks#netflix-pay-33x-threshold", review.get("url").asText());
        assertEquals("2026-11-28", review.get("datePublished").asText());
        assertEquals("Organization", review.get("author").get("@type").asText());
        assertEquals("Example Desk", review.get("author").get("name").asText());
        assertTrue(review.get("reviewBody").asText().startsWith("holds only at the top of the range"));

        JsonNode rating = review.get("reviewRating");
        assertEquals("Rating", rating.get("@type").asText());
        assertEquals(2, rating.get("ratingValue").asInt());
        assertEquals(1, rating.get("worstRating").asInt());
        assertEquals(5, rating.get("bestRating").asInt());
        assertEquals("Misleading", rating.get("alternateName").asText());

        JsonNode claim = review.get("itemReviewed");
        assertEquals("Claim", claim.get("@type").asText());
        assertEquals("Person", claim.get("author").get("@type").asText());
        // The name is a name; the role is schema.org's jobTitle.
        assertEquals("Iris Liu", claim.get("author").get("name").asText());
        assertEquals("SAG-AFTRA member and strike captain", claim.get("author").get("jobTitle").asText());
        assertEquals("2023-07", claim.get("datePublished").asText());
        assertEquals("https://digital-stage.newsnationnow.com/business/netflix-offers-900k-for-ai-job-amid-sag-wga-strikes",
                claim.get("appearance").get("url").asText());
    }

    @Test
    void aClaimWithoutASpeakerIsAttributedToTheOutlet() throws IOException {
        JsonNode author = find(render(), "Los Gatos-based company Netflix").get("itemReviewed").get("author");
        assertEquals("Organization", author.get("@type").asText());
        assertEquals("KRON4", author.get("name").asText());
    }

    @Test
    void verdictsMapToTheOneToFiveScaleAndUnverifiableHasNoNumber() throws IOException {
        assertEquals(Map.of(Verdict.FALSE, 1, Verdict.MISLEADING, 2, Verdict.MOSTLY_TRUE, 4, Verdict.TRUE, 5),
                Map.of(Verdict.FALSE, ClaimReviewReport.rating(Verdict.FALSE),
                        Verdict.MISLEADING, ClaimReviewReport.rating(Verdict.MISLEADING),
                        Verdict.MOSTLY_TRUE, ClaimReviewReport.rating(Verdict.MOSTLY_TRUE),
                        Verdict.TRUE, ClaimReviewReport.rating(Verdict.TRUE)));
        assertNull(ClaimReviewReport.rating(Verdict.UNVERIFIABLE));
        JsonNode rating = find(render(), "The base salary for that role is between $138,900 and $256,500")
                .get("reviewRating");
        assertEquals("Unverifiable", rating.get("alternateName").asText());
        assertFalse(rating.has("ratingValue"));
        assertFalse(rating.has("bestRating"));
    }

    @Test
    void everyReviewsRatingIsItsClaimsVerdictOnTheDocumentedScale() throws IOException {
        // The README's table, written out: verdict -> ratingValue (absent for none) and alternateName.
        Map<Verdict, String> scale = Map.of(Verdict.TRUE, "5 True", Verdict.MOSTLY_TRUE, "4 Mostly true",
                Verdict.MISLEADING, "2 Misleading", Verdict.FALSE, "1 False", Verdict.UNVERIFIABLE, "- Unverifiable");
        JsonNode root = render();
        List<ClaimResult> claims = HtmlReportTest.report(factcheck.TestFiles.BUNDLED_CLAIMS).claims();
        for (int i = 0; i < claims.size(); i++) {
            JsonNode rating = root.get("@graph").get(i).get("reviewRating");
            String shown = (rating.has("ratingValue") ? rating.get("ratingValue").asText() : "-") + " "
                    + rating.get("alternateName").asText();
            assertEquals(scale.get(claims.get(i).verdict()), shown, claims.get(i).claim().id());
        }
    }

    private static JsonNode find(JsonNode root, String quote) {
        for (JsonNode review : root.get("@graph")) {
            if (review.get("claimReviewed").asText().equals(quote)) {
                return review;
            }
        }
        throw new AssertionError("no review of " + quote);
    }
}

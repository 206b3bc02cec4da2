package factcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --explain}: every rule that fired on a claim, in order, from the engine's listeners. */
class ExplainTest {
    /** A copy of the bundled claims, so that a user's edits to claims/ do not change these tests. */
    private static final String BUNDLED = factcheck.TestFiles.BUNDLED_CLAIMS.toString();


    private static final java.nio.file.Path RULES = factcheck.TestFiles.BUNDLED_RULES;

    @Test
    void theTextTraceShowsEachFiringWithWhatItMatchedAndInserted() {
        Cli r = Cli.run("check", "--claims", BUNDLED, "--explain");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("""
                netflix-pay-33x-threshold: MISLEADING
                  "over 33x the healthcare qualification minimum" (Iris Liu, SAG-AFTRA member and strike captain)
                  1. ratio of the figures (%s:""".formatted(RULES.resolve("ratio.drl"))), r.out());
        assertTrue(r.out().contains(String.join("\n",
                "       matched:  Claim netflix-pay-33x-threshold (ratio, states over 33x)",
                "                 Operand numerator: netflix-ml-pay = 390,000 - 900,000 USD/year (source: article)",
                "                 Operand denominator: sag-health-threshold (2023) = 26,470 USD/year (source: CNN,"
                        + " \"Hollywood actors' strike by the numbers\", 17 Jul 2023 (2023); The Hollywood Reporter,"
                        + " 2024, and sagaftraplans.org/health/eligibility/earned-eligibility (2024, 2025))",
                "       inserted: Computed 390,000 / 26,470 = 14.734; 900,000 / 26,470 = 34.001",
                "  2. claim holds only at one end of the range (" + RULES.resolve("qualifiers.drl") + ":")), r.out());
        assertTrue(r.out().contains("                 Qualifier 'over': >, within 0%, grace 0%\n"), r.out());
        assertTrue(r.out().contains("""
                  figures:
                    numerator: netflix-ml-pay = 390,000 - 900,000 USD/year; source: the article itself (no outside\
                 source)
                    denominator: sag-health-threshold = 26,470 USD/year; source: CNN, "Hollywood actors' strike by\
                 the numbers", 17 Jul 2023 (2023); The Hollywood Reporter, 2024, and\
                 sagaftraplans.org/health/eligibility/earned-eligibility (2024, 2025)\
                 <https://amp.cnn.com/cnn/2023/07/17/business/hollywood-actors-sag-aftra-strike-by-the-numbers>; as of\
                 2023
                      values: 2023: 26,470; 2024: 27,000; 2025: 27,540; in force at the article's date: 2023
                """), r.out());
    }

    @Test
    void theJsonReportCarriesATraceOnlyWhenAskedTo() throws IOException {
        JsonNode plain = claim(Cli.run("check", "--claims", BUNDLED, "--format", "json").out(), "netflix-pay-33x-threshold");
        assertTrue(plain.get("trace").isNull());

        JsonNode claim = claim(Cli.run("check", "--claims", BUNDLED, "--format", "json", "--explain").out(), "netflix-pay-33x-threshold");
        List<String> rules = new ArrayList<>();
        claim.get("trace").forEach(f -> rules.add(f.get("rule").asText()));
        assertEquals(List.of("ratio of the figures", "claim holds only at one end of the range"), rules);
        JsonNode last = claim.get("trace").get(1);
        assertEquals(RULES.resolve("qualifiers.drl").toString(), last.get("file").asText());
        assertTrue(last.get("inserted").get(0).asText().startsWith("Finding MISLEADING: holds only at the top"));
    }

    private static JsonNode claim(String json, String id) throws IOException {
        for (JsonNode c : new ObjectMapper().readTree(json).get("articles").get(0).get("claims")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError(id);
    }
}

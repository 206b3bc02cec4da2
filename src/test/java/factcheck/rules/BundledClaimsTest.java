package factcheck.rules;

import factcheck.claims.ClaimsLoader;
import factcheck.claims.ClaimsSet;
import factcheck.engine.Engine;
import factcheck.model.Claim;
import factcheck.model.Verdict;
import factcheck.report.Report;
import factcheck.verdict.ClaimResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled claims under claims/: every expectation holds, and the files are clean. */
class BundledClaimsTest {

    private static final ClaimsSet CLAIMS = ClaimsLoader.load(List.of(factcheck.TestFiles.BUNDLED_CLAIMS), RuleHarness.bundledRules().wordKinds());
    private static final Report REPORT =
            factcheck.Reports.of(CLAIMS, Engine.run(RuleHarness.bundledRules(), CLAIMS, Engine.DEFAULT_MAX_FIRINGS));

    @Test
    void theBundledFilesHaveNoErrorsAndEveryQuoteIsInItsArticle() {
        // A quote not found word for word would be an error here (rules/quote.drl).
        assertEquals(List.of(), REPORT.errors());
        assertTrue(REPORT.claims().size() >= 9, "every numeric statement of the article is a claim");
    }

    @TestFactory
    Stream<DynamicTest> everyClaimGetsTheVerdictItsAuthorExpects() {
        return REPORT.claims().stream()
                .filter(c -> c.claim().expect() != null)
                .map(c -> DynamicTest.dynamicTest(c.claim().id() + " is " + c.claim().expect(),
                        () -> assertEquals(c.claim().expect(), c.verdict(), () -> c.reasons().toString())));
    }

    @Test
    void everyBundledClaimStatesWhatItsAuthorExpects() {
        assertTrue(REPORT.claims().stream().map(ClaimResult::claim).map(Claim::expect).allMatch(v -> v != null));
    }

    @Test
    void theOver33xClaimIsNotTrueAndShowsBothEndsOfTheRange() {
        ClaimResult c = REPORT.claims().stream().filter(x -> x.claim().id().equals("netflix-pay-33x-threshold"))
                .findFirst().orElseThrow();
        assertEquals(Verdict.MISLEADING, c.verdict());
        assertEquals("holds only at the top of the range (900,000 / 26,470 = 34.001, over 33x), not at the bottom"
                + " (390,000 / 26,470 = 14.734, not over 33x)", c.decidingReason().message());
    }

    @Test
    void salaryRangesWithNoOutsideSourceAreUnverifiableNeverTrue() {
        for (String id : List.of("netflix-ml-salary-range", "wbd-ml-salary-range", "apple-ml-salary-range")) {
            ClaimResult c = REPORT.claims().stream().filter(x -> x.claim().id().equals(id)).findFirst().orElseThrow();
            assertEquals(Verdict.UNVERIFIABLE, c.verdict(), id);
        }
    }
}

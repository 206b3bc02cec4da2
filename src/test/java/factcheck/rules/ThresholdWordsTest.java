package factcheck.rules;

import factcheck.model.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Words that state a share past a threshold: "a majority", "a minority", "most", "nearly all", "hardly any". */
class ThresholdWordsTest {

    @ParameterizedTest(name = "''{0}'' of {1}% is {2}")
    @CsvSource({
            "a majority, 50.5, TRUE",
            "a majority, 50, FALSE",
            "the majority, 62, TRUE",
            "most, 51, TRUE",
            "most, 49, FALSE",
            "more than half, 50.1, TRUE",
            "the vast majority, 80, TRUE",
            "the vast majority, 70, FALSE",
            "an overwhelming majority, 76, TRUE",
            "nearly all, 90, TRUE",
            "nearly all, 97, TRUE",
            "almost all, 85, FALSE",
            "virtually all, 95, TRUE",
            "a minority, 49.9, TRUE",
            "a minority, 50, FALSE",
            "less than half, 40, TRUE",
            "fewer than half, 51, FALSE",
            "hardly any, 4, TRUE",
            "hardly any, 15, FALSE",
            "almost none, 10, TRUE",
    })
    void aThresholdWordIsJudgedAgainstItsShare(String words, String share, Verdict verdict) {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: s, value: SHARE%, source: Survey}
                claims:
                  - {id: c, quote: "WORDS of members agreed", kind: share, figures: {share: s}}
                """.replace("SHARE", share).replace("WORDS", words));
        assertEquals(verdict, r.verdict("c"), r.reason("c"));
    }

    /** Every threshold word the README's table lists reads as the share and qualifier its row says. */
    @org.junit.jupiter.api.Test
    void everyThresholdWordInTheReadmeReadsAsItsRowSays() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        java.util.regex.Matcher row = java.util.regex.Pattern
                .compile("(?m)^\\| (`[^|]+`) \\| (over|under|at least|at most) (\\d+)%").matcher(readme);
        int words = 0;
        while (row.find()) {
            java.util.regex.Matcher form = java.util.regex.Pattern.compile("`([^`]+)`").matcher(row.group(1));
            while (form.find()) {
                String word = form.group(1);
                var read = factcheck.claims.Quantities.read(word, factcheck.claims.Quantities.UnitSpec.NONE);
                assertEquals(true, read.ok(), word);
                assertEquals(Double.parseDouble(row.group(3)), read.amount().low(), 1e-9, word);
                assertEquals(row.group(2), read.amount().implied(), word);
                words++;
            }
        }
        assertEquals(true, words >= 16, "found only " + words + " threshold words in the README");
    }

    @org.junit.jupiter.api.Test
    void nearlyAMajorityInTheQuoteNeedsItsQualifier() {
        RuleHarness.Fired without = RuleHarness.check("""
                figures:
                  - {id: s, value: 49.5%, source: Poll}
                claims:
                  - {id: c, quote: "Nearly a majority of voters backed him", kind: share, figures: {share: s}}
                """);
        assertEquals(Verdict.UNVERIFIABLE, without.verdict("c"));
        assertEquals(true, without.reason("c").contains("write 'qualifier: nearly'"), without.reason("c"));
        RuleHarness.Fired with = RuleHarness.check("""
                figures:
                  - {id: s, value: 49.5%, source: Poll}
                claims:
                  - {id: c, quote: "Nearly a majority of voters backed him", kind: share, qualifier: nearly,
                     figures: {share: s}}
                """);
        assertEquals(Verdict.TRUE, with.verdict("c"), with.reason("c"));
    }
}

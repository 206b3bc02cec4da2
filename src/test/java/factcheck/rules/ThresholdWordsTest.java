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
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: s, value: SHARE%, source: Survey}
                claims:
                  - {id: c, quote: "WORDS of members agreed", kind: share, figures: {share: s}}
                """.replace("SHARE", share).replace("WORDS", words));
        assertEquals(verdict, r.verdict("c"), r.reason("c"));
    }
}

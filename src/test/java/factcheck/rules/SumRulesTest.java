package factcheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/sum.drl: a stated total against a list of parts given under one role. */
class SumRulesTest {

    @Test
    void aTotalOfEighteenPartsIsOneListRole() {
        String figures = IntStream.rangeClosed(1, 18)
                .mapToObj(i -> "  - {id: p" + i + ", value: " + (i * 1000) + ", unit: people, source: Census}")
                .collect(Collectors.joining("\n"));
        String ids = IntStream.rangeClosed(1, 18).mapToObj(i -> "p" + i).collect(Collectors.joining(", "));
        RuleHarness.Fired r = RuleHarness.check("figures:\n" + figures + "\nclaims:\n"
                + "  - {id: c, quote: \"171,000 people in all\", kind: sum, figures: {parts: [" + ids + "]}}\n");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("p1 1,000 + p2 2,000 + p3 3,000 + p4 4,000 + p5 5,000 + p6 6,000 + p7 7,000 + p8 8,000 + p9 9,000"
                + " + p10 10,000 + p11 11,000 + p12 12,000 + p13 13,000 + p14 14,000 + p15 15,000 + p16 16,000"
                + " + p17 17,000 + p18 18,000 = 171,000 people, as stated", r.reason("c"));
        assertEquals(18, r.claim("c").operands().size());
    }

    @Test
    void aTotalThePartsDoNotReachIsFalse() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: salary, value: $4.9 million, source: Proxy}
                  - {id: bonus, value: $23.9 million, source: Proxy}
                claims:
                  - {id: c, quote: "$51.9 million in all", kind: sum, figures: {parts: [salary, bonus]}}
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("salary 4.9 million + bonus 23.9 million = $28.8 million, not $51.9 million (45% below it)",
                r.reason("c"));
    }

    @Test
    void aTotalThatHoldsOnlyAtOneEndOfAPartsRangeIsMisleading() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: salary, value: $4.9 million, source: Proxy}
                  - {id: options, range: [$20 million, $47 million], source: Proxy}
                claims:
                  - {id: c, quote: "$51.9 million in all", kind: sum, figures: {parts: [salary, options]}}
                """);
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("holds only at the top of the range (salary 4.9 million + options 47 million = $51.9 million, as"
                + " stated), not at the bottom (salary 4.9 million + options 20 million = $24.9 million, not $51.9"
                + " million (52% below it))", r.reason("c"));
    }

    @Test
    void partsInDifferentUnitsAreBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: salary, value: $4.9 million, source: Proxy}
                  - {id: staff, value: 1200, unit: people, source: Proxy}
                claims:
                  - {id: c, quote: "5 million in all", kind: sum, figures: {parts: [salary, staff]}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:9: error: claim 'c': field 'figures.parts': figure 'salary' (parts, test.yaml:6)"
                + " is dollars but figure 'staff' (parts, test.yaml:7) is people; parts of a sum are in one unit"),
                r.shortErrors());
    }

    @Test
    void anEmptyListOfPartsIsBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: salary, value: $4.9 million, source: Proxy}
                claims:
                  - {id: c, quote: "$51.9 million in all", kind: sum, figures: {parts: []}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:8: error: claim 'c': field 'figures.parts' lists no figures; give their ids,"
                + " like 'parts: [first, second]'"), r.shortErrors());
    }

    @Test
    void aListWithAFigureMissingNamesIt() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: salary, value: $4.9 million, source: Proxy}
                  - {id: bonus, value: $23.9 million, source: Proxy}
                claims:
                  - id: c
                    quote: "$51.9 million in all"
                    kind: sum
                    figures:
                      parts:
                        - salary
                        - bonsu
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:15: error: claim 'c': field 'figures.parts': unknown figure 'bonsu'; did you mean"
                + " 'bonus'? (known: salary, bonus)"), r.shortErrors());
    }

    @Test
    void aRoleThatTakesOneFigureGivenAListIsBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: salary, value: $4.9 million, source: Proxy}
                  - {id: bonus, value: $23.9 million, source: Proxy}
                claims:
                  - {id: c, quote: "$51.9 million in all", kind: value, figures: {reference: [salary, bonus]}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.reference': a value claim takes one 'reference' figure, not a list; give the one it"
                + " rests on, or a figure computed from them (like 'sum: [a, b]')", r.reason("c"));
    }

    @Test
    void aFigureOverTimeUnderAListRoleStandsForItsValuesUpToTheArticlesDate() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-12-31", """
                figures:
                  - id: quarterly
                    values: {2023-Q1: 10, 2023-Q2: 20, 2023-Q3: 30, 2023-Q4: 40, 2024-Q1: 50}
                    unit: people
                    source: Register
                claims:
                  - {id: c, quote: "100 people in 2023", kind: sum, figures: {parts: quarterly}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("quarterly 10 + quarterly 20 + quarterly 30 + quarterly 40 = 100 people, as stated", r.reason("c"));
    }

    @Test
    void addedUpToIsAVerbNotTheQualifierUpTo() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: a, value: $1 million, source: Ledger}
                  - {id: b, value: $2 million, source: Ledger}
                claims:
                  - {id: c, quote: "The payments added up to $4 million", kind: sum, figures: {parts: [a, b]}}
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("a 1 million + b 2 million = $3 million, not $4 million (25% below it)", r.reason("c"));
    }

    @Test
    void everyPairOfPartsIsComparedForUnits() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: plain, value: 5, source: Ledger}
                  - {id: money, value: $1 million, source: Ledger}
                  - {id: staff, value: 4, unit: people, source: Ledger}
                claims:
                  - {id: c, quote: "1,000,009 in all", kind: sum, figures: {parts: [plain, money, staff]}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.reason("c").contains("figure 'money'") && r.reason("c").contains("figure 'staff'"), r.reason("c"));
    }

    @Test
    void partsAllDatedAfterTheArticleLeaveNothingToAdd() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2018-06", """
                figures:
                  - id: pay
                    values: {2020: 10, 2021: 20}
                    unit: people
                    source: Register
                claims:
                  - {id: c, quote: "30 people", kind: sum, figures: {parts: pay}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.reasons("c").stream().anyMatch(x -> x.message().equals("every value under 'parts' is dated after the"
                + " article (June 2018), which could not have used them (2 later values); give the values up to the"
                + " article's date")), r.reasons("c").toString());
        assertTrue(r.run().failures().isEmpty(), "no rule failed: " + r.run().failures());
    }

    @Test
    void aFigureListedTwiceIsASlip() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: a, value: $1 million, source: Ledger}
                claims:
                  - {id: c, quote: "$2 million in all", kind: sum, figures: {parts: [a, a]}}
                """);
        assertEquals(List.of("test.yaml:8: error: claim 'c': field 'figures.parts': figure 'a' is listed twice"),
                r.shortErrors());
    }

    @Test
    void aRoleAKindAcceptsTakesOneFigureNotAList() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: salaries, value: $20 million, source: Budget}
                  - {id: benefits, value: $6 million, source: Budget}
                  - {id: budget, value: $200 million, source: Budget}
                claims:
                  - {id: c, quote: "13% of the budget", kind: share, figures: {part: [salaries, benefits], whole: budget}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.part': a share claim takes one 'part' figure, not a list; give the one it rests on,"
                + " or a figure computed from them (like 'sum: [a, b]')", r.reason("c"));
    }
}

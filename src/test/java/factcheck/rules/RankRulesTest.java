package factcheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static factcheck.model.Verdict.MOSTLY_TRUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/rank.drl: a figure's place among others ("the second-highest", "the fewest", "more than any other"). */
class RankRulesTest {

    /** Four companies' revenue, and figures for the edge cases. */
    private static final String FIGURES = """
            figures:
              - {id: netflix, value: 9400000000, unit: USD, source: Annual reports}
              - {id: disney, value: 9000000000, unit: USD, source: Annual reports}
              - {id: paramount, value: 8100000000, unit: USD, source: Annual reports}
              - {id: amazon, value: 12000000000, unit: USD, source: Annual reports}
              - {id: warner, value: 9000000000, unit: USD, source: Annual reports}
              - {id: roku, value: 7000000000, unit: USD, source: Annual reports}
              - {id: apple, range: [8000000000, 10000000000], unit: USD, source: Estimates}
              - {id: peacock, range: [8500000000, 9500000000], unit: USD, source: Estimates}
              - {id: netflix-m, value: 9400, unit: USD million, source: Annual reports}
              - {id: plain, value: 10000000000, source: Annual reports}
              - {id: viewers, value: 12000, unit: people, source: Nielsen}
              - {id: hq, text: Los Gatos, source: Annual reports}
              - {id: loss-a, value: -3, unit: USD billion, source: Annual reports}
              - {id: loss-b, value: -5, unit: USD billion, source: Annual reports}
              - {id: profit-c, value: 2, unit: USD billion, source: Annual reports}
            claims:
            """;

    private static RuleHarness.Fired rank(String claim) {
        return RuleHarness.check(FIGURES + "  - " + claim + "\n");
    }

    private static String relative(String error) {
        return error.replaceAll("[^ (]*/test\\.yaml", "test.yaml");
    }

    private static List<String> errors(RuleHarness.Fired r) {
        return r.errors().stream().map(RankRulesTest::relative).toList();
    }

    // ---------------------------------------------------------------- holds and fails

    @Test
    void theLargestOfAListHolds() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest streamer, kind: rank, stated: the largest,"
                + " figures: {subject: netflix, field: [disney, paramount]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$9.4 billion (netflix) is the largest among the 3 figures given; next is $9 billion (disney)",
                r.reason("c"));
    }

    @Test
    void theSecondHighestHoldsWithTheSubjectCountedOnceInTheField() {
        RuleHarness.Fired r = rank("{id: c, quote: the second-highest revenue, kind: rank, stated: the second-highest,"
                + " figures: {subject: netflix, field: [netflix, disney, paramount, amazon]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$9.4 billion (netflix) is the second-highest among the 4 figures given, behind $12 billion"
                + " (amazon)", r.reason("c"));
        RuleHarness.Fired twice = rank("{id: c, quote: the second-highest revenue, kind: rank,"
                + " stated: the second-highest, figures: {subject: netflix, field: [netflix, disney, amazon, netflix]}}");
        assertEquals(List.of("test.yaml:22: error: claim 'c': field 'figures.field': figure 'netflix' is listed twice"),
                errors(twice));
    }

    @Test
    void theLargestFailsWithThePlaceAndWhoIsAhead() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest streamer, kind: rank,"
                + " figures: {subject: paramount, field: [disney, amazon, netflix]}}");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("$8.1 billion (paramount) is the fourth-largest among the 4 figures given, behind $12 billion"
                + " (amazon), $9.4 billion (netflix) and $9 billion (disney), not the largest", r.reason("c"));
    }

    @Test
    void aPlaceBelowTheRealOneFailsToo() {
        RuleHarness.Fired r = rank("{id: c, quote: the second-largest streamer, kind: rank,"
                + " figures: {subject: amazon, field: [disney, netflix]}}");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("$12 billion (amazon) is the largest among the 3 figures given, not the second-largest",
                r.reason("c"));
    }

    // ---------------------------------------------------------------- the word forms

    @Test
    void theFewestPutsTheLowestFirst() {
        RuleHarness.Fired r = rank("{id: c, quote: the fewest subscribers, kind: rank,"
                + " figures: {subject: paramount, field: [disney, amazon, netflix]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$8.1 billion (paramount) is the fewest among the 4 figures given; next is $9 billion (disney)",
                r.reason("c"));
    }

    @Test
    void theLowestAndTheThirdLargestAreReadFromTheTable() {
        assertEquals(TRUE, rank("{id: c, quote: the lowest revenue, kind: rank,"
                + " figures: {subject: paramount, field: [disney, amazon]}}").verdict("c"));
        RuleHarness.Fired third = rank("{id: c, quote: the third-largest streamer, kind: rank,"
                + " figures: {subject: disney, field: [netflix, amazon, paramount]}}");
        assertEquals(TRUE, third.verdict("c"));
        assertEquals("$9 billion (disney) is the third-largest among the 4 figures given, behind $12 billion (amazon)"
                + " and $9.4 billion (netflix)", third.reason("c"));
    }

    @Test
    void moreThanAnyOtherIsTheHighestEvenWithWordsBetween() {
        RuleHarness.Fired r = rank("{id: c, quote: Amazon spent more on content than any other streamer, kind: rank,"
                + " figures: {subject: amazon, field: [disney, netflix]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$12 billion (amazon) is the highest among the 3 figures given; next is $9.4 billion (netflix)",
                r.reason("c"));
    }

    @Test
    void lessThanAnyOtherIsTheLowest() {
        RuleHarness.Fired r = rank("{id: c, quote: Paramount spent less than any other, kind: rank,"
                + " figures: {subject: paramount, field: [disney, netflix]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$8.1 billion (paramount) is the lowest among the 3 figures given; next is $9 billion (disney)",
                r.reason("c"));
    }

    @Test
    void theFastestEverIsJudgedOnlyAmongTheFiguresGiven() {
        RuleHarness.Fired r = rank("{id: c, quote: the fastest ever, kind: rank, stated: the fastest ever,"
                + " figures: {subject: amazon, field: [disney, netflix]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$12 billion (amazon) is the fastest among the 3 figures given; next is $9.4 billion (netflix);"
                + " 'ever' is judged only among the figures given", r.reason("c"));
    }

    @Test
    void theMostExpensiveIsASuperlativeNotAMajority() {
        // With no 'stated', the claims file reader takes "most" for "a majority" and implies 'over';
        // a rank claim judges its words and ignores that.
        RuleHarness.Fired r = rank("{id: c, quote: the second most expensive, kind: rank,"
                + " figures: {subject: netflix, field: [amazon, disney]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$9.4 billion (netflix) is the second-most expensive among the 3 figures given, behind $12 billion"
                + " (amazon)", r.reason("c"));
    }

    @Test
    void anOrdinalInDigitsIsReadFromTheQuote() {
        RuleHarness.Fired r = rank("{id: c, quote: the 2nd-largest streamer, kind: rank,"
                + " figures: {subject: netflix, field: [amazon, disney]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$9.4 billion (netflix) is the second-largest among the 3 figures given, behind $12 billion"
                + " (amazon)", r.reason("c"));
    }

    @Test
    void anOrdinalInDigitsInStatedIsReadAsWords() {
        RuleHarness.Fired r = rank("{id: c, quote: the 2nd-largest streamer, kind: rank, stated: the 2nd-largest,"
                + " figures: {subject: netflix, field: [amazon, disney]}}");
        RuleHarness.Fired words = rank("{id: c, quote: the second-largest streamer, kind: rank,"
                + " stated: the second-largest, figures: {subject: netflix, field: [amazon, disney]}}");
        assertEquals(List.of(), errors(r));
        assertEquals(words.verdict("c"), r.verdict("c"));
        assertEquals(words.reason("c"), r.reason("c"));
    }

    // ---------------------------------------------------------------- ranges and ties

    @Test
    void aRangeHoldsOnlyAtTheTopOfItsRange() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest, kind: rank,"
                + " figures: {subject: apple, field: [disney, roku]}}");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("8 billion - $10 billion (apple) is the largest at best and the second-largest at worst among the"
                + " 3 figures given, level with $9 billion (disney) in part of the range: the largest only at the top of"
                + " its range", r.reason("c"));
    }

    @Test
    void aRangeHoldsOnlyAtTheBottomOfItsRange() {
        RuleHarness.Fired second = rank("{id: c, quote: the second-largest, kind: rank,"
                + " figures: {subject: apple, field: [disney, roku]}}");
        assertEquals(MISLEADING, second.verdict("c"));
        assertEquals("8 billion - $10 billion (apple) is the largest at best and the second-largest at worst among the"
                + " 3 figures given, level with $9 billion (disney) in part of the range: the second-largest only at the"
                + " bottom of its range", second.reason("c"));
        RuleHarness.Fired smallest = rank("{id: c, quote: the smallest, kind: rank,"
                + " figures: {subject: apple, field: [disney]}}");
        assertEquals(MISLEADING, smallest.verdict("c"));
        assertEquals("8 billion - $10 billion (apple) is the smallest at best and the second-smallest at worst among the"
                + " 2 figures given, level with $9 billion (disney) in part of the range: the smallest only at the bottom"
                + " of its range", smallest.reason("c"));
    }

    @Test
    void aRangeThatIsNeverAtTheStatedPlaceFails() {
        RuleHarness.Fired r = rank("{id: c, quote: the third-largest, kind: rank,"
                + " figures: {subject: apple, field: [disney, roku]}}");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("8 billion - $10 billion (apple) is the largest at best and the second-largest at worst among the"
                + " 3 figures given, level with $9 billion (disney) in part of the range, not the third-largest",
                r.reason("c"));
    }

    @Test
    void rangesOfOtherFiguresLeaveThePlaceOpen() {
        RuleHarness.Fired r = rank("{id: c, quote: the second-largest, kind: rank,"
                + " figures: {subject: apple, field: [peacock, roku, warner]}}");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("8 billion - $10 billion (apple) is the largest at best and the third-largest at worst among the"
                + " 4 figures given, level with 8.5 billion - $9.5 billion (peacock) and $9 billion (warner) in part of"
                + " the range: the second-largest only for some values within the ranges of 'apple' and 'peacock'",
                r.reason("c"));
    }

    @Test
    void theRangeOfAnotherFigureLeavesThePlaceOpen() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest, kind: rank,"
                + " figures: {subject: disney, field: [peacock, paramount]}}");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("$9 billion (disney) is the largest at best and the second-largest at worst among the 3 figures"
                + " given, level with 8.5 billion - $9.5 billion (peacock) in part of the range: the largest only for"
                + " some values within the range of 'peacock'", r.reason("c"));
    }

    @Test
    void aTieAtTheStatedPlaceIsMisleading() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest, kind: rank,"
                + " figures: {subject: disney, field: [warner, paramount]}}");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("$9 billion (disney) is tied with $9 billion (warner) for the largest among the 3 figures given:"
                + " the largest only if the tie is broken in its favour", r.reason("c"));
    }

    @Test
    void aTieBelowTheSharedPlaceDependsOnTheTieToo() {
        RuleHarness.Fired r = rank("{id: c, quote: the second-largest, kind: rank,"
                + " figures: {subject: disney, field: [warner, paramount]}}");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("$9 billion (disney) is tied with $9 billion (warner) for the largest among the 3 figures given:"
                + " the second-largest only if the tie is broken against it", r.reason("c"));
    }

    @Test
    void aTieAtAnotherPlaceFails() {
        RuleHarness.Fired r = rank("{id: c, quote: the smallest, kind: rank,"
                + " figures: {subject: disney, field: [warner, paramount]}}");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("$9 billion (disney) is tied with $9 billion (warner) for the second-smallest among the 3 figures"
                + " given, behind $8.1 billion (paramount), not the smallest", r.reason("c"));
    }

    // ---------------------------------------------------------------- units and lists

    @Test
    void unitsAreCarriedThrough() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest, kind: rank,"
                + " figures: {subject: netflix-m, field: [disney, paramount]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$9.4 billion (netflix-m: 9400 USD million) is the largest among the 3 figures given; next is"
                + " $9 billion (disney)", r.reason("c"));
    }

    @Test
    void figuresInAnotherUnitAreAProblemNamingBoth() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest, kind: rank,"
                + " figures: {subject: netflix, field: [disney, viewers]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:22: error: claim 'c': field 'figures.field': figure 'netflix' (subject,"
                + " test.yaml:6) is USD but figure 'viewers' (field, test.yaml:16) is people; rank figures in the"
                + " same unit"), errors(r));
    }

    @Test
    void figuresOfTheFieldMustCompareWithEachOtherToo() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest, kind: rank,"
                + " figures: {subject: plain, field: [disney, viewers]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:22: error: claim 'c': field 'figures.field': figure 'disney' (field,"
                + " test.yaml:7) is USD but figure 'viewers' (field, test.yaml:16) is people; rank figures in the"
                + " same unit"), errors(r));
    }

    @Test
    void aTextFigureInTheFieldIsReportedAsText() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest, kind: rank, figures: {subject: netflix, field: [disney, hq]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:22: error: claim 'c': field 'figures.field': figure 'hq' is text, but a rank"
                + " claim needs a number for its 'field'"), errors(r));
    }

    @Test
    void anEmptyFieldIsAnError() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest, kind: rank, figures: {subject: netflix, field: []}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:22: error: claim 'c': field 'figures.field' lists no figures; give their ids,"
                + " like 'field: [first, second]'"), errors(r));
    }

    @Test
    void aFieldWithAnUnknownFigureIsAnError() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest, kind: rank,"
                + " figures: {subject: netflix, field: [disney, hulu]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertEquals("test.yaml:22: error: claim 'c': field 'figures.field': unknown figure 'hulu' (known: netflix,"
                + " disney, paramount, amazon, warner, roku, apple, peacock, netflix-m, plain, viewers, hq, loss-a, loss-b, profit-c)",
                relative(r.errors().get(0)));
    }

    @Test
    void aSubjectGivenAsAListOfOneIsThatFigure() {
        assertEquals(TRUE, rank("{id: c, quote: the largest, kind: rank, figures: {subject: [netflix], field: [disney]}}")
                .verdict("c"));
    }

    @Test
    void aMissingFieldIsReportedByTheGenericRule() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest, kind: rank, figures: {subject: netflix}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.field': a rank claim needs a 'field' figure (the figures it is ranked among); add"
                + " it under 'figures:', like 'field: some-figure-id'", r.reason("c"));
    }

    @Test
    void theSubjectAloneIsNothingToRankAgainst() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest, kind: rank, figures: {subject: netflix, field: netflix}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.field': the field holds no figure but the subject 'netflix'; list the figures it"
                + " is ranked among, like 'field: [a, b, c]'", r.reason("c"));
    }

    @Test
    void aFieldOfOneFigureOverTimeIsItsDatedValuesUpToTheArticle() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07", """
                figures:
                  - id: cpi
                    unit: percent
                    source: ONS
                    values: {2019: 1.8, 2020: 0.9, 2021: 2.6, 2022: 9.1, 2023: 6.7, 2024: 11.2}
                claims:
                  - {id: c, quote: the highest on record, kind: rank, figures: {subject: cpi, field: cpi}}
                  - {id: d, quote: the second-highest on record, kind: rank, figures: {subject: cpi, field: cpi}}
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("6.7% (cpi, 2023 value) is the second-highest among the 5 figures given, behind 9.1% (cpi, 2022"
                + " value), not the highest; 'on record' is judged only among the figures given; 2024: 11.2% (cpi) is"
                + " dated after the article (2023-07) and left out", r.reason("c"));
        assertEquals(TRUE, r.verdict("d"));
        assertEquals("6.7% (cpi, 2023 value) is the second-highest among the 5 figures given, behind 9.1% (cpi, 2022"
                + " value); 'on record' is judged only among the figures given; 2024: 11.2% (cpi) is dated after the"
                + " article (2023-07) and left out", r.reason("d"));
    }

    @Test
    void aFigureDatedAfterTheArticleIsLeftOutOfAList() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2023-07", """
                figures:
                  - {id: x, value: 5, unit: percent, as-of: 2023, source: S}
                  - {id: y, value: 4, unit: percent, as-of: 2022, source: S}
                  - {id: z, value: 7, unit: percent, as-of: 2024, source: S}
                claims:
                  - {id: c, quote: the highest, kind: rank, figures: {subject: x, field: [y, z]}}
                  - {id: d, quote: the highest, kind: rank, figures: {subject: x, field: [z]}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("5% (x) is the highest among the 2 figures given; next is 4% (y); 2024: 7% (z) is dated after the"
                + " article (2023-07) and left out", r.reason("c"));
        assertEquals(UNVERIFIABLE, r.verdict("d"));
        assertEquals("field 'figures.field': the field holds no figure but the subject 'x'; 2024: 7% (z) is dated after"
                + " the article (2023-07) and left out; list the figures it is ranked among, like 'field: [a, b, c]'",
                r.reason("d"));
    }

    // ---------------------------------------------------------------- losses

    @Test
    void theBiggestLossRanksLossesBySize() {
        RuleHarness.Fired r = rank("{id: c, quote: the biggest loss, kind: rank,"
                + " figures: {subject: loss-b, field: [loss-a]}}");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("-$5 billion (loss-b) is the biggest among the 2 figures given; next is -$3 billion (loss-a)"
                + " (losses, ranked by size)", r.reason("c"));
    }

    @Test
    void aLossRankedAmongGainsIsBadInput() {
        RuleHarness.Fired r = rank("{id: c, quote: the biggest loss, kind: rank,"
                + " figures: {subject: loss-b, field: [loss-a, profit-c]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'figures.field': the claim is about a loss, but its figures are both losses (negative) and"
                + " gains (positive); rank only the losses, or say in 'stated' what is ranked", r.reason("c"));
    }

    // ---------------------------------------------------------------- words that are not judged

    @Test
    void bestAndWorstDoNotSayWhichWay() {
        RuleHarness.Fired r = rank("{id: c, quote: the best, kind: rank, figures: {subject: netflix, field: [disney]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'quote': 'best' does not say whether the number is high or low (the best unemployment rate"
                + " is the lowest); say which, like 'the lowest'; write the place in 'stated', like 'stated: the"
                + " second-largest'", r.reason("c"));
    }

    @Test
    void wordsWithNoSuperlativeNameNoPlace() {
        RuleHarness.Fired r = rank("{id: c, quote: a big streamer, kind: rank, stated: a big one,"
                + " figures: {subject: netflix, field: [disney]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': the words name no place from the table in rules/rank.drl ('the largest', 'the"
                + " second-highest', 'the fewest', 'more than any other')", r.reason("c"));
    }

    @Test
    void severalPlacesAreNotOne() {
        for (String[] words : new String[][] {{"one of the largest", "one of"}, {"in the top three", "top three"},
                {"the three largest", "three largest"}}) {
            RuleHarness.Fired r = rank("{id: c, quote: " + words[0] + ", kind: rank,"
                    + " figures: {subject: netflix, field: [disney]}}");
            assertEquals(UNVERIFIABLE, r.verdict("c"), words[0]);
            assertEquals("field 'quote': '" + words[1] + "' names several places; a rank claim checks one ('the"
                    + " third-largest'); write the place in 'stated', like 'stated: the second-largest'", r.reason("c"));
        }
    }

    @Test
    void twoPlacesInTheQuoteNeedStated() {
        RuleHarness.Fired r = rank("{id: c, quote: the largest and the second-smallest, kind: rank,"
                + " figures: {subject: netflix, field: [disney]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'quote': the quote names more than one place ('second smallest', 'largest'); write the"
                + " place in 'stated', like 'stated: the second-largest'", r.reason("c"));
        RuleHarness.Fired stated = rank("{id: c, quote: the largest and the second-smallest, kind: rank,"
                + " stated: the largest, figures: {subject: netflix, field: [disney]}}");
        assertEquals(TRUE, stated.verdict("c"));
    }

    @Test
    void aDenialIsNotJudgedAsWhatItDenies() {
        RuleHarness.Fired quoted = rank("{id: c, quote: not the largest, kind: rank,"
                + " figures: {subject: netflix, field: [disney]}}");
        assertEquals(UNVERIFIABLE, quoted.verdict("c"));
        assertEquals("field 'quote': 'not' denies what follows: the rules would judge the claim it denies; write the"
                + " place in 'stated', like 'stated: the second-largest'", quoted.reason("c"));
        RuleHarness.Fired stated = rank("{id: c, quote: \"it isn't the largest\", kind: rank, stated: the largest,"
                + " figures: {subject: netflix, field: [disney]}}");
        assertEquals(UNVERIFIABLE, stated.verdict("c"));
        assertEquals("field 'stated': the quote says 'isn't': it denies what follows, and the rules would judge the"
                + " claim it denies", stated.reason("c"));
    }

    @Test
    void statedWordsMustGiveTheQuotesPlace() {
        RuleHarness.Fired r = rank("{id: c, quote: the second-largest, kind: rank, stated: the largest,"
                + " figures: {subject: netflix, field: [disney]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': 'the largest' is not the place the quote gives (the second-largest); write the"
                + " words the quote uses", r.reason("c"));
    }

    @Test
    void aNumberBesidesThePlaceWouldGoUncheckedSoItIsBadInput() {
        RuleHarness.Fired r = rank("{id: c, quote: \"the second-largest, with $9.4 billion\", kind: rank,"
                + " stated: the second-largest, figures: {subject: netflix, field: [amazon, disney]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'quote': the quote also gives '$9.4 billion', which a rank claim does not check; quote only"
                + " the words that give the place, and check the number with a claim of its own", r.reason("c"));
    }

    @Test
    void aWrittenQualifierIsBadInput() {
        RuleHarness.Fired r = rank("{id: c, quote: nearly the largest, kind: rank, stated: the largest,"
                + " qualifier: nearly, figures: {subject: netflix, field: [disney]}}");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'qualifier': a rank claim takes no qualifier: its words ('the second-largest') are what it"
                + " states; remove 'qualifier'", r.reason("c"));
    }

    @Test
    void aFieldOfOldFiguresMayBeOutOfDate() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2024-03-01", """
                figures:
                  - {id: x, value: 13, unit: USD million, as-of: 2023, source: Annual report}
                  - {id: old, value: 5, unit: USD million, as-of: 2012, source: Annual report}
                claims:
                  - {id: c, quote: X has the largest budget, kind: rank, figures: {subject: x, field: [old]}}
                """);
        assertEquals(MOSTLY_TRUE, r.verdict("c"), r.reason("c"));
        assertTrue(r.reason("c").startsWith("figure 'old' is as of 2012"), r.reason("c"));
    }
}

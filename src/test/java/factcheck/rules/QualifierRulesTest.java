package factcheck.rules;

import factcheck.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MOSTLY_TRUE;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * rules/qualifiers.drl: every row of the qualifier table and its synonyms, how exact a stated
 * number is as written, and the messages that show the working.
 */
class QualifierRulesTest {

    /** A value claim stating {@code stated} (as written, and so quoted) against a reference figure {@code actual}. */
    static RuleHarness.Fired value(String stated, String qualifier, String actual) {
        return RuleHarness.check("""
                figures:
                  - {id: ref, value: "%s", source: Outside}
                claims:
                  - {id: c, quote: "the number %s", kind: value, stated: "%s", qualifier: "%s", figures: {reference: ref}}
                """.formatted(actual, stated, stated, qualifier));
    }

    @ParameterizedTest(name = "\"{1} {0}\" against {2} is {3}")
    @CsvSource({
            // no qualifier: rounds to the number as written; within 10% it is MOSTLY_TRUE
            "87,       '',            87.3,   TRUE",
            "87,       '',            86.5,   TRUE",
            "87,       '',            86.4,   MOSTLY_TRUE",
            "87,       '',            78,     FALSE",
            "27000,    '',            26500,  TRUE",
            "27000,    '',            26470,  MOSTLY_TRUE",
            "27000,    '',            24300,  MOSTLY_TRUE",
            "27000,    '',            24000,  FALSE",
            "4.8,      '',            4.84,   TRUE",
            "4.8,      '',            4.9,    MOSTLY_TRUE",
            "0.5,      '',            0.54,   TRUE",
            // a whole number is to the unit, but never more than 5% off
            "2,        '',            1.97,   TRUE",
            "2,        '',            2.2,    MOSTLY_TRUE",
            "2,        '',            1.6,    FALSE",
            // exactly, precisely
            "27000,    exactly,       27000,  TRUE",
            "27000,    precisely,     26999,  FALSE",
            // about and its synonyms: within 5%; within 10% MOSTLY_TRUE
            "100,      about,         105,    TRUE",
            "100,      around,        95,     TRUE",
            "100,      approximately, 108,    MOSTLY_TRUE",
            "100,      roughly,       89,     FALSE",
            "100,      some,          96,     TRUE",
            "100,      close to,      104,    TRUE",
            // nearly, almost: at most the stated number and at least 90% of it; just over is MOSTLY_TRUE
            "20,       nearly,        19,     TRUE",
            "20,       nearly,        17.9,   FALSE",
            "33,       under,         33,     FALSE",
            "100,      nearly,        90,     TRUE",
            "100,      almost,        100,    TRUE",
            "100,      just under,    95,     TRUE",
            "100,      nearly,        89.9,   FALSE",
            "100,      nearly,        103,    MOSTLY_TRUE",
            "100,      nearly,        106,    FALSE",
            // just over: above, and within 10%
            "100,      just over,     104,    TRUE",
            "100,      slightly more than, 99, MOSTLY_TRUE",
            "100,      just above,    125,    FALSE",
            // over / under and their synonyms: strict, whatever the written precision
            "33,       over,          33.3,   TRUE",
            "33,       more than,     33,     FALSE",
            "33,       above,         32.9,   FALSE",
            "33,       in excess of,  40,     TRUE",
            "33,       under,         32.9,   TRUE",
            "33,       less than,     33,     FALSE",
            "33,       below,         34,     FALSE",
            "33,       fewer than,    20,     TRUE",
            // at least / at most / up to: inclusive, at the precision written
            "33,       at least,      33,     TRUE",
            "33,       at least,      32.9,   FALSE",
            "33.0,     at least,      32.96,  TRUE",
            "33,       at least,      32.4,   FALSE",
            "33,       no less than,  35,     TRUE",
            "33,       at most,       33,     TRUE",
            "900000,   up to,         900000, TRUE",
            "900000,   up to,         904000, FALSE",
            "900000,   up to,         900000.4, FALSE",
            "7.25,     up to,         7.2467, TRUE",
            "4.93,     up to,         4.9333, TRUE",
            "4.93,     up to,         4.936,  FALSE",
            "33,       no more than,  34,     FALSE",
            "33,       as many as,    30,     TRUE",
    })
    void qualifierTolerances(String stated, String qualifier, String actual, Verdict expected) {
        assertEquals(expected, value(stated, qualifier, actual).verdict("c"));
    }

    @Test
    void aNumberThatRoundsToTheStatedOneSaysSo() {
        RuleHarness.Fired r = value("87", "", "87.3");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("87.3 (ref), which rounds to the stated 87", r.reason("c"));
    }

    @Test
    void aGenerousRoundUpIsMostlyTrueAndSaysByHowMuch() {
        RuleHarness.Fired r = value("27,000", "", "26470");
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
        assertEquals("26,470 (ref), 2% below the stated 27,000: close, but more than its written precision allows"
                + " (to the nearest 1,000, 26,470 rounds to 26,000)", r.reason("c"));
        assertEquals("claim holds only loosely", r.rule("c"));
    }

    @Test
    void aWholeNumberFarOffIsMostlyTrueAndSaysItsReach() {
        assertEquals("2.2 (ref), 10% above the stated 2: close, but more than the 5% a whole number allows",
                value("2", "", "2.2").reason("c"));
    }

    @Test
    void aMissIsFalseAndSaysByHowMuch() {
        RuleHarness.Fired r = value("27000", "", "24000");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("24,000 (ref), not 27000 (11% below it)", r.reason("c"));
    }

    @Test
    void aClaimCanSayItIsExactToTheUnit() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: ref, value: 899000, source: Outside}
                claims:
                  - {id: c, quote: the number 900000, kind: value, stated: 900000, precision: 1, figures: {reference: ref}}
                """);
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
        assertEquals(TRUE, value("900000", "", "899000").verdict("c"));
    }

    @Test
    void eachEndOfAStatedRangeKeepsItsOwnPrecision() {
        // 390,000 and 900,000 are each written to the ten thousand: 896,000 rounds to the top, 300,000 misses the bottom
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: ref, range: [300000, 896000], source: Outside}
                claims:
                  - {id: c, quote: "the range 390000 to 900000", kind: range, stated: [390000, 900000], figures: {reference: ref}}
                """);
        assertEquals(Verdict.MISLEADING, r.verdict("c"));
    }

    @Test
    void aZeroFigureOrStatedNumberGivesNoPercentage() {
        assertEquals("0 (ref), not 27000 (100% below it)", value("27000", "", "0").reason("c"));
        assertEquals("5 (ref), not about 0", value("0", "about", "5").reason("c"));
    }

    @Test
    void closenessQualifiersGiveTheDifferenceInPercent() {
        assertEquals("104 (ref), about 100 (+4%)", value("100", "about", "104").reason("c"));
        assertEquals("94 (ref), 6% below 100: not around 100 as the words say, but within 10% of it",
                value("100", "around", "94").reason("c"));
        assertEquals("89 (ref), not around 100 (-11%)", value("100", "around", "89").reason("c"));
        assertEquals("97 (ref), nearly 100 (-3%)", value("100", "nearly", "97").reason("c"));
    }

    @Test
    void nearlyJustOverTheStatedNumberIsMostlyTrueAndSaysWhy() {
        RuleHarness.Fired r = value("20%", "nearly", "20.3");
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
        assertEquals("20.3 (ref), 1.5% above 20%: not nearly 20% as the words say, but within 5% of it", r.reason("c"));
    }

    @Test
    void negativeNumbersWithNoWordForADecreaseAreJudgedAsNumbers() {
        // "at least -9" is simply not below -9; only a word ("a loss of"), or a change, is judged by size.
        assertEquals(TRUE, value("-9", "at least", "10").verdict("c"));
        assertEquals(FALSE, value("-9", "over", "-10").verdict("c"));
    }

    @Test
    void nearlyIsJudgedBySizeForNegativeNumbers() {
        assertEquals(TRUE, value("-10", "nearly", "-9.6").verdict("c"), "nearly -10 degrees is -9.6");
        assertEquals(FALSE, value("-10", "nearly", "-11").verdict("c"));
        assertEquals(FALSE, value("-10", "nearly", "9.6").verdict("c"));
    }

    @Test
    void aFailureThatLooksLikeTheStatedNumberShowsItsHiddenDigits() {
        assertEquals("34 (ref) (33.99999), not over 34", value("34", "over", "33.99999").reason("c"));
        assertEquals("34.6 (ref), not up to 34", value("34", "up to", "34.6").reason("c"));
    }

    @Test
    void messagesKeepTheDigitsThatDecide() {
        assertEquals("9.032 (ref), which rounds to the stated 9", value("9", "", "9.032").reason("c"));
        assertEquals("4.9333 (ref), up to 4.93", value("4.93", "up to", "4.9333").reason("c"));
    }

    @Test
    void roundingIsHalfUpAtTheWrittenPrecision() {
        assertEquals(TRUE, value("27000", "", "26500").verdict("c"));
        assertEquals(MOSTLY_TRUE, value("27000", "", "27500").verdict("c"), "27,500 rounds to 28,000");
        assertEquals(TRUE, value("28000", "", "27500").verdict("c"));
        assertEquals(MOSTLY_TRUE, value("27000", "", "27600").verdict("c"));
    }

    @Test
    void anyPrecisionAClaimGivesIsUsable() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: ref, value: 1234, source: Outside}
                claims:
                  - {id: c, quote: the number 1400, kind: value, stated: 1400, precision: 700, figures: {reference: ref}}
                """);
        assertEquals(TRUE, r.verdict("c"));
    }

    @Test
    void anUnknownQualifierIsBadInputWithASuggestion() {
        RuleHarness.Fired r = value("33", "ovr", "40");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.reason("c").startsWith("field 'qualifier': 'ovr' is not a qualifier the rules know; did you mean"
                + " 'over'? (known: a little more than, a little over, a maximum of,"), r.reason("c"));
        assertTrue(r.reason("c").endsWith("); add it to the table in rules/qualifiers.drl, or use one of these"),
                r.reason("c"));
        assertEquals(1, r.errors().size());
    }

    @Test
    void aClaimWithNoStatedNumberAndNoneInItsQuoteIsBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: ref, value: 10, source: Outside}
                claims:
                  - {id: c, quote: the number, kind: value, figures: {reference: ref}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': a value claim needs the number it states, and its quote holds no single number"
                + " to take it from (numbers in the quote: none); write it in 'stated', as the article does"
                + " ('$39.3 billion', '87%', '33x')", r.reason("c"));
    }

    @Test
    void aNewSynonymAddedToTheTableIsUnderstood() {
        // The table is data: a row or synonym added to it is all a new qualifier takes.
        RuleHarness.Fired r = RuleHarness.check(RuleHarness.rulesWith("qualifiers.drl",
                        "\"over\",        java.util.List.of(\"more than\",", "\"over\",        java.util.List.of(\"north of\", \"more than\","),
                """
                figures:
                  - {id: ref, value: 40, source: Outside}
                claims:
                  - {id: c, quote: the number 33, kind: value, stated: 33, qualifier: north of, figures: {reference: ref}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("40 (ref), north of 33", r.reason("c"));
    }
}

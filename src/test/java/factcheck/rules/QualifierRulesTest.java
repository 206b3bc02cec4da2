package factcheck.rules;

import factcheck.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static factcheck.model.Verdict.MOSTLY_TRUE;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** rules/qualifiers.drl: every qualifier's tolerance, and rounding at the written precision. */
class QualifierRulesTest {

    /** A value claim stating {@code stated} (as written) against a reference figure {@code actual}. */
    private static RuleHarness.Checked value(String stated, String qualifier, String actual) {
        return RuleHarness.check("""
                figures:
                  - {id: ref, value: %s, source: Outside}
                claims:
                  - {id: c, quote: the number, kind: value, stated: %s, qualifier: "%s", figures: {reference: ref}}
                """.formatted(actual, stated, qualifier));
    }

    @ParameterizedTest(name = "\"{1} {0}\" against {2} is {3}")
    @CsvSource({
            // no qualifier: rounds to the written precision, or is a generous rounding one step further
            "87,       '',            87.3,   TRUE",
            "87,       '',            86.5,   TRUE",
            "87,       '',            86.4,   MOSTLY_TRUE",
            "87,       '',            85.9,   FALSE",
            "27000,    '',            26500,  TRUE",
            "27000,    '',            26470,  MOSTLY_TRUE",
            "27000,    '',            25900,  FALSE",
            "27000,    '',            27499,  TRUE",
            "4.8,      '',            4.84,   TRUE",
            "4.8,      '',            4.9,    MOSTLY_TRUE",
            // exactly
            "27000,    exactly,       27000,  TRUE",
            "27000,    exactly,       26999,  FALSE",
            // about: within 5%
            "100,      about,         105,    TRUE",
            "100,      around,        95,     TRUE",
            "100,      approximately, 105.1,  FALSE",
            "100,      roughly,       94.9,   FALSE",
            // nearly: at most the stated value, at least 90% of it
            "100,      nearly,        90,     TRUE",
            "100,      almost,        100,    TRUE",
            "100,      nearly,        89.9,   FALSE",
            "100,      nearly,        100.4,  FALSE",
            "100,      nearly,        101,    FALSE",
            // over / under: strict
            "33,       over,          33.3,   TRUE",
            "33,       more than,     33,     FALSE",
            "33,       above,         32,     FALSE",
            "33,       under,         32.9,   TRUE",
            "33,       less than,     33,     FALSE",
            "33,       below,         34,     FALSE",
            // at least / at most / up to: inclusive
            "33,       at least,      33,     TRUE",
            "33,       at least,      32.9,   FALSE",
            "33,       at most,       33,     TRUE",
            "900000,   up to,         900000, TRUE",
            "900000,   up to,         900001, FALSE",
            "33,       no more than,  33.1,   FALSE",
    })
    void qualifierTolerances(String stated, String qualifier, String actual, Verdict expected) {
        assertEquals(expected, value(stated, qualifier, actual).verdict("c"));
    }

    @Test
    void aNumberThatRoundsToTheStatedOneSaysSo() {
        RuleHarness.Checked r = value("87", "", "87.3");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("87.3 (ref), which rounds to the stated 87", r.reason("c"));
    }

    @Test
    void aGenerousRoundUpIsMostlyTrueAndSaysByHowMuch() {
        RuleHarness.Checked r = value("27000", "", "26470");
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
        assertEquals("26,470 (ref); the stated 27,000 rounds it up by 2.0%, more than its written precision allows:"
                + " to the nearest 1,000, 26,470 rounds to 26,000", r.reason("c"));
        assertEquals("claim holds only after a generous rounding", r.rule("c"));
    }

    @Test
    void aMissIsFalseAndSaysByHowMuch() {
        RuleHarness.Checked r = value("27000", "", "24000");
        assertEquals("24,000 (ref), not 27,000 (the stated number is off by 12.5%)", r.reason("c"));
    }

    @Test
    void aClaimCanSayItIsExactToTheUnit() {
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: ref, value: 899000, source: Outside}
                claims:
                  - {id: c, quote: the number, kind: value, stated: 900000, precision: 1, figures: {reference: ref}}
                """);
        assertEquals(Verdict.FALSE, r.verdict("c"));
        assertEquals(TRUE, value("900000", "", "899000").verdict("c"));
    }

    @Test
    void eachEndOfAStatedRangeKeepsItsOwnPrecision() {
        // 390,000 and 900,000 are each written to the ten thousand: 896,000 rounds to the top, 300,000 misses the bottom
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: ref, range: [300000, 896000], source: Outside}
                claims:
                  - {id: c, quote: the range, kind: range, stated: [390000, 900000], figures: {reference: ref}}
                """);
        assertEquals(Verdict.MISLEADING, r.verdict("c"));
    }

    @Test
    void aZeroFigureOrStatedNumberGivesNoPercentage() {
        assertEquals("0 (ref), not 27,000", value("27000", "", "0").reason("c"));
        assertEquals("5 (ref), not about 0", value("0", "about", "5").reason("c"));
    }

    @Test
    void aboutGivesTheDifferenceInPercent() {
        assertEquals("104 (ref), about 100 (+4%)", value("100", "about", "104").reason("c"));
        assertEquals("94 (ref), not about 100 (-6%)", value("100", "about", "94").reason("c"));
    }

    @Test
    void negativeNumbersOutsideAChangeAreJudgedAsNumbers() {
        // Only a change reads a negative number as a fall; "at least -9" is simply not below -9.
        assertEquals(TRUE, value("-9", "at least", "10").verdict("c"));
        assertEquals(Verdict.FALSE, value("-9", "over", "-10").verdict("c"));
    }

    @Test
    void wholeNumbersBelowAThousandAreExact() {
        assertEquals(Verdict.FALSE, value("10", "", "14.9").verdict("c"), "10 is to the unit, not the ten");
        assertEquals(Verdict.FALSE, value("100", "", "95").verdict("c"), "100% is 100%");
        assertEquals(TRUE, value("100", "", "100.4").verdict("c"));
    }

    @Test
    void nearlyIsJudgedBySizeForNegativeNumbers() {
        assertEquals(TRUE, value("-10", "nearly", "-9.6").verdict("c"), "nearly -10 degrees is -9.6");
        assertEquals(Verdict.FALSE, value("-10", "nearly", "-10.4").verdict("c"));
        assertEquals(Verdict.FALSE, value("-10", "nearly", "9.6").verdict("c"));
    }

    @Test
    void aFailureThatLooksLikeTheStatedNumberShowsItsHiddenDigits() {
        assertEquals("34.0 (ref) (34.0008), not up to 34", value("34", "up to", "34.0008").reason("c"));
    }

    @Test
    void roundingIsHalfUpAtTheWrittenPrecision() {
        assertEquals(TRUE, value("27000", "", "26500").verdict("c"));
        assertEquals(MOSTLY_TRUE, value("27000", "", "27500").verdict("c"), "27,500 rounds to 28,000");
        assertEquals("27,500 (ref); the stated 27,000 rounds it down by 1.8%, more than its written precision"
                + " allows: to the nearest 1,000, 27,500 rounds to 28,000", value("27000", "", "27500").reason("c"));
    }

    @Test
    void anyPrecisionAClaimGivesIsUsable() {
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: ref, value: 1234, source: Outside}
                claims:
                  - {id: c, quote: the number, kind: value, stated: 1400, precision: 700, figures: {reference: ref}}
                """);
        assertEquals(TRUE, r.verdict("c"));
    }

    @Test
    void anUnknownQualifierIsBadInputWithASuggestion() {
        RuleHarness.Checked r = value("33", "ovr", "40");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'qualifier': 'ovr' is not a qualifier the rules know; did you mean 'over'? (known: exactly,"
                + " about, around, approximately, roughly, nearly, almost, over, more than, above, under, less than,"
                + " below, at least, at most, up to, no more than)", r.reason("c"));
        assertEquals(1, r.errors().size());
    }

    @Test
    void aClaimWithNoStatedNumberIsBadInput() {
        RuleHarness.Checked r = RuleHarness.check("""
                figures:
                  - {id: ref, value: 10, source: Outside}
                claims:
                  - {id: c, quote: the number, kind: value, figures: {reference: ref}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': a value claim needs the number it states, as 'stated: 33'"
                + " (or 'stated: [low, high]' for a range)", r.reason("c"));
    }
}

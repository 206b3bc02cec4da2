package factcheck.rules;

import factcheck.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MOSTLY_TRUE;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers as articles write them, judged end to end by the bundled rules: units and scale,
 * number words and how far they reach, losses and falls, points against percentages, and a
 * stated number that must be the one its quote gives.
 */
class NumbersAsWrittenTest {

    /** A claim of {@code kind} stating {@code stated} (quoted as {@code quote}) against one figure. */
    private static RuleHarness.Fired claim(String kind, String role, String quote, String stated, String qualifier,
                                             String figure) {
        return RuleHarness.check("""
                figures:
                  - {id: f, %s, source: Outside}
                claims:
                  - {id: c, quote: "%s", kind: %s, stated: "%s", qualifier: "%s", figures: {%s: f}}
                """.formatted(figure, quote, kind, stated, qualifier, role));
    }

    /** A ratio claim: the figure is the multiple itself (over a denominator of 1). */
    private static RuleHarness.Fired multiple(String quote, String stated, String qualifier, String actual) {
        return RuleHarness.check("""
                figures:
                  - {id: now, value: %s, source: Outside}
                  - {id: before, value: 1, source: Outside}
                claims:
                  - {id: c, quote: "%s", kind: ratio, stated: "%s", qualifier: "%s",
                     figures: {numerator: now, denominator: before}}
                """.formatted(actual, quote, stated, qualifier));
    }

    /** A change claim from one figure to another. */
    private static RuleHarness.Fired change(String quote, String stated, String from, String to, String unit) {
        return RuleHarness.check("""
                figures:
                  - {id: before, value: "%s", unit: "%s", source: Report 2022}
                  - {id: after, value: "%s", unit: "%s", source: Report 2023}
                claims:
                  - {id: c, quote: "%s", kind: change, stated: "%s", figures: {from: before, to: after}}
                """.formatted(from, unit, to, unit, quote, stated));
    }

    /** An error with the test's temporary directory taken out of its paths. */
    private static String relative(String error) {
        return error.replaceAll("[^ (]*/test\\.yaml", "test.yaml");
    }

    // ---------------------------------------------------------------- multiples

    @ParameterizedTest(name = "\"{0}\" against {1}x is {2}")
    @CsvSource({
            "doubled, 1.97, TRUE",
            "doubled, 2.2,  MOSTLY_TRUE",
            "doubled, 1.6,  FALSE",
            "2,       1.97, TRUE",
            "2,       2.2,  MOSTLY_TRUE",
            "2,       1.6,  FALSE",
            "twice,   2.04, TRUE",
            "tripled, 2.4,  FALSE",
            "tripled, 3.1,  TRUE",
            "halved,  0.49, TRUE",
            "33x,     33.2, TRUE",
    })
    void multiplesReachNoFurtherThanTheirWords(String stated, String actual, Verdict expected) {
        String quote = stated.equals("2") ? "sales rose 2 times" : "sales " + stated;
        assertEquals(expected, multiple(quote, stated, "", actual).verdict("c"));
    }

    @Test
    void upToHonoursThePrecisionItWasWrittenInAndShowsTheDigits() {
        RuleHarness.Fired r = multiple("up to 7.25x the rate", "7.25x", "up to", "7.2467");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("7.2467 / 1 = 7.2467, up to 7.25x", r.reason("c"));
    }

    // ---------------------------------------------------------------- percentages and fractions

    @ParameterizedTest(name = "\"{0}\" against {1}% is {2}")
    @CsvSource({
            "30%,         30.4, TRUE",
            "30%,         31.4, MOSTLY_TRUE",
            "30%,         36,   FALSE",
            "a quarter,   24.1, TRUE",
            "a quarter,   21,   FALSE",
            "a third,     33,   TRUE",
            "a third,     30,   MOSTLY_TRUE",
            "half,        51,   TRUE",
            "half,        40,   FALSE",
            "one in five, 20.6, TRUE",
            "one in five, 25,   FALSE",
            "two thirds,  66,   TRUE",
            "forty percent, 40.4, TRUE",
    })
    void sharesInWordsAndDigits(String stated, String actual, Verdict expected) {
        assertEquals(expected, claim("share", "share", stated + " of members", stated, "",
                "value: " + actual + ", unit: percent").verdict("c"));
    }

    @Test
    void aRoundPercentageALittleOffIsNeverFalse() {
        Verdict v = claim("share", "share", "30% of members", "30%", "", "value: 31.4, unit: percent").verdict("c");
        assertTrue(v == TRUE || v == MOSTLY_TRUE, v.toString());
    }

    @Test
    void nearlyALittleOverIsMostlyTrue() {
        assertEquals(MOSTLY_TRUE, claim("share", "share", "nearly 20% of staff", "20%", "nearly",
                "value: 20.3, unit: percent").verdict("c"));
    }

    @Test
    void aMajorityIsOverHalf() {
        assertEquals(TRUE, claim("share", "share", "a majority of voters", "a majority", "",
                "value: 52, unit: percent").verdict("c"));
        RuleHarness.Fired r = claim("share", "share", "a majority of voters", "a majority", "",
                "value: 50, unit: percent");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("50% (f), not over 'a majority' (50%)", r.reason("c"));
        assertEquals(TRUE, claim("share", "share", "nearly a majority of voters", "a majority", "nearly",
                "value: 47, unit: percent").verdict("c"), "a qualifier the claim gives wins");
    }

    @Test
    void aMinorityIsUnderHalf() {
        assertEquals(TRUE, claim("share", "share", "a minority of voters", "a minority", "",
                "value: 41, unit: percent").verdict("c"));
    }

    @Test
    void aCardinalWordIsReadLikeItsDigits() {
        assertEquals(TRUE, claim("value", "reference", "forty workers", "forty", "", "value: 40").verdict("c"));
        assertEquals(MOSTLY_TRUE, claim("value", "reference", "forty workers", "forty", "", "value: 43").verdict("c"));
        assertEquals(FALSE, claim("value", "reference", "forty workers", "forty", "", "value: 46").verdict("c"));
    }

    // ---------------------------------------------------------------- units and scale

    @Test
    void billionsAgainstMillionsShowTheConversion() {
        RuleHarness.Fired r = claim("value", "reference", "revenue of $12.4 billion", "$12.4 billion", "",
                "value: 12418, unit: USD million");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$12.418 billion (f: 12418 USD million), which rounds to the stated $12.4 billion", r.reason("c"));
    }

    @Test
    void dollarsAgainstPeopleIsBadInputNamingBothUnitsAndLines() {
        RuleHarness.Fired r = claim("value", "reference", "revenue of $12.4 billion", "$12.4 billion", "",
                "value: 12418, unit: people");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:8: error: claim 'c': field 'stated': the claim states dollars (test.yaml:8)"
                + " but figure 'f' is people (test.yaml:6); give the figure it stands for, or fix the unit of one of"
                + " them"), r.errors().stream().map(NumbersAsWrittenTest::relative).toList());
    }

    @ParameterizedTest(name = "\"{0}\" against {1} ({2}) is {3}")
    @CsvSource(delimiter = '|', value = {
            "200 million people | 201,000,000   | people         | TRUE",
            "200 million people | 230,000,000   | people         | FALSE",
            "$2.5 trillion      | 2,500         | USD billion    | TRUE",
            "600 million naira  | 600           | NGN million    | TRUE",
            "27K                | 27,000        | USD            | TRUE",
            "27 thousand        | 27,000        | ''             | TRUE",
            "€5 billion         | 5,000         | EUR million    | TRUE",
            "£3bn               | 3             | GBP billion    | TRUE",
            "$1.2m              | 1,200,000     | USD            | TRUE",
            "$2,250 a month     | 27,000        | USD/year       | TRUE",
            "$27,000 a year     | 2,250         | USD per month  | TRUE",
            "87%                | 87.3          | percent        | TRUE",
    })
    void unitsAndScaleWordsConvert(String stated, String value, String unit, Verdict expected) {
        assertEquals(expected, claim("value", "reference", "the figure " + stated, stated, "",
                "value: \"" + value + "\", unit: \"" + unit + "\"").verdict("c"));
    }

    @ParameterizedTest(name = "\"{0}\" against {1} {2} is bad input")
    @CsvSource(delimiter = '|', value = {
            "£3,000       | 3,000  | EUR",
            "87%          | 87     | USD",
            "$200 a day   | 73,000 | USD/year",
            "3 points     | 3      | people",
    })
    void unitsThatCannotBeComparedAreBadInput(String stated, String value, String unit) {
        RuleHarness.Fired r = claim("value", "reference", "the figure " + stated, stated, "",
                "value: \"" + value + "\", unit: \"" + unit + "\"");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).contains("field 'stated': the claim states "), r.errors().get(0));
    }

    // ---------------------------------------------------------------- signs

    @Test
    void aLossIsJudgedBySizeAgainstANegativeFigureAndSaysSo() {
        RuleHarness.Fired r = claim("value", "reference", "a loss of more than $3 billion", "a loss of $3 billion",
                "more than", "value: -3.4, unit: USD billion");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("-$3.4 billion (f), a loss of $3.4 billion, more than 'a loss of $3 billion'",
                r.reason("c"));
    }

    @Test
    void aLossAgainstAProfitIsFalseAndSaysWhy() {
        RuleHarness.Fired r = claim("value", "reference", "a loss of $3 billion", "a loss of $3 billion", "",
                "value: 3.1, unit: USD billion");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("$3.1 billion (f), which is not a loss: the claim states 'a loss of $3 billion' (figures are"
                + " signed: a source that prints a loss as a positive number is written negative in the claims file)",
                r.reason("c"));
    }

    @Test
    void aLossThatHalvesIsJudgedOnItsSizes() {
        RuleHarness.Fired r = change("the loss narrowed by half", "narrowed by half", "-4", "-2", "USD billion");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("by size, 4 billion (before) to 2 billion (after): (2 billion - 4 billion) / 4 billion = -50%,"
                + " a fall of 50%, as stated", r.reason("c"));
        assertEquals(TRUE, change("the loss halved", "halved", "-2", "-1", "USD billion").verdict("c"));
        assertEquals(TRUE, change("losses doubled", "doubled", "-2", "-4", "USD billion").verdict("c"));
    }

    @Test
    void aChangeAcrossZeroHasNoPercentage() {
        RuleHarness.Fired r = change("profit fell 150%", "fell 150%", "2", "-1", "USD billion");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.reason("c").contains("the change crosses zero, so it has no percentage or multiple"), r.reason("c"));
    }

    @ParameterizedTest(name = "\"{0}\" from 41.3 to 39.3 is {1}")
    @CsvSource({
            "fell 4.8%,     TRUE",
            "dropped 4.8%,  TRUE",
            "-4.8%,         TRUE",
            "4.8%,          FALSE",
            "rose 4.8%,     FALSE",
    })
    void aFallIsStatedInWordsOrWithAMinusSign(String stated, Verdict expected) {
        assertEquals(expected, change("revenue " + stated, stated, "41.3", "39.3", "USD billion").verdict("c"));
    }

    // ---------------------------------------------------------------- points

    @Test
    void pointsAreTheDifferenceOfTwoPercentages() {
        RuleHarness.Fired r = change("support rose 2 points to 38%", "2 points", "36", "38", "percent");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("38% (after) - 36% (before) = 2 points, as stated", r.reason("c"));
    }

    @Test
    void aPercentChangeOfPercentagesIsRelativeAndShowsThePointsReading() {
        RuleHarness.Fired r = change("support rose 2%", "2%", "36", "38", "percent");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("(38% (after) - 36% (before)) / 36 = 5.5556% (as points: 38 - 36 = 2 points), not 2% (178%"
                + " above it)", r.reason("c"));
    }

    // ---------------------------------------------------------------- what the quote says

    @Test
    void aStatedNumberTheQuoteDoesNotGiveIsBadInputAtTheStatedLine() {
        RuleHarness.Fired r = claim("value", "reference", "the average is $60,000 a year", "50,000", "",
                "value: 50000");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:8: error: claim 'c': field 'stated': '50,000' is not what the quote says (it"
                + " is not in \"the average is $60,000 a year\"; the numbers in the quote: $60,000 a year); state the"
                + " number the quote gives, or quote the words that give it"),
                r.errors().stream().map(NumbersAsWrittenTest::relative).toList());
    }

    @Test
    void aStatedNumberMayBeWrittenInAnyOfItsForms() {
        for (String stated : List.of("27000", "27,000", "$27,000", "27K", "27 thousand")) {
            assertEquals(TRUE, claim("value", "reference", "earns $27,000", stated, "", "value: 27000").verdict("c"),
                    stated);
        }
    }

    @Test
    void aStatedNumberLeftOutIsReadFromTheQuote() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: f, value: 12.7, unit: percent, source: Outside}
                claims:
                  - {id: c, quote: "87% of actors don't even make the $27,000", kind: share, figures: {complement: f}}
                  - {id: d, quote: "revenue dropped 4.8% to $39.3 billion", kind: change, figures: {from: a, to: b}}
                  - {id: e, quote: "the $27,000 it takes", kind: value, figures: {reference: g}}
                  - {id: g2, quote: "87% of members earn $27,000", kind: value, figures: {reference: g}}
                """.replace("figures:\n", """
                figures:
                  - {id: a, value: 41.3, unit: USD billion, source: Outside}
                  - {id: b, value: 39.3, unit: USD billion, source: Outside}
                  - {id: g, value: 27000, source: Outside}
                """));
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("100 - 12.7 = 87.3%, which rounds to the stated 87%", r.reason("c"));
        assertEquals(TRUE, r.verdict("d"), r.reason("d"));
        assertEquals(TRUE, r.verdict("e"));
        assertEquals(UNVERIFIABLE, r.verdict("g2"), "two numbers, and a value claim may state either");
        assertTrue(r.reason("g2").contains("(numbers in the quote: 87%, $27,000)"), r.reason("g2"));
    }

    @Test
    void anAmbiguousSeparatorIsBadInputThatSaysHowToWriteIt() {
        RuleHarness.Fired r = claim("value", "reference", "pays 52.000 a year", "52.000", "", "value: 52000");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.errors().get(0).endsWith("field 'stated': '52.000' is ambiguous: a dot between groups of three"
                + " digits may be a thousands separator; write 52000 (or 52,000) for the whole number, or drop the"
                + " trailing zeros for a decimal"), r.errors().get(0));
    }

    @Test
    void aClaimWithNoFigureIsUnverifiableAndNotBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                claims:
                  - {id: c, quote: "the $27,000 it takes", kind: value, stated: "$27,000"}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("no figure given to check it against; add the underlying figures, with their sources, under"
                + " 'figures:'", r.reason("c"));
        assertEquals(List.of(), r.errors());
    }

    // ---------------------------------------------------------------- found by a new user's trial

    @Test
    void aStatedNumberThatLeavesOutTheQuotesFallIsBadInputNotAWrongTrue() {
        // Pay rose from 100 to 126; "fell 26%" written as 26% would be judged as a rise, and TRUE.
        for (String quote : List.of("Pay fell 26% since 2008", "Pay has fallen 26% since 2008",
                "Pay is 26% lower than in 2008")) {
            RuleHarness.Fired r = change(quote, "26%", "100", "126", "USD");
            assertEquals(UNVERIFIABLE, r.verdict("c"), quote);
            assertTrue(r.errors().get(0).contains("field 'stated': '26%' leaves out that the quote gives it as a fall"),
                    r.errors().get(0));
        }
        RuleHarness.Fired loss = claim("value", "reference", "The company made a loss of €1.2 billion",
                "€1.2 billion", "", "value: 1190, unit: EUR million");
        assertEquals(UNVERIFIABLE, loss.verdict("c"));
        assertTrue(loss.errors().get(0).endsWith("write the word, like 'stated: a loss of €1.2 billion', or a minus"
                + " sign: '-€1.2 billion'"), loss.errors().get(0));
    }

    @Test
    void aFallReadFromTheQuoteIsAFall() {
        RuleHarness.Fired rose = RuleHarness.check("""
                figures:
                  - {id: a, value: 100, source: Survey 2008}
                  - {id: b, value: 126, source: Survey 2023}
                  - {id: d, value: 74.1, source: Survey 2023}
                claims:
                  - {id: up, quote: "Pay has fallen 26% since 2008", kind: change, figures: {from: a, to: b}}
                  - {id: down, quote: "Pay is 26% lower than in 2008", kind: change, figures: {from: a, to: d}}
                """);
        assertEquals(FALSE, rose.verdict("up"));
        assertTrue(rose.reason("up").endsWith("which is not a fall: the claim states a fall of 'fallen 26%' (figures are"
                + " signed: a source that prints a fall as a positive number is written negative in the claims file)")
                || rose.reason("up").contains("not a fall"), rose.reason("up"));
        assertEquals(TRUE, rose.verdict("down"), rose.reason("down"));
    }

    @Test
    void aRoundBoundIsTheBoundItself() {
        // "at least 1,200" is not 1,151: a round number or a word is a threshold, not a rounded figure.
        assertEquals(FALSE, claim("value", "reference", "At least 1,200 people died", "1,200 people", "at least",
                "value: 1151, unit: people").verdict("c"));
        assertEquals(FALSE, claim("value", "reference", "Up to 2.5 million were displaced", "2.5 million", "up to",
                "value: 2560000").verdict("c"));
        assertEquals(TRUE, claim("value", "reference", "Up to 2.5 million were displaced", "2.5 million", "up to",
                "value: 2540000").verdict("c"), "decimals are read as written, even in a bound: 2.54 is 2.5");
        assertEquals(FALSE, claim("share", "share", "at least one in five", "one in five", "at least",
                "value: 19.43, unit: percent").verdict("c"));
        assertEquals(TRUE, claim("value", "reference", "at least 1,200 people died", "1,200 people", "at least",
                "value: 1200, unit: deaths").verdict("c"), "people and deaths count the same");
    }

    @Test
    void wholePercentagesAndPointsAreReadToTheUnit() {
        assertEquals(TRUE, claim("share", "share", "Only 3% of firms", "3%", "", "value: 3.4, unit: percent")
                .verdict("c"));
        assertEquals(TRUE, change("fell 4 points to 32%", "fell 4 points", "36.4", "32.1", "percent").verdict("c"));
        assertEquals(FALSE, claim("share", "share", "Only 3% of firms", "3%", "", "value: 3.6, unit: percent")
                .verdict("c"), "3.6 rounds to 4, and is 20% above 3");
    }

    @Test
    void aDeficitIsAShareOfSpendingBySize() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: deficit, value: -9.18, unit: NGN trillion, source: Budget office}
                  - {id: spending, value: 27.5, unit: NGN trillion, source: Budget office}
                claims:
                  - {id: c, quote: "about a third of total spending", kind: share, stated: a third, qualifier: about,
                     figures: {part: deficit, whole: spending}}
                """);
        assertEquals(TRUE, r.verdict("c"), r.reason("c"));
        assertTrue(r.reason("c").startsWith("by size, 9.18 trillion (deficit) / 27.5 trillion = 33.382%"), r.reason("c"));
    }

    @Test
    void twoLossesCompareBySize() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: ours, value: -1187, unit: EUR million, source: Annual report}
                  - {id: theirs, value: -350, unit: EUR million, source: Annual report}
                claims:
                  - {id: c, quote: "Its loss was more than 3 times bigger", kind: ratio, stated: 3 times,
                     qualifier: more than, figures: {numerator: ours, denominator: theirs}}
                """);
        assertEquals(TRUE, r.verdict("c"), r.reason("c"));
        assertEquals("by size, 1.187 billion (ours) / 350 million (theirs) = 3.3914, more than 3 times", r.reason("c"));
    }

    @Test
    void aRangeWrittenWithADashInTheQuoteIsFound() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: cost, range: [1, 2], unit: USD billion, source: Estimate}
                claims:
                  - {id: c, quote: "A cost of $1-2 billion", kind: range, stated: $1-2 billion, figures: {reference: cost}}
                  - {id: d, quote: "A cost of $1-2 billion", kind: range, figures: {reference: cost}}
                """);
        assertEquals(TRUE, r.verdict("c"), r.reason("c"));
        assertEquals(TRUE, r.verdict("d"), r.reason("d"));
    }

    @Test
    void aQuoteWithAnAmbiguousSeparatorIsCheckedAgainstTheStatedReading() {
        RuleHarness.Fired r = claim("value", "reference", "some 52.000 families", "52,000 families", "some",
                "value: 52100, unit: households");
        assertEquals(List.of(), r.errors().stream().filter(e -> e.contains("quote")).toList());
    }

    @Test
    void aYearIsNotTheNumberAClaimStates() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: f, value: 48.3, unit: percent, source: Survey}
                claims:
                  - {id: c, quote: "In 2023, 48% agreed", kind: share, figures: {share: f}}
                """);
        assertEquals(TRUE, r.verdict("c"), r.reason("c"));
    }

    @Test
    void aStatedSumTakesThePeriodItsQuoteGives() {
        assertEquals(TRUE, claim("value", "reference", "the minimum wage is ₦70,000 a month", "₦70,000", "",
                "value: 840000, unit: NGN/year").verdict("c"));
    }

    @Test
    void aSumTwelveTimesAnotherAsksWhetherOneIsPerMonth() {
        RuleHarness.Fired r = claim("value", "reference", "₦840,000 a year", "₦840,000 a year", "",
                "value: 70000, unit: NGN");
        assertEquals(FALSE, r.verdict("c"));
        assertTrue(r.reason("c").endsWith("the stated number is about 12 times the figure: is one of them per month"
                + " and the other per year? Give both a period)"), r.reason("c"));
        RuleHarness.Fired day = claim("value", "reference", "$200 a day", "$200 a day", "", "value: 73000, unit: USD/year");
        assertEquals(UNVERIFIABLE, day.verdict("c"), "a day does not convert to a year");
        assertTrue(relative(day.errors().get(0)).endsWith("say per what in both, like 'unit: USD/year' or 'stated: $2,250"
                + " a month'"), day.errors().get(0));
    }

    // ---------------------------------------------------------------- found by a second trial

    @Test
    void aFallWrittenWithItsObjectIsAFall() {
        // Waiting times rose from 100 to 140 days: "we cut waiting times by 40%" is false, not true.
        for (String quote : List.of("We cut waiting times by 40%", "we have slashed waiting times by 40%",
                "we reduced waiting times by 40%")) {
            RuleHarness.Fired r = RuleHarness.check("""
                    figures:
                      - {id: a, value: 100, unit: days, source: NHS 2022}
                      - {id: b, value: 140, unit: days, source: NHS 2023}
                    claims:
                      - {id: c, quote: "%s", kind: change, figures: {from: a, to: b}}
                    """.formatted(quote));
            assertEquals(FALSE, r.verdict("c"), quote + ": " + r.reason("c"));
        }
    }

    @Test
    void halfAMillionIsFiveHundredThousand() {
        assertEquals(TRUE, claim("value", "reference", "spent half a million on consultants", "half a million", "",
                "value: 500000").verdict("c"));
        assertEquals(TRUE, claim("value", "reference", "a quarter of a million homes", "a quarter of a million homes",
                "", "value: 251000, unit: homes").verdict("c"));
    }

    @Test
    void minusInAQuoteKeepsItsSign() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: warm, value: 14.8, unit: degrees, source: Met Office}
                  - {id: cold, value: -14.8, unit: degrees, source: Met Office}
                claims:
                  - {id: c, quote: "It fell to minus 15 degrees", kind: value, figures: {reference: warm}}
                  - {id: d, quote: "It fell to minus 15 degrees", kind: value, figures: {reference: cold}}
                """);
        assertEquals(FALSE, r.verdict("c"), r.reason("c"));
        assertEquals(TRUE, r.verdict("d"), r.reason("d"));
    }

    @Test
    void aPercentageHigherIsAMultiple() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: city, value: 1860, unit: USD/month, source: Census}
                  - {id: suburbs, value: 1330, unit: USD/month, source: Census}
                claims:
                  - {id: c, quote: "Rent is 40% higher here than in the suburbs", kind: ratio,
                     figures: {numerator: city, denominator: suburbs}}
                  - {id: d, quote: "Rent is 40% higher here than in the suburbs", kind: ratio, stated: 40% higher,
                     figures: {numerator: city, denominator: suburbs}}
                """);
        assertEquals(TRUE, r.verdict("c"), r.reason("c"));
        assertEquals(TRUE, r.verdict("d"), r.reason("d"));
        assertEquals(TRUE, multiple("three times more likely", "three times more likely", "", "3.05").verdict("c"));
    }

    @Test
    void aChangeClaimThatQuotesALevelIsBadInput() {
        RuleHarness.Fired r = change("We brought inflation down to 2%", "2%", "2.04", "2.08", "percent");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.errors().get(0).contains("the quote gives 2% as a level"), r.errors().get(0));
        RuleHarness.Fired range = change("The rate rose from 4% to 6%", "from 4% to 6%", "4.1", "5.9", "percent");
        assertEquals(UNVERIFIABLE, range.verdict("c"));
        assertTrue(range.reason("c").contains("a change claim states"), range.reason("c"));
        RuleHarness.Fired levels = change("The rate was 4% then 6%", "4% - 6%", "4.1", "5.9", "percent");
        assertTrue(levels.reason("c").startsWith("field 'stated': a change claim states one change"), levels.reason("c"));
    }

    @Test
    void aShareFigureThatLooksLikeAFractionIsQueried() {
        RuleHarness.Fired r = claim("share", "share", "One in five renters is behind", "one in five", "",
                "value: 0.21");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.reason("c").contains("is 0.21 with no unit, against a claim of one in five: if it is a fraction,"
                + " write it as a percentage (21, with 'unit: percent')"), r.reason("c"));
    }

    @Test
    void oneInFiveInDigitsIsReadInTheQuote() {
        assertEquals(TRUE, claim("share", "share", "1 in 5 children", "1 in 5", "", "value: 20.3, unit: percent")
                .verdict("c"));
    }

    @Test
    void aRangeClaimTakesItsRangeFromTheQuote() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: jobs, range: [1000, 2000], unit: jobs, source: Council}
                claims:
                  - {id: c, quote: "between 1,000 and 2,000 jobs", kind: range, figures: {reference: jobs}}
                  - {id: d, quote: "many jobs", kind: range, figures: {reference: jobs}}
                """);
        assertEquals(TRUE, r.verdict("c"), r.reason("c"));
        assertEquals(UNVERIFIABLE, r.verdict("d"));
        assertTrue(r.reason("d").startsWith("field 'stated': a range claim states two numbers, and its quote holds no"
                + " single range"), r.reason("d"));
    }

    @Test
    void temperaturesAreReadWithTheirScale() {
        assertEquals(TRUE, claim("value", "reference", "It hit 40C in London", "40C", "", "value: 40.3, unit: °C")
                .verdict("c"));
        RuleHarness.Fired r = claim("value", "reference", "It hit 104F in London", "104F", "", "value: 40, unit: °C");
        assertEquals(UNVERIFIABLE, r.verdict("c"), "no conversion between scales: an input error");
    }

    @Test
    void aMillionForABillionIsPointedOut() {
        RuleHarness.Fired r = claim("value", "reference", "a $2 billion programme", "$2 billion", "",
                "value: 2.1, unit: USD million");
        assertEquals(FALSE, r.verdict("c"));
        assertTrue(r.reason("c").endsWith("the stated number is about 1,000 times the figure: is a scale word"
                + " (thousand, million, billion) mixed up?)"), r.reason("c"));
    }

    @Test
    void wordsForALevelOrALossInStatedSayHowToWriteThem() {
        RuleHarness.Fired level = claim("value", "reference", "unemployment fell to 3.5%", "fell to 3.5%", "",
                "value: 3.5, unit: percent");
        assertTrue(level.errors().get(0).contains("'fell to 3.5%' gives a level, not a change: write the level alone"
                + " ('stated: 3.5%')"), level.errors().get(0));
        assertEquals(TRUE, claim("value", "reference", "sinks to £45m loss", "£45m loss", "",
                "value: -45.3, unit: GBP million").verdict("c"));
    }

    // ---------------------------------------------------------------- found by a code review

    @Test
    void aFallWithWordsBetweenTheVerbAndTheNumberIsAFall() {
        for (String quote : List.of("Prices fell by an estimated 26%", "Prices fell a further 26%",
                "Prices dropped a staggering 26%", "Prices fell by well over 26%")) {
            RuleHarness.Fired r = change(quote, "26%", "100", "126", "USD");
            assertEquals(UNVERIFIABLE, r.verdict("c"), quote + ": " + r.reason("c"));
        }
    }

    @Test
    void aDecreaseStatedForARiseInTheQuoteIsBadInput() {
        RuleHarness.Fired r = change("Sales rose 26%", "fell 26%", "100", "74", "USD");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.errors().get(0).contains("'fell 26%' says it is a decrease, but the quote gives it as a rise"),
                r.errors().get(0));
    }

    @Test
    void aStatedNumberInOtherUnitsThanTheQuotesIsBadInput() {
        RuleHarness.Fired points = change("Support rose 3 points to 39%", "3%", "36", "37.08", "percent");
        assertEquals(UNVERIFIABLE, points.verdict("c"), points.reason("c"));
        RuleHarness.Fired halved = change("Profits halved", "50%", "100", "150", "USD");
        assertEquals(UNVERIFIABLE, halved.verdict("c"), halved.reason("c"));
    }

    @Test
    void aPlainStatedNumberTakesTheQuotesUnit() {
        RuleHarness.Fired r = claim("value", "reference", "Some 27,000 people marched", "27,000", "",
                "value: 27000, unit: USD");
        assertEquals(UNVERIFIABLE, r.verdict("c"), "27,000 people are not $27,000");
    }

    @Test
    void aMonthlySumIsNotConvertedTwice() {
        RuleHarness.Fired r = claim("value", "reference", "$2,250 a month", "$27,000", "", "value: 324000, unit: USD/year");
        assertEquals(FALSE, r.verdict("c"), r.reason("c"));
        assertEquals(TRUE, claim("value", "reference", "$2,250 a month", "$2,250", "", "value: 27000, unit: USD/year")
                .verdict("c"));
    }

    @Test
    void aChangeBetweenTwoNegativeFiguresIsBySizeOnlyForALoss() {
        // Net income from -2 to -3 billion fell by 50%; the loss grew by 50%.
        assertEquals(FALSE, change("Net income rose 50%", "rose 50%", "-2", "-3", "USD billion").verdict("c"));
        assertEquals(TRUE, change("Net income fell 50%", "fell 50%", "-2", "-3", "USD billion").verdict("c"));
        assertEquals(TRUE, change("The loss grew 50%", "50%", "-2", "-3", "USD billion").verdict("c"));
    }

    @Test
    void aRateIsNotAddedUpOverAYear() {
        RuleHarness.Fired r = claim("value", "reference", "prices rose 2% a month", "2% a month", "",
                "value: 24, unit: percent/year");
        assertEquals(UNVERIFIABLE, r.verdict("c"), "2% a month is not 24% a year");
    }

    @Test
    void aFigureIsANumberNotAWord() {
        RuleHarness.Fired r = claim("value", "reference", "a third of 90", "a third", "", "value: a third");
        assertTrue(r.errors().get(0).endsWith("field 'value': 'a third' is a word for a number; a figure is the number"
                + " its source gives, in digits"), r.errors().get(0));
        assertEquals(TRUE, claim("value", "reference", "a loss of $2 billion", "a loss of $2 billion", "",
                "value: a loss of 2, unit: USD billion").verdict("c"), "a loss is a number: -2");
    }

    @Test
    void oneNumberAgainstAStatedRangeMustLieInIt() {
        assertEquals(TRUE, claim("share", "share", "20 to 30% of members", "20 to 30%", "",
                "value: 25, unit: percent").verdict("c"));
        RuleHarness.Fired out = claim("share", "share", "20 to 30% of members", "20 to 30%", "",
                "value: 35, unit: percent");
        assertEquals(FALSE, out.verdict("c"));
        assertEquals("35% (f), not within the stated 20 to 30%", out.reason("c"));
    }

    @Test
    void aDecreaseAppliesToAWholeRange() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: f, range: [-2, -1], unit: percent, source: Survey}
                claims:
                  - {id: c, quote: "a fall of 1-2%", kind: range, stated: a fall of 1-2%, figures: {reference: f}}
                """);
        assertEquals(List.of(), r.errors());
        assertEquals(TRUE, r.verdict("c"), r.reason("c"));
    }

    @Test
    void anEmptyOrMalformedFieldIsBadInput() {
        RuleHarness.Fired empty = RuleHarness.check("""
                figures:
                  - {id: f, text: Los Gatos, source: Filing}
                claims:
                  - {id: c, quote: "Los Gatos-based", kind: fact, stated: "", figures: {reference: f}}
                """);
        assertTrue(empty.errors().get(0).endsWith("field 'stated' is empty; give the words the quote uses, or leave the"
                + " field out"), empty.errors().get(0));
        RuleHarness.Fired list = RuleHarness.check("""
                figures:
                  - {id: f, range: [12,500], source: Survey}
                  - {id: g, value: 3, unit: [USD], source: Survey}
                claims: []
                """);
        assertEquals(2, list.errors().size(), list.errors().toString());
        assertTrue(list.errors().get(0).contains("a range is two numbers"), list.errors().get(0));
        assertTrue(list.errors().get(1).contains("field 'unit' must be a single value"), list.errors().get(1));
    }

    @Test
    void aNumberTooSmallToCompareIsBadInput() {
        RuleHarness.Fired r = claim("ratio", "numerator", "33x the minimum", "33x", "", "value: 1e-300");
        assertTrue(r.errors().get(0).contains("is beyond the numbers the checker compares"), r.errors().get(0));
    }

    @Test
    void aRoundSumWithAScaleWordIsReadAsTheRoundNumberItIs() {
        assertEquals(TRUE, claim("value", "reference", "£3bn a year", "£3bn", "", "value: 2.9, unit: GBP billion")
                .verdict("c"));
        assertEquals(MOSTLY_TRUE, claim("value", "reference", "£3bn a year", "£3bn", "", "value: 2.8, unit: GBP billion")
                .verdict("c"));
        assertEquals(TRUE, multiple("140 times the rate", "140 times", "", "142.3").verdict("c"),
                "140 is rounded to the ten");
    }

    // ---------------------------------------------------------------- found by a third trial and a second review

    @Test
    void aQualifierInTheQuoteMustBeTheClaims() {
        RuleHarness.Fired r = claim("value", "reference", "Turnout was over 60%", "60%", "", "value: 59.7, unit: percent");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.errors().get(0).endsWith("field 'qualifier': the quote says 'over 60%', but the claim gives no"
                + " qualifier, so it would be judged as exactly 60%; write 'qualifier: over'"), r.errors().get(0));
        assertEquals(FALSE, claim("value", "reference", "Turnout was over 60%", "60%", "over", "value: 59.7, unit: percent")
                .verdict("c"));
    }

    @Test
    void aPeriodAnywhereInTheQuoteMustBeInStated() {
        RuleHarness.Fired r = claim("value", "reference", "a monthly top-up of £150", "£150", "", "value: 150, unit: GBP/year");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.errors().get(0).endsWith("write it, like 'stated: £150 a month'"), r.errors().get(0));
        assertEquals(FALSE, claim("value", "reference", "a monthly top-up of £150", "£150 a month", "",
                "value: 150, unit: GBP/year").verdict("c"));
    }

    @Test
    void aDollarWithItsCountryIsThatCurrency() {
        RuleHarness.Fired r = claim("value", "reference", "revenue of A$14.6 billion", "A$14.6 billion", "",
                "value: 14.6, unit: USD billion");
        assertEquals(UNVERIFIABLE, r.verdict("c"), "Australian dollars are not US dollars");
        assertEquals(TRUE, claim("value", "reference", "revenue of CHF 91.4 billion", "CHF 91.4 billion", "",
                "value: 91.4, unit: CHF billion").verdict("c"));
    }

    @Test
    void moreWaysOfWritingAFallAreFalls() {
        for (String quote : List.of("a decline in heart disease deaths of 12%", "Netflix profits fall 12%",
                "sales fell at least 12%", "sales fell by up to 12%")) {
            RuleHarness.Fired r = RuleHarness.check("""
                    figures:
                      - {id: a, value: 100, source: Report}
                      - {id: b, value: 112, source: Report}
                    claims:
                      - {id: c, quote: "%s", kind: change, qualifier: "%s", figures: {from: a, to: b}}
                    """.formatted(quote, quote.contains("least") ? "at least" : quote.contains("up to") ? "up to" : ""));
            assertEquals(FALSE, r.verdict("c"), quote + ": " + r.reason("c"));
        }
    }

    @Test
    void aNumberWordAgreesOnlyWithinItsReach() {
        RuleHarness.Fired r = claim("value", "reference", "1 million people marched", "half a million", "",
                "value: 500000, unit: people");
        assertEquals(UNVERIFIABLE, r.verdict("c"), "half a million is not what '1 million' says");
    }

    @Test
    void aMinusSignInTheQuoteMustBeInStated() {
        RuleHarness.Fired r = claim("value", "reference", "GDP growth was -2%", "2%", "", "value: 2, unit: percent");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.errors().get(0).contains("leaves out the minus sign the quote gives it"), r.errors().get(0));
    }

    @Test
    void aRatePerPeriodIsNotAChange() {
        RuleHarness.Fired r = change("prices rose 2% a month", "2% a month", "100", "102", "USD");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        RuleHarness.Fired value = claim("value", "reference", "prices rose 2% a month", "2%", "", "value: 2, unit: percent");
        assertEquals(UNVERIFIABLE, value.verdict("c"), "2% a month is not 2%");
    }

    @Test
    void aMultipleOfTwoNegativeValuesNeedsALoss() {
        assertEquals(UNVERIFIABLE, change("net income doubled", "doubled", "-1", "-2", "USD billion").verdict("c"));
        assertEquals(TRUE, change("the loss doubled", "doubled", "-1", "-2", "USD billion").verdict("c"));
        RuleHarness.Fired both = change("operating profit fell 40% as the debt burden grew", "fell 40%", "-5", "-3",
                "GBP million");
        assertEquals(UNVERIFIABLE, both.verdict("c"), "a loss word and a value word: two readings");
    }

    @Test
    void aQuarterPointIsAQuarterOfAPoint() {
        assertEquals(TRUE, change("the Fed raised rates by a quarter point", "a quarter point", "4", "4.25", "percent")
                .verdict("c"));
    }

    @Test
    void aLevelAfterFromOrReachingIsNotAChange() {
        RuleHarness.Fired r = change("unemployment rose from 5%", "5%", "100", "105", "USD");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
    }

    @Test
    void aRangeBetweenNegativeFiguresPairsItsEnds() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: a, range: [-2.1, -1.9], unit: USD billion, source: Report}
                  - {id: b, range: [-1.05, -0.95], unit: USD billion, source: Report}
                claims:
                  - {id: c, quote: "net income rose 50%", kind: change, stated: rose 50%, figures: {from: a, to: b}}
                """);
        assertTrue(r.reason("c").contains("= 44.737%") && r.reason("c").contains("= 54.762%"), r.reason("c"));
    }

    @Test
    void moreThanHalvedIsASmallerMultiple() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: a, value: 7.77, unit: million, source: Report}
                  - {id: b, value: 4.6, unit: million, source: Report}
                  - {id: c, value: 3.5, unit: million, source: Report}
                  - {id: d, value: 4.3, unit: million, source: Report}
                claims:
                  - {id: x, quote: "has more than halved since the peak", kind: change, stated: halved,
                     qualifier: more than, figures: {from: a, to: b}}
                  - {id: y, quote: "has more than halved since the peak", kind: change, stated: halved,
                     qualifier: more than, figures: {from: a, to: c}}
                  - {id: z, quote: "has nearly halved since the peak", kind: change, stated: halved,
                     qualifier: nearly, figures: {from: a, to: d}}
                """);
        assertEquals(FALSE, r.verdict("x"), "0.59x has not more than halved: " + r.reason("x"));
        assertEquals(TRUE, r.verdict("y"), r.reason("y"));
        assertEquals(TRUE, r.verdict("z"), "0.553x has nearly halved: " + r.reason("z"));
    }

    @Test
    void aLossAndAValueInOneQuoteAskWhichIsMeant() {
        RuleHarness.Fired r = change("operating profit fell 40% as the debt burden grew", "fell 40%", "-5", "-3",
                "GBP million");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.reason("c").startsWith("field 'figures': both figures are negative, and the quote speaks of a loss"),
                r.reason("c"));
    }

    @Test
    void degreesWithNoScaleDoNotCompareWithCelsius() {
        RuleHarness.Fired r = claim("value", "reference", "Phoenix hit 118 degrees", "118 degrees", "",
                "value: 47.8, unit: °C");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(TRUE, multiple("the vote sextupled", "sextupled", "", "6.1").verdict("c"));
    }

    @Test
    void aPlainMultipleBelowOneIsNotAShrinkage() {
        // "at least 0.8 times the average" is a ratio of at least 0.8, not a shrinking by at least 1/0.8.
        assertEquals(TRUE, multiple("pay is at least 0.8x the average", "0.8x", "at least", "0.85").verdict("c"));
        assertEquals(FALSE, multiple("pay is at least 0.8x the average", "0.8x", "at least", "0.74").verdict("c"));
    }

    // ---------------------------------------------------------------- found by a fourth trial

    @Test
    void moreQualifiersInTheQuoteAreNoticed() {
        for (String quote : List.of("Turnout was higher than 60%", "Turnout topped 60%", "Turnout was north of 60%",
                "Turnout of 60% or more")) {
            RuleHarness.Fired r = claim("value", "reference", quote, "60%", "", "value: 59.6, unit: percent");
            assertEquals(UNVERIFIABLE, r.verdict("c"), quote + ": " + r.reason("c"));
        }
    }

    @Test
    void aNegatedQualifierIsNotItsOpposite() {
        RuleHarness.Fired r = claim("value", "reference", "Fees will be not more than 5%", "5%", "more than",
                "value: 5.2, unit: percent");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.errors().get(0).endsWith("field 'qualifier': the quote says 'not more than 5%', not 'more than';"
                + " write the qualifier that means what the quote says (not more than: at most)"), r.errors().get(0));
    }

    @Test
    void aNumberTheQuoteGivesTwiceWithDifferentWordsIsBadInput() {
        RuleHarness.Fired r = claim("value", "reference", "More than 60% backed the deal, against 60% at the last ballot",
                "60%", "", "value: 59.6, unit: percent");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.errors().get(0).contains("the quote gives 60% more than once, with different words around it"),
                r.errors().get(0));
    }

    @Test
    void theVastMajorityIsFarMoreThanHalf() {
        assertEquals(FALSE, claim("share", "share", "The vast majority of members voted to strike", "the vast majority",
                "", "value: 52, unit: percent").verdict("c"));
        assertEquals(TRUE, claim("share", "share", "The vast majority of members voted to strike", "the vast majority",
                "", "value: 91, unit: percent").verdict("c"));
    }

    @Test
    void aNounAfterAPlainNumberIsItsUnit() {
        RuleHarness.Fired r = claim("value", "reference", "he ran 26 miles", "26", "", "value: 26, unit: km");
        assertEquals(UNVERIFIABLE, r.verdict("c"), "26 miles are not 26 km");
    }

    @Test
    void aComparisonsStatedNumberIsItsReference() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: revenue, value: 6.2, unit: USD billion, source: Report}
                  - {id: threshold, value: 5, unit: USD billion, source: Rules}
                claims:
                  - {id: c, quote: "Revenue exceeded the $9 billion threshold", kind: comparison, stated: $9 billion,
                     qualifier: over, figures: {subject: revenue, reference: threshold}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"), r.reason("c"));
    }

    @Test
    void lossesCompareBySize() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: ni, value: -3.1, unit: USD billion, source: Report}
                  - {id: bound, value: -1, unit: USD billion, source: Report}
                claims:
                  - {id: c, quote: "The airline lost less than $1 billion", kind: comparison, stated: a loss of $1 billion,
                     qualifier: less than, figures: {subject: ni, reference: bound}}
                """);
        assertEquals(FALSE, r.verdict("c"), r.reason("c"));
    }

    @Test
    void aWholePercentageOrPointIsNotHalfAsMuch() {
        assertEquals(FALSE, change("raised rates by 1 point", "1 point", "5.0", "5.5", "percent").verdict("c"));
        assertEquals(FALSE, claim("value", "reference", "Inflation was 0% in June", "0%", "", "value: 0.4, unit: percent")
                .verdict("c"));
        assertEquals(TRUE, claim("share", "share", "Only 3% of firms", "3%", "", "value: 3.4, unit: percent").verdict("c"));
    }

    @Test
    void basisPointsAreHundredthsOfAPoint() {
        assertEquals(FALSE, change("raised rates by 25 basis points", "25 basis points", "4.0", "5.0", "percent")
                .verdict("c"));
        assertEquals(TRUE, change("raised rates by 25 basis points", "25 basis points", "4.0", "4.25", "percent")
                .verdict("c"));
    }

    @Test
    void aFactTheSourceDeniesIsFalse() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: fda, text: "not approved by the FDA; application rejected in 2024", source: FDA}
                claims:
                  - {id: c, quote: "approved by the FDA", kind: fact, stated: approved by the FDA, figures: {reference: fda}}
                """);
        assertEquals(FALSE, r.verdict("c"), r.reason("c"));
    }
}

package factcheck.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Written precision, number formatting and quote matching: the helpers rules lean on. */
class AmountAndNumbersTest {

    @Test
    void precisionIsThePlaceOfTheLastSignificantDigitAsWritten() {
        assertEquals(1000, Amount.precisionOf(new BigDecimal("27000")));
        assertEquals(10, Amount.precisionOf(new BigDecimal("26470")));
        assertEquals(1, Amount.precisionOf(new BigDecimal("33")));
        assertEquals(0.1, Amount.precisionOf(new BigDecimal("4.8")), 1e-12);
        assertEquals(0.01, Amount.precisionOf(new BigDecimal("4.80")), 1e-12);
        assertEquals(10000, Amount.precisionOf(new BigDecimal("900000")));
        assertEquals(10000, Amount.precisionOf(new BigDecimal("390000")));
    }

    @Test
    void wholeNumbersBelowAThousandAreExactAndLargerOnesKeepTwoSignificantDigits() {
        assertEquals(1, Amount.precisionOf(new BigDecimal("10")));
        assertEquals(1, Amount.precisionOf(new BigDecimal("100")));
        assertEquals(1, Amount.precisionOf(new BigDecimal("900")));
        assertEquals(100, Amount.precisionOf(new BigDecimal("1000")));
        assertEquals(1, Amount.precisionOf(new BigDecimal("7")));
        assertEquals(1, Amount.precisionOf(new BigDecimal("0")));
        assertEquals(100000, Amount.precisionOf(new BigDecimal("1E+6")));
        assertEquals(1000, Amount.precisionOf(new BigDecimal("-27000")));
    }

    @Test
    void numbersInMessagesKeepTheDigitsThatDecide() {
        assertEquals("26,470", Numbers.fmt(26470));
        assertEquals("33.333", Numbers.fmt(900000.0 / 27000));
        assertEquals("34.001", Numbers.fmt(900000.0 / 26470));
        assertEquals("87.3", Numbers.fmt(100 - 12.7));
        assertEquals("-4.8426", Numbers.fmt(-4.8426));
        assertEquals("0.048619", Numbers.fmt(0.048619));
        assertEquals("41.28", Numbers.fmt(41.28));
        assertEquals("9.032", Numbers.fmt(9.032), "not 9.0");
        assertEquals("4.9333", Numbers.fmt(4.93333333), "enough to see it rounds to 4.93");
        assertEquals("4.4266", Numbers.fmt((51.9 - 49.7) / 49.7 * 100), "not 4.5, which the working does not give");
        assertEquals("123,456.78", Numbers.fmt(123456.78), "every digit of the whole part, and two decimals");
        assertEquals("34.0008", Numbers.exact(34.0008));
    }

    @Test
    void roundMillionsBillionsAndTrillionsAreWrittenWithTheWord() {
        assertEquals("9.4 billion", Numbers.fmt(9.4e9));
        assertEquals("39.321 billion", Numbers.fmt(39_321e6));
        assertEquals("2.5 trillion", Numbers.fmt(2.5e12));
        assertEquals("-3.4 billion", Numbers.fmt(-3.4e9));
        assertEquals("200 million", Numbers.fmt(200e6));
        assertEquals("1,234,567", Numbers.fmt(1_234_567), "not round in millions: every digit");
        assertEquals("900,000", Numbers.fmt(900_000));
    }

    @Test
    void numbersWithUnitsShowTheirSymbolOrWord() {
        assertEquals("$12.4 billion", Numbers.fmt(12.4e9, factcheck.model.Unit.currency("USD", null)));
        assertEquals("-$3.4 billion", Numbers.fmt(-3.4e9, factcheck.model.Unit.currency("$", null)));
        assertEquals("€5", Numbers.fmt(5, factcheck.model.Unit.currency("EUR", null)));
        assertEquals("600 million NGN", Numbers.fmt(600e6, factcheck.model.Unit.currency("NGN", null)));
        assertEquals("87.3%", Numbers.fmt(87.3, factcheck.model.Unit.PERCENT));
        assertEquals("3 points", Numbers.fmt(3, factcheck.model.Unit.POINTS));
        assertEquals("33x", Numbers.fmt(33, factcheck.model.Unit.TIMES));
        assertEquals("200 million people", Numbers.fmt(200e6, factcheck.model.Unit.count("person", null)));
        assertEquals("$27,000 a year", Numbers.fmt(27000, factcheck.model.Unit.currency("USD", "year")));
    }

    @Test
    void aDistanceInPercentIsShortAndNeverZero() {
        assertEquals("10%", Numbers.pct(2.2, 2));
        assertEquals("1.5%", Numbers.pct(20.3, 20));
        assertEquals("0.04%", Numbers.pct(100.04, 100));
        assertEquals("undefined", Numbers.pct(5, 0));
    }

    @Test
    void roundToUsesTheWrittenPrecision() {
        assertEquals(26000, Numbers.roundTo(26470, 1000));
        assertEquals(27000, Numbers.roundTo(26500, 1000));
        assertEquals(87, Numbers.roundTo(87.3, 1));
        assertEquals(28000, Numbers.roundTo(27500, 1000), "half rounds up");
        assertEquals(1400, Numbers.roundTo(1234, 700), "any step, even one that does not divide evenly");
        assertEquals(4.8, Numbers.roundTo(4.84, 0.1), 1e-12);
    }

    @Test
    void aQuoteIsVerbatimWhateverItsQuotesDashesAndLineBreaks() {
        String article = "“87% of actors in our union don’t even make\nthe $27,000 annually” – she said";
        assertTrue(Text.appearsIn("87% of actors in our union don't even make the $27,000 annually", article));
        assertTrue(Text.appearsIn("\"87% of actors", article));
        assertTrue(Text.appearsIn("annually\" - she said", article));
        assertFalse(Text.appearsIn("88% of actors", article));
        assertFalse(Text.appearsIn("87% of Actors", article));
        assertFalse(Text.appearsIn("  ", article));
        assertFalse(Text.appearsIn("7% of actors", article), "part of a number is not the number");
        assertFalse(Text.appearsIn("nnually", article), "part of a word is not the word");
        assertTrue(Text.appearsIn("$27,000", article));
    }

    @Test
    void aQuotesSpanIsFoundInTheOriginalText() {
        String article = "She said “don’t\n   stop” twice.";
        int[] at = Text.span("\"don't stop\"", article);
        assertEquals("“don’t\n   stop”", article.substring(at[0], at[1]));
    }

    @Test
    void aStatementMentionsWholeWordsOnly() {
        assertTrue(Text.mentions("121 Albright Way, Los Gatos, California", "los gatos"));
        assertFalse(Text.mentions("co-CEO (with Greg Peters)", "CEO"), "CEO is not co-CEO");
        assertTrue(Text.mentions("co-CEO (with Greg Peters)", "co-CEO"));
        assertTrue(Text.mentions("Los Gatos-based company", "Los Gatos-based"));
        assertFalse(Text.mentions("Closeburn Road", "Close"));
    }
}

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
    void numbersInMessagesAreGroupedAndRoundedToOneDecimal() {
        assertEquals("26,470", Numbers.fmt(26470));
        assertEquals("33.3", Numbers.fmt(900000.0 / 27000));
        assertEquals("34.0", Numbers.fmt(900000.0 / 26470));
        assertEquals("87.3", Numbers.fmt(100 - 12.7));
        assertEquals("-4.8", Numbers.fmt(-4.8426));
        assertEquals("0.0486", Numbers.fmt(0.048619));
        assertEquals("41.28", Numbers.fmt(41.28), "a figure with two decimals is shown as written");
        assertEquals("34.0008", Numbers.exact(34.0008));
        assertEquals("9,400,000,000", Numbers.fmt(9.4e9));
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

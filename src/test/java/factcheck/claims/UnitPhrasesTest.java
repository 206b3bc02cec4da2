package factcheck.claims;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Units written as phrases ("per cent", "pounds sterling", "per annum") read as one word each,
 * and plain digits read as themselves: the cases the reader's shortcuts for units and numbers
 * without such words must leave as they were.
 */
class UnitPhrasesTest {

    private static String unit(String text) {
        List<String> errors = new ArrayList<>();
        Quantities.UnitSpec s = Quantities.unit(text, errors);
        return s == null ? "error: " + errors : s.unit().dimension() + " " + s.unit().name() + " " + s.unit().period()
                + " " + s.scale() + " " + s.scaleWord();
    }

    @Test
    void unitPhrasesReadAsOneWordEach() {
        assertEquals("CURRENCY USD year 1 null", unit("USD per annum"));
        assertEquals("CURRENCY USD null 1 null", unit("US dollars"));
        assertEquals("CURRENCY GBP null 1 null", unit("pounds sterling"));
        assertEquals("POINTS null null 1 null", unit("percentage points"));
        assertEquals("PERCENT null null 1 null", unit("per cent"));
        assertEquals("POINTS null null 1 null", unit("pts"));
        assertEquals("POINTS null null 1 null", unit("ppts"));
        assertEquals("CURRENCY $ null 1000000000 bn", unit("$ bn"));
        assertEquals("CURRENCY $ null 1000000000 bn", unit("$bn"));
        assertEquals("CURRENCY EUR null 1000000 m", unit("€m"));
        assertEquals("CURRENCY USD year 1 null", unit("USD/year"));
        assertEquals("CURRENCY USD year 1 null", unit("USD / year"));
        assertEquals("CURRENCY GBP month 1 null", unit("GBP per month"));
        assertEquals("COUNT person null 1 null", unit("people"));
        assertEquals("error: ['% points' names two units (percent and percentage points)]", unit("% points"));
        assertEquals("error: ['per person': only a period (year, quarter, month, week, day, hour) can follow 'per']",
                unit("per person"));
    }

    @Test
    void plainDigitsReadAsThemselvesAndSeparatorsAsBefore() {
        assertEquals("27000", Quantities.number("27000"));
        assertEquals("007", Quantities.number("007"));
        assertEquals("27000", Quantities.number("27,000"));
        assertEquals("1000", Quantities.number("1_000"));
        assertEquals("4.8", Quantities.number("4.8"));
        assertEquals(null, Quantities.number("52.000"), "ambiguous");
        assertEquals(null, Quantities.number("1,5"), "ambiguous");
        assertEquals(null, Quantities.number(""));
    }
}

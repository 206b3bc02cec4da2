package factcheck.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Finding the numbers an article states, for `factcheck extract`. */
class ArticleNumbersTest {

    private static List<String> texts(String text) {
        return ArticleNumbers.find(text).stream().map(ArticleNumbers.Found::text).toList();
    }

    private static ArticleNumbers.Found only(String text) {
        List<ArticleNumbers.Found> found = ArticleNumbers.find(text);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    /**
     * Read in pieces, not as one sentence: read whole, such a text took minutes. Its speed is the
     * benchmark's to measure; the time limit here only catches a return to minutes, far past any
     * machine's load (it reads in a few seconds on a busy one).
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aTextOfThousandsOfNumbersWithNoSentenceEndIsReadInPieces() {
        String text = "Costs rose 27,000 dollars and ".repeat(8000);
        List<ArticleNumbers.Found> found = ArticleNumbers.find(text);
        assertEquals(8000, found.size());
        assertEquals(1, found.get(7999).line());
        assertEquals(7999 * 30 + 12, found.get(7999).column());
    }

    @Test
    void everyFormAnArticleWritesIsFound() {
        assertEquals(List.of("$39.3 billion", "£3,000", "87%", "3 points", "33x", "three times higher", "A third",
                        "one in five", "doubled", "Half"),
                texts("Revenue was $39.3 billion. Rent is £3,000. Of them, 87% agreed. The lead is 3 points. Pay is 33x"
                        + " the minimum. Costs are three times higher. A third said no. Only one in five did. Sales"
                        + " doubled. Half of them left."));
    }

    @Test
    void aRangeIsOneNumber() {
        assertEquals(List.of("between $390,000 and $900,000", "$132,300 - $245,700"),
                texts("The pay is between $390,000 and $900,000. Another pays $132,300 - $245,700."));
        assertEquals("range", only("The pay is between $390,000 and $900,000 a year.").kind());
    }

    @Test
    void yearsAndWebAddressesAreNotClaims() {
        assertEquals(List.of("12%"), texts("In 2023, prices rose 12% since 2019, says https://example.org/2024/5 and"
                + " desk2024@example.org."));
    }

    @Test
    void aLonePronounOneIsNotANumber() {
        assertEquals(List.of(), texts("One of the biggest complaints is pay. It is one that matters."));
    }

    @Test
    void aNumberWrappedOverALineBreakIsOneNumberAtItsLineAndColumn() {
        ArticleNumbers.Found f = only("The first line.\nThe deal is worth $39.3\nbillion to the company.");
        assertEquals("$39.3\nbillion", f.text());
        assertEquals(2, f.line());
        assertEquals(19, f.column());
    }

    @Test
    void theKindIsGuessedFromTheWords() {
        assertEquals("ratio", only("Pay is over 33x the healthcare qualification minimum.").kind());
        assertEquals("over", only("Pay is over 33x the healthcare qualification minimum.").qualifier());
        assertEquals("change", only("Sales fell 4.8% in the quarter, the company said.").kind());
        assertEquals("share", only("About 87% of actors in the union do not qualify.").kind());
        assertEquals("value", only("Once an actor earns $27,000 from acting jobs they qualify.").kind());
    }

    @Test
    void theQuoteIsTheClauseVerbatimWithoutItsQuotationMarks() {
        String text = "“87% of actors in our union don’t even make the $27,000 annually (before taxes),” Liu said.";
        ArticleNumbers.Found f = ArticleNumbers.find(text).get(0);
        assertEquals("87% of actors in our union don’t even make the $27,000 annually", f.quote());
        assertEquals(true, text.contains(f.quote()));
    }

    @Test
    void theQuoteLosesTheMarksAtItsEndsAndAShortClauseIsTheWholeSentence() {
        assertEquals("Pay rose 12% in the year", only("She said: \"Pay rose 12% in the year.\"").quote());
        assertEquals("Costs rose 12% and fell", only("Costs rose 12% and fell, \"she said\" again").quote());
        assertEquals("Sales rose by 12% again", only("Sales rose by 12% again, the firm said in a statement.").quote());
        assertEquals("Sales rose 12% again, the firm said in a statement",
                only("Sales rose 12% again, the firm said in a statement.").quote(), "four words: the sentence");
        assertEquals("Pay rose by 12% in the year", only("Pay rose by 12% in the year.\u201d\u2028").quote());
        assertEquals("Pay rose by 12% in the year", only("Pay rose by 12% in the year!\"\r\n").quote());
        // A last line break the text ends with stays; the full stop before it does not.
        assertEquals("Pay rose by 12% in the year\u0085", only("Pay rose by 12% in the year.\u0085").quote());
        assertEquals("Pay rose 12% in the year\u0085", only("Pay rose 12% in the year\u0085").quote());
        List<ArticleNumbers.Found> found = ArticleNumbers.find(
                "Costs rose 4%, and about $43,000 for each of its 1,200 employees!\u201d");
        assertEquals(List.of("Costs rose 4%, and about $43,000 for each of its 1,200 employees",
                        "about $43,000 for each of its 1,200 employees", "about $43,000 for each of its 1,200 employees"),
                found.stream().map(ArticleNumbers.Found::quote).toList());
    }

    @Test
    void digitsInsideANameAreNotANumber() {
        assertEquals(List.of("4%"), texts("COVID-19 cases rose in the G7 states, and the MP3 format is old. Pay rose 4%."));
    }
}

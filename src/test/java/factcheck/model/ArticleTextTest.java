package factcheck.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding quotes through the article's index gives what a plain search of the text, from its
 * start, gives: the same place for every quote, including the awkward ones.
 */
class ArticleTextTest {

    /**
     * The straightforward search, written out here: the text and the quote made plain, then every
     * place from the start until one is whole words at both ends.
     */
    private static int[] searched(String quote, String text) {
        if (quote == null || text == null) {
            return null;
        }
        Text.Plain article = Text.plain(text);
        String t = article.text();
        String q = Text.plain(quote).text().strip();
        if (q.isEmpty()) {
            return null;
        }
        for (int at = 0; at + q.length() <= t.length(); at++) {
            if (t.startsWith(q, at) && wholeAt(t, at, -1, q.charAt(0)) && wholeAt(t, at + q.length(), +1,
                    q.charAt(q.length() - 1))) {
                return new int[] {article.from()[at], article.from()[at + q.length() - 1] + 1};
            }
        }
        return null;
    }

    /** Whether the quote's edge character {@code edge}, beside text position {@code i}, ends a word there. */
    private static boolean wholeAt(String t, int i, int away, char edge) {
        if (!Character.isLetterOrDigit(edge)) {
            return true;
        }
        int beside = away < 0 ? i - 1 : i;
        if (beside < 0 || beside >= t.length()) {
            return true;
        }
        char c = t.charAt(beside);
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        int beyond = beside + away;
        return !(c == '-' && beyond >= 0 && beyond < t.length() && Character.isLetterOrDigit(t.charAt(beyond)));
    }

    private static void assertSameSpan(String quote, String text) {
        int[] expected = searched(quote, text);
        int[] indexed = ArticleText.of(text).span(quote);
        assertArrayEquals(expected, indexed, () -> "quote <" + quote + "> in <" + text + ">: expected "
                + Arrays.toString(expected) + ", got " + Arrays.toString(indexed));
        assertArrayEquals(expected, Text.span(quote, text), quote);
        assertEquals(expected != null, Text.appearsIn(quote, text), quote);
    }

    @Test
    void aQuoteIsFoundAtItsFirstPlaceAsWholeWords() {
        String text = "Of them 87% of actors said no, and 7% of actors said yes; 7% of actors.";
        assertArrayEquals(new int[] {35, 47}, ArticleText.of(text).span("7% of actors"));
        assertSameSpan("7% of actors", text);
        assertSameSpan("87% of actors", text);
        assertSameSpan("of actors", text);
    }

    @Test
    void partOfAWordOrOfAHyphenatedWordIsNotFound() {
        String text = "Closeburn Road, co-CEO Ted, and the CEO of Close.";
        assertSameSpan("CEO", text);
        assertSameSpan("Close", text);
        assertSameSpan("lose", text);
        assertSameSpan("co-CEO Ted", text);
        assertNull(ArticleText.of("co-CEO").span("CEO"));
        assertNull(ArticleText.of("Closeburn").span("Close"));
    }

    @Test
    void quotesThatOverlapOrRepeatAreFoundAtTheirFirstPlace() {
        String text = "abab ab abab aba ab. ab ab ab";
        for (String q : List.of("ab", "ab ab", "ab ab ab", "aba", "bab", "abab ab", "ab.", "b", "a")) {
            assertSameSpan(q, text);
        }
        assertArrayEquals(new int[] {5, 7}, ArticleText.of(text).span("ab"));
        assertArrayEquals(new int[] {21, 26}, ArticleText.of(text).span("ab ab"));
    }

    @Test
    void typographyIsSetAsideButCaseIsNot() {
        String text = "\u201cWe\u2019re   super committed\nto getting\u2014there\u2026\u201d she said.\u00a0Then 87%.";
        assertSameSpan("\"We're super committed to getting-there...\"", text);
        assertSameSpan("We\u2019re super  committed", text);
        assertSameSpan("committed to\tgetting", text);
        assertSameSpan("getting\u2013there\u2026", text);
        assertSameSpan("said. Then 87%", text);
        assertSameSpan("we're super committed", text);
        assertNull(ArticleText.of(text).span("we're super committed"), "case is a changed word");
        assertArrayEquals(new int[] {1, 24}, ArticleText.of(text).span("We're super committed"));
    }

    @Test
    void quotesAtTheTextsEndsAndEmptyOnesAreHandled() {
        String text = "Start here. The middle part. End";
        for (String q : List.of("Start", "Start here.", "End", "part. End", text, text + " more", "S", "d", "",
                "   ", "\n", ".")) {
            assertSameSpan(q, text);
        }
        assertArrayEquals(new int[] {0, 5}, ArticleText.of(text).span("  Start "));
        assertNull(ArticleText.of(text).span(null));
        assertNull(ArticleText.of("").span("a"));
        assertNull(Text.span(null, text));
        assertNull(Text.span("a", null));
        assertSameSpan("x", "");
        assertSameSpan("x", "x");
        assertSameSpan("x", " x ");
    }

    @Test
    void aQuoteOfVeryManyPlacesIsFoundAtItsFirstWholeOne() {
        String many = "xa ".repeat(400) + "a xa";
        assertSameSpan("a", many);
        assertArrayEquals(new int[] {1200, 1201}, ArticleText.of(many).span("a"));
        // Every stretch of the quote is in the text hundreds of times; the quote once, at the end.
        String repeated = "ya ya ".repeat(300) + "ya ya yb";
        assertSameSpan("ya ya yb", repeated);
        assertArrayEquals(new int[] {1800, 1808}, ArticleText.of(repeated).span("ya ya yb"));
        assertSameSpan("ya ya ya", repeated);
        assertSameSpan("a ya y", repeated);
    }

    @Test
    void quotesShorterAndLongerThanTheIndexedStretchesAreFound() {
        String text = "A 7% rise, 87% of 1,200 staff; 12 said 7%, and 2 said $7.";
        for (String q : List.of("7", "7%", "$7", "7%,", "87%", "2 s", "2 sa", "2 sai", "12 said", "said $7.", "1,2",
                "1,200", "A", "A 7", "A 7%")) {
            assertSameSpan(q, text);
        }
    }

    @Test
    void manyGeneratedQuotesAreFoundWhereTheSearchFindsThem() {
        String[] words = {"a", "ab", "b", "ba", "87%", "7%", "$27,000", "27", "co-CEO", "CEO", "-", "--", "\u2014",
                "\u201cSay", "it\u201d", "\"said\"", "don\u2019t", "don't", "...", "\u2026", "x", "X", "\u00e9t\u00e9",
                "2,000", "000"};
        String[] gaps = {" ", " ", " ", "  ", "\n", "\u00a0", "\t", ", ", ". ", "-"};
        Random random = new Random(20240101);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                b.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String text = random.nextBoolean() ? b.toString() : b.toString().strip();
            ArticleText indexed = ArticleText.of(text);
            for (int k = 0; k < 40; k++) {
                String quote;
                if (k % 4 == 0) {
                    // Words that need not be in the text.
                    quote = words[random.nextInt(words.length)] + gaps[random.nextInt(gaps.length)]
                            + words[random.nextInt(words.length)];
                } else {
                    int from = random.nextInt(text.length() + 1);
                    int to = Math.min(text.length(), from + random.nextInt(25));
                    quote = text.substring(from, to);
                    if (k % 4 == 2) {
                        quote = quote.replace(' ', '\n').replace('\'', '\u2019').replace("-", "\u2013");
                    } else if (k % 4 == 3) {
                        quote = quote.toUpperCase(java.util.Locale.ROOT);
                    }
                }
                int[] expected = searched(quote, text);
                int[] found = indexed.span(quote);
                String q = quote;
                assertArrayEquals(expected, found, () -> "quote <" + q + "> in <" + text + ">");
            }
        }
    }

    @Test
    void theIndexOfATextIsKeptForTheNextQuoteOnTheSameThread() {
        String text = "One text, asked about by every claim of its article.";
        ArticleText first = Text.indexed(text);
        assertSame(first, Text.indexed(text));
        assertTrue(Text.appearsIn("every claim", text));
        assertSame(first, Text.indexed(text));
        String other = "Another text.";
        assertEquals(other, Text.indexed(other).text());
        assertFalse(Text.appearsIn("every claim", other));
    }

    @Test
    void twoThreadsMatchingQuotesOfDifferentArticlesAtOnceEachGetTheirOwnAnswers() throws Exception {
        // Each article holds the other's words at another place, so that an answer from the wrong
        // article is a wrong place, not only a miss.
        String a = "Alpha said 87% of actors. Then beta said $27,000 a year, and gamma.";
        String b = "Beta said $27,000 a year. Alpha said 87% of actors, gamma too, and more.";
        List<String> quotes = List.of("87% of actors", "$27,000 a year", "gamma", "Alpha said", "said", "nothing");
        int rounds = 2000;
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ArticleText shared = ArticleText.of(a);
            List<Future<Integer>> runs = new ArrayList<>();
            for (String text : List.of(a, b)) {
                runs.add(pool.submit(() -> {
                    together.await();
                    int checked = 0;
                    for (int r = 0; r < rounds; r++) {
                        // A new text object now and then, so that the per-thread index is built again
                        // while the other thread uses its own.
                        String t = r % 97 == 0 ? new String(text) : text;
                        for (String q : quotes) {
                            assertArrayEquals(searched(q, t), Text.span(q, t), q);
                            assertArrayEquals(searched(q, a), shared.span(q), q);
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            for (Future<Integer> run : runs) {
                assertEquals(rounds * quotes.size(), run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

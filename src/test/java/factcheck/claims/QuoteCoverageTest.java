package factcheck.claims;

import factcheck.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which of an article's numbers its quotes cover: a number is covered when one quote holds all of
 * it, however the quotes overlap, nest or repeat.
 */
class QuoteCoverageTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Pay reached $51.9 million, including a $23.9 million bonus. Sales rose 7%"
            + " in 2023, and most staff stayed.\nCosts are between $390,000 and $900,000 a year, and 7% more.";

    /** The numbers no quote covers, by looking at every quote for every number. */
    private static List<ArticleNumbers.Found> uncoveredOneByOne(String text, List<String> quotes) {
        List<int[]> spans = new ArrayList<>();
        for (String q : quotes) {
            int[] span = Text.span(q, text);
            if (span != null) {
                spans.add(span);
            }
        }
        List<ArticleNumbers.Found> out = new ArrayList<>();
        for (ArticleNumbers.Found f : ArticleNumbers.find(text)) {
            boolean covered = false;
            for (int[] s : spans) {
                covered |= s[0] <= f.start() && f.end() <= s[1];
            }
            if (!covered) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<String> texts(List<ArticleNumbers.Found> found) {
        return found.stream().map(ArticleNumbers.Found::text).toList();
    }

    @Test
    void aNumberIsCoveredOnlyByAQuoteThatHoldsAllOfIt() {
        List<String> quotes = List.of("Pay reached $51.9 million, including", "including a $23.9",
                "between $390,000 and", "$390,000 and $900,000 a year");
        assertEquals(List.of("$23.9 million", "7%", "most staff", "between $390,000 and $900,000 a year", "7% more"),
                texts(ArticleNumbers.uncovered(TEXT, quotes)));
        assertEquals(uncoveredOneByOne(TEXT, quotes), ArticleNumbers.uncovered(TEXT, quotes));
    }

    @Test
    void overlappingNestedAndRepeatedQuotesCoverWhatEachCovers() {
        List<String> quotes = List.of("a $23.9 million bonus. Sales", "$23.9 million", "million bonus. Sales rose 7%",
                "Sales rose 7% in 2023", "Sales rose 7% in 2023", "not in the text", "", "and 7% more.");
        assertEquals(List.of("$51.9 million", "most staff", "between $390,000 and $900,000 a year"),
                texts(ArticleNumbers.uncovered(TEXT, quotes)));
        assertEquals(uncoveredOneByOne(TEXT, quotes), ArticleNumbers.uncovered(TEXT, quotes));
        assertEquals(List.of(), ArticleNumbers.uncovered(TEXT, List.of(TEXT)));
        assertEquals(ArticleNumbers.find(TEXT), ArticleNumbers.uncovered(TEXT, List.of()));
    }

    @Test
    void manyGeneratedSetsOfQuotesCoverWhatLookingAtEachQuoteFinds() {
        Random random = new Random(11);
        String[] sentences = {"Pay rose 12% to $4.5 billion.", "About 87% of actors earn under $27,000 a year.",
                "Between 2019 and 2023 the deficit grew by a third.", "Costs were $390,000 - $900,000.",
                "One in five said yes, and 40% said no.", "It fell 4.8% in the year.", "Sales doubled."};
        for (int round = 0; round < 60; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 4 + random.nextInt(20); i++) {
                b.append(sentences[random.nextInt(sentences.length)]).append(random.nextInt(5) == 0 ? "\n" : " ");
            }
            String text = b.toString();
            List<String> quotes = new ArrayList<>();
            for (int k = 0; k < random.nextInt(30); k++) {
                int from = random.nextInt(text.length());
                quotes.add(text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(60))).strip());
            }
            assertEquals(uncoveredOneByOne(text, quotes), ArticleNumbers.uncovered(text, quotes), text + quotes);
        }
    }

    @Test
    void theCoverageOfAnArticleWithOverlappingQuotesCountsEachNumberOnce() throws IOException {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Path file = dir.resolve("a.yaml");
        Files.writeString(file, """
                article: {id: a, title: A, text: a.txt}
                left-out:
                  - {number: 7%, reason: the first reason}
                  - {number: 7%, reason: the second reason}
                  - {number: most staff, reason: a figure of speech}
                  - {number: 7% more, reason: another 7%}
                claims:
                  - {id: c1, quote: "Pay reached $51.9 million, including", verdict: UNVERIFIABLE, rationale: r}
                  - {id: c2, quote: "including a $23.9", verdict: UNVERIFIABLE, rationale: r}
                  - {id: c3, quote: "a $23.9 million bonus", verdict: UNVERIFIABLE, rationale: r}
                  - {id: c4, quote: "a $23.9 million bonus", verdict: UNVERIFIABLE, rationale: r}
                  - {id: c5, quote: "between $390,000 and", verdict: UNVERIFIABLE, rationale: r}
                """);
        ClaimsSet set = ClaimsLoader.load(List.of(file));
        assertEquals(List.of(), set.errors());
        ArticleClaims.Coverage c = set.articles().get(0).coverage();
        assertEquals(6, c.numbers());
        assertEquals(2, c.checked());
        assertEquals(List.of("7% the first reason", "most staff a figure of speech", "7% more another 7%"),
                c.leftOut().stream().map(l -> l.number().text() + " " + l.reason()).toList());
        assertEquals(List.of("between $390,000 and $900,000 a year"), texts(c.unchecked()));
    }
}

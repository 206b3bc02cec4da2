package factcheck.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers beyond what the checker compares are input errors at their line, read fast, and shown
 * shortened: no rule ever meets an infinite, huge or vanishing number.
 */
class NumberBoundsTest {

    @TempDir
    Path tmp;

    private List<String> errors(String figures, String claims) throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "It pays 27,000.");
        Path file = tmp.resolve("c.yaml");
        Files.writeString(file, """
                article:
                  id: a
                  title: T
                  text: a.txt
                figures:
                  - id: pay
                    value: 27000
                    source: article
                """ + figures + (claims.isEmpty() ? "claims: []\n" : "claims:\n" + claims));
        return ClaimsLoader.load(List.of(file)).errors().stream().map(d -> d.headline().replace(tmp + "/", "")).toList();
    }

    private static String claim(String stated) {
        return """
                  - id: c
                    quote: It pays 27,000.
                    kind: value
                    stated: %s
                    figures:
                      reference: pay
                """.formatted(stated);
    }

    @Test
    void aValueWithAHugeExponentIsOutOfRange() throws IOException {
        assertEquals(List.of("c.yaml:10: error: figure 'big': field 'value': '1e999' is beyond the numbers the checker"
                + " compares (sizes from 10^-9 to 10^18, or 0)"), errors("""
                  - id: big
                    value: 1e999
                    source: x
                """, ""));
    }

    @Test
    void anExponentBeyondWhatABigDecimalHoldsIsOutOfRangeNotAUnit() throws IOException {
        assertEquals(List.of("c.yaml:10: error: figure 'big': field 'value': '1e99999999999' is beyond the numbers the"
                + " checker compares (sizes from 10^-9 to 10^18, or 0)"), errors("""
                  - id: big
                    value: 1e99999999999
                    source: x
                """, ""));
        assertEquals(List.of("c.yaml:13: error: claim 'c': field 'stated': '2.5E-4000' is beyond the numbers the checker"
                + " compares (sizes from 10^-9 to 10^18, or 0)"), errors("", claim("2.5E-4000")));
    }

    @Test
    void aNumberTooSmallForADoubleIsOutOfRangeNotZero() throws IOException {
        assertEquals(List.of("c.yaml:13: error: claim 'c': field 'stated': '1e-400' is beyond the numbers the checker"
                + " compares (sizes from 10^-9 to 10^18, or 0)"), errors("", claim("1e-400")));
    }

    @Test
    void aPrecisionOutOfRangeIsAnErrorAtItsLine() throws IOException {
        String tiny = "0." + "0".repeat(20) + "1";
        assertEquals(List.of("c.yaml:16: error: claim 'c': field 'precision': '0.000000000000000000001' is beyond the numbers the checker"
                + " compares (sizes from 10^-9 to 10^18, or 0)"), errors("", claim("27000") + "    precision: " + tiny
                + "\n"));
        String long400 = "0." + "0".repeat(399) + "1";
        assertEquals(List.of("c.yaml:16: error: claim 'c': field 'precision': '0.00000000000000000000000000000000000000..."
                + " (402 characters)' is too long to be a number; keep it under 200 characters"),
                errors("", claim("27000") + "    precision: " + long400 + "\n"));
    }

    @Test
    void aComputedFigureOutOfRangeIsAnErrorAtItsLine() throws IOException {
        assertEquals(List.of(
                "c.yaml:15: error: figure 'r1': per: the result, 1,000,000,000,000,000,000,000,000,000, is beyond the"
                        + " numbers the checker compares (sizes from 10^-9 to 10^18, or 0) (big 1,000,000,000,000,000,000"
                        + " / tiny 0.000000001)",
                "c.yaml:18: error: figure 'r2': share: figure 'r1' cannot be computed (at c.yaml:15)",
                "c.yaml:25: error: claim 'c': field 'figures.reference': figure 'r2' cannot be computed (at c.yaml:17)"),
                errors("""
                  - id: big
                    value: 1e18
                    source: x
                  - id: tiny
                    value: 1e-9
                    source: x
                  - id: r1
                    per: [big, tiny]
                  - id: r2
                    share: [r1, big]
                """, claim("27000").replace("reference: pay", "reference: r2")));
    }

    @Test
    void aStatedNumberOfMillionsOfDigitsIsRefusedFastAndShownShort() throws IOException {
        // Folded over lines, so that the line limit does not decide.
        String digits = ("9".repeat(100_000) + "\n      ").repeat(20);
        long started = System.nanoTime();
        List<String> errors = errors("", claim(digits));
        assertTrue(System.nanoTime() - started < 5_000_000_000L);
        assertEquals(List.of("c.yaml:13: error: claim 'c': field 'stated': '9999999999999999999999999999999999999999..."
                + " (2,000,019 characters)' is too long to be a number or a statement; keep it under 200 characters"),
                errors);
    }

    @Test
    void aChainOfThousandsOfComputedFiguresIsAnErrorNotAStackOverflow() throws IOException {
        StringBuilder figures = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            figures.append("  - id: f").append(i).append("\n    sum: [").append(i == 4999 ? "pay" : "f" + (i + 1))
                    .append("]\n");
        }
        List<String> errors = errors(figures.toString(), claim("27000").replace("reference: pay", "reference: f0"));
        assertTrue(errors.stream().anyMatch(e -> e.contains("is computed from a chain of more than 200 computed"
                + " figures; compute it from fewer steps")), String.join("\n", errors.subList(0, Math.min(3, errors.size()))));
    }

    @Test
    void anIdOfAMillionCharactersIsRefusedAndNotEchoed() throws IOException {
        List<String> errors = errors("", claim("27000").replace("id: c", "id: " + "x".repeat(5000)));
        assertEquals("c.yaml:10: error: claim: id 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx... (5,000 characters)' is"
                + " 5000 characters long; keep an id under 100", errors.get(0));
    }

    @Test
    void aQuoteOfAWholeBookIsRefusedFast() throws IOException {
        String words = ("one two three hundred thousand and a half " + "\n      ").repeat(5000);
        long started = System.nanoTime();
        List<String> errors = errors("", claim("27000").replace("quote: It pays 27,000.", "quote: " + words));
        assertTrue(System.nanoTime() - started < 5_000_000_000L);
        assertEquals("c.yaml:11: error: claim 'c': field 'quote' is 209999 characters long; quote the sentence that makes"
                + " the claim, in under 2000 characters", errors.get(0));
    }
}

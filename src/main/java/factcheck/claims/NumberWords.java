package factcheck.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words for numbers that the checker reads, with how far each reaches. This is the table the
 * README's "Numbers" section documents; change both together.
 *
 * <p>A number word is looser than digits: "a quarter" stands for 25% give or take a little, so it
 * carries a looseness, relative to its value, within which a figure counts as what it says.
 * Cardinal words ("forty", "two hundred") are read exactly like the digits they spell.
 */
final class NumberWords {
    private NumberWords() {
    }

    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s-]+");

    /** How far a fraction, "one in N" or a multiple word reaches: 5% of its value either way. */
    static final double WORD_LOOSENESS = 0.05;

    /** Cardinal words below a hundred. */
    static final Map<String, Integer> CARDINALS = new LinkedHashMap<>();

    /** Denominators of fraction words: "a third" is 1/3, "three quarters" 3/4. */
    static final Map<String, Integer> FRACTIONS = new LinkedHashMap<>();

    /** Multiple words: "doubled" is 2 times, "halved" half as much. */
    static final Map<String, Double> MULTIPLES = new LinkedHashMap<>();

    /** Words that state a share beyond a bound: "a majority" is over 50%, "the vast majority" over 75%. */
    static final Map<String, Bound> BOUNDS = new LinkedHashMap<>();

    /** A threshold word's meaning: "a majority" is over 50%, "nearly all" at least 90%. */
    record Bound(String qualifier, int share) {
    }

    /** Scale words and abbreviations, and their factor. */
    static final Map<String, Long> SCALES = new LinkedHashMap<>();

    static {
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < ones.length; i++) {
            CARDINALS.put(ones[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            CARDINALS.put(tens[i], 20 + 10 * i);
        }

        FRACTIONS.put("half", 2);
        FRACTIONS.put("halves", 2);
        String[] ordinals = {"third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        int[] denominators = {3, 4, 4, 5, 6, 7, 8, 9, 10};
        for (int i = 0; i < ordinals.length; i++) {
            FRACTIONS.put(ordinals[i], denominators[i]);
            FRACTIONS.put(ordinals[i] + "s", denominators[i]);
        }

        MULTIPLES.put("twice", 2.0);
        MULTIPLES.put("double", 2.0);
        MULTIPLES.put("doubled", 2.0);
        MULTIPLES.put("doubling", 2.0);
        MULTIPLES.put("triple", 3.0);
        MULTIPLES.put("tripled", 3.0);
        MULTIPLES.put("tripling", 3.0);
        MULTIPLES.put("treble", 3.0);
        MULTIPLES.put("trebled", 3.0);
        MULTIPLES.put("quadruple", 4.0);
        MULTIPLES.put("quadrupled", 4.0);
        MULTIPLES.put("quintuple", 5.0);
        MULTIPLES.put("quintupled", 5.0);
        MULTIPLES.put("sextupled", 6.0);
        MULTIPLES.put("septupled", 7.0);
        MULTIPLES.put("octupled", 8.0);
        MULTIPLES.put("halved", 0.5);
        MULTIPLES.put("halving", 0.5);

        // The threshold words: what share each says, and which way. The README's "Threshold words"
        // table lists every row; the longest words come first, so "nearly all" is not read as "all".
        for (String w : List.of("the vast majority", "a vast majority", "vast majority", "an overwhelming majority",
                "the overwhelming majority", "overwhelming majority")) {
            BOUNDS.put(w, new Bound("over", 75));
        }
        for (String w : List.of("nearly all", "almost all", "virtually all", "practically all")) {
            BOUNDS.put(w, new Bound("at least", 90));
        }
        for (String w : List.of("hardly any", "almost none", "virtually none")) {
            BOUNDS.put(w, new Bound("at most", 10));
        }
        for (String w : List.of("a majority", "the majority", "majority", "most", "more than half")) {
            BOUNDS.put(w, new Bound("over", 50));
        }
        for (String w : List.of("a minority", "less than half", "fewer than half")) {
            BOUNDS.put(w, new Bound("under", 50));
        }

        SCALES.put("thousand", 1_000L);
        SCALES.put("k", 1_000L);
        SCALES.put("lakh", 100_000L);
        SCALES.put("million", 1_000_000L);
        SCALES.put("m", 1_000_000L);
        SCALES.put("mn", 1_000_000L);
        SCALES.put("mln", 1_000_000L);
        SCALES.put("crore", 10_000_000L);
        SCALES.put("billion", 1_000_000_000L);
        SCALES.put("bn", 1_000_000_000L);
        SCALES.put("b", 1_000_000_000L);
        SCALES.put("trillion", 1_000_000_000_000L);
        SCALES.put("tn", 1_000_000_000_000L);
    }

    /** The value of a cardinal word or a run of them ("forty-two", "two hundred"), or -1. */
    static long cardinal(String words) {
        String[] parts = WORD_BREAK.split(words);
        long total = 0;
        long group = 0;
        boolean any = false;
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i];
            if (w.equals("and") && any && i < parts.length - 1) {
                continue;
            }
            if ((w.equals("a") || w.equals("an")) && i == 0 && parts.length > 1) {
                group = 1;
                any = true;
                continue;
            }
            if (w.equals("dozen")) {
                group = (any ? Math.max(group, 1) : 1) * 12;
                any = true;
                continue;
            }
            if (w.equals("hundred")) {
                if (!any) {
                    return -1;
                }
                group = Math.max(group, 1) * 100;
                continue;
            }
            Integer v = CARDINALS.get(w);
            if (v == null) {
                return -1;
            }
            if (any && group % 10 != 0 && v < 100) {
                return -1; // "five six" is not a number
            }
            group += v;
            any = true;
        }
        total += group;
        return any ? total : -1;
    }
}

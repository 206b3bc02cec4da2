package factcheck.util;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean ...?" hints. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /**
     * The candidate closest to {@code word}, if one is close enough to be a likely typo: at most
     * a third of the word's letters edited (and at least one), ignoring case, '-' and '_'.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String w = fold(word);
        int limit = Math.max(1, w.length() / 3);
        return candidates.stream()
                .filter(c -> !c.equals(word))
                .map(c -> new Scored(c, distance(w, fold(c))))
                .filter(s -> s.distance <= limit)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /** "; did you mean 'x'?" or "" when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    private record Scored(String candidate, int distance) {
    }

    private static String fold(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit ("qoute" is one from "quote"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Names for a message, the first twenty at most: "a, b, c" or "a, b, ... and 980 more". */
    public static String some(Collection<String> names) {
        java.util.List<String> shown = names.stream().limit(20).map(Excerpt::of).toList();
        return String.join(", ", shown) + (names.size() > 20 ? ", ... and " + (names.size() - 20) + " more" : "");
    }
}

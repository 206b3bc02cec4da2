package factcheck.model;

import java.util.Arrays;

/**
 * Text comparison for quotes: a quote counts as verbatim when it appears in the article, as
 * whole words, once typography is set aside (curly or straight quotes and apostrophes, dashes,
 * ellipses, line breaks and runs of spaces). Nothing else is forgiven: a changed word is a
 * changed quote, and part of a word is not a word.
 */
public final class Text {
    private Text() {
    }

    /** Text with its typography made plain, and where each of its characters came from. */
    private record Plain(String text, int[] from) {
    }

    /** The last article text made plain: every claim of an article asks about the same text. */
    private static Object[] lastArticle = {null, null};

    /** Whether {@code quote} appears verbatim in {@code text}, typography aside. */
    public static boolean appearsIn(String quote, String text) {
        return span(quote, text) != null;
    }

    /**
     * Where {@code quote} first appears in {@code text}, typography aside, as {start, end}
     * offsets into {@code text}; null when it does not.
     */
    public static int[] span(String quote, String text) {
        if (quote == null || text == null) {
            return null;
        }
        String q = plain(quote).text().strip();
        if (q.isEmpty()) {
            return null;
        }
        Plain article = plainArticle(text);
        int at = find(article.text(), q, 0);
        if (at < 0) {
            return null;
        }
        int last = at + q.length() - 1;
        return new int[] {article.from()[at], article.from()[last] + 1};
    }

    /**
     * The first place {@code words} occur in {@code text} as whole words: "7% of actors" is not
     * in "87% of actors", nor "Close" in "Closeburn". Returns -1 when they do not.
     */
    private static int find(String text, String words, int from) {
        for (int at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            boolean starts = !wordChar(words.charAt(0)) || !joined(text, at - 1, -1);
            boolean ends = !wordChar(words.charAt(words.length() - 1)) || !joined(text, end, +1);
            if (starts && ends) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whether the character at {@code i} joins on to the word beside it: a letter or digit, or a
     * hyphen with one beyond it ("CEO" in "co-CEO" is part of a word, not a word).
     */
    private static boolean joined(String text, int i, int away) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (wordChar(c)) {
            return true;
        }
        int beyond = i + away;
        return c == '-' && beyond >= 0 && beyond < text.length() && wordChar(text.charAt(beyond));
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Whether {@code words} occur in {@code text} as whole words, ignoring case and typography. */
    public static boolean mentions(String text, String words) {
        if (text == null || words == null || words.isBlank()) {
            return false;
        }
        String w = normalize(words).toLowerCase(java.util.Locale.ROOT);
        return !w.isEmpty() && find(normalize(text).toLowerCase(java.util.Locale.ROOT), w, 0) >= 0;
    }

    /** The text with typography made plain, for comparison only. */
    public static String normalize(String s) {
        return plain(s).text().strip();
    }

    private static synchronized Plain plainArticle(String text) {
        if (lastArticle[0] != text) {
            lastArticle = new Object[] {text, plain(text)};
        }
        return (Plain) lastArticle[1];
    }

    private static Plain plain(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] from = new int[s.length() * 3 + 1];
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                if (!space) {
                    from[out.length()] = i;
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            String plain = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> "'";
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
                case '\u2026' -> "...";
                default -> null;
            };
            if (plain == null) {
                from[out.length()] = i;
                out.append(c);
            } else {
                for (int k = 0; k < plain.length(); k++) {
                    from[out.length()] = i;
                    out.append(plain.charAt(k));
                }
            }
        }
        return new Plain(out.toString(), Arrays.copyOf(from, out.length() + 1));
    }
}

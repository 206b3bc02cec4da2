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
    record Plain(String text, int[] from) {
    }

    /**
     * The last article text indexed on this thread: every claim of an article asks about the same
     * text, and an article is checked on one thread. Per thread, so that articles checked at once on
     * several threads neither share nor wait for one another's.
     */
    private static final ThreadLocal<ArticleText> LAST_ARTICLE = new ThreadLocal<>();

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
        return indexed(text).span(quote);
    }

    /**
     * {@code text} made plain and indexed for finding quotes ({@link ArticleText}): the one this
     * thread made last when it is of the same text, else a new one, kept for the next call.
     */
    public static ArticleText indexed(String text) {
        ArticleText last = LAST_ARTICLE.get();
        if (last == null || last.text() != text) {
            last = ArticleText.of(text);
            LAST_ARTICLE.set(last);
        }
        return last;
    }

    /**
     * The first place {@code words} occur in {@code text} as whole words: "7% of actors" is not
     * in "87% of actors", nor "Close" in "Closeburn". Returns -1 when they do not.
     */
    static int find(String text, String words, int from) {
        for (int at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
            if (wholeWords(text, words, at)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether {@code words}, found in {@code text} at {@code at}, are whole words there. */
    static boolean wholeWords(String text, String words, int at) {
        int end = at + words.length();
        boolean starts = !wordChar(words.charAt(0)) || !joined(text, at - 1, -1);
        boolean ends = !wordChar(words.charAt(words.length() - 1)) || !joined(text, end, +1);
        return starts && ends;
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

    static Plain plain(String s) {
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

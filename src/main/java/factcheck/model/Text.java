package factcheck.model;

import java.text.Normalizer;

/**
 * Text comparison for quotes: a quote counts as verbatim when it appears in the article
 * once typography is set aside (curly or straight quotes and apostrophes, dashes, line
 * breaks and runs of spaces). Nothing else is forgiven: a changed word is a changed quote.
 */
public final class Text {
    private Text() {
    }

    /** The last article text normalized, and its normal form: every claim of an article asks about the same text. */
    private static String[] lastText = {null, null};

    /** Whether {@code quote} appears verbatim in {@code text}, typography aside. */
    public static boolean appearsIn(String quote, String text) {
        if (quote == null || text == null) {
            return false;
        }
        String q = normalize(quote);
        return !q.isEmpty() && normalizedArticle(text).contains(q);
    }

    private static synchronized String normalizedArticle(String text) {
        if (lastText[0] != text) {
            lastText = new String[] {text, normalize(text)};
        }
        return lastText[1];
    }

    /** Whether {@code words} occur in {@code text}, ignoring case and typography. */
    public static boolean mentions(String text, String words) {
        if (text == null || words == null || words.isBlank()) {
            return false;
        }
        return normalize(text).toLowerCase(java.util.Locale.ROOT)
                .contains(normalize(words).toLowerCase(java.util.Locale.ROOT));
    }

    /** The text with typography made plain, for comparison only. */
    public static String normalize(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-")
                .replaceAll("\\s+", " ");
        return t.strip();
    }
}

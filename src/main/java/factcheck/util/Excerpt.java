package factcheck.util;

/**
 * A user's text cut short for a message, so that an error never echoes a whole file: a value of
 * two million digits is shown by its start and its length.
 */
public final class Excerpt {
    private Excerpt() {
    }

    /** The most characters of the user's text a message shows. */
    public static final int MAX = 60;

    /** {@code text} itself when short; else its first characters, "...", and its length. */
    public static String of(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= MAX) {
            return text;
        }
        int end = text.offsetByCodePoints(0, MAX - 20);
        return text.substring(0, end) + "... (" + String.format(java.util.Locale.ROOT, "%,d",
                text.codePointCount(0, text.length())) + " characters)";
    }
}

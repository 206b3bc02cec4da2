package factcheck.util;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Text from the user (claims files, articles, rules, options), made safe to show: what a reader
 * cannot see but a terminal or the bidirectional algorithm would obey is written as a visible
 * escape, in one notation for every report and message: {@code \n}, {@code \r} and {@code \t}
 * for those three, {@code \u001B} (four hex digits) for every other one.
 *
 * <p>Hidden are the C0 controls, DEL, the C1 controls U+0080-U+009F, the line and paragraph
 * separators U+2028 and U+2029, and the bidirectional embeddings, overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069), which would reorder the text after them. The marks U+200E,
 * U+200F and U+061C are kept: they reorder nothing beyond their neighbours, and right-to-left
 * text needs them.
 */
public final class Shown {
    private Shown() {
    }

    /** Whether a character is one a reader cannot see but a terminal or the bidi algorithm obeys. */
    public static boolean hidden(int c) {
        return c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c == 0x2028 || c == 0x2029
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    /** The visible escape of a hidden character: {@code \n}, {@code \r}, {@code \t} or {@code \u202E}. */
    public static String mark(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(Locale.ROOT, "\\u%04X", c);
        };
    }

    /**
     * User text for one line of a terminal (a table cell, a message): every hidden character,
     * line breaks and tabs among them, written as its visible escape. Other text is unchanged.
     */
    public static String terminal(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (hidden(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(mark(c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * Long user text cut for a message: its first {@code max} characters, an ellipsis and its
     * length, "aaaa… (2,048 characters)"; shorter text unchanged.
     */
    public static String shorten(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int cut = Math.max(0, max);
        if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut) + "… (" + String.format(Locale.ROOT, "%,d", s.length()) + " characters)";
    }

    /**
     * A web address fit to be a link: an absolute http or https address with a host, with the
     * characters no address may hold raw (spaces, quotes, angle brackets, hidden characters)
     * percent-encoded; null for anything else ({@code javascript:}, {@code data:}, relative).
     */
    public static String webAddress(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        int rest = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (rest < 0 || rest == u.length() || "/\\?#".indexOf(u.charAt(rest)) >= 0) {
            return null;
        }
        StringBuilder out = new StringBuilder(u.length());
        for (int i = 0; i < u.length(); ) {
            int c = u.codePointAt(i);
            i += Character.charCount(c);
            if (c <= ' ' || hidden(c) || "\"'<>\\^`{|}".indexOf(c) >= 0) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}

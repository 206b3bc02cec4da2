package factcheck.model;

import java.util.Arrays;

/**
 * An article's text made ready for finding quotes in it, built once per text: the text made plain
 * as {@link Text} makes it (typography set aside), and an index of it, so that finding a quote
 * looks only at the few places where a rare stretch of the quote occurs, instead of searching the
 * whole text. An article of ten times the claims then costs about ten times as much to match,
 * not a hundred.
 *
 * <p>The index lists, for every stretch of {@value #GRAM} characters of the plain text, where it
 * occurs, in order (by a hash, so that one list may hold several stretches). A quote is looked up
 * by its stretch with the fewest places: every place the quote occurs is among them, in the order
 * a search from the text's start would meet them, so the quote is found where {@link Text#span}
 * finds it, at its first place as whole words. Building the index takes time in proportion to the
 * text's length, whatever the text repeats.
 *
 * <p>Immutable once built, so one object can serve any number of threads.
 */
public final class ArticleText {
    /** The length of the stretches indexed; a shorter quote is searched for from the text's start. */
    static final int GRAM = 4;

    private final String text;
    private final Text.Plain plain;
    /** The bits of a stretch's hash that name its list. */
    private final int bits;
    /** The first place of each list, or -1. */
    private final int[] first;
    /** The next place in the list of the stretch at each place, or -1. */
    private final int[] next;
    /** How many places each list holds. */
    private final int[] count;

    private ArticleText(String text) {
        this.text = text;
        this.plain = Text.plain(text);
        String t = plain.text();
        int places = Math.max(0, t.length() - GRAM + 1);
        // About four places a list at most; fewer where stretches repeat, as they do in any text.
        this.bits = Math.max(4, 32 - Integer.numberOfLeadingZeros(Math.max(1, places / 4)));
        this.first = new int[1 << bits];
        this.count = new int[1 << bits];
        this.next = new int[places];
        Arrays.fill(first, -1);
        // From the end, so that each list is in the order of the text.
        for (int at = places - 1; at >= 0; at--) {
            int list = list(t, at);
            next[at] = first[list];
            first[list] = at;
            count[list]++;
        }
    }

    /** The text, made plain and indexed. */
    public static ArticleText of(String text) {
        return new ArticleText(java.util.Objects.requireNonNull(text, "text"));
    }

    /** The text as given. */
    public String text() {
        return text;
    }

    /** Whether {@code quote} appears verbatim in the text, typography aside: {@link Text#appearsIn}. */
    public boolean appearsIn(String quote) {
        return span(quote) != null;
    }

    /**
     * Where {@code quote} first appears in the text, typography aside, as {start, end} offsets into
     * the text; null when it does not: {@link Text#span}.
     */
    public int[] span(String quote) {
        if (quote == null) {
            return null;
        }
        String q = Text.plain(quote).text().strip();
        if (q.isEmpty()) {
            return null;
        }
        int at = find(q);
        if (at < 0) {
            return null;
        }
        int last = at + q.length() - 1;
        return new int[] {plain.from()[at], plain.from()[last] + 1};
    }

    /** The first place in the plain text where {@code words} occur as whole words, or -1. */
    int find(String words) {
        String t = plain.text();
        if (words.length() < GRAM || next.length == 0) {
            return Text.find(t, words, 0);
        }
        // The quote's stretch whose list is shortest: each place the quote occurs at is that
        // stretch's place in the text less its offset in the quote.
        int offset = 0;
        int list = list(words, 0);
        for (int j = 1; j + GRAM <= words.length() && count[list] > 0; j++) {
            int other = list(words, j);
            if (count[other] < count[list]) {
                offset = j;
                list = other;
            }
        }
        for (int place = first[list]; place >= 0; place = next[place]) {
            int at = place - offset;
            if (at >= 0 && t.startsWith(words, at) && Text.wholeWords(t, words, at)) {
                return at;
            }
        }
        return -1;
    }

    /** The list of the stretch of {@code s} at {@code at}. */
    private int list(String s, int at) {
        int h = 0;
        for (int k = 0; k < GRAM; k++) {
            h = 31 * h + s.charAt(at + k);
        }
        // The top bits of a multiplicative hash: stretches that differ in one character go to lists far apart.
        return (h * 0x9E3779B9) >>> (32 - bits);
    }
}

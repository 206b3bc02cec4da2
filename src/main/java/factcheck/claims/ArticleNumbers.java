package factcheck.claims;

import factcheck.model.ArticleText;
import factcheck.model.Text;
import factcheck.model.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers an article's text states, found as the claims reader reads them, each with where it
 * is and the shortest part of its sentence that quotes it: the basis of {@code factcheck extract}.
 *
 * <p>A year ("in 2023", "since 2019") is when something happened, not what is claimed, and is left
 * out; so is a number inside a web address or an e-mail address. Two numbers written as a range
 * ("between $390,000 and $900,000", "$132,300 - $245,700") are one.
 */
public final class ArticleNumbers {

    /**
     * A number in the text.
     *
     * @param text      the number as written: "$39.3 billion", "between $138,900 and $256,500"
     * @param start     its offset in the text
     * @param end       the offset after it
     * @param line      its line, from 1
     * @param column    its column, from 1
     * @param quote     the shortest part of its sentence that quotes it, verbatim
     * @param qualifier the qualifier written before it ("over", "nearly"), or null
     * @param kind      the claim kind its words suggest: range, ratio, change, share, comparison or value
     * @param range     whether it is a range
     */
    public record Found(String text, int start, int end, int line, int column, String quote, String qualifier,
                        String kind, boolean range) {
    }

    /** A sentence ends at ., ! or ? before a space, or at a blank line; a single line break only wraps. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+|\\n\\s*\\n");
    /** A clause ends at a comma, semicolon, colon, dash or bracket followed by a space. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:—]\\s|\\s[–—-]\\s|\\s?\\(|\\)");
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(threshold|minimum|maximum|limit|cap|target"
            + "|more than|less than|over|under|above|below|exceed|exceeds|exceeded|tops|topped)\\b");
    private static final Pattern WEB = Pattern.compile("(?i)(https?://|www\\.|\\S@\\S)");
    // Compiled once, not on every number: the same expressions the code used to give to String.matches,
    // replaceAll and split, which compile theirs on every call.
    private static final Pattern IN_WORDS = Pattern.compile("in .*");
    private static final Pattern DECREASE_WORD = Pattern.compile(
            "(?s).*\\b(loss|fall|drop|decline|deficit|cut|decrease|reduction|shortfall)\\b.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[.!?,]?[\"“”]*$");
    private static final Pattern OPENING_QUOTE = Pattern.compile("^[\"“”]+");
    private static final Pattern JOINING_WORD = Pattern.compile("(?i)^(and|but|or|while|whereas|so)\\s+(?=\\S+\\s+\\S+\\s+\\S+)");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})\\b");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(in|since|by|from|until|till|during"
            + "|before|after|of|for|to|through)\\s+$");
    private static final Pattern SHARE_WORDS_AFTER = Pattern.compile("(?s)\\s*(of|don’t|don't|do not|are|were|have|say|said)\\b.*");

    private ArticleNumbers() {
    }

    /** The numbers of the text that no quote covers: the ones no claim checks. */
    public static List<Found> uncovered(String text, List<String> quotes) {
        return uncovered(Text.indexed(text), quotes, find(text));
    }

    /**
     * The numbers of {@code numbers}, those {@link #find} finds in {@code text}, that no quote
     * covers. Each number is looked up among the quotes' places sorted by where they start, so
     * that the work grows with the numbers and the quotes, not with their product.
     */
    public static List<Found> uncovered(ArticleText text, List<String> quotes, List<Found> numbers) {
        List<int[]> spans = new ArrayList<>();
        for (String q : quotes) {
            int[] span = text.span(q);
            if (span != null) {
                spans.add(span);
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        int[] starts = new int[spans.size()];
        // The furthest any of the first i + 1 quotes reaches: a number is covered when a quote that
        // starts at or before it reaches its end.
        int[] reach = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = spans.get(i)[0];
            reach[i] = Math.max(spans.get(i)[1], i > 0 ? reach[i - 1] : Integer.MIN_VALUE);
        }
        List<Found> out = new ArrayList<>();
        for (Found f : numbers) {
            int before = lastAtOrBefore(starts, f.start());
            if (before < 0 || reach[before] < f.end()) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** The index of the last of the sorted {@code starts} at or before {@code at}, or -1. */
    private static int lastAtOrBefore(int[] starts, int at) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Every number the text states, in order. */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Lines lines = Lines.of(text);
        int from = 0;
        int firstBreak = text.indexOf('\n');
        if (firstBreak > 0 && firstBreak <= 120 && !text.substring(0, firstBreak).strip().matches(".*[.!?:;,\"”]$")) {
            // A headline: its own sentence, though no full stop ends it.
            sentence(text, lines, 0, firstBreak, out);
            from = firstBreak + 1;
        }
        Matcher end = SENTENCE_END.matcher(text);
        int endStart = -1;
        int endEnd = -1;
        while (from < text.length()) {
            if (endStart < from) {
                // Searched again only past the last end found: a text without one is searched once.
                boolean found = end.find(from);
                endStart = found ? end.start() : text.length();
                endEnd = found ? end.end() : text.length();
            }
            int to = endStart;
            int next = endEnd;
            if (to - from > LONGEST_SENTENCE) {
                // Not a sentence a person wrote: read it in pieces, broken at a space, so that the work
                // on each number stays within a piece, and a text of millions of numbers reads in time.
                int space = text.lastIndexOf(' ', from + LONGEST_SENTENCE);
                to = space > from ? space : from + LONGEST_SENTENCE;
                next = to;
            }
            if (to > from) {
                sentence(text, lines, from, to, out);
            }
            from = Math.max(next, from + 1);
        }
        return out;
    }

    /** The longest stretch of text read as one sentence, in characters. */
    static final int LONGEST_SENTENCE = 1000;

    private static void sentence(String text, Lines lines, int from, int to, List<Found> out) {
        String s = text.substring(from, to);
        int before = out.size();
        // A date counted from the article's ("last week", "two years ago", "on Monday") is a claim about
        // when; a year or month named as such ("in 2023") is when a number was measured, and is not.
        int seen = 0;
        for (String words : factcheck.model.RelativeDate.in(s)) {
            int at = s.indexOf(words, seen);
            if (at < 0 || IN_WORDS.matcher(words.toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            seen = at + words.length();
            out.add(new Found(words, from + at, from + seen, lines.line(from + at), lines.column(from + at),
                    clause(s, at, seen), null, "date", false));
        }
        List<Quantities.Found> scanned = Quantities.scan(s);
        List<Quantities.Found> found = new ArrayList<>(scanned);
        // "One of the biggest complaints", "one that enables": a lone "one" is a pronoun, not a figure.
        found.removeIf(f -> QuoteNumbers.year(f) || yearAfterPreposition(s, f) || inWebAddress(s, f)
                || inName(s, f) || f.text().equalsIgnoreCase("one"));
        List<Quantities.Read> ranges = Quantities.ranges(s, scanned);
        for (int i = 0; i < found.size(); i++) {
            Quantities.Found f = found.get(i);
            int start = f.start();
            int stop = f.end();
            boolean range = false;
            if (i + 1 < found.size()) {
                Quantities.Found g = found.get(i + 1);
                for (Quantities.Read r : ranges) {
                    String written = r.amount().written();
                    int at = s.indexOf(written, Math.max(0, start - 8));
                    if (at >= 0 && at <= start && at + written.length() >= g.end()) {
                        // "between $138,900 and $256,500" reads as a range only with its "between".
                        start = written.contains(" and ") && s.substring(0, at).toLowerCase(Locale.ROOT)
                                .endsWith("between ") ? at - 8 : at;
                        stop = at + written.length();
                        range = true;
                        i++;
                        break;
                    }
                }
            }
            int absolute = from + start;
            String quote = clause(s, start, stop);
            String written = s.substring(start, stop);
            if (f.amount().bySize() && !range && f.amount().sense() != null && f.text().equals(written)
                    && !written.startsWith("-") && f.amount().high() < 0
                    && !DECREASE_WORD.matcher(written.toLowerCase(Locale.ROOT)).matches()) {
                // "fell 4.8%": the number is a decrease, and says so in 'stated' with a minus sign.
                written = "-" + written;
            }
            out.add(new Found(written, absolute, from + stop, lines.line(absolute),
                    lines.column(absolute), quote, f.qualifier(), range ? "range" : kind(f, quote), range));
        }
        out.subList(before, out.size()).sort(java.util.Comparator.comparingInt(Found::start));
    }

    /** The clause around a number, widened to the sentence when the clause is only a few words. */
    private static String clause(String s, int start, int stop) {
        int from = 0;
        int to = s.length();
        Matcher m = CLAUSE_END.matcher(s);
        while (m.find()) {
            if (m.end() <= start && !insideNumber(s, m.start())) {
                from = m.end();
            } else if (m.start() >= stop && !insideNumber(s, m.start())) {
                to = m.start();
                break;
            }
        }
        String clause = s.substring(from, to).strip();
        if (fewerWords(clause, 5)) {
            clause = s.strip();
        }
        // Quotation marks around a spoken quote are not part of the claim's words.
        // ... nor is the word that joins the clause to the one before ("and about $43,000").
        if (mayEndQuoted(clause)) {
            clause = CLOSING_QUOTE.matcher(clause).replaceAll("");
        }
        if (!clause.isEmpty() && QUOTATION_MARKS.indexOf(clause.charAt(0)) >= 0) {
            clause = OPENING_QUOTE.matcher(clause).replaceAll("");
        }
        clause = clause.strip();
        return JOINING_WORD.matcher(clause).replaceFirst("");
    }

    /** The marks {@link #OPENING_QUOTE} and {@link #CLOSING_QUOTE} remove. */
    private static final String QUOTATION_MARKS = "\"“”";

    /**
     * Whether {@link #CLOSING_QUOTE} can remove anything from {@code s}: only when it ends with one of
     * the marks it removes, or with a line break (its $ also matches before a last one). Otherwise it
     * matches only the empty end, and the sentence need not be searched.
     */
    private static boolean mayEndQuoted(String s) {
        return !s.isEmpty() && ".!?,\"“”\n\r\u0085\u2028\u2029".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /**
     * Whether {@code clause}, split at runs of spaces as {@code split("\\s+")} splits it, gives fewer than
     * {@code n} words; counted without splitting all of it. The clause has no space at either end.
     */
    private static boolean fewerWords(String clause, int n) {
        Matcher gaps = SPACES.matcher(clause);
        int words = 1;
        while (words < n && gaps.find()) {
            words++;
        }
        return words < n;
    }

    /** Whether a comma at {@code at} groups digits ("390,000"), which no clause ends at. */
    private static boolean insideNumber(String s, int at) {
        return at > 0 && at + 1 < s.length() && Character.isDigit(s.charAt(at - 1)) && Character.isDigit(s.charAt(at + 1));
    }

    /** "In 2023 pay rose", "since 2019 sales": a year, though a noun follows it. */
    private static boolean yearAfterPreposition(String s, Quantities.Found f) {
        Matcher m = LEADING_YEAR.matcher(f.text());
        if (!m.find()) {
            return false;
        }
        int y = Integer.parseInt(m.group(1));
        return y >= 1800 && y <= 2100
                && PREPOSITION_BEFORE.matcher(s.substring(Math.max(0, f.start() - 20), f.start())).find();
    }

    /** "COVID-19", "G-7", "Section 230-style": digits joined to a word by a hyphen are a name, not a figure. */
    private static boolean inName(String s, Quantities.Found f) {
        int at = f.start();
        return at >= 2 && (s.charAt(at - 1) == '-' || s.charAt(at - 1) == '‑') && Character.isLetter(s.charAt(at - 2));
    }

    private static boolean inWebAddress(String s, Quantities.Found f) {
        int a = f.start();
        while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) {
            a--;
        }
        int b = f.end();
        while (b < s.length() && !Character.isWhitespace(s.charAt(b))) {
            b++;
        }
        return WEB.matcher(s.substring(a, b)).find();
    }

    /** The kind a number's words suggest. */
    private static String kind(Quantities.Found f, String quote) {
        Unit u = f.amount().unit();
        if (u.isTimes()) {
            return f.rise() || f.amount().bySize() ? "change" : "ratio";
        }
        if ((u.isPercent() || u.isPoints()) && (f.rise() || f.amount().bySize())) {
            return "change";
        }
        String after = quote.substring(Math.min(quote.length(), Math.max(0, quote.indexOf(f.text()) + f.text().length())))
                .toLowerCase(Locale.ROOT);
        if (u.isPercent() && (f.amount().implied() != null
                || SHARE_WORDS_AFTER.matcher(after).matches())) {
            return "share";
        }
        if (f.qualifier() != null && COMPARISON.matcher(f.qualifier()).find() || COMPARISON.matcher(quote).find()
                && quote.toLowerCase(Locale.ROOT).contains("threshold")) {
            return "comparison";
        }
        return "value";
    }

    /** Where each line of a text starts, to give a number's line and column without counting from the start. */
    private record Lines(int[] starts) {
        static Lines of(String text) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                list.add(i + 1);
            }
            return new Lines(list.stream().mapToInt(Integer::intValue).toArray());
        }

        int line(int at) {
            int i = java.util.Arrays.binarySearch(starts, at);
            return i >= 0 ? i + 1 : -i - 1;
        }

        int column(int at) {
            return at - starts[line(at) - 1] + 1;
        }
    }
}

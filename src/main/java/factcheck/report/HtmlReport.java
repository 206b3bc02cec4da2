package factcheck.report;

import factcheck.verdict.ArticleResult;
import factcheck.model.Reason;
import factcheck.model.Article;
import factcheck.model.Claim;
import factcheck.model.Diagnostic;
import factcheck.model.Figure;
import factcheck.model.Numbers;
import factcheck.model.Operand;
import factcheck.model.Text;
import factcheck.model.Verdict;
import factcheck.util.Shown;
import factcheck.verdict.ClaimResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report as one self-contained HTML page: no script, no external style, font or image, so
 * it works offline and when mailed. It reads editor first: the counts per verdict, each linking
 * to the list of that verdict's claims (with what the verdict means), come before any article.
 * Each article then gives its claims, each headed by its quote, with the reason that decided it
 * marked as such, and last its text with every quote highlighted in its verdict's colour and
 * labelled with the verdict in words; the label links to the claim's entry, which links back.
 *
 * <p>Every piece of text from a claims file or an article goes through {@link #user} (text,
 * isolated when it is right-to-left) or {@link #attr}; controls and bidi overrides show as
 * visible escapes; and only absolute http(s) addresses become links. A Content-Security-Policy that forbids
 * scripts is a second line of defence, not the first.
 */
final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * The HTML page's layout: the summary, the input errors and the claims by verdict, then each
     * article. The claims by verdict are each article's {@link #extra}, one line per claim, set
     * aside until the end and then written once per verdict, each time keeping that verdict's lines.
     */
    record Layout(boolean explain) implements ReportWriter.Layout {
        @Override
        public String body(ArticleResult a) {
            StringBuilder out = new StringBuilder();
            article(a, out, explain);
            return out.toString();
        }

        @Override
        public String extra(ArticleResult a) {
            StringBuilder out = new StringBuilder();
            for (ClaimResult c : a.claims()) {
                // One line, starting with the verdict's class, so that finish can pick a verdict's lines.
                out.append(row(c.verdict())).append("<a href=\"#").append(attr(anchor(c.claim().id()))).append("\">")
                        .append(oneLine(user(c.claim().quote()))).append("</a></li>\n");
            }
            return out.toString();
        }

        @Override
        public void finish(Totals totals, java.io.Writer writer, Spill bodies, Spill extras) throws java.io.IOException {
            StringBuilder out = new StringBuilder();
            String title = totals.articles() == 1 ? "Fact-check: " + totals.firstTitle() : "Fact-check report";
            out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                            + " style-src 'unsafe-inline'; img-src data:\">\n")
                    .append("<title>").append(text(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
                    .append("</head>\n<body>\n<header>\n<h1>Fact-check report</h1>\n");
            summary(totals, out);
            out.append("</header>\n<main>\n");
            if (!totals.errors().isEmpty()) {
                out.append("<section class=\"errors\" id=\"input-errors\">\n<h2>Input errors</h2>\n<ul>\n");
                for (Diagnostic d : totals.errors()) {
                    out.append("<li><code>").append(user(d.headline())).append("</code></li>\n");
                }
                out.append("</ul>\n</section>\n");
            }
            out.append("<section class=\"verdicts\" aria-labelledby=\"verdicts\">\n<h2 id=\"verdicts\">Claims by verdict</h2>\n");
            writer.write(out.toString());
            for (Verdict v : Report.SUMMARY_ORDER) {
                writer.write("<section class=\"verdict\" id=\"" + verdictAnchor(v) + "\">\n<h3><span class=\"badge "
                        + css(v) + "\">" + v.label() + "</span> " + text(meaning(v)) + "</h3>\n");
                if (totals.counts().get(v) == 0) {
                    writer.write("<p class=\"none\">No claim.</p>\n");
                } else {
                    writer.write("<ol>\n");
                    extras.copyLinesTo(writer, row(v));
                    writer.write("</ol>\n");
                }
                writer.write("</section>\n");
            }
            writer.write("</section>\n");
            bodies.copyTo(writer);
            writer.write("</main>\n<footer><p>Generated by factcheck.</p></footer>\n</body>\n</html>\n");
        }
    }

    /** How a line of the claims by verdict starts: the verdict's class tells finish whose it is. */
    private static String row(Verdict v) {
        return "<li class=\"" + css(v) + "\">";
    }

    /** Escaped text on one line: its line breaks as spaces. */
    private static String oneLine(String escaped) {
        return escaped.replace('\r', ' ').replace('\n', ' ');
    }

    /** The anchor of a verdict's list of claims. */
    static String verdictAnchor(Verdict v) {
        return "verdict-" + css(v).substring(2);
    }

    /** What a verdict means, in a line: the legend beside each verdict's list. */
    static String meaning(Verdict v) {
        return switch (v) {
            case TRUE -> "holds at every end, within the qualifier's tolerance";
            case MOSTLY_TRUE -> "holds only loosely: after a more generous rounding, or just past the bound of"
                    + " “nearly” or “just over”";
            case MISLEADING -> "holds at one end of a range and not the other";
            case FALSE -> "fails at every end";
            case UNVERIFIABLE -> "cannot be checked: no figure, no outside source, bad input, or no rule decided";
        };
    }

    /** The counts per verdict, each a link to that verdict's list of claims when there is one. */
    private static void summary(Totals totals, StringBuilder out) {
        int n = totals.claims();
        out.append("<p class=\"summary\">").append(n).append(n == 1 ? " claim: " : " claims: ");
        List<String> parts = new ArrayList<>();
        for (Verdict v : Report.SUMMARY_ORDER) {
            int count = totals.counts().get(v);
            String words = count + " " + v.label();
            parts.add(count == 0 ? "<span class=\"badge " + css(v) + "\">" + words + "</span>"
                    : "<a class=\"badge " + css(v) + "\" href=\"#" + verdictAnchor(v) + "\">" + words + "</a>");
        }
        out.append(String.join(" ", parts));
        if (!totals.errors().isEmpty()) {
            out.append(" <a class=\"badge errors\" href=\"#input-errors\">").append(totals.errors().size())
                    .append(" input ").append(totals.errors().size() == 1 ? "error" : "errors").append("</a>");
        }
        out.append("</p>\n");
    }

    private static void article(ArticleResult a, StringBuilder out, boolean explain) {
        Article article = a.source().article();
        out.append("<article id=\"").append(attr("article-" + anchor(article.id()))).append("\">\n<h2>")
                .append(user(article.title())).append("</h2>\n<p class=\"meta\">");
        List<String> meta = new ArrayList<>();
        if (article.outlet() != null) meta.add(user(article.outlet()));
        if (article.published() != null) meta.add(user(article.published()));
        if (Shown.webAddress(article.url()) != null) meta.add(link(article.url(), article.url()));
        out.append(String.join(" · ", meta)).append("</p>\n");
        out.append("<section class=\"claims\">\n<h3>Claims</h3>\n<ol>\n");
        for (ClaimResult c : a.claims()) {
            claim(c, article, out, explain);
        }
        out.append("</ol>\n</section>\n<section class=\"text\" aria-label=\"Article text with the checked claims"
                + " highlighted\">\n<h3>Text</h3>\n");
        highlighted(article.text(), a.claims(), a.coverage().unchecked(), out);
        out.append("</section>\n<p class=\"coverage\">Numbers: ").append(user(Figures.coverage(a.coverage())))
                .append(".</p>\n</article>\n");
    }

    /** A claim's quote found in the text: where, which claim, and its track (the line under it). */
    private record Span(int start, int end, ClaimResult claim, int track) {
    }

    /** A blank line or several: where one paragraph ends and the next begins. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R(?:\\h*\\R)+");

    /** Underlines drawn below a quote's text, one per track; a deeper track shares the last. */
    private static final int TRACKS = 4;

    /**
     * The article's text as paragraphs, split where the text has a blank line (a single line
     * break is a space, as in HTML), with each quote in a {@code mark} of its verdict's colour
     * followed by a labelled link to its entry. Quotes that overlap stay apart: each is on its own
     * track, a line under its words in its verdict's colour at a depth of its own, so where two
     * overlap both lines show, each ending at its quote's label.
     */
    private static void highlighted(String text, List<ClaimResult> claims,
                                    List<factcheck.claims.ArticleNumbers.Found> unchecked, StringBuilder out) {
        List<Span> spans = spans(text, claims);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        spans.forEach(s -> {
            cuts.add(s.start);
            cuts.add(s.end);
        });
        unchecked.forEach(u -> {
            cuts.add(u.start());
            cuts.add(u.end());
        });
        List<int[]> breaks = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        while (m.find()) {
            breaks.add(new int[] {m.start(), m.end()});
            cuts.add(m.start());
            cuts.add(m.end());
        }
        out.append("<p>");
        boolean empty = true;
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int f = from;
            int t = to;
            String piece = text.substring(f, t);
            if (breaks.stream().anyMatch(b -> b[0] <= f && t <= b[1])) {
                if (!empty) {
                    out.append("</p>\n<p>");
                    empty = true;
                }
            } else {
                List<Span> covering = spans.stream().filter(s -> s.start <= f && t <= s.end)
                        .sorted(Comparator.comparingInt(Span::track)).toList();
                boolean open = unchecked.stream().anyMatch(u -> u.start() <= f && t <= u.end());
                if (covering.isEmpty() && open) {
                    // A number no claim checks, marked in words as well as in colour.
                    out.append("<span class=\"unchecked\" title=\"not checked: no claim quotes this number\">")
                            .append(user(piece)).append("</span>");
                } else {
                    // One mark per quote over this piece, outermost on the top track: each draws its line.
                    for (Span s : covering) {
                        String id = anchor(s.claim.claim().id());
                        out.append("<mark class=\"").append(css(s.claim.verdict())).append(" t")
                                .append(Math.min(s.track, TRACKS - 1)).append("\" data-claim=\"").append(attr(id))
                                .append("\" title=\"").append(attr(s.claim.verdict().label() + ": " + s.claim.claim().id()))
                                .append("\">");
                    }
                    out.append(user(piece)).append("</mark>".repeat(covering.size()));
                }
                empty = empty && piece.isBlank();
            }
            // A quote's label goes right after its last character.
            for (Span s : spans) {
                if (s.end == t) {
                    String id = anchor(s.claim.claim().id());
                    out.append("<a class=\"label ").append(css(s.claim.verdict())).append("\" id=\"")
                            .append(attr("quote-" + id)).append("\" href=\"#").append(attr(id))
                            .append("\" data-claim=\"").append(attr(id)).append("\">")
                            .append(text(s.claim.verdict().label())).append("</a>");
                }
            }
        }
        out.append("</p>\n");
    }

    /**
     * Where each claim's quote is in the text, each on a track: the first one that no quote
     * already placed there overlaps, quotes taken in the order they begin.
     */
    private static List<Span> spans(String text, List<ClaimResult> claims) {
        List<Span> found = new ArrayList<>();
        for (ClaimResult c : claims) {
            int[] at = Text.span(c.claim().quote(), text);
            if (at != null) {
                found.add(new Span(at[0], at[1], c, 0));
            }
        }
        found.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> placed = new ArrayList<>();
        for (Span s : found) {
            int track = 0;
            while (true) {
                int k = track;
                if (placed.stream().noneMatch(p -> p.track == k && p.start < s.end && s.start < p.end)) {
                    break;
                }
                track++;
            }
            placed.add(new Span(s.start, s.end, s.claim, track));
        }
        return placed;
    }

    private static void claim(ClaimResult c, Article article, StringBuilder out, boolean explain) {
        Claim claim = c.claim();
        String id = anchor(claim.id());
        // The entry links back to the quote's label; a quote not in the text has none (the quote
        // rule's reason, below, says so).
        boolean found = Text.span(claim.quote(), article.text()) != null;
        out.append("<li class=\"claim ").append(css(c.verdict())).append("\" id=\"").append(attr(id)).append("\">\n")
                .append("<h4><span class=\"badge ").append(css(c.verdict())).append("\">")
                .append(text(c.verdict().label())).append("</span> <q>").append(user(claim.quote())).append("</q></h4>\n")
                .append("<p class=\"id\"><code>").append(user(claim.id())).append("</code>");
        if (found) {
            out.append(" · <a href=\"#").append(attr("quote-" + id)).append("\">in the text</a>");
        }
        out.append("</p>\n");
        if (claim.speaker() != null) {
            out.append("<p class=\"speaker\">— ").append(user(Report.speaker(claim))).append("</p>\n");
        }
        out.append("<p class=\"kind\">").append(user(claim.editorial() ? "decided by an editor" : claim.kind()));
        if (claim.stated() != null) {
            out.append(": states ").append(user((claim.qualifier().isEmpty() ? "" : claim.qualifier() + " ")
                    + claim.stated().written()));
        }
        out.append("</p>\n<ul class=\"reasons\">\n");
        boolean deciding = true;
        for (Reason r : c.reasons()) {
            // The first reason decided the verdict; the others are what else the rules found.
            out.append(deciding ? "<li class=\"deciding\"><span class=\"decided\">Deciding reason</span> " : "<li>")
                    .append("<strong class=\"").append(css(r.verdict())).append("\">").append(text(r.verdict().label()))
                    .append("</strong>: ");
            if (Figures.label(r) != null) {
                out.append("<span class=\"by\">").append(text(Figures.label(r))).append(":</span> ");
            }
            out.append(user(r.message()));
            if (r.rule().line() > 0 && Figures.label(r) != null) {
                out.append(" <span class=\"rule\"><code>").append(user(r.rule().location())).append("</code></span>");
            } else if (r.rule().line() > 0) {
                out.append(" <span class=\"rule\">rule “").append(user(r.rule().name())).append("”, <code>")
                        .append(user(r.rule().location())).append("</code></span>");
            }
            out.append("</li>\n");
            deciding = false;
        }
        out.append("</ul>\n");
        if (!c.operands().isEmpty()) {
            out.append("<table class=\"figures\">\n<thead><tr><th>Role</th><th>Figure</th><th>Value</th>"
                    + "<th>Source</th></tr></thead>\n<tbody>\n");
            for (Operand o : c.operands()) {
                Figure f = o.figure();
                out.append("<tr><td>").append(user(o.role())).append("</td><td><code>").append(user(f.id()))
                        .append("</code></td><td>").append(user(Figures.amount(f))).append("</td><td>");
                if (f.derived()) {
                    out.append("computed from ");
                    List<Figure> basis = Figures.basis(f);
                    for (int i = 0; i < basis.size(); i++) {
                        Figure b = basis.get(i);
                        out.append(i == 0 ? "" : ", ").append("<code>").append(user(b.id())).append("</code> (")
                                .append(b.url() != null && !b.fromArticle() ? link(b.url(), b.source())
                                        : user(Figures.source(b)))
                                .append(')');
                    }
                } else {
                    out.append(f.url() != null && !f.fromArticle() ? link(f.url(), f.source()) : user(Figures.source(f)));
                }
                if (f.asOf() != null) out.append(", as of ").append(user(f.asOf()));
                if (Figures.detail(f) != null) {
                    out.append("<br><span class=\"working\">").append(user(Figures.detail(f))).append("</span>");
                }
                if (f.note() != null) out.append("<br><span class=\"note\">").append(user(f.note())).append("</span>");
                out.append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        if (explain && !c.trace().isEmpty()) {
            out.append("<details><summary>Rules that fired</summary>\n<ol class=\"trace\">\n");
            for (var f : c.trace()) {
                out.append("<li>").append(user(f.rule().name())).append(" <code>").append(user(f.rule().location()))
                        .append("</code><ul>");
                f.matched().forEach(m -> out.append("<li>matched: ").append(user(m)).append("</li>"));
                f.inserted().forEach(m -> out.append("<li>inserted: ").append(user(m)).append("</li>"));
                out.append("</ul></li>\n");
            }
            out.append("</ol>\n</details>\n");
        }
        out.append("</li>\n");
    }

    /** A link, only for absolute http and https addresses; anything else is shown as text. */
    private static String link(String url, String label) {
        String u = Shown.webAddress(url);
        if (u == null) {
            return user(label);
        }
        return "<a href=\"" + attr(u) + "\">" + user(label) + "</a>";
    }

    /**
     * Text content, escaped: the markup characters as entities, and the characters a reader
     * cannot see but a browser obeys (controls, bidi overrides and isolates) as visible escapes
     * ({@link Shown#mark}). Tabs and line breaks are kept: HTML shows them as spaces.
     */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> out.append(Shown.hidden(c) ? Shown.mark(c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /**
     * User text as text content: escaped as {@link #text}, and, when it holds right-to-left
     * characters, isolated in a {@code bdi} so it cannot reorder the words around it.
     */
    static String user(String s) {
        String escaped = text(s);
        return rightToLeft(s) ? "<bdi>" + escaped + "</bdi>" : escaped;
    }

    private static boolean rightToLeft(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                        Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE, Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** An attribute value (always written in double quotes), escaped. */
    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** A claim id as an HTML id and URL fragment; the same function names ClaimReview fragments. */
    static String anchor(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String css(Verdict v) {
        return "v-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static final String STYLE = """
            :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; color: var(--ink); background: #fff;
                   font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
            h2 { font-size: 1.35rem; margin: 2rem 0 .25rem; }
            h3 { font-size: 1.1rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
            h4 { font-size: 1rem; margin: 0 0 .25rem; }
            h4 q { font-style: italic; }
            .id { margin: 0 0 .25rem; }
            a { color: #0550ae; }
            code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            .meta, .id, .speaker, .kind, .note, .rule, .none, footer { color: var(--muted); font-size: .9rem; }
            .summary .badge { margin-right: .25rem; text-decoration: none; }
            .verdicts h3 { border: 0; margin: 1rem 0 .25rem; font-size: 1rem; font-weight: normal; color: var(--muted); }
            .verdicts h3 .badge { margin-right: .35rem; }
            .verdicts ol { margin: 0; padding-left: 1.5rem; }
            .verdicts .none { margin: 0 0 0 1.5rem; }
            .verdicts li { list-style: none; background: none; color: inherit; }
            .verdicts li::before { content: "“"; } .verdicts li::after { content: "”"; }
            .text { border-left: 3px solid var(--line); padding-left: 1rem; }
            .text h3 { border: 0; margin-top: 1rem; }
            mark { padding: 0 0 1px; border-bottom: 2px solid; color: inherit; }
            .text mark mark { background: transparent; }
            mark.t1 { padding-bottom: 6px; } mark.t2 { padding-bottom: 11px; } mark.t3 { padding-bottom: 16px; }
            .label { font-size: .72rem; font-weight: 600; text-decoration: none; vertical-align: super;
                     margin-left: .2em; padding: 0 .35em; border-radius: .6em; border: 1px solid; white-space: nowrap; }
            .badge { display: inline-block; font-size: .8rem; font-weight: 600; padding: 0 .5em;
                     border-radius: .7em; border: 1px solid; }
            .claims ol { list-style: none; padding: 0; }
            .claim { border: 1px solid var(--line); border-left: 6px solid; border-radius: 6px;
                     padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
            .claim:target { outline: 3px solid #0969da; }
            .reasons { padding-left: 1.2rem; }
            .deciding { font-weight: 500; }
            .decided { font-size: .72rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em;
                       margin-right: .35em; padding: 0 .4em; border-radius: .6em; border: 1px solid var(--muted); }
            table.figures { border-collapse: collapse; width: 100%; font-size: .88rem; }
            .figures th, .figures td { text-align: left; vertical-align: top; border-top: 1px solid var(--line);
                                       padding: .3rem .5rem .3rem 0; }
            .errors { border: 1px solid #cf222e; border-radius: 6px; padding: .5rem 1rem; }
            .v-true { background: #dafbe1; border-color: #1a7f37; color: #116329; }
            .v-mostly-true { background: #eef8d6; border-color: #4d7c0f; color: #3f6212; }
            .v-misleading { background: #fff1c2; border-color: #bf8700; color: #7d4e00; }
            .v-false { background: #ffebe9; border-color: #cf222e; color: #a40e26; }
            .v-unverifiable { background: #eaeef2; border-color: #6e7781; color: #424a53; }
            mark.v-true, mark.v-mostly-true, mark.v-misleading, mark.v-false, mark.v-unverifiable { color: inherit; }
            .claim.v-true, .claim.v-mostly-true, .claim.v-misleading, .claim.v-false, .claim.v-unverifiable {
                background: #fff; color: inherit; }
            .badge.errors { border-color: #cf222e; color: #a40e26; }
            .unchecked { text-decoration: underline dotted #6e7781; text-underline-offset: 3px; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11pt; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              a { color: inherit; text-decoration: none; }
              .claim, .figures tr { break-inside: avoid; }
              h2, h3 { break-after: avoid; }
            }
            """;
}

package factcheck.report;

import factcheck.verdict.ArticleResult;
import factcheck.model.Firing;
import factcheck.model.Figure;
import factcheck.model.Operand;
import factcheck.model.Article;
import factcheck.model.Verdict;
import factcheck.util.Shown;
import factcheck.verdict.ClaimResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The terminal report: per article, a table of claim id, verdict and the deciding reason
 * with its arithmetic and rule, wrapped to fit the table's width (100 columns, or the terminal's);
 * then the counts per verdict. In colour, each verdict word is set in its colour: the word
 * stays, so colour is never the only sign of a verdict.
 *
 * <p>Every piece of user text goes through {@link #shown}: a terminal shows its control and
 * bidi characters as escapes instead of obeying them, and a line break in a field cannot
 * break the table.
 */
final class TextReport {
    private TextReport() {
    }

    /**
     * The text report's layout: articles as they come, then the explanations, then the counts;
     * the verdicts in colour when {@code color}, the table {@code width} columns wide.
     */
    record Layout(boolean explain, boolean color, int width) implements ReportWriter.Layout {
        @Override
        public boolean headless() {
            return true;
        }

        @Override
        public String body(ArticleResult a) {
            StringBuilder out = new StringBuilder();
            article(a, color, width, out);
            return out.toString();
        }

        @Override
        public String extra(ArticleResult a) {
            if (!explain) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            for (ClaimResult c : a.claims()) {
                explanation(c, color, out);
            }
            return out.toString();
        }

        @Override
        public void finish(Totals totals, java.io.Writer out, Spill bodies, Spill extras) throws java.io.IOException {
            bodies.copyTo(out);
            if (explain) {
                out.write("Explanation\n\n");
                extras.copyTo(out);
            }
            out.write(totals.summary() + "\n");
        }
    }

    private static void article(ArticleResult a, boolean color, int width, StringBuilder out) {
        Article article = a.source().article();
        StringBuilder heading = new StringBuilder();
        heading.append(shown(article.id())).append(": ").append(shown(article.title()));
        if (article.outlet() != null || article.published() != null) {
            List<String> about = new ArrayList<>();
            if (article.outlet() != null) about.add(shown(article.outlet()));
            if (article.published() != null) about.add(shown(article.published()));
            heading.append(" (").append(String.join(", ", about)).append(')');
        }
        // A heading that fits is kept whole, spaces and all; a longer one wraps, indented under itself.
        if (heading.length() <= width) {
            out.append(heading).append('\n');
        } else {
            List<String> lines = wrap(heading.toString(), width);
            out.append(lines.get(0)).append('\n');
            for (String line : wrap(String.join(" ", lines.subList(1, lines.size())), width - 2)) {
                out.append("  ").append(line).append('\n');
            }
        }
        if (a.claims().isEmpty()) {
            out.append("  (no claims)\n\n");
            return;
        }
        int idWidth = Math.max("CLAIM".length(),
                a.claims().stream().mapToInt(c -> shown(c.claim().id()).length()).max().orElse(0));
        int verdictWidth = "UNVERIFIABLE".length();
        String indent = " ".repeat(2 + idWidth + 2 + verdictWidth + 2);
        out.append("  ").append(pad("CLAIM", idWidth)).append("  ").append(pad("VERDICT", verdictWidth))
                .append("  REASON\n");
        for (ClaimResult c : a.claims()) {
            String reason = shown(Figures.reasonLine(c));
            List<String> lines = wrap(reason, Math.max(30, width - indent.length()));
            out.append("  ").append(pad(shown(c.claim().id()), idWidth)).append("  ")
                    .append(verdict(c.verdict(), color)).append(" ".repeat(verdictWidth - c.verdict().name().length()))
                    .append("  ").append(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                out.append(indent).append(line).append('\n');
            }
        }
        List<String> coverage = wrap("Numbers: " + shown(Figures.coverage(a.coverage())), width - 2);
        for (String line : coverage) {
            out.append("  ").append(line).append('\n');
        }
        out.append('\n');
    }

    /** A claim's rule firings in order, then its figures with their sources. */
    private static void explanation(ClaimResult c, boolean color, StringBuilder out) {
        out.append(shown(c.claim().id())).append(": ").append(verdict(c.verdict(), color)).append('\n');
        out.append("  \"").append(shown(c.claim().quote().replaceAll("\\s+", " "))).append('"');
        if (c.claim().speaker() != null) {
            out.append(" (").append(shown(Report.speaker(c.claim()))).append(')');
        }
        out.append('\n');
        if (c.trace().isEmpty()) {
            out.append("  no rule fired on it\n");
        }
        int n = 1;
        for (Firing f : c.trace()) {
            out.append("  ").append(n++).append(". ").append(shown(f.rule().name()))
                    .append(" (").append(shown(f.rule().location())).append(")\n");
            list(out, "matched: ", f.matched());
            list(out, "inserted:", f.inserted());
        }
        if (!c.operands().isEmpty()) {
            out.append("  figures:\n");
            for (Operand o : c.operands()) {
                Figure fig = o.figure();
                out.append("    ").append(shown(o.role())).append(": ").append(shown(fig.id())).append(" = ")
                        .append(shown(Figures.amount(fig))).append("; source: ").append(shown(Figures.source(fig)));
                // Only http(s) addresses, as in every report: any other kind is left out.
                if (Shown.webAddress(fig.url()) != null) out.append(" <").append(shown(fig.url().strip())).append('>');
                if (fig.asOf() != null) out.append("; as of ").append(shown(fig.asOf()));
                if (Figures.detail(fig) != null) out.append("\n      ").append(shown(Figures.detail(fig)));
                out.append('\n');
            }
        }
        out.append('\n');
    }

    private static void list(StringBuilder out, String label, List<String> facts) {
        for (int i = 0; i < facts.size(); i++) {
            out.append("       ").append(i == 0 ? label : " ".repeat(label.length())).append(' ')
                    .append(shown(facts.get(i))).append('\n');
        }
    }

    /**
     * ANSI SGR colours of the verdicts: green for TRUE, cyan for MOSTLY_TRUE, yellow for
     * MISLEADING, bold red for FALSE and faint for UNVERIFIABLE, which says nothing either way.
     * Cyan and yellow rather than two greens or two reds, so that neighbours on the scale differ
     * in more than shade.
     */
    static String sgr(Verdict v) {
        return switch (v) {
            case TRUE -> "32";
            case MOSTLY_TRUE -> "36";
            case MISLEADING -> "33";
            case FALSE -> "1;31";
            case UNVERIFIABLE -> "2";
        };
    }

    /** The verdict's word, in its colour when {@code color}. */
    static String verdict(Verdict v, boolean color) {
        return color ? "\u001B[" + sgr(v) + "m" + v.name() + "\u001B[0m" : v.name();
    }

    /** User text as one line a terminal shows and does not obey. */
    private static String shown(String s) {
        return Shown.terminal(s);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Splits text into lines of at most {@code width} characters, at spaces where it can. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}

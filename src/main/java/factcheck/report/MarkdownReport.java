package factcheck.report;

import factcheck.verdict.ArticleResult;
import factcheck.model.Firing;
import factcheck.model.Reason;
import factcheck.model.Article;
import factcheck.model.Claim;
import factcheck.model.Diagnostic;
import factcheck.model.Figure;
import factcheck.model.Operand;
import factcheck.util.Shown;
import factcheck.verdict.ClaimResult;

import java.util.List;

/**
 * The report as a Markdown document, for a CMS or a pull request: a summary, a table per
 * article, then each claim with its quote, every reason and the figures with their sources.
 * Text from claims files is escaped, so a quote cannot inject markup: every piece of it goes
 * through {@link #esc}, or {@link #code} inside a code span ({@link #codeCell} in a table); line
 * breaks become spaces, other controls and bidi overrides show as visible escapes
 * ({@link Shown#mark}), and only absolute http(s) addresses become links.
 */
final class MarkdownReport {
    private MarkdownReport() {
    }

    /** The Markdown report's layout: the summary and input errors, then each article. */
    record Layout(boolean explain) implements ReportWriter.Layout {
        @Override
        public void finish(Totals totals, java.io.Writer out, Spill bodies, Spill extras) throws java.io.IOException {
            StringBuilder head = new StringBuilder("# Fact-check report\n\n");
            head.append(esc(totals.summary())).append("\n\n");
            if (!totals.errors().isEmpty()) {
                head.append("## Input errors\n\n");
                for (Diagnostic d : totals.errors()) {
                    head.append("- `").append(code(d.format())).append("`\n");
                }
                head.append('\n');
            }
            out.write(head.toString());
            bodies.copyTo(out);
        }

        @Override
        public String body(ArticleResult a) {
            StringBuilder out = new StringBuilder();
            Article article = a.source().article();
            out.append("## ").append(esc(article.title())).append("\n\n");
            out.append("Article `").append(code(article.id())).append('`');
            if (article.outlet() != null) out.append(", ").append(esc(article.outlet()));
            if (article.published() != null) out.append(", ").append(esc(article.published()));
            String url = Shown.webAddress(article.url());
            if (url != null) out.append(", <").append(url).append('>');
            out.append(". Claims file `").append(code(a.source().file())).append("`.\n\n");
            if (a.claims().isEmpty()) {
                out.append("No claims.\n\n");
                return out.toString();
            }
            out.append("| Claim | Verdict | Reason |\n|---|---|---|\n");
            for (ClaimResult c : a.claims()) {
                out.append("| `").append(codeCell(c.claim().id())).append("` | **").append(c.verdict().name()).append("** | ")
                        .append(cell(Figures.message(c.decidingReason()))).append(" |\n");
            }
            factcheck.claims.ArticleClaims.Coverage coverage = a.coverage();
            out.append("\nNumbers: ").append(esc(Figures.coverage(coverage))).append(".\n\n");
            if (!coverage.unchecked().isEmpty()) {
                out.append("Not checked:\n\n");
                for (var f : coverage.unchecked()) {
                    out.append("- ").append(esc(f.text().replaceAll("\\s+", " "))).append(" (line ").append(f.line())
                            .append(", column ").append(f.column()).append(")\n");
                }
                out.append('\n');
            }
            for (ClaimResult c : a.claims()) {
                claim(out, c, explain);
            }
            return out.toString();
        }
    }

    private static void claim(StringBuilder out, ClaimResult c, boolean explain) {
        Claim claim = c.claim();
        out.append("### ").append(esc(claim.id())).append(": ").append(c.verdict().name()).append("\n\n");
        out.append("> ").append(esc(claim.quote()).replaceAll("\\R", " ")).append('\n');
        if (claim.speaker() != null) {
            out.append(">\n> — ").append(esc(Report.speaker(claim))).append('\n');
        }
        out.append('\n');
        out.append(claim.editorial() ? "Decided by an editor" : "Kind `" + code(claim.kind()) + "`");
        if (claim.stated() != null) {
            out.append(", states ").append(claim.qualifier().isEmpty() ? "" : esc(claim.qualifier()) + " ")
                    .append(esc(claim.stated().written()));
        }
        out.append(". Claims file `").append(code(claim.where().toString())).append("`.\n\n");
        out.append("Reasons:\n\n");
        for (Reason r : c.reasons()) {
            out.append("- **").append(r.verdict().name()).append("**: ").append(esc(Figures.message(r)));
            if (r.rule().line() > 0 && Figures.label(r) != null) {
                out.append(" (`").append(code(r.rule().location())).append("`)");
            } else if (r.rule().line() > 0) {
                out.append(" (rule \"").append(esc(r.rule().name())).append("\", `")
                        .append(code(r.rule().location())).append("`)");
            }
            out.append('\n');
        }
        out.append('\n');
        if (!c.operands().isEmpty()) {
            out.append("Figures:\n\n");
            for (Operand o : c.operands()) {
                Figure f = o.figure();
                out.append("- ").append(esc(o.role())).append(": `").append(code(f.id())).append("` = ")
                        .append(esc(Figures.amount(f))).append("; source: ");
                if (f.derived()) {
                    out.append("computed from ");
                    List<Figure> basis = Figures.basis(f);
                    for (int i = 0; i < basis.size(); i++) {
                        out.append(i == 0 ? "" : ", ").append('`').append(code(basis.get(i).id())).append("` (");
                        source(out, basis.get(i));
                        out.append(')');
                    }
                } else {
                    source(out, f);
                }
                if (f.asOf() != null) out.append(", as of ").append(esc(f.asOf()));
                if (Figures.detail(f) != null) out.append(". ").append(esc(Figures.detail(f)));
                if (f.note() != null) out.append(". ").append(esc(f.note()));
                out.append('\n');
            }
            out.append('\n');
        }
        if (explain) {
            out.append("Rules that fired, in order:\n\n");
            int n = 1;
            for (Firing f : c.trace()) {
                out.append(n++).append(". ").append(esc(f.rule().name())).append(" (`")
                        .append(code(f.rule().location())).append("`)\n");
                f.matched().forEach(m -> out.append("   - matched: ").append(esc(m)).append('\n'));
                f.inserted().forEach(m -> out.append("   - inserted: ").append(esc(m)).append('\n'));
            }
            out.append('\n');
        }
    }

    /**
     * Escapes Markdown and HTML metacharacters in text taken from input files; line breaks and
     * tabs become spaces (a field stays on its line, a table row in one piece), other hidden
     * characters their visible escapes, and a leading list or heading marker is escaped.
     */
    static String esc(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                // '$' too: GitHub reads "$390,000 - $900,000" as mathematics.
                case '\\', '`', '*', '_', '[', ']', '|', '#', '$', '~' -> out.append('\\').append(ch);
                default -> out.append(shown(ch));
            }
        }
        // At the start of a line these would open a list or underline a heading.
        return out.toString().replaceFirst("^([-+=])(?=\\s|$)", "\\\\$1")
                .replaceFirst("^(\\d+)([.)])(?=\\s|$)", "$1\\\\$2");
    }

    /** A character of user text as Markdown shows it: line breaks and tabs as spaces, hidden ones escaped. */
    private static String shown(char ch) {
        if (ch == '\n' || ch == '\r' || ch == '\t' || ch == '\u2028' || ch == '\u2029') {
            return " ";
        }
        return Shown.hidden(ch) ? Shown.mark(ch) : String.valueOf(ch);
    }

    private static String cell(String s) {
        return esc(s);
    }

    /** Text inside `code`: backticks cannot be escaped there, so they are replaced. */
    private static String code(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.replace('`', '\'').replaceAll("\\R", " ").toCharArray()) {
            out.append(shown(ch));
        }
        return out.toString();
    }

    /** Text inside `code` in a table cell: a '|' would end the cell even there, so it is escaped. */
    private static String codeCell(String s) {
        return code(s).replace("|", "\\|");
    }

    private static void source(StringBuilder out, Figure f) {
        String url = f.fromArticle() ? null : Shown.webAddress(f.url());
        if (url != null) {
            out.append('[').append(esc(f.source())).append("](<").append(url).append(">)");
        } else {
            out.append(esc(Figures.source(f)));
        }
    }
}

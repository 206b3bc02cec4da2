package factcheck.report;

import factcheck.claims.ArticleNumbers;
import factcheck.model.Claim;
import factcheck.model.Diagnostic;
import factcheck.model.Verdict;
import factcheck.util.Shown;
import factcheck.verdict.ArticleResult;
import factcheck.verdict.ClaimResult;

import java.nio.file.Path;
import java.util.Set;

/**
 * The report as GitHub Actions workflow commands, so that a pull request shows the verdicts on
 * the lines of the claims files it changes:
 * {@code ::error file=claims/kron4.yaml,line=138,title=factcheck%3A FALSE::insurance-out-of-pocket: ...}.
 *
 * <p>Which claims: with {@code --fail-on}, each claim whose verdict it names, and with UNCHECKED
 * each number no claim checks, as an error, since each of them fails the run; without it nothing
 * fails the run, and each FALSE or MISLEADING claim is a warning. Then every input error, with
 * its column when known, and last a notice with the counts. Files are named as the command line
 * gave them, and GitHub reads them from the repository's root.
 *
 * <p>Escaped as GitHub's documentation says: in a message {@code %}, CR and LF as {@code %25},
 * {@code %0D} and {@code %0A}; in a property also {@code :} and {@code ,}. User text in a message
 * is shown first ({@link Shown#terminal}), as the log is read in a terminal-like view that obeys
 * escape sequences; a file name is kept as it is, for GitHub to find the file.
 */
final class GitHubReport {
    private GitHubReport() {
    }

    /** The verdicts that are warnings when no {@code --fail-on} is given: those saying a claim is wrong. */
    static final Set<Verdict> WARNED = Set.of(Verdict.FALSE, Verdict.MISLEADING);

    /** The layout: each article's annotations as they come, then the input errors and the counts. */
    record Layout(Set<Verdict> failOn, boolean unchecked) implements ReportWriter.Layout {
        @Override
        public boolean headless() {
            return true;
        }

        @Override
        public String body(ArticleResult a) {
            boolean given = !failOn.isEmpty() || unchecked;
            StringBuilder out = new StringBuilder();
            for (ClaimResult c : a.claims()) {
                if (given ? failOn.contains(c.verdict()) : WARNED.contains(c.verdict())) {
                    Claim claim = c.claim();
                    out.append(command(given ? "error" : "warning", claim.where().file(), claim.where().line(), 0,
                            "factcheck: " + c.verdict().name(), claim.id() + ": " + Figures.reasonLine(c)));
                }
            }
            if (unchecked) {
                String text = textFile(a);
                for (ArticleNumbers.Found f : a.coverage().unchecked()) {
                    out.append(command("error", text, f.line(), f.column(), "factcheck: UNCHECKED",
                            a.source().article().id() + ": '" + f.text().replaceAll("\\s+", " ")
                                    + "' is checked by no claim and not left out"));
                }
            }
            return out.toString();
        }

        @Override
        public void finish(Totals totals, java.io.Writer out, Spill bodies, Spill extras) throws java.io.IOException {
            for (Diagnostic d : totals.errors()) {
                out.write(command("error", d.file(), d.line(), d.column(), "factcheck: input error", d.message()));
            }
            out.write("::notice title=factcheck::" + data(totals.summary()) + "\n");
        }
    }

    /** The article's text, named from where its claims file is, as the command line gave that. */
    private static String textFile(ArticleResult a) {
        Path text = a.source().textFile();
        return text == null ? a.source().file() : text.toString();
    }

    /** {@code ::kind file=F,line=L,col=C,title=T::message}; a line or column of 0 is left out. */
    static String command(String kind, String file, int line, int column, String title, String message) {
        StringBuilder s = new StringBuilder("::").append(kind).append(" file=").append(property(file));
        if (line > 0) {
            s.append(",line=").append(line);
            if (column > 0) {
                s.append(",col=").append(column);
            }
        }
        s.append(",title=").append(property(title));
        return s.append("::").append(data(Shown.terminal(message))).append('\n').toString();
    }

    /** A message, escaped as a workflow command's data. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property's value, escaped as a workflow command's property. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}

package factcheck.report;

import factcheck.model.Claim;
import factcheck.verdict.ArticleResult;
import factcheck.verdict.ClaimResult;

import java.util.List;

/**
 * The report as CSV, for spreadsheets: a header row, then one row per claim with its article,
 * id, verdict, who decided, the deciding reason, the quote, and the claims file and line it was
 * read from. Written as RFC 4180 says: CRLF line ends, and a field that holds a comma, a double
 * quote, a CR or an LF in double quotes, its quotes doubled.
 *
 * <p>Fields are data, not terminal text: a quote keeps its line breaks and every other character
 * as the claims file has it. One change is made, against formula injection (OWASP's "CSV
 * injection"): a field that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR,
 * which a spreadsheet would run as a formula, is written after a single quote, {@code '=1+2}.
 */
final class CsvReport {
    /** The columns, as the header row names them. */
    static final List<String> COLUMNS =
            List.of("article", "claim id", "verdict", "decided by", "deciding reason", "quote", "file", "line");

    private static final String CRLF = "\r\n";

    private CsvReport() {
    }

    /** The CSV layout: the header row, then each article's rows as they come; nothing after. */
    record Layout() implements ReportWriter.Layout {
        @Override
        public boolean headless() {
            return true;
        }

        @Override
        public String head() {
            return row(COLUMNS);
        }

        @Override
        public String body(ArticleResult a) {
            StringBuilder out = new StringBuilder();
            for (ClaimResult c : a.claims()) {
                Claim claim = c.claim();
                int line = claim.where().line();
                out.append(row(List.of(a.source().article().id(), claim.id(), c.verdict().name(),
                        c.decidingReason().rule().decider(), c.decidingReason().message(), claim.quote(),
                        claim.where().file(), line > 0 ? Integer.toString(line) : "")));
            }
            return out.toString();
        }

        @Override
        public void finish(Totals totals, java.io.Writer out, Spill bodies, Spill extras) {
            // Rows only: a summary row would be read as one more claim.
        }
    }

    /** One record, fields separated by commas, ended by CRLF. */
    static String row(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        return out.append(CRLF).toString();
    }

    /** A field: guarded against formula injection, then quoted when RFC 4180 needs it. */
    static String field(String value) {
        String s = value == null ? "" : value;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}

package factcheck.report;

import factcheck.verdict.ArticleResult;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import factcheck.model.Firing;
import factcheck.model.Reason;
import factcheck.model.Amount;
import factcheck.model.Article;
import factcheck.model.Claim;
import factcheck.model.Diagnostic;
import factcheck.model.Figure;
import factcheck.model.Operand;
import factcheck.model.Verdict;
import factcheck.util.Shown;
import factcheck.verdict.ClaimResult;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON, for other tools. The schema (documented in the README) is versioned by
 * {@code schemaVersion}: fields are only ever added within a version. Every field is always
 * present, null when it has no value, and keys keep a fixed order, so equal input gives
 * byte-identical output.
 */
final class JsonReport {
    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private JsonReport() {
    }

    /**
     * The JSON report's layout: the summary, the articles, the input errors. Each article is written
     * as its own JSON text, indented to its place in the array, and spliced into the document around
     * it: the same bytes as writing the whole tree at once.
     */
    record Layout(boolean explain) implements ReportWriter.Layout {
        @Override
        public String body(ArticleResult a) {
            return element(write(article(a, explain)));
        }

        @Override
        public String separator() {
            return ELEMENT_SEPARATOR;
        }

        @Override
        public void finish(Totals totals, java.io.Writer out, Spill bodies, Spill extras) throws java.io.IOException {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("schemaVersion", SCHEMA_VERSION);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("claims", totals.claims());
            for (Verdict v : Report.SUMMARY_ORDER) {
                summary.put(v.name(), totals.counts().get(v));
            }
            summary.put("errors", totals.errors().size());
            root.put("summary", summary);
            root.put("articles", List.of());
            List<Object> errors = new ArrayList<>();
            for (Diagnostic d : totals.errors()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("file", d.file());
                e.put("line", d.line() > 0 ? d.line() : null);
                e.put("column", d.column() > 0 ? d.column() : null);
                e.put("message", d.message());
                errors.add(e);
            }
            root.put("errors", errors);
            splice(write(root), "articles", bodies, out);
        }
    }

    /** Between two elements of a top-level array: the pretty printer's comma and indent. */
    static final String ELEMENT_SEPARATOR = ",\n    ";

    /** A value's JSON text as an element of an array that is a top-level field: indented two levels more. */
    static String element(String json) {
        String text = json.endsWith("\n") ? json.substring(0, json.length() - 1) : json;
        return text.replace("\n", "\n    ");
    }

    /**
     * Writes {@code document}, whose top-level array {@code field} is written empty, with the
     * elements set aside in {@code elements} in its place. JSON strings hold no raw line break, so
     * the field's first line is found by its indent.
     */
    static void splice(String document, String field, Spill elements, java.io.Writer out) throws java.io.IOException {
        if (elements.isEmpty()) {
            out.write(document);
            return;
        }
        String opening = "\n  \"" + field + "\": [";
        int open = document.indexOf(opening);
        int close = document.indexOf(']', open + opening.length());
        if (open < 0 || close < 0) {
            throw new IllegalStateException("no empty array '" + field + "' in the report's JSON");
        }
        out.write(document, 0, open + opening.length());
        out.write("\n    ");
        elements.copyTo(out);
        out.write("\n  ");
        out.write(document, close, document.length() - close);
    }

    /**
     * JSON text of a tree of maps and lists: two-space indents, "\n" line ends, a final newline.
     * Values are kept as they are; the characters a terminal or the bidi algorithm would obey
     * ({@link Shown#hidden}: controls, DEL, C1, U+2028/9, bidi overrides) are written as
     * {@code \}{@code uXXXX}, which reads back as the same string, so the JSON is safe to print.
     */
    static String write(Object root) {
        return write(root, new Escapes(false));
    }

    /**
     * JSON text for a page's {@code <script type="application/ld+json">}: as {@link #write}, with
     * {@code < > &} also as {@code \}{@code uXXXX}, so no string can close the script element or
     * open a comment, and the JSON still reads back as the same values.
     */
    static String writeForScript(Object root) {
        return write(root, new Escapes(true));
    }

    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes(boolean forScript) {
            ascii[0x7f] = ESCAPE_STANDARD;
            if (forScript) {
                for (char c : new char[] {'<', '>', '&'}) {
                    ascii[c] = ESCAPE_STANDARD;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Shown.hidden(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    private static String write(Object root, CharacterEscapes escapes) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return MAPPER.writer(printer).with(escapes).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> article(ArticleResult a, boolean explain) {
        Article article = a.source().article();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", article.id());
        m.put("title", article.title());
        m.put("outlet", article.outlet());
        m.put("url", article.url());
        m.put("published", article.published());
        m.put("file", a.source().file());
        List<Object> claims = new ArrayList<>();
        for (ClaimResult c : a.claims()) {
            claims.add(claim(c, explain));
        }
        m.put("claims", claims);
        factcheck.claims.ArticleClaims.Coverage c = a.coverage();
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("numbers", c.numbers());
        coverage.put("checked", c.checked());
        List<Object> left = new ArrayList<>();
        for (factcheck.claims.ArticleClaims.Coverage.Left l : c.leftOut()) {
            Map<String, Object> lm = number(l.number());
            lm.put("reason", l.reason());
            left.add(lm);
        }
        coverage.put("leftOut", left);
        List<Object> unchecked = new ArrayList<>();
        c.unchecked().forEach(f -> unchecked.add(number(f)));
        coverage.put("unchecked", unchecked);
        m.put("coverage", coverage);
        return m;
    }

    /** A number of the article's text: {"text", "line", "column"}. */
    private static Map<String, Object> number(factcheck.claims.ArticleNumbers.Found f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", f.text());
        m.put("line", f.line());
        m.put("column", f.column());
        return m;
    }

    private static Map<String, Object> claim(ClaimResult c, boolean explain) {
        Claim claim = c.claim();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", claim.id());
        m.put("quote", claim.quote());
        m.put("speaker", claim.speaker());
        m.put("speakerTitle", claim.speakerTitle());
        m.put("kind", claim.kind());
        m.put("stated", claim.stated() == null ? null : amount(claim.stated()));
        m.put("qualifier", claim.qualifier().isEmpty() ? null : claim.qualifier());
        m.put("verdict", c.verdict().name());
        // Who decided: "rules", "editor" (a person's verdict), "caveat" (a person's cap on the rules'
        // verdict), "claims file" (not checked: errors in it) or "engine" (no rule decided).
        m.put("decidedBy", c.decidingReason().rule().decider());
        m.put("expect", claim.expect() == null ? null : claim.expect().name());
        m.put("file", claim.where().file());
        m.put("line", claim.where().line());
        List<Object> reasons = new ArrayList<>();
        for (Reason r : c.reasons()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("rule", r.rule().name());
            rm.put("file", r.rule().file().isEmpty() ? null : r.rule().file());
            rm.put("line", r.rule().line() > 0 ? r.rule().line() : null);
            rm.put("verdict", r.verdict().name());
            rm.put("message", r.message());
            reasons.add(rm);
        }
        m.put("reasons", reasons);
        Map<String, Object> caveat = null;
        if (claim.caveat() != null) {
            caveat = new LinkedHashMap<>();
            caveat.put("reason", claim.caveat().reason());
            caveat.put("atMost", claim.caveat().atMost().name());
        }
        m.put("caveat", caveat);
        List<Object> figures = new ArrayList<>();
        for (Operand o : c.operands()) {
            figures.add(figure(o));
        }
        m.put("figures", figures);
        if (explain) {
            List<Object> trace = new ArrayList<>();
            for (Firing f : c.trace()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("rule", f.rule().name());
                fm.put("file", f.rule().file());
                fm.put("line", f.rule().line() > 0 ? f.rule().line() : null);
                fm.put("matched", f.matched());
                fm.put("inserted", f.inserted());
                trace.add(fm);
            }
            m.put("trace", trace);
        } else {
            m.put("trace", null);
        }
        return m;
    }

    private static Map<String, Object> figure(Operand o) {
        Figure f = o.figure();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", o.role());
        m.put("id", f.id());
        m.putAll(amount(f.amount()));
        m.put("unit", f.unit());
        m.put("source", f.source());
        m.put("outside", !f.fromArticle());
        m.put("url", f.url());
        m.put("asOf", f.asOf());
        m.put("note", f.note());
        List<Object> values = null;
        if (f.overTime()) {
            values = new ArrayList<>();
            for (factcheck.model.Dated d : f.series()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("date", d.date().written());
                v.putAll(amount(d.amount()));
                values.add(v);
            }
        }
        m.put("values", values);
        m.put("working", f.working());
        List<Object> from = null;
        if (f.derived()) {
            from = new ArrayList<>();
            for (Figure b : f.basis()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("id", b.id());
                bm.put("source", b.source());
                bm.put("outside", !b.fromArticle());
                bm.put("url", b.url());
                bm.put("asOf", b.asOf());
                from.add(bm);
            }
        }
        m.put("computedFrom", from);
        return m;
    }

    /** {"value": n}, {"range": [low, high]} or {"text": "..."}; numbers with "written" and "unit". */
    private static Map<String, Object> amount(Amount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!a.numeric()) {
            m.put("text", a.text());
        } else if (a.range()) {
            m.put("range", List.of(number(a.low()), number(a.high())));
        } else {
            m.put("value", number(a.low()));
        }
        if (a.numeric()) {
            // Values are in plain units (a loss negative, per-month amounts per year); how it was
            // written, and what it counts, come with them.
            m.put("written", a.written());
            m.put("unit", a.unit().none() ? null : a.unit().dimension() == factcheck.model.Unit.Dimension.CURRENCY
                    && a.unit().name() != null ? a.unit().name() + (a.unit().period() == null ? "" : "/" + a.unit().period())
                    : a.unit().describe());
        }
        return m;
    }

    /** Whole numbers as integers (26470, not 26470.0). */
    private static Object number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return (long) x;
        }
        return java.math.BigDecimal.valueOf(x);
    }
}

package factcheck.report;

import factcheck.verdict.ArticleResult;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report one article at a time, in memory bounded by the largest article. Articles are
 * rendered with {@link #render} on any thread, added with {@link #add} in input order, and the
 * report is completed with {@link #finish} once the totals are known. What a format puts before
 * the articles and depends on the whole run (a summary, the input errors) is written then, with
 * the articles set aside until that moment; a format with nothing of the kind writes each article
 * as it comes.
 */
public final class ReportWriter implements Closeable {

    /** One article rendered: its part of the report, and its part of a section about every article. */
    public record Piece(String body, String extra) {
    }

    /** How a format lays out a report: each article's part, and the rest around them. */
    interface Layout {
        /** The article's part of the report. */
        String body(ArticleResult a);

        /**
         * The article's part of a section about every article, set aside and written where
         * {@link #finish} puts it: the text report's explanation, after the articles; the HTML
         * page's claims by verdict, before them. Empty for most formats.
         */
        default String extra(ArticleResult a) {
            return "";
        }

        /** Written between two articles' parts that are not empty. */
        default String separator() {
            return "";
        }

        /** Whether nothing comes before the first article's part, so that parts go out as they come. */
        default boolean headless() {
            return false;
        }

        /**
         * For a headless format, what comes before every article's part and depends on nothing of
         * the run, such as a CSV file's header row: written with the first part, or at the end when
         * there is none.
         */
        default String head() {
            return "";
        }

        /** Writes the whole report: what comes before, the parts set aside, what comes after. */
        void finish(Totals totals, Writer out, Spill bodies, Spill extras) throws IOException;
    }

    private final Layout layout;
    private final Writer out;
    private final Spill bodies = new Spill();
    private final Spill extras = new Spill();
    private boolean any;
    private boolean started;

    ReportWriter(Layout layout, Writer out) {
        this.layout = layout;
        this.out = out;
    }

    /** Renders one article: safe on any thread, as it reads only the article. */
    public Piece render(ArticleResult article) {
        return new Piece(layout.body(article), layout.extra(article));
    }

    /** Adds the next article's part, in input order. */
    public void add(Piece piece) throws IOException {
        if (!piece.body().isEmpty()) {
            String text = any ? layout.separator() + piece.body() : piece.body();
            any = true;
            if (layout.headless()) {
                start();
                out.write(text);
            } else {
                bodies.append(text);
            }
        }
        if (!piece.extra().isEmpty()) {
            extras.append(piece.extra());
        }
    }

    /** Completes the report with the run's totals. */
    public void finish(Totals totals) throws IOException {
        if (layout.headless()) {
            start();
        }
        layout.finish(totals, out, bodies, extras);
        out.flush();
    }

    /** Writes the layout's head, once. */
    private void start() throws IOException {
        if (!started) {
            started = true;
            out.write(layout.head());
        }
    }

    /** Removes what was set aside. */
    @Override
    public void close() {
        bodies.close();
        extras.close();
    }
}

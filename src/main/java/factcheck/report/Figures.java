package factcheck.report;

import factcheck.model.Figure;
import factcheck.model.Numbers;

/** A figure in words, the same in every report: "26,470 USD/year". */
final class Figures {
    private Figures() {
    }

    static String amount(Figure f) {
        return Numbers.fmt(f.amount()) + (f.unit() == null ? "" : " " + f.unit());
    }

    static String source(Figure f) {
        return f.fromArticle() ? "the article itself (no outside source)" : f.source();
    }
}

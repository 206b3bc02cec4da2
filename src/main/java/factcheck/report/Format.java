package factcheck.report;

/** The report formats, by the name given to {@code --format}. */
public enum Format {
    text, markdown, json;

    /** Writes {@code report} in this format. */
    public String render(Report report) {
        return render(report, false);
    }

    /** Writes {@code report}, with each claim's trace of rule firings when {@code explain}. */
    public String render(Report report, boolean explain) {
        return switch (this) {
            case text -> TextReport.render(report, explain);
            case markdown -> MarkdownReport.render(report, explain);
            case json -> JsonReport.render(report, explain);
        };
    }
}

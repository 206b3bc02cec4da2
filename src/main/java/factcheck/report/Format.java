package factcheck.report;

/** The report formats, by the name given to {@code --format}. */
public enum Format {
    text, markdown, json;

    /** Writes {@code report} in this format. */
    public String render(Report report) {
        return switch (this) {
            case text -> TextReport.render(report);
            case markdown -> MarkdownReport.render(report);
            case json -> JsonReport.render(report);
        };
    }
}

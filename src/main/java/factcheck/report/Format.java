package factcheck.report;

/** The report formats, by the name given to {@code --format}, with the file extension each writes. */
public enum Format {
    text("txt"), markdown("md"), json("json"), html("html"), claimreview("claimreview.jsonld");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The file name used when several formats are written to a directory: "report.html". */
    public String fileName() {
        return "report." + extension;
    }

    /** Writes {@code report} in this format. */
    public String render(Report report) {
        return render(report, Options.PLAIN);
    }

    public String render(Report report, Options options) {
        return switch (this) {
            case text -> TextReport.render(report, options.explain());
            case markdown -> MarkdownReport.render(report, options.explain());
            case json -> JsonReport.render(report, options.explain());
            case html -> HtmlReport.render(report, options.explain());
            case claimreview -> ClaimReviewReport.render(report, options);
        };
    }
}

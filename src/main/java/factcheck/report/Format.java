package factcheck.report;

import factcheck.verdict.ArticleResult;

/** The report formats, by the name given to {@code --format}, with the file extension each writes. */
public enum Format {
    text("txt"), markdown("md"), json("json"), html("html"), claimreview("claimreview.jsonld"), csv("csv"),
    github("github.txt");

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
        java.io.StringWriter out = new java.io.StringWriter();
        try (ReportWriter writer = writer(options, out)) {
            for (ArticleResult a : report.articles()) {
                writer.add(writer.render(a));
            }
            writer.finish(report.totals());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A writer of this format's report to {@code out}, one article at a time. */
    public ReportWriter writer(Options options, java.io.Writer out) {
        return new ReportWriter(switch (this) {
            case text -> new TextReport.Layout(options.explain(), options.color(), options.width());
            case markdown -> new MarkdownReport.Layout(options.explain());
            case json -> new JsonReport.Layout(options.explain());
            case html -> new HtmlReport.Layout(options.explain());
            case claimreview -> new ClaimReviewReport.Layout(options);
            case csv -> new CsvReport.Layout();
            case github -> new GitHubReport.Layout(options.failOn(), options.unchecked());
        }, out);
    }
}

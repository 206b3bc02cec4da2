package factcheck.cli;

import factcheck.util.AtomicFile;
import factcheck.verdict.ArticleResult;
import factcheck.model.Verdict;
import factcheck.report.Format;
import factcheck.report.Options;
import factcheck.report.Report;
import factcheck.util.Shown;
import factcheck.claims.TextFiles;
import factcheck.verdict.ClaimResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.Callable;

/** {@code factcheck check}: checks the claims against the rules and prints the report. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Checks every claim in the claims files against the rules and prints a verdict report"
                + " (TRUE, MOSTLY_TRUE, MISLEADING, FALSE or UNVERIFIABLE) with the arithmetic, the rule that"
                + " decided and the sources. Errors in the input are printed as file:line: error: message.",
        sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Report format: ${COMPLETION-CANDIDATES}; repeatable, with --output DIR."
                    + " Default: text.")
    List<Format> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE|DIR",
            description = "Write the report to FILE, replaced whole (never left half-written), instead of"
                    + " standard output; or, with several formats, one report.EXT per format into DIR.")
    Path output;

    @Option(names = "--publisher", paramLabel = "NAME",
            description = "For claimreview: the organisation publishing the reviews.")
    String publisher;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "For claimreview: the reviews' publication date. Default: today.")
    String date;

    @Option(names = "--review-url", paramLabel = "BASE",
            description = "For claimreview, required: where the reviews are published; each review's url is"
                    + " BASE#claim-id.")
    String reviewUrl;

    @Option(names = "--fail-on", paramLabel = "VERDICT", split = ",",
            description = "Exit 1 if any claim gets one of these verdicts, e.g. --fail-on FALSE,MISLEADING; with"
                    + " UNCHECKED, also if an article has numbers no claim checks and none leaves out.")
    List<String> failOn = List.of();

    /** The word --fail-on takes for numbers no claim checks. */
    static final String UNCHECKED = "UNCHECKED";

    /** --fail-on read: its verdicts, and whether it names UNCHECKED; null (with the error) when it names neither. */
    private Set<Verdict> failingVerdicts(java.io.PrintWriter err) {
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        for (String word : failOn) {
            String normal = word.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (normal.equals(UNCHECKED)) {
                continue;
            }
            try {
                verdicts.add(Verdict.valueOf(normal));
            } catch (IllegalArgumentException e) {
                err.println("factcheck: error: --fail-on: '" + Shown.terminal(word)
                        + "' is not a verdict (FALSE, MISLEADING, UNVERIFIABLE,"
                        + " MOSTLY_TRUE, TRUE) or UNCHECKED");
                err.flush();
                return null;
            }
        }
        return verdicts;
    }

    private boolean failsOnUnchecked() {
        return failOn.stream().anyMatch(w -> w.strip().equalsIgnoreCase(UNCHECKED));
    }

    @Option(names = "--color", paramLabel = "WHEN",
            description = "Verdicts in colour in the text report: auto (when standard output is a terminal and"
                    + " NO_COLOR is not set), always or never. Never in --output files. Default: auto.")
    Terminal.Color color = Terminal.Color.auto;

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "The text report's width, at least 80. Default: the terminal's, when standard output"
                    + " is one (at least 80), else 100.")
    Integer width;

    @Option(names = "--explain",
            description = "Show, for each claim, every rule that fired on it in order, with the facts it matched"
                    + " and what it inserted (a 'trace' in the JSON report).")
    boolean explain;

    @Mixin
    WatchOption watch;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (formats.isEmpty()) {
            formats.add(Format.text);
        }
        formats = new ArrayList<>(new java.util.LinkedHashSet<>(formats));
        String usage = usageError();
        if (usage != null) {
            err.println("factcheck: error: " + Shown.terminal(usage));
            return ExitCodes.BAD_INPUT;
        }
        inputs.trace = explain;
        if (!watch.watch) {
            return stream(out, err);
        }
        Pipeline.Result outcome = Pipeline.run(inputs);
        report(outcome, out, err);
        return WatchLoop.run(inputs, out, err, outcome, new WatchLoop.Step() {
            @Override
            public void rerun(Pipeline.Result previous, Pipeline.Result now, SortedSet<Path> changed) {
                Pipeline.printProblems(now, err, inputs.verbose);
                if (now instanceof Pipeline.Checked checked) {
                    MOVES.print(((Pipeline.Checked) previous).report(), checked.report(), out);
                    if (output != null) {
                        writeAll(checked.report(), err);
                    }
                    out.println(checked.report().summary());
                }
                out.flush();
            }
        });
    }

    /**
     * Checks and writes the report one article at a time, articles checked on --jobs threads and
     * written in input order: the run's memory is bounded by its largest articles. Reports go to
     * temporary files, put in place only once complete and checked not to replace an input.
     */
    private int stream(PrintWriter out, PrintWriter err) {
        Set<Verdict> failing = failingVerdicts(err);
        if (failing == null) {
            return ExitCodes.BAD_INPUT;
        }
        factcheck.api.Checker checker;
        try {
            checker = factcheck.api.Checker.compile(inputs.rules, inputs.settings());
        } catch (factcheck.api.Checker.RulesBroken e) {
            if (output == null && formats.get(0) == Format.github) {
                // The rules' errors are what a pull request needs to see, on their lines.
                try (factcheck.report.ReportWriter w = Format.github.writer(options(), out)) {
                    w.finish(new factcheck.report.Totals(0, null, Map.of(), e.errors()));
                } catch (IOException io) {
                    // Standard output closed: the errors still go to standard error.
                }
            }
            Pipeline.printProblems(new Pipeline.NotCompiled(e.errors()), err, inputs.verbose);
            return ExitCodes.BAD_INPUT;
        }
        List<AtomicFile.Pending> files = new ArrayList<>();
        List<factcheck.report.ReportWriter> writers = new ArrayList<>();
        ProgressLine progress = new ProgressLine(err, output != null);
        try {
            if (output == null) {
                writers.add(formats.get(0).writer(options(), out));
            } else {
                boolean toDir = formats.size() > 1 || Files.isDirectory(output);
                for (Format f : formats) {
                    Path target = toDir ? output.resolve(f.fileName()) : output;
                    AtomicFile.Pending file;
                    try {
                        file = AtomicFile.open(target);
                    } catch (IOException e) {
                        err.println(Shown.terminal(target + ": error: cannot write the report: " + why(e)));
                        err.flush();
                        return ExitCodes.BAD_INPUT;
                    }
                    files.add(file);
                    writers.add(f.writer(options(), file.writer()));
                }
            }
            boolean[] failed = {false};
            List<Source> read = new ArrayList<>();
            factcheck.api.Checker.Outcome outcome = checker.check(inputs.claims, inputs.jobs,
                    a -> writers.stream().map(w -> w.render(a)).toList(),
                    (a, pieces) -> {
                        for (int i = 0; i < writers.size(); i++) {
                            try {
                                writers.get(i).add(pieces.get(i));
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                        failed[0] |= fails(a, failing);
                        if (output != null) {
                            read.add(Source.of(a));
                        }
                    }, progress);
            progress.clear();
            for (factcheck.report.ReportWriter w : writers) {
                w.finish(outcome.totals());
            }
            Pipeline.printProblems(outcome.errors(), outcome.failures(), err, inputs.verbose);
            if (output != null && !commit(files, read, err)) {
                return ExitCodes.BAD_INPUT;
            }
            if (!outcome.errors().isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            if (!outcome.failures().isEmpty()) {
                return ExitCodes.RULE_FAILED;
            }
            return failed[0] ? ExitCodes.FAIL_ON : ExitCodes.OK;
        } catch (IOException | java.io.UncheckedIOException e) {
            progress.clear();
            IOException cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println(Shown.terminal("factcheck: error: cannot write the report" + (output == null ? "" : " to "
                    + output) + ": " + why(cause)));
            err.flush();
            return ExitCodes.BAD_INPUT;
        } finally {
            writers.forEach(factcheck.report.ReportWriter::close);
            for (AtomicFile.Pending file : files) {
                try {
                    file.close();
                } catch (IOException e) {
                    // Only a temporary file left behind; a later run removes it.
                }
            }
        }
    }

    /**
     * Puts the reports in place, unless one would replace a file the run read ({@code read}: each
     * article's claims file and text), which is reported, and then no report is put in place.
     */
    private boolean commit(List<AtomicFile.Pending> files, List<Source> read, PrintWriter err) throws IOException {
        Map<Path, String> inputs = inputFiles(read);
        for (AtomicFile.Pending file : files) {
            if (overwritesInput(file.target(), inputs, err)) {
                return false;
            }
        }
        for (AtomicFile.Pending file : files) {
            file.commit();
        }
        return true;
    }

    /** Prints a run's problems and report; returns its exit code. */
    private int report(Pipeline.Result outcome, PrintWriter out, PrintWriter err) {
        Pipeline.printProblems(outcome, err, inputs.verbose);
        if (!(outcome instanceof Pipeline.Checked checked)) {
            return Pipeline.exitCode(outcome, ExitCodes.OK);
        }
        Report report = checked.report();
        if (output == null) {
            out.print(formats.get(0).render(report, options()));
            out.flush();
        } else if (!writeAll(report, err)) {
            return ExitCodes.BAD_INPUT;
        }
        Set<Verdict> failing = failingVerdicts(err);
        if (failing == null) {
            return ExitCodes.BAD_INPUT;
        }
        boolean failed = report.articles().stream().anyMatch(a -> fails(a, failing));
        return Pipeline.exitCode(outcome, failed ? ExitCodes.FAIL_ON : ExitCodes.OK);
    }

    /** What is wrong with the options together, or null. */
    private String usageError() {
        String inputs = this.inputs.problem();
        if (inputs != null) {
            return inputs;
        }
        if (output != null && output.toString().isBlank()) {
            return "--output needs a file or directory name";
        }
        for (String word : failOn) {
            String normal = word.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (!normal.equals(UNCHECKED) && java.util.Arrays.stream(Verdict.values()).noneMatch(v -> v.name().equals(normal))) {
                return "--fail-on: '" + word + "' is not a verdict (FALSE, MISLEADING, UNVERIFIABLE, MOSTLY_TRUE, TRUE)"
                        + " or UNCHECKED" + factcheck.util.DidYouMean.hint(normal, java.util.List.of("FALSE", "MISLEADING",
                        "UNVERIFIABLE", "MOSTLY_TRUE", "TRUE", UNCHECKED));
            }
        }
        if (width != null && width < Options.MIN_WIDTH) {
            return "--width " + width + " is too narrow for the table; give at least " + Options.MIN_WIDTH;
        }
        if (formats.size() > 1 && (output == null || Files.isRegularFile(output))) {
            return "several formats need --output DIR, a directory to write one report per format into";
        }
        if (formats.contains(Format.claimreview) && (publisher == null || publisher.isBlank())) {
            return "--format claimreview needs --publisher NAME, the organisation publishing the reviews";
        }
        if (formats.contains(Format.claimreview) && reviewUrl == null) {
            return "--format claimreview needs --review-url BASE: every consumer of ClaimReview requires each review's"
                    + " address (url), and each review's url is BASE#claim-id";
        }
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                return "--date '" + date + "' is not a date; write it as YYYY-MM-DD";
            }
        }
        if (reviewUrl != null) {
            String problem = reviewUrlProblem(reviewUrl);
            if (problem != null) {
                return "--review-url '" + Shown.shorten(reviewUrl, 100) + "' " + problem;
            }
        }
        return null;
    }

    /**
     * What keeps {@code url} from being the base of every review's url, or null: it must be an
     * absolute http(s) address with a host and no fragment, written with no character that
     * needs escaping, since it is pasted into JSON-LD and pages as it is.
     */
    static String reviewUrlProblem(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return "holds " + (c == ' ' ? "a space" : "the character " + Shown.mark(c))
                        + " at position " + (i + 1) + "; write an http(s) address with it percent-encoded";
            }
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            return "is not a valid address: " + e.getReason() + " at position " + (e.getIndex() + 1);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            return "is not an http(s) address; write it like https://example.org/fact-checks";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "has no host; write it like https://example.org/fact-checks";
        }
        if (uri.getRawFragment() != null) {
            return "has a #fragment; each review's url is BASE#claim-id, so give BASE without one";
        }
        return null;
    }

    /** How to render: to a file (--output) never in colour, and 100 columns wide unless --width says. */
    private Options options() {
        Terminal terminal = Terminal.fromLauncher();
        boolean toFile = output != null;
        Set<factcheck.model.Verdict> failing = failingVerdicts(new PrintWriter(java.io.Writer.nullWriter()));
        return new Options(explain, publisher, date == null ? LocalDate.now() : LocalDate.parse(date), reviewUrl,
                !toFile && terminal.color(color), width != null ? width : toFile ? Options.WIDTH : terminal.width(),
                failing == null ? Set.of() : failing, failsOnUnchecked());
    }

    /** Writes every format: to --output, or into --output DIR as report.EXT each. */
    private boolean writeAll(Report report, PrintWriter err) {
        boolean toDir = formats.size() > 1 || Files.isDirectory(output);
        Map<Path, String> inputs = inputFiles(report.articles().stream().map(Source::of).toList());
        for (Format f : formats) {
            // Checked for every format before any is written, so that nothing is touched.
            if (overwritesInput(toDir ? output.resolve(f.fileName()) : output, inputs, err)) {
                return false;
            }
        }
        for (Format f : formats) {
            Path target = toDir ? output.resolve(f.fileName()) : output;
            try {
                AtomicFile.write(target, f.render(report, options()));
            } catch (IOException e) {
                err.println(Shown.terminal(target + ": error: cannot write the report: " + why(e)));
                return false;
            }
        }
        return true;
    }

    /**
     * The files this run read, by where they really are, each named for a message: the claims
     * files, the articles' texts and the rule files.
     */
    private Map<Path, String> inputFiles(List<Source> read) {
        Map<Path, String> files = new java.util.HashMap<>();
        for (Source article : read) {
            Path claims = Path.of(article.claimsFile());
            files.putIfAbsent(TextFiles.real(claims), "the claims file " + claims);
            try {
                Path text = claims.toAbsolutePath().getParent().resolve(article.textPath());
                files.putIfAbsent(TextFiles.real(text), "the article's text " + article.textPath());
            } catch (java.nio.file.InvalidPathException e) {
                // Not a path, so nothing to write over.
            }
        }
        List<Path> named = new ArrayList<>(inputs.claims);
        named.add(inputs.rules);
        for (Path path : named) {
            if (Files.isDirectory(path)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().matches(".*\\.(yaml|yml|drl)$"))
                            .forEach(p -> files.putIfAbsent(TextFiles.real(p), (p.toString().endsWith(".drl")
                                    ? "the rule file " : "the claims file ") + p));
                } catch (IOException | java.io.UncheckedIOException e) {
                    // Unlisted, so it was not read either.
                }
            } else {
                files.putIfAbsent(TextFiles.real(path), "the input file " + path);
            }
        }
        return files;
    }

    /** Whether {@code target} is one of the run's {@code inputs}; if so, says so on {@code err}. */
    private static boolean overwritesInput(Path target, Map<Path, String> inputs, PrintWriter err) {
        String input = inputs.get(TextFiles.real(target));
        if (input != null) {
            err.println(target + ": error: --output would write the report over " + input + "; give another file"
                    + " or directory for the report");
            err.flush();
        }
        return input != null;
    }

    /** Where an article was read from: its claims file, and its text as the file names it. */
    private record Source(String claimsFile, String textPath) {
        static Source of(ArticleResult a) {
            return new Source(a.source().file(), a.source().article().textPath());
        }
    }

    /** Whether an article makes --fail-on fail: a claim with one of {@code failing}, or UNCHECKED numbers. */
    private boolean fails(ArticleResult a, Set<Verdict> failing) {
        return a.claims().stream().anyMatch(c -> failing.contains(c.verdict()))
                || failsOnUnchecked() && !a.coverage().unchecked().isEmpty();
    }

    /** An I/O failure in words: Java's messages are often only the path. */
    private static String why(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or directory: " + n.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** What --watch prints after a re-run: the verdicts that moved. */
    static final Changes MOVES = new Changes("verdict", "moved", c -> true, c -> c.verdict().toString());

}

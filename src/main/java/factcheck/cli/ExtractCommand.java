package factcheck.cli;

import factcheck.claims.ArticleNumbers;
import factcheck.engine.RuleSet;
import factcheck.util.Shown;
import factcheck.model.Diagnostic;
import factcheck.claims.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code factcheck extract ARTICLE.txt}: a claims file to start from, with one claim per number of
 * the article, for a person to fill in with figures and sources.
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Writes a claims file to start from: the article, and one claim per number in its text"
                + " (quote, kind, stated number and qualifier), each with the roles its figures go under.",
        sortOptions = false)
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE", description = "The article's text, a plain-text file.")
    Path article;

    @Option(names = "--id", paramLabel = "ID", description = "The article's id. Default: the file's name.")
    String id;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the claims file here (never over an existing file). Default: standard output.")
    Path output;

    @Option(names = "--merge", paramLabel = "FILE",
            description = "Append to this claims file a claim for each number no claim there quotes yet.")
    Path merge;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rule files, for the roles each kind takes. Default: ${DEFAULT-VALUE}.")
    Path rules;

    @Mixin
    TrustRules trust = new TrustRules();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        TextFiles.Read read = TextFiles.read(article, TextFiles.DEFAULT_LIMIT);
        if (!read.ok()) {
            Diagnostic d = read.error();
            err.println(new Diagnostic(d.file(), d.line(), d.column(), (d.line() > 0 ? "" : "cannot read the article: ")
                    + d.message()).headline());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        String text = read.text();
        if (output != null && merge != null) {
            err.println("factcheck: error: give --output (a new claims file) or --merge (an existing one), not both");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (merge != null && TextFiles.real(merge).equals(TextFiles.real(article))) {
            err.println(Shown.terminal(merge + ": error: --merge names the article's text; give the claims file to add"
                    + " claims to"));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (output != null && (Files.exists(output) || TextFiles.real(output).equals(TextFiles.real(article)))) {
            err.println(Shown.terminal(output + ": error: the file exists, and extract never writes over a claims file;"
                    + " give a new --output"));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        RuleSet.Compiled compiled = RuleSet.compile(rules, trust.trusted);
        if (!compiled.ok()) {
            Pipeline.printProblems(new Pipeline.NotCompiled(compiled.errors()), err, false);
            return ExitCodes.BAD_INPUT;
        }
        if (merge != null) {
            return merge(text, compiled.rules(), err);
        }
        String name = article.getFileName().toString();
        String articleId = id != null ? id : name.replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        Path base = output != null ? output.toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
        String textPath = base.relativize(article.toAbsolutePath()).toString();
        String yaml = claimsFile(articleId, title(text, articleId), textPath, ArticleNumbers.find(text), compiled.rules());
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(yaml);
            out.flush();
        } else {
            try {
                Files.writeString(output, yaml, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            } catch (IOException e) {
                err.println(Shown.terminal(output + ": error: cannot write the claims file: " + e.getMessage()));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
        }
        if (textPath.startsWith("..") || Path.of(textPath).isAbsolute()) {
            // check reads an article's text only from under its claims file's directory unless told.
            err.println(Shown.terminal("factcheck: note: the article's text is outside the claims file's directory;"
                    + " check it with --text-dir " + (article.getParent() == null ? Path.of(".") : article.getParent())
                    + ", or keep the text beside the claims file"));
            err.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * Appends to an existing claims file a claim for each number that no claim there quotes,
     * leaving what is written untouched: the claims list must be the file's last part.
     */
    private int merge(String text, RuleSet rules, PrintWriter err) {
        factcheck.claims.ClaimsSet set = factcheck.claims.ClaimsLoader.load(List.of(merge), rules.wordKinds());
        if (set.articles().isEmpty()) {
            set.errors().forEach(d -> err.println(d.format()));
            err.println(Shown.terminal(merge + ": error: --merge needs a claims file that reads; fix the errors above"));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        factcheck.claims.ArticleClaims file = set.articles().get(0);
        TextFiles.Read read = TextFiles.read(merge, TextFiles.DEFAULT_LIMIT);
        if (!read.ok()) {
            err.println(read.error().headline());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        String source = read.text();
        List<String> lines = source.lines().toList();
        String lastKey = lines.stream().filter(l -> l.matches("[A-Za-z-]+:.*")).reduce((a, b) -> b).orElse("");
        if (!lastKey.startsWith("claims:") || !lastKey.strip().equals("claims:")) {
            err.println(Shown.terminal(merge + ": error: --merge appends claims at the end of the file, so 'claims:' must"
                    + " be its last part, a list of claims (not 'claims: []')"));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        List<String> quotes = new java.util.ArrayList<>();
        file.claims().forEach(c -> quotes.add(c.quote()));
        file.rejected().forEach(r -> quotes.add(r.claim().quote()));
        List<ArticleNumbers.Found> missing = ArticleNumbers.uncovered(text, quotes);
        String articleId = file.article().id();
        int next = 1;
        for (factcheck.model.Claim c : file.claims()) {
            next = Math.max(next, numberAfter(c.id(), articleId) + 1);
        }
        for (factcheck.claims.ArticleClaims.Rejected r : file.rejected()) {
            next = Math.max(next, numberAfter(r.claim().id(), articleId) + 1);
        }
        if (missing.isEmpty()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(Shown.terminal(merge + ": every number of the article is quoted by a claim; nothing to add"));
            out.flush();
            return ExitCodes.OK;
        }
        StringBuilder add = new StringBuilder(source.endsWith("\n") ? "" : "\n");
        add.append("\n  # Added by factcheck extract --merge: numbers no claim quoted yet.\n");
        add.append(stubs(articleId, missing, rules, next));
        try {
            Files.writeString(merge, add.toString(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            err.println(Shown.terminal(merge + ": error: cannot write the claims file: " + e.getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Shown.terminal(merge + ": added " + Pipeline.count(missing.size(), "claim")
                + " for numbers no claim quoted"));
        out.flush();
        return ExitCodes.OK;
    }

    /** The number in an id like "article-7", or 0. */
    private static int numberAfter(String id, String articleId) {
        String prefix = articleId + "-";
        return id.startsWith(prefix) && id.substring(prefix.length()).matches("\\d{1,6}")
                ? Integer.parseInt(id.substring(prefix.length())) : 0;
    }

    /** The first line, when it reads as a headline: short, and not ending like a sentence. */
    static String title(String text, String fallback) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        return !first.isEmpty() && first.length() <= 120 && !first.matches(".*[.!?\"”]$") ? first : fallback;
    }

    static String claimsFile(String articleId, String title, String textPath, List<ArticleNumbers.Found> numbers,
                             RuleSet rules) {
        StringBuilder y = new StringBuilder();
        y.append("# Claims of \"").append(Shown.terminal(title.replace("\"", "'")))
                .append("\", one per number in its text, as")
                .append(" proposed by\n# factcheck extract. For each claim: check its kind, give the figures it rests")
                .append(" on (with their\n# sources) under 'figures', and remove what is not a claim. The format is")
                .append(" in the README.\n\n");
        y.append("article:\n");
        y.append("  id: ").append(scalar(articleId)).append('\n');
        y.append("  title: ").append(scalar(title)).append('\n');
        y.append("  published: # the date it was published, like 2023-07-19\n");
        y.append("  text: ").append(scalar(textPath)).append("\n\n");
        y.append("figures: []\n");
        y.append("  # - id: some-figure\n  #   value: 26,470\n  #   source: who published it, and when\n  #   url: ...\n\n");
        y.append("claims:");
        if (numbers.isEmpty()) {
            y.append(" []   # the text states no number\n");
            return y.toString();
        }
        y.append('\n');
        y.append(stubs(articleId, numbers, rules, 1));
        return y.toString();
    }

    /** One claim stub per number, numbered from {@code first}, each after a comment with where it is. */
    static String stubs(String articleId, List<ArticleNumbers.Found> numbers, RuleSet rules, int first) {
        StringBuilder y = new StringBuilder();
        int n = first - 1;
        for (ArticleNumbers.Found f : numbers) {
            n++;
            List<String> roles = rules.roles(f.kind());
            y.append("  # line ").append(f.line()).append(", column ").append(f.column()).append(": ")
                    .append(Shown.terminal(f.text().replaceAll("\\s+", " "))).append('\n');
            y.append("  - id: ").append(scalar(articleId + "-" + n)).append('\n');
            y.append("    quote: ").append(scalar(f.quote().replaceAll("\\s+", " "))).append('\n');
            y.append("    kind: ").append(f.kind()).append('\n');
            y.append("    stated: ").append(scalar(f.text().replaceAll("\\s+", " "))).append('\n');
            if (f.qualifier() != null) {
                y.append("    qualifier: ").append(f.qualifier()).append('\n');
            }
            y.append("    figures: {}   # ").append(roles.isEmpty() ? "the figures it rests on, by role"
                    : "a " + f.kind() + " claim takes: " + String.join(", ", roles)).append('\n');
        }
        return y.toString();
    }

    /**
     * A YAML scalar, quoted when plain would not read back as the same text; in quotes, hidden
     * characters (controls, line breaks, bidi overrides) are YAML escapes, the same ones the
     * reports show ({@link Shown#mark}).
     */
    static String scalar(String s) {
        // Plain when YAML reads it back as the same text: no indicator first, no ": " or " #" inside.
        boolean plain = !s.isEmpty() && s.matches("[A-Za-z0-9$€£(“][^\"\\\\]*") && !s.contains(": ") && !s.contains(" #")
                && !s.endsWith(":") && !s.endsWith(" ") && !s.matches("(?i)true|false|null|yes|no|on|off")
                && s.chars().noneMatch(Shown::hidden);
        if (plain) {
            return s;
        }
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            q.append(c == '\\' ? "\\\\" : c == '"' ? "\\\"" : Shown.hidden(c) ? Shown.mark(c) : String.valueOf(c));
        }
        return q.append('"').toString();
    }
}

package factcheck.claims;

import factcheck.model.Amount;
import factcheck.model.Article;
import factcheck.model.Caveat;
import factcheck.model.Claim;
import factcheck.model.DateSpan;
import factcheck.model.Dated;
import factcheck.model.Diagnostic;
import factcheck.model.EditorVerdict;
import factcheck.model.Figure;
import factcheck.model.Location;
import factcheck.model.Operand;
import factcheck.model.Verdict;
import factcheck.util.DidYouMean;
import factcheck.util.Excerpt;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads claims files (YAML, one per article) and checks them, collecting every error with its
 * file and line instead of stopping at the first. A claim with an error is left out and
 * reported; the file's other claims are still checked. The format is described in the README.
 */
public final class ClaimsLoader {

    /** A comma between digits that groups thousands: "12,500" (not "390000,900000"). */
    private static final Pattern THOUSANDS_GROUP = Pattern.compile("(?<!\\d)\\d{1,3},\\d{3}(?!\\d)");
    private static final Set<String> TOP_FIELDS = Set.of("article", "figures", "claims", "left-out");
    private static final Set<String> LEFT_OUT_FIELDS = Set.of("number", "reason");
    private static final Set<String> ARTICLE_FIELDS = Set.of("id", "title", "outlet", "url", "published", "text");
    private static final Set<String> FIGURE_FIELDS = Set.of("id", "value", "range", "text", "values", "unit",
            "source", "url", "as-of", "note", "sum", "difference", "mean", "per", "share", "change");
    private static final Set<String> CLAIM_FIELDS = Set.of("id", "quote", "speaker", "speaker-title", "kind",
            "stated", "precision", "qualifier", "unit", "figures", "expect", "note", "verdict", "rationale", "caveat");
    private static final Set<String> CAVEAT_FIELDS = Set.of("reason", "at-most");
    /**
     * Kinds whose 'stated' is words, not a number: "Los Gatos", "the second-largest", "rose every year
     * since 2019", "last week", as the rule files declare them ({@code new Kind("date", true)}). Their
     * 'stated' is kept as written, and no number is read from the quote for them; their rule files
     * read the words.
     */
    private final Set<String> wordKinds;
    /** The role of the figures an editor's verdict rests on, when they are given as a plain list. */
    public static final String BASIS = "basis";

    /**
     * Ids already taken, so ids are unique in a run: the run's own when a file is read in input
     * order against them, or a file's own when it is read on its own (see {@link Ids}).
     */
    private final Map<String, Location> articleIds;
    private final Map<String, Location> claimIds;
    private final List<Diagnostic> errors = new ArrayList<>();
    /** The figures of the run's registers (files with only 'figures:'), usable by every article. */
    private final Map<String, FigureBook.Def> register;
    private final Set<String> brokenRegister;

    private final Options options;
    /** For each claims file found in a directory named, that directory: its texts may be read from all of it. */
    private final Map<Path, Path> foundUnder;

    /**
     * How far reading goes: the largest file read (a claims file or an article's text), and the
     * directories besides each claims file's own from which article texts may be read.
     *
     * @param maxFileSize the largest file read, in bytes
     * @param textDirs    directories (and everything under them) article texts may also be read from
     */
    public record Options(long maxFileSize, List<Path> textDirs) {
        public static final Options DEFAULT = new Options(TextFiles.DEFAULT_LIMIT, List.of());

        public Options {
            textDirs = List.copyOf(textDirs);
        }
    }

    /**
     * How deep a YAML value may nest. A claims file needs five levels or so; the parser recurses
     * once per level, so a file of thousands of brackets would overflow the stack.
     */
    static final int MAX_DEPTH = 64;

    private ClaimsLoader(Set<String> wordKinds, Options options) {
        this.wordKinds = Set.copyOf(wordKinds);
        this.options = options;
        this.articleIds = new HashMap<>();
        this.claimIds = new HashMap<>();
        this.register = new LinkedHashMap<>();
        this.brokenRegister = new java.util.HashSet<>();
        this.foundUnder = new HashMap<>();
    }

    /**
     * A reader of one article file of {@code run}: it shares the run's registers and settings (read
     * only, once the registers are read), keeps errors of its own, and checks ids against these.
     */
    private ClaimsLoader(ClaimsLoader run, Map<String, Location> articleIds, Map<String, Location> claimIds) {
        this.wordKinds = run.wordKinds;
        this.options = run.options;
        this.articleIds = articleIds;
        this.claimIds = claimIds;
        this.register = run.register;
        this.brokenRegister = run.brokenRegister;
        this.foundUnder = run.foundUnder;
    }

    /**
     * Reads every claims file named, or found (*.yaml, *.yml, sorted by name) under each
     * directory named.
     */
    public static ClaimsSet load(List<Path> paths) {
        return load(paths, Set.of());
    }

    /**
     * Reads the claims files, keeping the 'stated' of claims of {@code wordKinds} as words (see
     * {@code RuleSet.wordKinds()}).
     */
    public static ClaimsSet load(List<Path> paths, Set<String> wordKinds) {
        return load(paths, wordKinds, Options.DEFAULT);
    }

    /** Reads the claims files as {@link #load(List, Set)} does, within {@code options}. */
    public static ClaimsSet load(List<Path> paths, Set<String> wordKinds, Options options) {
        Reading reading = open(paths, wordKinds, options);
        Ids ids = new Ids();
        java.util.Set<Diagnostic> errors = new java.util.LinkedHashSet<>(reading.errors());
        List<ArticleClaims> articles = new ArrayList<>();
        for (Path file : reading.articleFiles()) {
            Read read = ids.admit(reading, reading.read(file));
            errors.addAll(read.errors());
            if (read.article() != null) {
                articles.add(read.article());
            }
        }
        return new ClaimsSet(articles, List.copyOf(errors));
    }

    /**
     * Lists the claims files named, or found under the directories named, and reads the registers
     * among them: what every article may use. The articles are then read one by one with
     * {@link Reading#read}, on any thread, and admitted in input order with {@link Ids#admit}.
     */
    public static Reading open(List<Path> paths, Set<String> wordKinds, Options options) {
        ClaimsLoader loader = new ClaimsLoader(wordKinds, options);
        List<Path> articles = new ArrayList<>();
        List<Parsed> registers = new ArrayList<>();
        for (Path file : loader.claimsFiles(paths)) {
            if (RegisterScan.isRegister(file, options.maxFileSize())) {
                Parsed p = loader.parse(file);
                if (p != null && p.register()) {
                    registers.add(p);
                } else if (p != null) {
                    // The quick look and the parser disagree (they should not): read it as an article.
                    articles.add(file);
                }
            } else {
                articles.add(file);
            }
        }
        // Registers first, so that any article can use their figures whatever the file order.
        for (Parsed p : registers) {
            loader.new FileReader(p.file(), p.source()).readRegister(p.root());
        }
        // A register's computed figures are computed from register figures only, and checked once here.
        FigureBook shared = new FigureBook(loader.register, loader.brokenRegister, null, null,
                (where, message) -> loader.error(Path.of(where.file()), where.line(), message));
        for (FigureBook.Def d : loader.register.values()) {
            if (d.op() != null && !shared.resolve(d.id()).ok()) {
                loader.brokenRegister.add(d.id());
            }
        }
        return new Reading(loader, List.copyOf(articles), List.copyOf(loader.errors));
    }

    /**
     * The claims files of a run, listed, with its registers read: the errors found so far, and the
     * article files to read, in input order.
     */
    public static final class Reading {
        private final ClaimsLoader run;
        private final List<Path> articleFiles;
        private final List<Diagnostic> errors;

        private Reading(ClaimsLoader run, List<Path> articleFiles, List<Diagnostic> errors) {
            this.run = run;
            this.articleFiles = articleFiles;
            this.errors = errors;
        }

        /** The files to read as articles, in input order. */
        public List<Path> articleFiles() {
            return articleFiles;
        }

        /** Errors in listing the files and in the registers. */
        public List<Diagnostic> errors() {
            return errors;
        }

        /**
         * Reads one article file on its own: safe on any thread, as it only reads what the run
         * shares. Its ids are checked within the file; {@link Ids#admit} checks them across the run.
         */
        public Read read(Path file) {
            return read(file, new LinkedHashMap<>(), new LinkedHashMap<>());
        }

        private Read read(Path file, Map<String, Location> articleIds, Map<String, Location> claimIds) {
            ClaimsLoader reader = new ClaimsLoader(run, articleIds, claimIds);
            Parsed p = reader.parse(file);
            ArticleClaims article = null;
            if (p != null && p.register()) {
                // Only when the file changed since it was listed: a register met late has no article to check.
                reader.error(file, 0, "holds only 'figures:' (a register), but was read as an article:"
                        + " the file changed during the run; check again");
            } else if (p != null) {
                try {
                    article = reader.new FileReader(p.file(), p.source()).read(p.root());
                } catch (StackOverflowError e) {
                    // A last resort: one file that nests past the stack is its own error, not the run's end.
                    reader.error(p.file(), 0, "too deeply nested to read; a claims file needs only a few levels of"
                            + " nesting, and a computed figure only a few steps");
                }
            }
            return new Read(file, article, List.copyOf(reader.errors), articleIds, claimIds);
        }
    }

    /**
     * One article file read: its article (null when it has none to check), its errors, and the
     * article and claim ids it took, with where, in the order it took them.
     */
    public record Read(Path file, ArticleClaims article, List<Diagnostic> errors,
                       Map<String, Location> articleIds, Map<String, Location> claimIds) {
    }

    /**
     * The ids taken so far in a run. Files are read on their own, perhaps in parallel; admitted in
     * input order, a file whose ids no earlier file took is kept as read, and one that uses an
     * earlier file's id is read again against the run's ids, exactly as reading every file in turn
     * would: the first file to take an id keeps it, whatever the threads did.
     */
    public static final class Ids {
        private final Map<String, Location> articleIds = new HashMap<>();
        private final Map<String, Location> claimIds = new HashMap<>();

        /** {@code read}, or the file read again when an earlier file took one of its ids. */
        public Read admit(Reading reading, Read read) {
            boolean clash = read.articleIds().keySet().stream().anyMatch(articleIds::containsKey)
                    || read.claimIds().keySet().stream().anyMatch(claimIds::containsKey);
            if (clash) {
                return reading.read(read.file(), articleIds, claimIds);
            }
            read.articleIds().forEach(articleIds::putIfAbsent);
            read.claimIds().forEach(claimIds::putIfAbsent);
            return read;
        }
    }

    /** A file read as YAML. A register holds figures only: no 'article', no 'claims'. */
    private record Parsed(Path file, String source, Node root) {
        boolean register() {
            if (!(root instanceof MappingNode map)) {
                return false;
            }
            Set<String> keys = map.getValue().stream().map(t -> t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "")
                    .collect(Collectors.toSet());
            return keys.contains("figures") && !keys.contains("article") && !keys.contains("claims");
        }
    }

    private List<Path> claimsFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    // Every *.yaml that is not a directory: a pipe, a device or a link to nothing among
                    // them is read, and so reported, rather than passed over in silence.
                    List<Path> found = walk.filter(p -> !Files.isDirectory(p))
                            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted().toList();
                    if (found.isEmpty()) {
                        error(path, 0, "no claims files (*.yaml) in this directory");
                    }
                    files.addAll(found);
                    found.forEach(f -> foundUnder.putIfAbsent(f, path));
                } catch (IOException | java.io.UncheckedIOException e) {
                    error(path, 0, "cannot list the directory: " + e.getMessage());
                }
            } else if (Files.exists(path)) {
                // Not a directory: read as a file, which says what is wrong if it is a pipe or a device.
                files.add(path);
            } else {
                error(path, 0, "no such file or directory");
            }
        }
        // A file named twice (directly and through its directory) is read once.
        java.util.Set<Path> seen = new java.util.HashSet<>();
        return files.stream().filter(f -> seen.add(f.toAbsolutePath().normalize())).toList();
    }

    private Parsed parse(Path file) {
        TextFiles.Read read = TextFiles.read(file, options.maxFileSize());
        if (!read.ok()) {
            errors.add(read.error());
            return null;
        }
        String source = read.text();
        int[] longest = longestLine(source);
        if (longest[1] > MAX_LINE) {
            // The YAML parser takes time in the square of a line's length: 4 million characters take seconds.
            error(file, longest[0], "the line is " + longest[1] + " characters long, over the " + MAX_LINE + " a line of"
                    + " a claims file may be; break a long value over several lines (YAML folds them into one)");
            return null;
        }
        Node root;
        try {
            // The file is within the size limit, so within the same number of code points: the
            // parser's own limit (3 MB by default, and undocumented) never decides.
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString())
                    .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxFileSize() + 1))
                    // The whole text in one buffer: the parser's reader fails on a character outside the
                    // Basic Multilingual Plane (an emoji) that straddles the end of its 1,024-character buffer.
                    .setBufferSize((int) Math.min(Integer.MAX_VALUE - 1, (long) source.length() + 1)).build();
            Composer composer = new Composer(settings, new DepthLimit(new ParserImpl(settings,
                    new StreamReader(settings, source))));
            // A stream of documents ('---' between them) is one mistake, not several files.
            root = composer.getSingleNode().orElse(null);
        } catch (TooDeep e) {
            error(file, e.line, "a value nested more than " + MAX_DEPTH + " levels deep; a claims file needs only a"
                    + " few levels: is a bracket '[' or '{' not closed, or closed too late?");
            return null;
        } catch (MarkedYamlEngineException e) {
            yamlError(file, e);
            return null;
        } catch (YamlEngineException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.startsWith("Number of aliases")) {
                // The parser says how many, not where: the alias past the limit is the place to look.
                error(file, aliasLine(source, MAX_ALIASES + 1), "more than " + MAX_ALIASES + " aliases (*name) of"
                        + " lists or maps, which would expand the file many times over; write the values out instead");
                return null;
            }
            error(file, 0, "not valid YAML: " + message);
            return null;
        } catch (RuntimeException e) {
            // The parser's own failure on some text: still this file's error, not the run's end.
            error(file, 0, "cannot read the file as YAML (" + e.getClass().getSimpleName() + "); check its"
                    + " indentation and quotes, or save it again as UTF-8 text");
            return null;
        } catch (StackOverflowError e) {
            // A last resort: whatever nests past the stack is one file's error, not the run's end.
            error(file, 0, "too deeply nested to read; a claims file needs only a few levels of nesting");
            return null;
        }
        return new Parsed(file, source, root);
    }

    /** The aliases of lists or maps a file may hold: the YAML parser's own default. */
    static final int MAX_ALIASES = 50;

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final java.util.regex.Pattern ALIAS = java.util.regex.Pattern.compile("(?<![\\w&*'\"])\\*[\\w-]+");

    /** The line of the n-th alias in {@code source} (a rough scan: quoted text is not told apart), or 0. */
    static int aliasLine(String source, int n) {
        java.util.regex.Matcher m = ALIAS.matcher(source);
        for (int seen = 0; m.find(); ) {
            if (++seen == n) {
                int line = 1;
                for (int i = 0; i < m.start(); i++) {
                    if (source.charAt(i) == '\n') {
                        line++;
                    }
                }
                return line;
            }
        }
        return 0;
    }

    /** The longest quote, in characters: a few sentences. */
    static final int MAX_QUOTE = 2000;

    /** The longest id of an article, a figure or a claim, in characters. */
    static final int MAX_ID = 100;

    /** The longest line a claims file may have, in characters. */
    static final int MAX_LINE = 1_000_000;

    /** The longest line of {@code text}: its number and its length. */
    private static int[] longestLine(String text) {
        int line = 1;
        int at = 0;
        int[] longest = {0, 0};
        while (at <= text.length()) {
            int end = text.indexOf('\n', at);
            int to = end < 0 ? text.length() : end;
            if (to - at > longest[1]) {
                longest[0] = line;
                longest[1] = to - at;
            }
            if (end < 0) {
                break;
            }
            at = end + 1;
            line++;
        }
        return longest;
    }

    /** Thrown by {@link DepthLimit}: a value nests too deep, starting at this line. */
    private static final class TooDeep extends RuntimeException {
        final int line;

        TooDeep(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    /** The parser's events, refused past {@link #MAX_DEPTH} levels of nesting, before the composer recurses. */
    private static final class DepthLimit implements Parser {
        private final Parser parser;
        private int depth;

        DepthLimit(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event e = parser.next();
            switch (e.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new TooDeep(e.getStartMark().map(m -> m.getLine() + 1).orElse(0));
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> {
                }
            }
            return e;
        }
    }

    /** Reads one file's node tree; every method records its errors and carries on. */
    private final class FileReader {
        private final Path file;
        private final String name;
        /** Figures defined with errors: a claim naming one is told so, not that it is unknown. */
        private final Set<String> brokenFigures = new java.util.HashSet<>();
        /**
         * An error in the article that stops every claim from being checked (its text cannot be
         * read, its id is taken); the claims are still listed, each with this error.
         */
        private Diagnostic unchecked;

        /** What a negated qualifier means: "not more than" is "at most", "no fewer than" "at least". */
        private String opposite(String negated) {
            String q = negated.replaceFirst("^(not|no|never) ", "");
            return switch (q) {
                case "more than", "over", "above", "higher than", "greater than" -> "at most";
                case "less than", "fewer than", "under", "below", "lower than" -> "at least";
                default -> "say it in the table's words";
            };
        }

        /** The number of the claim being read, as its quote gives it with a qualifier ("over 60%"); else null. */
        private Quantities.Found quoted;
        /** The file's text, to read a flow list as written: "[390,000, 900,000]". */
        private final String source;

        FileReader(Path file, String source) {
            this.file = file;
            this.name = file.toString();
            this.source = source;
        }

        ArticleClaims read(Node root) {
            if (!(root instanceof MappingNode)) {
                error(file, root == null ? 0 : line(root), (root == null ? "the file is empty (or only comments); "
                        : "") + "a claims file is a mapping with 'article', 'figures' and 'claims'; see the README");
                return null;
            }
            Map<String, NodeTuple> top = fields(root, TOP_FIELDS, "the file");
            Article article = readArticle(top.get("article"), root);
            Map<String, FigureBook.Def> own = readFigures(top.get("figures"), false);
            if (article == null) {
                return null;
            }
            Map<String, FigureBook.Def> defs = new LinkedHashMap<>(register);
            for (FigureBook.Def d : own.values()) {
                FigureBook.Def shared = register.get(d.id());
                if (shared != null) {
                    error(file, d.where().line(), "figure '" + d.id() + "': id is already used by the register at "
                            + shared.where() + "; figure ids are unique across a run: use that figure by its id, or"
                            + " rename this one");
                    // Neither is taken: a claim naming it is told, not checked against the wrong one.
                    brokenFigures.add(d.id());
                } else {
                    defs.put(d.id(), d);
                }
            }
            Set<String> broken = new java.util.HashSet<>(brokenFigures);
            broken.addAll(brokenRegister);
            FigureBook figures = new FigureBook(defs, broken, article.id(), article.publishedDate(),
                    (where, message) -> error(Path.of(where.file()), where.line(), message));
            List<Claim> claims = new ArrayList<>();
            List<ArticleClaims.Rejected> rejected = new ArrayList<>();
            List<Operand> operands = new ArrayList<>();
            NodeTuple claimsField = top.get("claims");
            if (claimsField == null) {
                error(file, line(root), "missing 'claims': list the article's claims under 'claims:'");
            } else if (!(claimsField.getValueNode() instanceof SequenceNode list)) {
                error(file, line(claimsField.getValueNode()), "'claims' must be a list of claims (items start with '- ')");
            } else {
                for (Node item : list.getValue()) {
                    int before = errors.size();
                    Claim claim = readClaim(item, article, figures);
                    List<Diagnostic> found = List.copyOf(errors.subList(before, errors.size()));
                    if (claim != null && unchecked != null) {
                        List<Diagnostic> why = new ArrayList<>(found);
                        why.add(unchecked);
                        rejected.add(new ArticleClaims.Rejected(claim, why));
                    } else if (claim != null && found.isEmpty()) {
                        claims.add(claim);
                        claim.figures().forEach((role, ids) -> {
                            for (int i = 0; i < ids.size(); i++) {
                                Figure figure = figures.resolve(ids.get(i)).figure();
                                operands.add(new Operand(claim.id(), role, figure,
                                        claim.fieldLines().containsKey("figures." + role + "[]") ? i + 1 : 0));
                            }
                        });
                    } else if (claim != null) {
                        rejected.add(new ArticleClaims.Rejected(claim, found));
                    }
                }
            }
            return new ArticleClaims(name, article, figures.figures(), claims, operands, rejected,
                    leftOut(top.get("left-out"), article));
        }

        /** The numbers the file leaves unchecked on purpose: 'left-out', each a number of the text and why. */
        private List<ArticleClaims.LeftOut> leftOut(NodeTuple field, Article article) {
            List<ArticleClaims.LeftOut> out = new ArrayList<>();
            if (field == null) {
                return out;
            }
            if (!(field.getValueNode() instanceof SequenceNode list)) {
                error(file, line(field.getValueNode()), "'left-out' must be a list of numbers, each with its"
                        + " 'number' and 'reason'");
                return out;
            }
            List<String> numbers = ArticleNumbers.find(article.text()).stream()
                    .map(f -> SPACES.matcher(f.text()).replaceAll(" ")).toList();
            // Looked up in a set: a list searched for each entry takes the entries times the numbers.
            Set<String> isNumber = new java.util.HashSet<>(numbers);
            for (Node item : list.getValue()) {
                Map<String, NodeTuple> f = fields(item, LEFT_OUT_FIELDS, "left-out");
                if (f == null) {
                    continue;
                }
                String number = required(f, item, "number", "left-out");
                String reason = required(f, item, "reason", "left-out");
                if (number != null && !isNumber.contains(number.strip())) {
                    error(file, line(f.get("number").getValueNode()), "left-out: '" + shortened(number) + "' is not a"
                            + " number of the article's text" + DidYouMean.hint(number.strip(), numbers)
                            + " (its numbers: " + DidYouMean.some(numbers) + ")");
                } else if (number != null && reason != null) {
                    out.add(new ArticleClaims.LeftOut(number.strip(), reason.strip(), line(item)));
                }
            }
            return out;
        }

        /** A register: figures only, which every article of the run can use by id. */
        void readRegister(Node root) {
            Map<String, NodeTuple> top = fields(root, TOP_FIELDS, "the file");
            Map<String, FigureBook.Def> own = readFigures(top.get("figures"), true);
            for (FigureBook.Def d : own.values()) {
                FigureBook.Def seen = register.putIfAbsent(d.id(), d);
                if (seen != null) {
                    error(file, d.where().line(), "figure '" + d.id() + "': id is already used at " + seen.where()
                            + "; figure ids are unique across the registers of a run");
                }
            }
            brokenRegister.addAll(brokenFigures);
        }

        private Article readArticle(NodeTuple field, Node root) {
            if (field == null) {
                error(file, line(root), "missing 'article': give the article's id, title and text");
                return null;
            }
            Node node = field.getValueNode();
            Map<String, NodeTuple> f = fields(node, ARTICLE_FIELDS, "article");
            if (f == null) {
                return null;
            }
            String id = id(f, node, "article");
            String title = optional(f, "title");
            String textPath = required(f, node, "text", "article");
            String text = null;
            if (textPath != null) {
                String problem = null;
                Path textFile = null;
                try {
                    textFile = file.toAbsolutePath().getParent().resolve(textPath);
                } catch (java.nio.file.InvalidPathException e) {
                    problem = "'" + shortened(textPath) + "' is not a path";
                }
                if (problem == null) {
                    problem = outsideTextDirs(textPath, textFile);
                }
                if (problem == null) {
                    TextFiles.Read read = TextFiles.read(textFile, options.maxFileSize());
                    if (read.ok()) {
                        text = read.text();
                    } else if (read.error().line() > 0 || read.error().message().contains(TextFiles.LIMIT_OPTION)) {
                        // Where in the text it is wrong: the text's own line.
                        Path shown = file.getParent() == null ? Path.of(textPath) : file.getParent().resolve(textPath);
                        errors.add(new Diagnostic(shown.toString(), read.error().line(), read.error().column(),
                                read.error().message()));
                        problem = "cannot read '" + shortened(textPath) + "' (see the error for that file)";
                    } else {
                        String why = read.error().message();
                        problem = "cannot read '" + shortened(textPath) + "' (relative to this file)"
                                + (why.equals("no such file") ? "" : ": " + why) + "; give the path of the article's text";
                    }
                }
                if (problem != null) {
                    error(file, line(f.get("text").getValueNode()), "article: field 'text': " + problem);
                    unchecked = errors.get(errors.size() - 1);
                    text = "";
                }
            }
            if (id != null) {
                Location where = new Location(name, line(node));
                Location seen = articleIds.putIfAbsent(id, where);
                if (seen != null) {
                    error(file, line(f.get("id").getValueNode()),
                            "article: id '" + id + "' is already used at " + seen + "; article ids must be unique");
                    unchecked = errors.get(errors.size() - 1);
                }
            }
            String published = optional(f, "published");
            if (published != null && DateSpan.parse(published) == null) {
                error(file, line(f.get("published").getValueNode()), "article: field 'published': '" + shortened(published)
                        + "' is not a date; write it as " + DateSpan.FORMS + ", as exact as known");
                published = null;
            }
            if (id == null || text == null) {
                return null;
            }
            return new Article(id, title == null ? id : title, optional(f, "outlet"), optional(f, "url"),
                    published, textPath, text);
        }

        /**
         * Why an article's text may not be read from {@code textFile}, or null when it may: a text is
         * read only from under the claims file's directory (or the directory it was found in), or
         * under a --text-dir, with links resolved, so that a claims file cannot show any file of the
         * machine in a report.
         */
        private String outsideTextDirs(String written, Path textFile) {
            List<Path> roots = new ArrayList<>();
            roots.add(file.toAbsolutePath().getParent());
            if (foundUnder.containsKey(file)) {
                roots.add(foundUnder.get(file));
            }
            roots.addAll(options.textDirs());
            Path real = TextFiles.real(textFile);
            for (Path root : roots) {
                if (real.startsWith(TextFiles.real(root))) {
                    return null;
                }
            }
            return "'" + shortened(written) + "' is outside the claims file's directory; an article's text is read only"
                    + " from that directory and below it, or from under a directory given with --text-dir DIR";
        }

        private Map<String, FigureBook.Def> readFigures(NodeTuple field, boolean inRegister) {
            Map<String, FigureBook.Def> figures = new LinkedHashMap<>();
            if (field == null) {
                return figures;
            }
            if (!(field.getValueNode() instanceof SequenceNode list)) {
                error(file, line(field.getValueNode()), "'figures' must be a list of figures (items start with '- ')");
                return figures;
            }
            for (Node item : list.getValue()) {
                Map<String, NodeTuple> f = fields(item, FIGURE_FIELDS, "figure");
                if (f == null) {
                    continue;
                }
                String id = id(f, item, "figure");
                String what = id == null ? "figure" : "figure '" + id + "'";
                if (id != null && figures.containsKey(id)) {
                    error(file, line(f.get("id").getValueNode()), what + ": id is already used at "
                            + figures.get(id).where() + "; figure ids must be unique in a file");
                    continue;
                }
                if (id != null && id.contains("@")) {
                    error(file, line(f.get("id").getValueNode()), what + ": an id cannot contain '@', which picks a"
                            + " value of a figure over time ('threshold@2024')");
                    continue;
                }
                int before = errors.size();
                FigureBook.Def def = figure(f, item, id, what, inRegister);
                if (def == null || errors.size() > before) {
                    if (id != null) {
                        brokenFigures.add(id);
                    }
                    continue;
                }
                figures.put(id, def);
            }
            return figures;
        }

        /** One figure's definition: a value, range or text; values over time; or an operation on others. */
        private FigureBook.Def figure(Map<String, NodeTuple> f, Node item, String id, String what, boolean inRegister) {
            Location where = new Location(name, line(item));
            List<String> ops = Derivation.OPERATIONS.stream().filter(f::containsKey).toList();
            List<String> values = Stream.of("value", "range", "text", "values").filter(f::containsKey).toList();
            String asOf = optional(f, "as-of");
            if (asOf != null && DateSpan.parse(asOf) == null) {
                error(file, line(f.get("as-of").getValueNode()), what + ": field 'as-of': '" + shortened(asOf)
                        + "' is not a date; write it as " + DateSpan.FORMS + ", as exact as the source is");
            }
            if (!ops.isEmpty()) {
                if (ops.size() > 1 || !values.isEmpty()) {
                    List<String> given = new ArrayList<>(values);
                    given.addAll(ops);
                    error(file, line(item), what + ": a figure is a value or computed from others, once; found "
                            + String.join(", ", given));
                    return null;
                }
                for (String carried : List.of("source", "unit", "url")) {
                    if (f.containsKey(carried)) {
                        error(file, line(f.get(carried).getKeyNode()), what + ": field '" + carried + "': a computed"
                                + " figure's " + (carried.equals("unit") ? "unit comes" : "sources come") + " from the"
                                + " figures it is computed from; remove it");
                    }
                }
                String op = ops.get(0);
                Node node = f.get(op).getValueNode();
                if (!(node instanceof SequenceNode seq)) {
                    error(file, line(node), what + ": field '" + op + "' takes " + Derivation.takes(op));
                    return null;
                }
                List<FigureBook.Ref> inputs = new ArrayList<>();
                for (Node n : seq.getValue()) {
                    String ref = scalar(n, what, op);
                    if (ref != null && !ref.isBlank()) {
                        inputs.add(new FigureBook.Ref(ref.strip(), line(n)));
                    }
                }
                int arity = Derivation.arity(op);
                if (inputs.isEmpty() || arity > 0 && inputs.size() != arity) {
                    error(file, line(node), what + ": field '" + op + "' " + (inputs.isEmpty() ? "lists no figures"
                            : "lists " + inputs.size() + (inputs.size() == 1 ? " figure" : " figures")) + "; it takes "
                            + Derivation.takes(op));
                    return null;
                }
                Set<String> seen = new java.util.HashSet<>();
                for (FigureBook.Ref in : inputs) {
                    if (in.text().equals(id) || in.text().startsWith(id + "@")) {
                        error(file, in.line(), what + ": field '" + op + "': a figure cannot be computed from itself");
                        return null;
                    }
                    if (!seen.add(in.text())) {
                        // "sum: [a, a]" counts a twice: most likely a slip for another figure.
                        error(file, in.line(), what + ": field '" + op + "': figure '" + shortened(in.text()) + "' is listed twice");
                        return null;
                    }
                }
                return new FigureBook.Def(id, where, null, List.of(), op, inputs, null, null, null, asOf,
                        optional(f, "note"), inRegister);
            }
            Quantities.UnitSpec unit = unitSpec(f, what);
            String source = required(f, item, "source", what);
            if (f.containsKey("values")) {
                if (values.size() > 1) {
                    error(file, line(item), what + ": give exactly one of 'value', 'range', 'text' or 'values' (found "
                            + String.join(", ", values) + ")");
                    return null;
                }
                if (asOf != null) {
                    error(file, line(f.get("as-of").getKeyNode()), what + ": field 'as-of': each of 'values' has its"
                            + " own date; remove 'as-of'");
                }
                List<Dated> series = unit == null ? null : series(f.get("values").getValueNode(), what, unit);
                if (series == null || id == null || source == null) {
                    return null;
                }
                return new FigureBook.Def(id, where, null, series, null, List.of(), optional(f, "unit"), source,
                        optional(f, "url"), null, optional(f, "note"), inRegister);
            }
            Amount amount = unit == null ? null : amount(f, item, what, "value", unit);
            if (id == null || amount == null || source == null) {
                return null;
            }
            return new FigureBook.Def(id, where, amount, List.of(), null, List.of(), optional(f, "unit"), source,
                    optional(f, "url"), asOf, optional(f, "note"), inRegister);
        }

        /** A figure's 'values': dates, each with the value in force from then. */
        private List<Dated> series(Node node, String what, Quantities.UnitSpec unit) {
            if (!(node instanceof MappingNode map) || map.getValue().isEmpty()) {
                error(file, line(node), what + ": field 'values' gives each date with its value, like"
                        + " '2023: 26,470' on its own line");
                return null;
            }
            List<Dated> series = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                String date = scalar(t.getKeyNode(), what, "values");
                if (date == null) {
                    continue;
                }
                DateSpan span = DateSpan.parse(date);
                if (span == null) {
                    error(file, line(t.getKeyNode()), what + ": field 'values': '" + shortened(date) + "' is not a date;"
                            + " write it as " + DateSpan.FORMS);
                    continue;
                }
                Integer first = seen.putIfAbsent(span.first() + "/" + span.last(), line(t.getKeyNode()));
                if (first != null) {
                    error(file, line(t.getKeyNode()), what + ": field 'values': " + date + " is given twice (first at"
                            + " line " + first + ")");
                    continue;
                }
                Map<String, NodeTuple> one = new LinkedHashMap<>();
                one.put("values." + date, t);
                Amount amount = amount(one, t.getKeyNode(), what, "values." + date, unit);
                if (amount != null && !amount.numeric()) {
                    error(file, line(t.getValueNode()), what + ": field 'values." + date + "' is a number or a range;"
                            + " a figure over time is a number at each date");
                    continue;
                }
                if (amount != null) {
                    series.add(new Dated(span, amount));
                }
            }
            series.sort(java.util.Comparator.comparing(Dated::date));
            return series.isEmpty() ? null : series;
        }

        /**
         * Reads a claim. Returns it even when it has errors (as far as it could be read), so the
         * caller can list it as rejected; returns null only when it has no usable id.
         */
        private Claim readClaim(Node item, Article article, FigureBook figures) {
            String early = idOf(item);
            Map<String, NodeTuple> f = fields(item, CLAIM_FIELDS, early == null ? "claim" : "claim '" + shortened(early) + "'");
            if (f == null) {
                return null;
            }
            String id = id(f, item, "claim");
            String what = id == null ? "claim" : "claim '" + id + "'";
            String quote = required(f, item, "quote", what);
            if (quote != null && quote.length() > MAX_QUOTE) {
                // Every number of a quote is read: a quote of a whole text would take minutes.
                error(file, line(f.get("quote").getValueNode()), what + ": field 'quote' is " + quote.length()
                        + " characters long; quote the sentence that makes the claim, in under " + MAX_QUOTE
                        + " characters");
                quote = null;
            }
            boolean editorial = f.containsKey("verdict") || f.containsKey("rationale");
            String kind = editorial && !f.containsKey("kind") ? "" : required(f, item, "kind", what);
            if (editorial && f.containsKey("kind")) {
                error(file, line(f.get("kind").getKeyNode()), what + ": a claim is decided by the rules of its 'kind' or"
                        + " by an editor's 'verdict', not both; to limit what the rules decide, write a 'caveat'");
            }
            Quantities.UnitSpec unit = unitSpec(f, what);
            boolean words = kind != null && wordKinds.contains(kind.strip()) || editorial;
            Amount stated;
            if (words) {
                // "the second-largest", "three years in a row", "last week": words the kind's rules read.
                String text = f.containsKey("stated") ? scalar(f.get("stated").getValueNode(), what, "stated") : null;
                if (text != null && text.isBlank()) {
                    error(file, line(f.get("stated").getValueNode()), what + ": field 'stated' is empty; give the words"
                            + " the quote uses, or leave the field out");
                    text = null;
                } else if (text != null && text.length() > 200) {
                    error(file, line(f.get("stated").getValueNode()), what + ": field 'stated': '" + shortened(text)
                            + "' is too long; keep it under 200 characters");
                    text = null;
                }
                stated = text == null ? null : Amount.ofText(text.strip());
            } else {
                stated = f.containsKey("stated") && unit != null ? amount(f, item, what, "stated", unit) : null;
            }
            quoted = null;
            if (words) {
                // Nothing to read: the words are the rules' to judge.
            } else if (stated != null && stated.numeric() && quote != null) {
                stated = agreesWithQuote(stated, quote, kind == null ? "" : kind.strip(), f.get("stated").getValueNode(),
                        what, unit);
            } else if (!f.containsKey("stated") && unit != null && quote != null && kind != null) {
                stated = fromQuote(quote, kind.strip(), unit);
                String periodWord = Quantities.periodIn(quote);
                if (stated != null && periodWord != null && stated.unit().period() == null && !stated.unit().isPercent()
                        && !stated.unit().isPoints() && !stated.unit().isTimes()) {
                    error(file, line(item), what + ": the quote says '" + periodWord + "', but the number read from it ('"
                            + stated.written() + "') gives no period; write it in 'stated', like 'stated: "
                            + stated.written() + " a " + Quantities.periodNoun(periodWord) + "'");
                }
            }
            if (f.containsKey("precision")) {
                BigDecimal precision = number(f.get("precision").getValueNode(), what, "precision");
                if (precision != null && precision.signum() <= 0) {
                    error(file, line(f.get("precision").getValueNode()), what + ": field 'precision' must be above zero,"
                            + " like 1 (to the unit) or 0.1 (to the tenth)");
                } else if (precision != null && (precision.doubleValue() < Quantities.MIN
                        || precision.doubleValue() > Quantities.MAX)) {
                    error(file, line(f.get("precision").getValueNode()), what + ": field 'precision': '"
                            + shortened(precision.toPlainString().length() > 30 ? precision.toString()
                            : precision.toPlainString()) + "' is " + Quantities.RANGE);
                } else if (precision != null && stated != null && stated.numeric()) {
                    stated = stated.withPrecision(precision.doubleValue());
                }
            }
            String qualifier = optional(f, "qualifier");
            if (stated != null && stated.implied() != null && (qualifier == null || qualifier.isBlank())
                    && (quoted == null || quoted.qualifier().isEmpty())) {
                // "a majority" is over 50%, unless the claim says otherwise ("nearly a majority").
                qualifier = stated.implied();
            }
            if (stated != null && stated.numeric() && quoted != null && qualifier != null && !qualifier.isBlank()
                    && !quoted.qualifier().equals(qualifier.strip().toLowerCase(Locale.ROOT))
                    && quoted.qualifier().endsWith(" " + qualifier.strip().toLowerCase(Locale.ROOT))) {
                // "not more than 5%" judged as "more than 5%" is the opposite claim.
                error(file, line(f.get("qualifier").getValueNode()), what + ": field 'qualifier': the quote says '"
                        + quoted.qualifier() + " " + quoted.text() + "', not '" + qualifier.strip() + "'; write the"
                        + " qualifier that means what the quote says (" + quoted.qualifier() + ": "
                        + opposite(quoted.qualifier()) + ")");
            }
            if (stated != null && stated.numeric() && quoted != null && (qualifier == null || qualifier.isBlank())) {
                // "Turnout was over 60%" judged as "60%" would call 59.7% true.
                Quantities.Found n = quoted;
                int at = f.containsKey("stated") ? line(f.get("stated").getValueNode()) : line(item);
                error(file, at, what + ": field 'qualifier': the quote says '" + n.qualifier() + " " + n.text()
                        + "', but the claim gives no qualifier, so it would be judged as exactly " + n.text()
                        + "; write 'qualifier: " + n.qualifier() + "'");
            }
            Verdict expect = f.containsKey("expect") ? verdict(f.get("expect").getValueNode(), what, "expect") : null;
            EditorVerdict editor = null;
            if (editorial) {
                Verdict decided = f.containsKey("verdict") ? verdict(f.get("verdict").getValueNode(), what, "verdict") : null;
                String rationale = required(f, item, "rationale", what);
                if (!f.containsKey("verdict")) {
                    error(file, line(item), what + ": a 'rationale' goes with the editor's 'verdict'; add"
                            + " 'verdict: FALSE' (or another verdict), or remove the rationale");
                }
                if (decided != null && rationale != null) {
                    editor = new EditorVerdict(decided, rationale.strip(),
                            new Location(name, line(f.get("verdict").getKeyNode())));
                    if (decided != Verdict.UNVERIFIABLE && !f.containsKey("figures")) {
                        // A verdict resting on nothing is an opinion: never TRUE, nor FALSE, without evidence.
                        error(file, line(f.get("verdict").getValueNode()), what + ": an editor's verdict rests on the"
                                + " figures or sources that decide it; list them under 'figures:' (like 'figures:"
                                + " [plan-premium]'), each with its source");
                    }
                }
            }
            Caveat caveat = f.containsKey("caveat") ? caveat(f.get("caveat"), what, editorial) : null;
            Map<String, Integer> lines = new LinkedHashMap<>();
            f.forEach((key, tuple) -> lines.put(key, line(tuple.getKeyNode())));
            Map<String, List<String>> roles = new LinkedHashMap<>();
            NodeTuple figuresField = f.get("figures");
            if (figuresField != null) {
                if (editorial && figuresField.getValueNode() instanceof SequenceNode) {
                    // An editor's verdict rests on figures in no particular role: "figures: [premium, plan]".
                    roleOf(BASIS, figuresField.getKeyNode(), figuresField.getValueNode(), what, figures, roles, lines);
                } else if (!(figuresField.getValueNode() instanceof MappingNode map)) {
                    error(file, line(figuresField.getValueNode()), what + ": field 'figures': give each figure by its role,"
                            + " like 'numerator: some-figure-id', or a list of figures for a role, like 'members: [q1, q2]'");
                } else {
                    for (NodeTuple t : map.getValue()) {
                        String role = scalar(t.getKeyNode(), what, "figures");
                        if (role == null) {
                            continue;
                        }
                        if (roles.containsKey(role)) {
                            error(file, line(t.getKeyNode()), what + ": field 'figures." + role + "' is given twice");
                            continue;
                        }
                        roleOf(role, t.getKeyNode(), t.getValueNode(), what, figures, roles, lines);
                    }
                }
            }
            if (editor != null) {
                for (String field : List.of("stated", "qualifier", "precision", "unit")) {
                    if (f.containsKey(field)) {
                        error(file, line(f.get(field).getKeyNode()), what + ": field '" + field + "': an editor's verdict"
                                + " is decided in its 'rationale', and no rule reads '" + field + "'; remove it, or"
                                + " give the claim a 'kind' for the rules to check");
                    }
                }
                boolean outside = roles.values().stream().flatMap(List::stream)
                        .anyMatch(ref -> figures.resolve(ref).ok() && !figures.resolve(ref).figure().fromArticle());
                if (editor.verdict() != Verdict.UNVERIFIABLE && !roles.isEmpty() && !outside) {
                    // Agreeing with the article's own numbers shows it is consistent, not that it is right.
                    error(file, line(figuresField.getKeyNode()), what + ": an editor's verdict rests on evidence from"
                            + " outside the article, and every figure it lists has 'source: article'; list a figure"
                            + " with an outside source, or make the verdict UNVERIFIABLE");
                }
            }
            Location where = new Location(name, line(item));
            if (id != null) {
                Location seen = claimIds.putIfAbsent(id, where);
                if (seen != null) {
                    error(file, line(f.get("id").getValueNode()), what + ": id is already used at " + seen
                            + "; claim ids must be unique across the claims files of a run");
                }
            }
            if (id == null || article == null) {
                return null;
            }
            String speaker = optional(f, "speaker");
            String speakerTitle = optional(f, "speaker-title");
            if (speakerTitle != null && speaker == null) {
                error(file, line(f.get("speaker-title").getKeyNode()), what + ": 'speaker-title' is the speaker's role;"
                        + " give the speaker's name as 'speaker'");
                speakerTitle = null;
            }
            return new Claim(article.id(), id, quote == null ? "" : quote, speaker, speakerTitle,
                    kind == null ? "" : kind.strip(), stated,
                    qualifier == null ? "" : qualifier.strip().toLowerCase(Locale.ROOT),
                    optional(f, "unit"), roles, expect, where, lines, editor, caveat);
        }

        /**
         * One role's figures: an id, or a list of ids ("members: [q1, q2, q3]"), each resolved.
         * A list role is recorded in {@code lines} as "figures.ROLE[]".
         */
        private void roleOf(String role, Node key, Node value, String what, FigureBook figures,
                            Map<String, List<String>> roles, Map<String, Integer> lines) {
            String field = "figures" + (role.equals(BASIS) ? "" : "." + role);
            lines.put("figures." + role, line(key));
            List<Node> items;
            if (value instanceof SequenceNode seq) {
                items = seq.getValue();
                lines.put("figures." + role + "[]", line(key));
                if (items.isEmpty()) {
                    error(file, line(value), what + ": field '" + field + "' lists no figures; give their ids, like '"
                            + role + ": [first, second]'");
                    return;
                }
            } else {
                items = List.of(value);
            }
            List<String> ids = new ArrayList<>();
            for (Node n : items) {
                String ref = scalar(n, what, field);
                if (ref == null) {
                    continue;
                }
                ref = ref.strip();
                if (ids.contains(ref)) {
                    error(file, line(n), what + ": field '" + field + "': figure '" + shortened(ref) + "' is listed twice");
                    continue;
                }
                FigureBook.Resolved r = figures.resolve(ref);
                if (!r.ok()) {
                    error(file, line(n), what + ": field '" + field + "': " + r.error());
                } else {
                    ids.add(ref);
                }
            }
            if (ids.size() == items.size()) {
                roles.put(role, ids);
            }
        }

        /** A verdict's name, read leniently ("mostly true", "Mostly-True"); null (with the error) if not one. */
        private Verdict verdict(Node node, String what, String field) {
            String text = scalar(node, what, field);
            if (text == null) {
                return null;
            }
            String normal = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            List<String> names = Arrays.stream(Verdict.values()).map(Enum::name).toList();
            if (names.contains(normal)) {
                return Verdict.valueOf(normal);
            }
            error(file, line(node), what + ": field '" + field + "': '" + shortened(text) + "' is not a verdict (one of "
                    + String.join(", ", names) + ")" + DidYouMean.hint(normal, names));
            return null;
        }

        /** A caveat: what limits a rule-decided claim, and the best verdict it allows. */
        private Caveat caveat(NodeTuple field, String what, boolean editorial) {
            Node node = field.getValueNode();
            if (editorial) {
                error(file, line(field.getKeyNode()), what + ": an editor's verdict says its limits in its 'rationale';"
                        + " a 'caveat' limits what the rules decide");
                return null;
            }
            Map<String, NodeTuple> c = fields(node, CAVEAT_FIELDS, what + ": caveat");
            if (c == null) {
                return null;
            }
            String reason = required(c, node, "reason", what + ": caveat");
            if (!c.containsKey("at-most")) {
                error(file, line(node), what + ": caveat: missing required field 'at-most', the best verdict the claim"
                        + " can get with this caveat (MOSTLY_TRUE, MISLEADING or FALSE)");
                return null;
            }
            Verdict atMost = verdict(c.get("at-most").getValueNode(), what, "caveat.at-most");
            if (atMost == Verdict.TRUE || atMost == Verdict.UNVERIFIABLE) {
                error(file, line(c.get("at-most").getValueNode()), what + ": field 'caveat.at-most': a caveat caps the"
                        + " verdict at MOSTLY_TRUE, MISLEADING or FALSE" + (atMost == Verdict.UNVERIFIABLE
                        ? "; a claim that cannot be checked is an editor's 'verdict: UNVERIFIABLE', with its rationale"
                        : "; a caveat that allows TRUE limits nothing"));
                return null;
            }
            return reason == null || atMost == null ? null
                    : new Caveat(reason.strip(), atMost, new Location(name, line(field.getKeyNode())));
        }

        /** The id of a claim node, read before its fields are checked, to name it in errors. */
        private String idOf(Node item) {
            if (item instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id")
                            && t.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
                        return v.getValue();
                    }
                }
            }
            return null;
        }

        /**
         * A figure's value, range or text, or a claim's stated value: a number, a list of two
         * numbers, or (for a figure's 'text', or a 'stated' that is not a number) words.
         */
        private Amount amount(Map<String, NodeTuple> f, Node owner, String what, String field, Quantities.UnitSpec unit) {
            if (field.equals("value")) {
                List<String> given = Stream.of("value", "range", "text").filter(f::containsKey).toList();
                if (given.size() != 1) {
                    error(file, line(owner), what + ": give exactly one of 'value', 'range', 'text' or 'values'"
                            + (given.isEmpty() ? ", or compute it from other figures, like 'sum: [salary, bonus]'"
                            : " (found " + String.join(", ", given) + ")"));
                    return null;
                }
                field = given.get(0);
            }
            Node node = f.get(field).getValueNode();
            if (node instanceof SequenceNode seq) {
                if (field.equals("text") || field.equals("value")) {
                    error(file, line(node), what + ": field '" + field + "' is one " + (field.equals("text") ? "text" : "number")
                            + "; for two ends use 'range: [low, high]'");
                    return null;
                }
                // A flow list is read as written, so that "[12,500]" is not the range 12 to 500.
                String[] ends = asWritten(seq);
                if (ends == null && (seq.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.FLOW
                        || seq.getValue().size() != 2)) {
                    error(file, line(node), what + ": field '" + field + "': a range is two numbers, [low, high]"
                            + (seq.getValue().size() > 2 ? "; inside brackets a comma separates the numbers, so write"
                            + " [390000, 900000], [390,000, 900,000] with a space after the separating comma, or"
                            + " '$390,000 - $900,000'" : ""));
                    return null;
                }
                String low = ends != null ? ends[0] : scalar(seq.getValue().get(0), what, field);
                String high = ends != null ? ends[1] : scalar(seq.getValue().get(1), what, field);
                if (low == null || high == null) {
                    return null;
                }
                if (low.length() > 200 || high.length() > 200) {
                    error(file, line(node), what + ": field '" + field + "': an end of the range is too long to be a"
                            + " number; keep each under 200 characters");
                    return null;
                }
                Quantities.Read read = Quantities.range(low, high, unit, low.strip() + " - " + high.strip());
                if (!read.ok()) {
                    error(file, line(node), what + ": field '" + field + "': " + read.error());
                    return null;
                }
                return read.amount();
            }
            String text = scalar(node, what, field);
            if (text == null) {
                return null;
            }
            if (field.equals("text")) {
                return Amount.ofText(text.strip());
            }
            if (text.length() > 200) {
                error(file, line(node), what + ": field '" + field + "': '" + shortened(text) + "' is too long to be"
                        + " a number or a statement; keep it under 200 characters");
                return null;
            }
            if (text.isBlank()) {
                error(file, line(node), what + ": field '" + field + "' is empty; give the number, or leave the field out");
                return null;
            }
            Quantities.Read read = Quantities.read(text, unit);
            if (read.ok() && !field.equals("stated") && (read.amount().looseness() > 0 || read.amount().implied() != null)) {
                // A figure is a measured number: "a third" or "a majority" is not one.
                error(file, line(node), what + ": field '" + field + "': '" + shortened(text) + "' is a word for a number;"
                        + " a figure is the number its source gives, in digits");
                return null;
            }
            if (read.ok()) {
                if (field.equals("range") && !read.amount().range()) {
                    error(file, line(node), what + ": field 'range': a range is two numbers, [low, high] or"
                            + " '390,000 - 900,000'; for one number use 'value'");
                    return null;
                }
                if (field.equals("value") && read.amount().range()) {
                    error(file, line(node), what + ": field 'value' is one number; for two ends use 'range'");
                    return null;
                }
                return read.amount();
            }
            if (field.equals("stated") && !text.matches("(?s).*\\d.*")) {
                // Words that are not a number: the statement of a fact claim ("Los Gatos").
                return Amount.ofText(text.strip());
            }
            error(file, line(node), what + ": field '" + field + "': " + read.error());
            return null;
        }

        /**
         * A flow list YAML split at thousands separators, read as written: "[390,000, 900,000]" is
         * two numbers, since only the comma between them is followed by a space. Null when it is not
         * two numbers that way.
         */
        private String[] asWritten(SequenceNode seq) {
            if (seq.getFlowStyle() != org.snakeyaml.engine.v2.common.FlowStyle.FLOW || seq.getStartMark().isEmpty()
                    || seq.getEndMark().isEmpty()) {
                return null;
            }
            int from;
            int to;
            try {
                // The marks count code points; the text is indexed in UTF-16 units.
                from = source.offsetByCodePoints(0, seq.getStartMark().get().getIndex());
                to = source.offsetByCodePoints(0, seq.getEndMark().get().getIndex());
            } catch (IndexOutOfBoundsException e) {
                return null;
            }
            if (from >= to) {
                return null;
            }
            String text = source.substring(from, to).strip();
            if (!text.startsWith("[") || !text.endsWith("]")) {
                return null;
            }
            String inside = text.substring(1, text.length() - 1);
            if (seq.getValue().size() == 2 && !THOUSANDS_GROUP.matcher(inside).find()) {
                // "[390000,900000]", "[1.5,2.5]": no comma groups thousands, so YAML's two items are the ends.
                return new String[] {unquoted(inside.substring(0, inside.indexOf(','))),
                        unquoted(inside.substring(inside.indexOf(',') + 1))};
            }
            String[] ends = inside.split(",\\s+");
            return ends.length == 2 && !ends[0].isBlank() && !ends[1].isBlank()
                    ? new String[] {unquoted(ends[0]), unquoted(ends[1])} : null;
        }

        /** A YAML scalar as written in a flow list, without the quotes around it. */
        private String unquoted(String item) {
            String t = item.strip();
            boolean quoted = t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"));
            return quoted ? t.substring(1, t.length() - 1) : t;
        }

        /** The claim's or figure's 'unit', read; null (with the error recorded) when it cannot be. */
        private Quantities.UnitSpec unitSpec(Map<String, NodeTuple> f, String what) {
            if (f.containsKey("unit") && scalar(f.get("unit").getValueNode(), what, "unit") == null) {
                return null;
            }
            String text = optional(f, "unit");
            if (text == null) {
                return Quantities.UnitSpec.NONE;
            }
            List<String> problems = new ArrayList<>();
            Quantities.UnitSpec spec = text.length() > 200 ? null : Quantities.unit(text, problems);
            if (text.length() > 200) {
                problems.add("'" + shortened(text) + "' is too long to be a unit");
            }
            if (spec == null) {
                error(file, line(f.get("unit").getValueNode()), what + ": field 'unit': " + problems.get(0));
            }
            return spec;
        }

        /**
         * Checks that each end of a stated number is a number its quote writes, in any of its forms
         * (27,000 = $27,000 = 27K = 27 thousand; a third = 33.3%), so that a claim is never checked
         * against a number its article does not state.
         */
        private Amount agreesWithQuote(Amount stated, String quote, String kind, Node node, String what,
                                       Quantities.UnitSpec unit) {
            List<Quantities.Found> found = Quantities.scan(quote);
            List<String> missing = new ArrayList<>();
            // The number as written, before the unit field's scale or period: "2,250" a month is 2,250.
            Quantities.Read raw = Quantities.read(stated.written(), Quantities.UnitSpec.NONE);
            boolean asRead = raw.ok() && raw.amount().range() == stated.range();
            Amount face = asRead ? raw.amount() : stated;
            double[] ends = stated.range() ? new double[] {stated.low(), stated.high()} : new double[] {stated.low()};
            // Before any period applies: "£150 a month" is 150 as written.
            double[] faces = asRead ? new double[] {raw.faceLow(), raw.faceHigh()} : new double[] {face.low(), face.high()};
            double[] precisions = {stated.lowPrecision(), stated.highPrecision()};
            double[] facePrecisions = {face.lowPrecision(), face.highPrecision()};
            Quantities.Found first = null;
            for (int i = 0; i < ends.length; i++) {
                double end = ends[i];
                double precision = precisions[i];
                double asWritten = faces[i];
                double writtenPrecision = facePrecisions[i];
                boolean change = kind.equals("change");
                List<Quantities.Found> same = found.stream().filter(n -> QuoteNumbers.agree(end, precision, stated,
                        n.amount(), n.face(), change)
                        || QuoteNumbers.agree(asWritten, writtenPrecision, face, n.amount(), n.face(), change)).toList();
                List<Quantities.Found> opposite = same.isEmpty() && end > 0 && !stated.bySize() ? found.stream()
                        .filter(n -> QuoteNumbers.agree(-end, precision, stated, n.amount(), n.face(), change)
                                && n.amount().unit().isTimes() && n.amount().low() < 1).toList() : List.of();
                if (!opposite.isEmpty()) {
                    // "26% lower" stated as 26% would be judged as a rise.
                    error(file, line(node), what + ": field 'stated': '" + shortened(stated.written()) + "' leaves out that"
                            + " the quote gives it as a fall ('" + opposite.get(0).text() + "' in \"" + shortened(quote)
                            + "\"); write the word, like 'stated: " + opposite.get(0).text() + "' or 'stated: fell "
                            + shortened(stated.written()) + "'");
                    return stated;
                }
                if (same.size() > 1 && same.stream().map(n -> java.util.Objects.toString(n.qualifier()) + n.amount().bySize()
                        + n.rise()).distinct().count() > 1) {
                    // "More than 60% ..., against 60% at the last ballot": which 60% is the claim's?
                    error(file, line(node), what + ": field 'stated': the quote gives " + same.get(0).text() + " more than"
                            + " once, with different words around it (\"" + shortened(quote) + "\"); quote only the words"
                            + " that make this claim");
                    return stated;
                }
                if (!same.isEmpty() && i == 0 && same.stream().allMatch(n -> n.qualifier() != null)) {
                    quoted = same.get(0);
                }
                if (same.isEmpty()) {
                    missing.add(stated.range() ? (i == 0 ? "the low end" : "the high end") : "it");
                } else if (first == null) {
                    // The quote's unit and period apply only to the number as written ("$2,250 a month" is
                    // 2,250 a month), not to a sum it gives per year.
                    first = same.stream().filter(n -> QuoteNumbers.sameNumber(Math.abs(asWritten), Math.abs(n.face())))
                            .findFirst().orElse(null);
                }
                if (same.isEmpty()) {
                    continue;
                } else if (kind.equals("change") && same.stream().allMatch(Quantities.Found::level)) {
                    // "brought inflation down to 2%": 2% is where it ended, not how much it changed.
                    Quantities.Found n = same.get(0);
                    error(file, line(node), what + ": field 'stated': the quote gives " + n.text() + " as a level (\""
                            + shortened(quote) + "\"), not as a change; a change claim states the change ('fell 0.3"
                            + " points', 'fell 8%'), and a value claim checks the level");
                    return stated;
                } else if ((stated.bySize() || end < 0) && same.stream().allMatch(Quantities.Found::rise)) {
                    // "fell 26%" for a quote that says "rose 26%": a wrong TRUE when the figure fell.
                    error(file, line(node), what + ": field 'stated': '" + shortened(stated.written()) + "' says it is a"
                            + " decrease, but the quote gives it as a rise (\"" + shortened(quote) + "\"); state it as"
                            + " the quote does, like 'stated: " + same.get(0).text() + "'");
                    return stated;
                } else if (!stated.bySize() && end >= 0 && same.stream().allMatch(n -> n.amount().low() < 0)
                        && same.stream().noneMatch(n -> n.amount().bySize())) {
                    // "GDP growth was -2%" stated as 2%.
                    error(file, line(node), what + ": field 'stated': '" + shortened(stated.written()) + "' leaves out the"
                            + " minus sign the quote gives it (\"" + shortened(quote) + "\"); write '-"
                            + shortened(stated.written()) + "'");
                    return stated;
                } else if (!stated.bySize() && end >= 0 && same.stream().allMatch(n -> n.amount().bySize())) {
                    // "fell 26%" stated as 26% would be judged as a rise: a wrong TRUE when the figure rose.
                    Quantities.Found n = same.get(0);
                    error(file, line(node), what + ": field 'stated': '" + shortened(stated.written()) + "' leaves out that"
                            + " the quote gives it as a " + n.amount().sense() + " (\"" + shortened(quote) + "\"); write the"
                            + " word, like 'stated: " + (n.amount().sense().equals("loss") ? "a loss of " : "fell ")
                            + n.text() + "', or a minus sign: '-" + n.text() + "'");
                    return stated;
                }
            }
            if (!missing.isEmpty()) {
                String numbers = found.isEmpty() ? "the quote writes no number"
                        : "the numbers in the quote: " + found.stream().map(Quantities.Found::text)
                        .collect(Collectors.joining(", "));
                error(file, line(node), what + ": field 'stated': '" + shortened(stated.written()) + "' is not what the"
                        + " quote says (" + String.join(" and ", missing) + " is not in \"" + shortened(quote) + "\"; "
                        + numbers + "); state the number the quote gives, or quote the words that give it");
                return stated;
            }
            if (first == null || stated.range()) {
                return stated;
            }
            if (stated.unit().period() == null && first.amount().unit().period() != null
                    && (stated.unit().isPercent() || stated.unit().isPoints() || stated.unit().isTimes()
                    || stated.unit().none())) {
                // "prices rose 2% a month": a rate per period is not a rate over the figures' span.
                String per = Quantities.period(first);
                Quantities.Read read = per == null ? null : Quantities.read(stated.written() + " " + per, unit);
                if (read != null && read.ok() && (read.amount().unit().isPercent() || read.amount().unit().isPoints()
                        || read.amount().unit().isTimes())) {
                    return read.amount().withWritten(first.text());
                }
            }
            String periodWord = Quantities.periodIn(quote);
            if (periodWord != null && stated.unit().period() == null && first.amount().unit().period() == null
                    && !stated.unit().isPercent() && !stated.unit().isPoints() && !stated.unit().isTimes()
                    && !first.amount().unit().isPercent() && !first.amount().unit().isPoints()
                    && !first.amount().unit().isTimes()) {
                // "a monthly top-up of £150" against £150 a year would be judged as the same sum.
                error(file, line(node), what + ": field 'stated': the quote says '" + periodWord + "', but '"
                        + shortened(stated.written()) + "' gives no period; write it, like 'stated: "
                        + shortened(stated.written()) + " a " + Quantities.periodNoun(periodWord) + "'");
                return stated;
            }
            // "27,000" for a quote that says "27,000 people" or "$27,000": the unit is the quote's.
            if (stated.unit().none() && !first.amount().unit().none() && unit.unit().none() && unit.scaleWord() == null) {
                Amount quoted = first.amount();
                return stated.bySize() == quoted.bySize() ? quoted.withWritten(stated.written()) : stated;
            }
            // "$27,000" for a quote that says "$27,000 annually": the period is the quote's.
            String period = stated.unit().period() != null ? null : Quantities.period(first);
            if (period != null) {
                Quantities.Read read = Quantities.read(stated.written() + " " + period, unit);
                if (read.ok()) {
                    return read.amount().withWritten(stated.written());
                }
            }
            return stated;
        }

        /** The number a claim states, read from its quote when the quote holds one for its kind; else null. */
        private Amount fromQuote(String quote, String kind, Quantities.UnitSpec unit) {
            if (kind.equals("range")) {
                List<Quantities.Read> ranges = Quantities.ranges(quote);
                if (ranges.size() != 1) {
                    return null;
                }
                Amount range = ranges.get(0).amount();
                if (unit.unit().none() && unit.scaleWord() == null || !range.unit().none() || range.converted()) {
                    // The quote's own currency and scale ("between $390 million and $900 million") stand.
                    return range;
                }
                Quantities.Read read = Quantities.range(String.valueOf(range.low()), String.valueOf(range.high()), unit,
                        range.written());
                return read.ok() ? read.amount() : null;
            }
            Quantities.Found only = QuoteNumbers.forKind(Quantities.scan(quote), kind);
            if (only == null) {
                return null;
            }
            if (only.qualifier() != null) {
                quoted = only;
            }
            String sense = only.amount().sense();
            String written = sense == null ? only.text() : (sense.equals("loss") ? "a loss of " : "a fall of ") + only.text();
            if (unit.unit().none() && unit.scaleWord() == null) {
                return only.amount().withWritten(written);
            }
            // The claim's unit applies to what the quote leaves out ("$27,000" in USD a year).
            Quantities.Read read = Quantities.read(written, unit);
            return read.ok() ? read.amount() : null;
        }

        private BigDecimal number(Node node, String what, String field) {
            String text = scalar(node, what, field);
            if (text == null) {
                return null;
            }
            if (text.length() > 200) {
                error(file, line(node), what + ": field '" + field + "': '" + shortened(text) + "' is too long to be a"
                        + " number; keep it under 200 characters");
                return null;
            }
            // One number reader for every field: 1,000 and 1_000 read as they do in 'stated'.
            String digits = Quantities.number(text.strip());
            BigDecimal value = digits == null ? null : new BigDecimal(digits);
            if (value == null) {
                error(file, line(node), what + ": field '" + field + "': '" + shortened(text) + "' is not a number;"
                        + " write digits, like 1 or 0.1");
            }
            return value;
        }

        /** The fields of a mapping node by name; reports unknown and repeated fields. */
        private Map<String, NodeTuple> fields(Node node, Set<String> known, String what) {
            if (!(node instanceof MappingNode map)) {
                error(file, line(node), what + ": expected fields ('name: value'), found "
                        + (node instanceof SequenceNode ? "a list" : "'" + shortened(((ScalarNode) node).getValue()) + "'"));
                return null;
            }
            Map<String, NodeTuple> fields = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                String key = scalar(t.getKeyNode(), what, "?");
                if (key == null) {
                    continue;
                }
                if (!known.contains(key)) {
                    error(file, line(t.getKeyNode()), what + ": unknown field '" + shortened(key) + "'" + DidYouMean.hint(key, known)
                            + " (fields: " + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
                } else if (fields.containsKey(key)) {
                    error(file, line(t.getKeyNode()), what + ": field '" + key + "' is given twice (first at line "
                            + line(fields.get(key).getKeyNode()) + ")");
                } else {
                    fields.put(key, t);
                }
            }
            return fields;
        }

        private String required(Map<String, NodeTuple> f, Node owner, String field, String what) {
            NodeTuple t = f.get(field);
            if (t == null) {
                error(file, line(owner), what + ": missing required field '" + field + "'");
                return null;
            }
            String value = scalar(t.getValueNode(), what, field);
            if (value != null && value.isBlank()) {
                error(file, line(t.getValueNode()), what + ": field '" + field + "' is empty");
                return null;
            }
            return value;
        }

        /**
         * An id: required, short, and on one line, since every message about its claim or figure
         * names it.
         */
        private String id(Map<String, NodeTuple> f, Node owner, String what) {
            String id = required(f, owner, "id", what);
            if (id == null) {
                return null;
            }
            if (id.length() > MAX_ID || id.codePoints().anyMatch(Character::isISOControl)) {
                error(file, line(f.get("id").getValueNode()), what + ": id '" + shortened(id) + "' "
                        + (id.length() > MAX_ID ? "is " + id.length() + " characters long; keep an id under " + MAX_ID
                        : "has a control character (a tab, a line break); write an id on one line, like 'pay-33x'"));
                return null;
            }
            return id;
        }

        private String optional(Map<String, NodeTuple> f, String field) {
            NodeTuple t = f.get(field);
            if (t == null || !(t.getValueNode() instanceof ScalarNode s) || s.getValue().isBlank()) {
                return null;
            }
            return s.getValue().strip();
        }

        private String scalar(Node node, String what, String field) {
            if (node instanceof ScalarNode s) {
                return s.getValue();
            }
            error(file, line(node), what + ": field '" + field + "' must be a single value, not "
                    + (node instanceof SequenceNode ? "a list" : "nested fields"));
            return null;
        }
    }

    /**
     * A YAML syntax error, at the line where the mistake is (for an unclosed quote or a missing
     * colon, where it began, not where the parser gave up) and with what to do about it.
     */
    private void yamlError(Path file, MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        boolean atStart = problem.contains("could not find expected ':'") || context.contains("quoted scalar");
        var mark = atStart && e.getContextMark().isPresent() ? e.getContextMark() : e.getProblemMark();
        int line = mark.map(m -> m.getLine() + 1).orElse(0);
        String hint;
        if (problem.contains("could not find expected ':'")) {
            hint = "a field is written 'name: value'; is a ':' missing?";
        } else if (context.contains("quoted scalar")) {
            hint = "a quoted value is not closed; add its closing quote";
        } else if (problem.contains("mapping values are not allowed here")) {
            hint = "a value that contains ': ' must be quoted, like quote: \"Liu said: over 33x\"";
        } else if (problem.contains("'\\t'") || problem.contains("\t")) {
            hint = "YAML indents with spaces, not tabs";
        } else if (problem.contains("expected <block end>") || problem.contains("expected <block")) {
            hint = "check the indentation: fields of one item line up, and list items start with '- ' at the"
                    + " same column";
        } else {
            hint = null;
        }
        error(file, line, "not valid YAML: " + problem + (context.isEmpty() ? "" : " (" + context + ")")
                + (hint == null ? "" : "; " + hint));
    }

    /** A long value cut short for a message, so an error never echoes a whole file. */
    static String shortened(String text) {
        return Excerpt.of(text);
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private void error(Path file, int line, String message) {
        Diagnostic d = new Diagnostic(file.toString(), line, 0, message);
        if (!errors.contains(d)) {
            // A register's figure that cannot be computed is found once per article that uses it.
            errors.add(d);
        }
    }
}

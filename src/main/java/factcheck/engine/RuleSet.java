package factcheck.engine;

import factcheck.model.RuleSource;
import factcheck.model.Amount;
import factcheck.model.Article;
import factcheck.model.Claim;
import factcheck.model.Computed;
import factcheck.model.Diagnostic;
import factcheck.model.Accepts;
import factcheck.model.Figure;
import factcheck.model.Kind;
import factcheck.model.Requires;
import factcheck.model.Finding;
import factcheck.model.Operand;
import factcheck.model.Problem;
import factcheck.model.Verdict;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules of a run: every {@code *.drl} file under the rules directory, read from disk and
 * compiled when the run starts, so a changed or added rule file takes effect with no rebuild.
 */
public final class RuleSet {

    private static final Pattern COLUMN_IN_TEXT = Pattern.compile("\\[Line: \\d+, Column: (\\d+)]");
    /** Drools' word that a DRL function failed to compile: "Error importing : 'factcheck.rules.Judged.judged'". */
    private static final Pattern BROKEN_FUNCTION = Pattern.compile("Error importing : '[\\w.]*\\.(\\w+)\\.\\w+'");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\w+) cannot be resolved");
    private static final String KIE_ROOT = "src/main/resources/";

    /** The fact model a rule can match, for naming the closest type or field to a misspelt one. */
    private static final List<Class<?>> FACT_TYPES = List.of(Article.class, Claim.class, Figure.class,
            Operand.class, Computed.class, Finding.class, Problem.class, Verdict.class, Amount.class,
            Requires.class, Kind.class, Accepts.class, factcheck.model.Divisor.class, factcheck.model.Qualifier.class, factcheck.model.Unit.class,
            factcheck.model.FigureList.class, factcheck.model.DateSpan.class, factcheck.model.Dated.class);

    private final KieBase kieBase;
    private final Map<String, RuleSource> rules;
    private final List<Path> files;
    private final boolean fromCache;

    private RuleSet(KieBase kieBase, Map<String, RuleSource> rules, List<Path> files, boolean fromCache) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.files = files;
        this.fromCache = fromCache;
    }

    /** The outcome of compiling a rules directory: a rule set, or every error found. */
    public record Compiled(RuleSet rules, List<Diagnostic> errors) {
        public boolean ok() {
            return rules != null;
        }
    }

    /** Compiles the rule files under {@code dir} as rules the run does not trust: see {@link #compile(Path, boolean)}. */
    public static Compiled compile(Path dir) {
        return compile(dir, false);
    }

    /**
     * Compiles every {@code *.drl} file under {@code dir} (sorted by path) into one rule base.
     * Errors come back as diagnostics with the file as the user named it, line and column.
     * Unless {@code trusted}, a rule file that uses more than {@link RulePolicy} allows (files,
     * processes, the network, reflection, threads, System) is refused before any of it runs.
     */
    public static Compiled compile(Path dir, boolean trusted) {
        List<Diagnostic> errors = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            errors.add(new Diagnostic(dir.toString(), 0, 0,
                    "no rules directory at " + dir.toAbsolutePath().normalize() + "; name one with --rules DIR"));
            return new Compiled(null, errors);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            errors.add(new Diagnostic(dir.toString(), 0, 0, "cannot list the rules directory: " + e.getMessage()));
            return new Compiled(null, errors);
        }
        if (files.isEmpty()) {
            errors.add(new Diagnostic(dir.toString(), 0, 0, "no rule files (*.drl) in this directory"));
            return new Compiled(null, errors);
        }

        Map<String, Path> byKiePath = new LinkedHashMap<>();
        Map<Path, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String text;
            try {
                text = factcheck.claims.TextFiles.readText(file, factcheck.claims.TextFiles.DEFAULT_LIMIT);
            } catch (IOException e) {
                errors.add(new Diagnostic(file.toString(), 0, 0, "cannot read the rule file: " + e.getMessage()));
                continue;
            }
            // A flat, unique name inside the KIE file system; messages map back through byKiePath.
            String kiePath = KIE_ROOT + "factcheck/r" + i + "_" + file.getFileName();
            byKiePath.put(kiePath, file);
            sources.put(file, text);
        }
        if (!errors.isEmpty()) {
            return new Compiled(null, errors);
        }

        RuleCache cache = RuleCache.fromEnvironment();
        // Rules compiled for a trusting run are kept apart: a restricted run must never reuse them.
        String key = cache.key(sources, trusted ? "trusted" : "restricted:" + RulePolicy.VERSION);
        RuleCache.Entry kept = cache.load(key);
        if (kept != null) {
            return new Compiled(new RuleSet(kept.kieBase(), kept.rules(), files, true), List.of());
        }

        // Syntax first, file by file: one file's syntax error would otherwise surface as a cascade
        // of errors in the files that share its package.
        Map<String, RuleSource> rules = new LinkedHashMap<>();
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Class<?> c : FACT_TYPES) {
            types.put(c.getSimpleName(), c);
        }
        List<Diagnostic> syntax = new ArrayList<>();
        boolean declaresTypes = false;
        Map<Path, PackageDescr> parsed = new LinkedHashMap<>();
        for (Map.Entry<Path, String> entry : sources.entrySet()) {
            Path file = entry.getKey();
            DrlParser parser = new DrlParser();
            PackageDescr descr;
            try {
                descr = parser.parse(false, entry.getValue());
            } catch (DroolsParserException e) {
                errors.add(new Diagnostic(file.toString(), 0, 0, oneLine(e.getMessage())));
                continue;
            }
            for (DroolsError e : parser.getErrors()) {
                int line = e instanceof ParserError pe ? pe.getRow() : firstLine(e.getLines());
                int column = e instanceof ParserError pe ? pe.getCol() + 1 : 0;
                syntax.add(new Diagnostic(file.toString(), line, column, oneLine(e.getMessage())));
            }
            if (descr != null) {
                parsed.put(file, descr);
                descr.getTypeDeclarations().forEach(t -> types.putIfAbsent(t.getTypeName(), null));
                declaresTypes |= !descr.getTypeDeclarations().isEmpty();
            }
            if (descr != null && !parser.hasErrors()) {
                for (RuleDescr rule : descr.getRules()) {
                    rules.put(descr.getNamespace() + "\u0000" + rule.getName(), new RuleSource(rule.getName(),
                            file.toString(), rule.getLine(), commentAbove(entry.getValue(), rule.getLine())));
                }
            }
        }
        CompileErrors teacher = new CompileErrors(types);
        for (Diagnostic d : syntax) {
            errors.add(teacher.explain(d.file(), sources.get(Path.of(d.file())), d.line(), d.column(), d.message()));
        }
        if (!errors.isEmpty()) {
            return new Compiled(null, errors.stream().distinct().sorted().toList());
        }

        // Imports and, unless trusted, what the files use: checked before Drools compiles anything,
        // since an unresolved import makes Drools blame every rule of the package.
        // Drools gives every file of a package the imports of all of them: names resolve the same way here.
        Map<String, List<org.drools.drl.ast.descr.ImportDescr>> packageImports = new HashMap<>();
        for (PackageDescr descr : parsed.values()) {
            packageImports.computeIfAbsent(descr.getNamespace(), k -> new ArrayList<>()).addAll(descr.getImports());
        }
        Set<String> declared = new HashSet<>();
        Set<String> namespaces = new HashSet<>();
        Map<String, RuleBytecodeCheck.Span> spans = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<Path, PackageDescr> e : parsed.entrySet()) {
            PackageDescr descr = e.getValue();
            String file = e.getKey().toString();
            namespaces.add(descr.getNamespace());
            texts.put(file, sources.get(e.getKey()));
            for (var t : descr.getClassAndEnumDeclarationDescrs()) {
                if (newType(t, descr, packageImports.get(descr.getNamespace()))) {
                    // The parser leaves a declared name unqualified; its class is in the file's package.
                    declared.add(t.getFullTypeName());
                    if (!t.getFullTypeName().contains(".")) {
                        declared.add(descr.getNamespace() + "." + t.getTypeName());
                    }
                }
            }
            for (RuleDescr rule : descr.getRules()) {
                spans.put(descr.getNamespace() + "\u0000" + rule.getName(),
                        new RuleBytecodeCheck.Span(file, rule.getLine(), rule.getEndLine()));
            }
            for (org.drools.drl.ast.descr.FunctionDescr f : descr.getFunctions()) {
                spans.put(descr.getNamespace() + "\u0000function " + f.getName(),
                        new RuleBytecodeCheck.Span(file, f.getLine(), f.getEndLine()));
            }
        }
        for (Map.Entry<Path, PackageDescr> e : parsed.entrySet()) {
            errors.addAll(RuleSourceCheck.unknownImports(e.getKey().toString(), e.getValue(), namespaces));
            if (!trusted) {
                errors.addAll(RuleSourceCheck.refusals(e.getKey().toString(), sources.get(e.getKey()), e.getValue(),
                        declared, packageImports.get(e.getValue().getNamespace())));
            }
        }
        if (!errors.isEmpty()) {
            return new Compiled(null, errors.stream().distinct().sorted().toList());
        }

        // Set up only now: with the rules cached, a run never pays for the KIE services (about 80 ms).
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        byKiePath.forEach((kiePath, file) -> kfs.write(kiePath, sources.get(file)));
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
        // A DRL function that does not compile is imported by every rule of its package, so every
        // rule then fails too ("Judged cannot be resolved"): report the function's own error only.
        Set<String> brokenFunctions = new HashSet<>();
        for (Message m : messages) {
            Matcher broken = BROKEN_FUNCTION.matcher(m.getText());
            if (broken.find()) {
                brokenFunctions.add(broken.group(1));
            }
        }
        for (Message m : messages) {
            Matcher unresolved = UNRESOLVED.matcher(m.getText());
            if (BROKEN_FUNCTION.matcher(m.getText()).find()
                    || unresolved.find() && brokenFunctions.contains(unresolved.group(1))) {
                continue;
            }
            Path file = m.getPath() == null ? null
                    : byKiePath.getOrDefault(m.getPath(), byKiePath.get(KIE_ROOT + m.getPath()));
            if (file == null) {
                errors.add(new Diagnostic(dir.toString(), 0, 0, oneLine(m.getText())));
                continue;
            }
            int column = m.getColumn();
            Matcher at = COLUMN_IN_TEXT.matcher(m.getText());
            if (column <= 0 && at.find()) {
                column = Integer.parseInt(at.group(1));
            }
            int line = m.getLine();
            if (line <= 0) {
                // Drools gives no line for an expression it cannot analyse: find the expression in the file.
                int[] found = locate(sources.get(file), m.getText());
                line = found[0];
                column = column > 0 ? column : found[1];
            }
            errors.add(teacher.explain(file.toString(), sources.get(file), Math.max(line, 0),
                    Math.max(column, 0), m.getText()));
        }
        if (!errors.isEmpty()) {
            return new Compiled(null, errors.stream().distinct().sorted().toList());
        }
        if (!trusted) {
            // The generated bytecode, before any of it runs (a session, or even the rule base, would).
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            List<org.kie.api.definition.KiePackage> packages = new ArrayList<>();
            for (String base : module.getKieModuleModel().getKieBaseModels().keySet()) {
                packages.addAll(module.getKnowledgePackagesForKieBase(base));
            }
            errors.addAll(RuleBytecodeCheck.check(packages, spans, texts, declared));
            if (!errors.isEmpty()) {
                return new Compiled(null, errors.stream().distinct().sorted().toList());
            }
        }
        KieContainer container = services.newKieContainer(builder.getKieModule().getReleaseId());
        KieBase kieBase = container.getKieBase();
        if (!declaresTypes) {
            cache.store(key, kieBase, rules);
        }
        return new Compiled(new RuleSet(kieBase, rules, files, false), List.of());
    }

    /**
     * Whether a {@code declare} makes a new type, rather than adding metadata to a class that exists
     * ({@code declare java.io.File end}, or a simple name an import of the package or java.lang gives): only new
     * types are the rule files' own, free to use; an existing class is checked like any other.
     */
    static boolean newType(org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr type, PackageDescr file,
                           List<org.drools.drl.ast.descr.ImportDescr> packageImports) {
        String name = type.getTypeName();
        List<String> candidates = new ArrayList<>(List.of(type.getFullTypeName(), name, "java.lang." + name,
                file.getNamespace() + "." + name));
        // The imports of every file of the package: Drools resolves a declared name through all of them.
        for (org.drools.drl.ast.descr.ImportDescr i : packageImports) {
            String target = i.getTarget();
            if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + name);
            } else if (target.endsWith("." + name) || target.equals(name)) {
                candidates.add(target);
            }
        }
        for (String candidate : candidates) {
            try {
                Class.forName(candidate, false, RuleSet.class.getClassLoader());
                return false;
            } catch (ClassNotFoundException | LinkageError e) {
                // not this one
            }
        }
        return true;
    }

    private static final Pattern EXPRESSION = Pattern.compile(
            "(?:Unable to Analyse Expression|Unable to analyze expression|Unable to build expression for '[^']*')"
                    + "\\s*'?(.+?)'?\\s*(?::\\s*\\[|$|\\n)", Pattern.CASE_INSENSITIVE);

    /**
     * The line and column of the expression a Drools message quotes, found in the file's text when it
     * occurs there once; {0, 0} when it cannot be told.
     */
    static int[] locate(String text, String message) {
        Matcher m = EXPRESSION.matcher(message);
        if (text == null || !m.find()) {
            return new int[] {0, 0};
        }
        String expression = m.group(1).strip();
        int at = text.indexOf(expression);
        if (expression.isEmpty() || at < 0 || text.indexOf(expression, at + 1) >= 0) {
            return new int[] {0, 0};
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }

    /** The compiled rule base; sessions are made from it. */
    public KieBase kieBase() {
        return kieBase;
    }

    private List<Object> declarations;

    /**
     * What the rule files declare about kinds ({@code Kind}, {@code Requires}, {@code Accepts} facts):
     * found by firing the declarations, the rules that need no fact, in an empty session, within
     * the default time limit unless {@link #declarations(Duration)} came first.
     */
    public List<Object> declarations() {
        return declarations(Engine.DEFAULT_TIMEOUT);
    }

    /**
     * The declarations, fired within {@code limit} on a thread of their own the first time they
     * are asked for. A rule that throws or does not end here does so again in the run, where it
     * is named; what was declared before it is kept.
     */
    public synchronized List<Object> declarations(Duration limit) {
        if (declarations == null) {
            List<Object> found = Collections.synchronizedList(new ArrayList<>());
            Thread worker = new Thread(() -> declare(found), "factcheck declarations");
            worker.setDaemon(true);
            worker.start();
            try {
                worker.join(Math.max(1, limit.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (worker.isAlive()) {
                worker.interrupt();
            }
            synchronized (found) {
                declarations = List.copyOf(found);
            }
        }
        return declarations;
    }

    private void declare(List<Object> found) {
        org.kie.api.runtime.KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    Object o = event.getObject();
                    if (o instanceof Kind || o instanceof Requires || o instanceof Accepts) {
                        found.add(o);
                    }
                }
            });
            // Past a rule that throws, the others still declare what they declare.
            for (int tries = 0; tries < 100 && !Thread.currentThread().isInterrupted(); tries++) {
                try {
                    session.fireAllRules(10_000);
                    break;
                } catch (RuntimeException | Error e) {
                    // A rule that fails here fails again in the real run, where it is reported.
                }
            }
        } finally {
            session.dispose();
        }
    }

    /** The kinds whose claims state words, as the rule files declare them ({@code new Kind("date", true)}). */
    public Set<String> wordKinds() {
        Set<String> kinds = new java.util.TreeSet<>();
        for (Object o : declarations()) {
            if (o instanceof Kind k && k.words()) {
                kinds.add(k.name());
            }
        }
        return Set.copyOf(kinds);
    }

    /** The roles a kind's claims take, required ones first, as its rule file declares them: "numerator". */
    public List<String> roles(String kind) {
        List<String> required = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (Object o : declarations()) {
            if (o instanceof Requires r && r.kind().equals(kind) && !required.contains(r.role())) {
                required.add(r.role());
            } else if (o instanceof Accepts a && a.kind().equals(kind) && !accepted.contains(a.role())) {
                accepted.add(a.role());
            }
        }
        java.util.Collections.sort(required);
        java.util.Collections.sort(accepted);
        required.addAll(accepted);
        return required;
    }

    /** Whether the compiled rules came from the cache of an earlier run. */
    public boolean fromCache() {
        return fromCache;
    }

    /** The rule files compiled, sorted. */
    public List<Path> files() {
        return files;
    }

    /** Every rule, sorted by file and line. */
    public List<RuleSource> rules() {
        return rules.values().stream()
                .sorted(Comparator.comparing(RuleSource::file).thenComparingInt(RuleSource::line)).toList();
    }

    /** Where a compiled rule was written. */
    public RuleSource source(Rule rule) {
        RuleSource source = rules.get(key(rule));
        if (source != null) {
            return source;
        }
        // A file with no package line: Drools puts its rules in a default package of its own
        // naming. The name alone finds the rule when it is unique.
        List<RuleSource> named = rules.values().stream().filter(r -> r.name().equals(rule.getName())).toList();
        return named.size() == 1 ? named.get(0) : new RuleSource(rule.getName(), "?", 0, "");
    }

    private static String key(Rule rule) {
        return rule.getPackageName() + "\u0000" + rule.getName();
    }

    /** The {@code //} comment lines right above a line, joined: a rule's one-line reason. */
    static String commentAbove(String text, int line) {
        String[] lines = text.split("\n", -1);
        List<String> comment = new ArrayList<>();
        for (int i = line - 2; i >= 0; i--) {
            String l = lines[i].strip();
            if (!l.startsWith("//")) {
                break;
            }
            comment.add(0, l.substring(2).strip());
        }
        return String.join(" ", comment);
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").replaceFirst("^\\[ERR \\d+] Line \\d+:\\d+ ", "").strip();
    }
}

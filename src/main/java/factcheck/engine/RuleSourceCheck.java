package factcheck.engine;

import factcheck.model.Diagnostic;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checks on a rule file's text, made before Drools compiles or runs any of it. Imports must name
 * classes that exist (in any mode). Unless the run trusts its rules, every name in the file (outside
 * comments and strings) that resolves to a class must be one {@link RulePolicy} allows, however it is
 * spelt: simple, imported, through a wildcard, or fully qualified. This covers the text Drools hands to
 * MVEL, which is interpreted when rules run and never becomes bytecode to inspect: pattern constraints,
 * {@code from} and {@code accumulate} sources, salience and other attribute expressions.
 */
final class RuleSourceCheck {

    /** Members that lead to reflection whatever they are called on: {@code x.getClass()}, MVEL's {@code x.class}. */
    private static final Set<String> REFLECTIVE = Set.of("getClass", "getDeclaringClass", "declaringClass",
            "forName", "getClassLoader", "classLoader", "getContextClassLoader", "contextClassLoader",
            "getSystemClassLoader", "getPlatformClassLoader", "loadClass", "defineClass", "findClass",
            "newInstance", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField",
            "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor", "getConstructors",
            "getDeclaredConstructor", "getDeclaredConstructors", "setAccessible", "getModule",
            "getProtectionDomain", "privateLookupIn", "describeConstable", "resolveConstantDesc",
            "getRecordComponents", "getDeclaredClasses", "getClasses", "getNestHost", "getNestMembers",
            "getEnclosingClass", "getEnclosingMethod", "getEnclosingConstructor", "getSuperclass", "getInterfaces",
            "getPermittedSubclasses", "getResource", "getResourceAsStream", "arrayType", "componentType",
            "getComponentType", "getAccessor", "invoke", "invokeExact", "invokeWithArguments", "getPackage",
            "getDeclaredAnnotations", "getAnnotations", "getGenericSuperclass", "getGenericInterfaces");

    /**
     * The reflective names as MVEL reads a property too: without case and without get/is, since it
     * turns {@code id.Class.ClassLoader} into {@code getClass().getClassLoader()}.
     */
    private static final Set<String> REFLECTIVE_BASES = java.util.stream.Stream.concat(REFLECTIVE.stream(),
            java.util.stream.Stream.of("class")).map(RuleSourceCheck::base).collect(java.util.stream.Collectors.toSet());

    private static String base(String name) {
        String l = name.toLowerCase(java.util.Locale.ROOT);
        if (l.startsWith("get") && l.length() > 3) {
            return l.substring(3);
        }
        return l.startsWith("is") && l.length() > 2 ? l.substring(2) : l;
    }

    /** Whether a member name reaches reflection, however MVEL would read it. */
    private static boolean reflective(String name) {
        return REFLECTIVE.contains(name) || REFLECTIVE_BASES.contains(base(name));
    }

    /** Names MVEL knows without an import that are not in java.lang. */
    private static final Map<String, String> MVEL_NAMES = Map.of("Array", "java.lang.reflect.Array");

    private RuleSourceCheck() {
    }

    /**
     * Imports that name no class: one error at the import's line, in any mode, so that Drools never
     * sees them (it would blame every rule of the package). Names in the rule files' own packages are
     * left to Drools, since they may be types or functions the files declare.
     */
    static List<Diagnostic> unknownImports(String file, PackageDescr descr, Set<String> ruleNamespaces) {
        List<Diagnostic> errors = new ArrayList<>();
        if (descr.getNamespace() != null && !descr.getNamespace().isEmpty() && !ownNamespace(descr.getNamespace())) {
            // Its generated classes would pass for the platform's (and Java refuses to define some).
            errors.add(new Diagnostic(file, 1, 0, "declares package " + descr.getNamespace() + ", a package of Java,"
                    + " the rule engine or factcheck itself; put rule files in a package of their own, such as"
                    + " factcheck.rules"));
        }
        for (ImportDescr i : descr.getImports()) {
            String target = i.getTarget().strip();
            if (!target.endsWith(".*") && !ownPackage(target, ruleNamespaces) && classOf(target).isEmpty()) {
                errors.add(at(file, i, "unknown import '" + target + "': no such class"));
            }
        }
        for (FunctionImportDescr i : descr.getFunctionImports()) {
            String target = i.getTarget().strip();
            int dot = target.lastIndexOf('.');
            String owner = dot < 0 ? target : target.substring(0, dot);
            if (!ownPackage(owner, ruleNamespaces) && classOf(owner).isEmpty()) {
                errors.add(at(file, i, "unknown import function '" + target + "': no such class '" + owner + "'"));
            }
        }
        for (AccumulateImportDescr i : descr.getAccumulateImports()) {
            if (classOf(i.getTarget().strip()).isEmpty()) {
                errors.add(at(file, i, "unknown import accumulate '" + i.getTarget().strip() + "': no such class"));
            }
        }
        return errors;
    }

    private static boolean ownPackage(String name, Set<String> ruleNamespaces) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && ruleNamespaces.contains(name.substring(0, dot));
    }

    /**
     * Everything in the file that reaches beyond what {@link RulePolicy} allows, one error per line,
     * each naming what was used and why it is refused.
     *
     * @param declared the full names of the types every rule file declares
     */
    static List<Diagnostic> refusals(String file, String text, PackageDescr descr, Set<String> declared) {
        return refusals(file, text, descr, declared, descr.getImports());
    }

    /**
     * As above, with names resolved through {@code packageImports}: Drools gives every file of a
     * package the imports of all of them, so a wildcard in one file reaches the names of another.
     */
    static List<Diagnostic> refusals(String file, String text, PackageDescr descr, Set<String> declared,
                                     List<ImportDescr> packageImports) {
        Scope scope = new Scope(descr, declared, packageImports);
        Map<Integer, Diagnostic> byLine = new TreeMap<>();
        // A Java text block ends where a plain string's reading of it would not, so what follows could
        // be code the scan takes for a string: refused wherever it appears, comments included.
        for (int at = text.indexOf("\"\"\""); at >= 0; at = text.indexOf("\"\"\"", at + 3)) {
            int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            keep(byLine, new Diagnostic(file, line, at - text.lastIndexOf('\n', at - 1),
                    "uses a text block (\"\"\"), which hides code from this check; write an ordinary string; "
                            + RulePolicy.ADVICE));
            break;
        }

        for (ImportDescr i : descr.getImports()) {
            String target = i.getTarget().strip();
            if (target.endsWith(".*")) {
                String pkg = target.substring(0, target.length() - 2);
                if (!scope.wildcardAllowed(pkg)) {
                    keep(byLine, at(file, i, "imports every class of " + pkg
                            + " (not among the packages rule files may use); import the classes needed by name"));
                }
                continue;
            }
            Optional<String> cls = classOf(target);
            Optional<String> why = cls.filter(c -> !declared.contains(c.replace('$', '.'))).flatMap(RulePolicy::refusal);
            if (why.isPresent()) {
                keep(byLine, at(file, i, uses(cls.get(), why.get())));
                scope.refusedImports.add(simpleName(target));
            }
        }
        for (FunctionImportDescr i : descr.getFunctionImports()) {
            String target = i.getTarget().strip();
            String owner = target.substring(0, Math.max(target.lastIndexOf('.'), 0));
            classOf(owner).ifPresent(c -> RulePolicy.refusal(c).ifPresent(why -> keep(byLine, at(file, i, uses(c, why)))));
        }
        for (AccumulateImportDescr i : descr.getAccumulateImports()) {
            String target = i.getTarget().strip();
            classOf(target).ifPresent(c -> RulePolicy.refusal(c).ifPresent(why -> keep(byLine, at(file, i, uses(c, why)))));
        }
        for (AbstractClassTypeDeclarationDescr type : descr.getClassAndEnumDeclarationDescrs()) {
            Map<String, BaseDescr> used = new java.util.LinkedHashMap<>();
            type.getSuperTypes().forEach(t -> used.put(t.getFullName(), type));
            for (TypeFieldDescr field : type.getFields().values()) {
                if (field.getPattern() != null) {
                    used.putIfAbsent(field.getPattern().getObjectType(), field);
                }
            }
            used.forEach((name, where) -> {
                for (String part : name.split("[^\\w$.]+")) {
                    scope.resolve(Arrays.asList(part.split("\\."))).ifPresent(c -> RulePolicy.refusal(c)
                            .ifPresent(why -> keep(byLine, at(file, where, uses(c, why)))));
                }
            });
        }
        String packageDialect = dialect(descr.getAttribute("dialect"));
        for (RuleDescr rule : descr.getRules()) {
            String dialect = rule.getAttributes().containsKey("dialect")
                    ? dialect(rule.getAttributes().get("dialect")) : packageDialect;
            if ("mvel".equalsIgnoreCase(dialect)) {
                AttributeDescr a = rule.getAttributes().get("dialect");
                keep(byLine, at(file, a != null ? a : rule, "rule '" + rule.getName() + "' is in dialect \"mvel\","
                        + " whose actions cannot be checked before they run; write the action in Java (the default"
                        + " dialect), or pass --trust-rules, and only for rule files you trust"));
            }
        }
        for (FunctionDescr f : descr.getFunctions()) {
            if ("mvel".equalsIgnoreCase(f.getDialect())) {
                keep(byLine, at(file, f, "function '" + f.getName() + "' is in dialect \"mvel\"; write it in Java"
                        + " (the default dialect), or pass --trust-rules, and only for rule files you trust"));
            }
        }
        new Scan(file, text, scope, byLine).run();
        return new ArrayList<>(byLine.values());
    }

    private static String dialect(AttributeDescr a) {
        return a == null ? null : a.getValue().replace("\"", "").replace("'", "").strip();
    }

    static String uses(String binaryName, String why) {
        return "uses " + binaryName.replace('$', '.') + ": " + why + "; " + RulePolicy.ADVICE;
    }

    private static void keep(Map<Integer, Diagnostic> byLine, Diagnostic d) {
        byLine.merge(d.line(), d, (a, b) -> a.column() <= b.column() ? a : b);
    }

    private static Diagnostic at(String file, BaseDescr d, String message) {
        return new Diagnostic(file, Math.max(d.getLine(), 0), Math.max(d.getColumn(), 0) + 1, message);
    }

    private static String simpleName(String target) {
        return target.substring(target.lastIndexOf('.') + 1);
    }

    private static final Map<String, Optional<String>> CLASSES = new ConcurrentHashMap<>();

    /**
     * The binary name of the class a dotted name means, trying nested classes
     * ({@code java.util.Map.Entry} is {@code java.util.Map$Entry}). Loading a class without
     * initialising it runs none of its code.
     */
    static Optional<String> classOf(String dotted) {
        return CLASSES.computeIfAbsent(dotted, name -> {
            String candidate = name;
            while (true) {
                try {
                    return Optional.of(Class.forName(candidate, false, RuleSourceCheck.class.getClassLoader()).getName());
                } catch (ClassNotFoundException | LinkageError | IllegalArgumentException e) {
                    int dot = candidate.lastIndexOf('.');
                    if (dot < 0) {
                        return Optional.empty();
                    }
                    candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
                }
            }
        });
    }

    /** Packages a rule file may not declare: its generated classes would pass for the platform's. */
    private static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools",
            "org.kie", "org.mvel2", "org.objectweb", "org.antlr", "org.eclipse", "org.slf4j", "picocli", "org.snakeyaml",
            "com.fasterxml", "factcheck");

    /** Whether a rule file may declare {@code namespace}: factcheck.rules and any package not reserved. */
    static boolean ownNamespace(String namespace) {
        if (namespace.equals("factcheck.rules") || namespace.startsWith("factcheck.rules.")) {
            return true;
        }
        return RESERVED_PACKAGES.stream().noneMatch(p -> namespace.equals(p) || namespace.startsWith(p + "."));
    }

    /** How names resolve in one rule file: its imports, its package, java.lang, and MVEL's own names. */
    private static final class Scope {
        final Map<String, String> imported = new HashMap<>();
        final List<String> packages = new ArrayList<>();
        final Set<String> declared;
        final Set<String> refusedImports = new HashSet<>();
        final Set<String> ruleNamespaces = new HashSet<>();

        Scope(PackageDescr descr, Set<String> declared, List<ImportDescr> imports) {
            this.declared = declared;
            for (ImportDescr i : imports) {
                String t = i.getTarget().strip();
                if (t.endsWith(".*")) {
                    packages.add(t.substring(0, t.length() - 2));
                } else {
                    imported.put(simpleName(t), t);
                }
            }
            packages.add(descr.getNamespace() == null ? "" : descr.getNamespace());
            packages.add("java.lang");
            for (String d : declared) {
                ruleNamespaces.add(d.substring(0, Math.max(d.lastIndexOf('.'), 0)));
            }
        }

        boolean wildcardAllowed(String pkg) {
            return pkg.equals("java.lang") || pkg.equals("java.util") || ruleNamespaces.contains(pkg)
                    || RulePolicy.refusal(pkg + ".Anything").isEmpty();
        }

        /** The class a chain of names starts with ({@code java.lang.System.exit} starts with System), if any. */
        Optional<String> resolve(List<String> segments) {
            if (segments.isEmpty() || segments.get(0).isEmpty()) {
                return Optional.empty();
            }
            String first = segments.get(0);
            Optional<String> found = simple(first);
            int used = 1;
            if (found.isEmpty()) {
                StringBuilder name = new StringBuilder(first);
                for (used = 2; used <= segments.size(); used++) {
                    name.append('.').append(segments.get(used - 1));
                    if (declared.contains(name.toString())) {
                        return Optional.empty();
                    }
                    found = classOf(name.toString());
                    if (found.isPresent()) {
                        break;
                    }
                }
            }
            if (found.isEmpty()) {
                return found;
            }
            // Nested classes named through their outer class: Map.Entry, Character.UnicodeBlock.
            String binary = found.get();
            for (int i = used; i < segments.size(); i++) {
                Optional<String> nested = classOf(binary.replace('$', '.') + "." + segments.get(i));
                if (nested.isEmpty() || !nested.get().startsWith(binary + "$")) {
                    break;
                }
                binary = nested.get();
            }
            return Optional.of(binary);
        }

        /** The class a simple name means here; empty for the rule files' own types and for non-classes. */
        private Optional<String> simple(String name) {
            if (!Character.isJavaIdentifierStart(name.charAt(0))) {
                return Optional.empty();
            }
            // Every class the name could be, as javac or MVEL would look: an import, a package of the
            // imports (or the file's own, or java.lang), MVEL's own names. A type the rule files declare
            // never shadows a real class here: when any candidate is refused, the name is refused.
            List<String> candidates = new ArrayList<>();
            String target = imported.get(name);
            if (target != null) {
                classOf(target).ifPresent(candidates::add);
            }
            for (String pkg : packages) {
                classOf(pkg.isEmpty() ? name : pkg + "." + name).ifPresent(candidates::add);
            }
            if (MVEL_NAMES.containsKey(name)) {
                candidates.add(MVEL_NAMES.get(name));
            }
            return candidates.stream().filter(c -> RulePolicy.refusal(c).isPresent()).findFirst()
                    .or(() -> candidates.stream().findFirst());
        }
    }

    /** A walk over the file's tokens, skipping comments and the insides of string literals. */
    private static final class Scan {
        private final String file;
        private final String text;
        private final Scope scope;
        private final Map<Integer, Diagnostic> byLine;
        private final int[] lineStarts;

        private record Token(String text, int offset, boolean identifier, boolean string) {
        }

        Scan(String file, String text, Scope scope, Map<Integer, Diagnostic> byLine) {
            this.file = file;
            this.text = text;
            this.scope = scope;
            this.byLine = byLine;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        void run() {
            List<Token> tokens = tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean member = member(tokens, i);
                if (t.string()) {
                    if (i > 0 && tokens.get(i - 1).text().equals("[") && reflective(t.text())) {
                        refuse(t, "uses the member '" + t.text() + "': reflection; " + RulePolicy.ADVICE);
                    }
                    continue;
                }
                if (!t.identifier()) {
                    continue;
                }
                if (member && reflective(t.text()) || REFLECTIVE.contains(t.text())) {
                    refuse(t, "uses '" + (member ? "." : "") + t.text() + "': reflection; " + RulePolicy.ADVICE);
                    continue;
                }
                if (member || scope.refusedImports.contains(t.text())) {
                    continue;
                }
                List<String> chain = new ArrayList<>(List.of(t.text()));
                for (int j = i + 2; j < tokens.size() && tokens.get(j - 1).text().equals(".")
                        && tokens.get(j).identifier(); j += 2) {
                    chain.add(tokens.get(j).text());
                }
                Optional<String> cls = scope.resolve(chain);
                if (cls.isPresent()) {
                    Optional<String> why = RulePolicy.refusal(cls.get());
                    if (why.isPresent()) {
                        refuse(t, uses(cls.get(), why.get()));
                    }
                }
            }
        }

        /** Whether the token names a member: after {@code .}, MVEL's null-safe {@code .?}, or {@code ::}. */
        private static boolean member(List<Token> tokens, int i) {
            if (i == 0) {
                return false;
            }
            String before = tokens.get(i - 1).text();
            return before.equals(".") || before.equals("::")
                    || before.equals("?") && i > 1 && tokens.get(i - 2).text().equals(".");
        }

        private void refuse(Token t, String message) {
            int line = line(t.offset());
            keep(byLine, new Diagnostic(file, line, t.offset() - lineStarts[line - 1] + 1, message));
        }

        private int line(int offset) {
            int at = Arrays.binarySearch(lineStarts, offset);
            return at >= 0 ? at + 1 : -at - 1;
        }

        private List<Token> tokens() {
            List<Token> tokens = new ArrayList<>();
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                    int end = text.indexOf('\n', i);
                    end = end < 0 ? n : end;
                    escapesInComment(i, end);
                    i = end;
                } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                    int end = text.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                    escapesInComment(i, end);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    i = string(i, c, tokens);
                } else if (Character.isJavaIdentifierStart(c)) {
                    int start = i;
                    while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                        i++;
                    }
                    tokens.add(new Token(text.substring(start, i), start, true, false));
                } else if (c == '\\') {
                    // Java reads \u0053ystem as System (MVEL does not): refuse any escape outside a string.
                    refuse(new Token("\\", i, false, false), "a \\u escape outside a string literal hides what"
                            + " the code names; write the characters themselves");
                    i++;
                } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
                    tokens.add(new Token("::", i, false, false));
                    i += 2;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else {
                    tokens.add(new Token(String.valueOf(c), i, false, false));
                    i++;
                }
            }
            return tokens;
        }

        /** Java reads escapes in comments too: {@code // \u000a System.exit(0);} is code to Java, a comment to the eye. */
        private void escapesInComment(int start, int end) {
            for (int i = start; i < end - 1; i++) {
                if (text.charAt(i) == '\\' && text.charAt(i + 1) == 'u' && evenBackslashesBefore(i)) {
                    refuse(new Token("\\", i, false, false), "a \\u escape in a comment can end the comment for"
                            + " Java; write the characters themselves");
                    return;
                }
            }
        }

        private boolean evenBackslashesBefore(int i) {
            int k = 0;
            while (i - k - 1 >= 0 && text.charAt(i - k - 1) == '\\') {
                k++;
            }
            return k % 2 == 0;
        }

        /** A string or character literal from {@code start}; returns the offset after it. */
        private int string(int start, char quote, List<Token> tokens) {
            int n = text.length();
            int i = start + 1;
            StringBuilder content = new StringBuilder();
            while (i < n && text.charAt(i) != quote) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    if (text.charAt(i + 1) == 'u') {
                        int j = i + 1;
                        while (j < n && text.charAt(j) == 'u') {
                            j++;
                        }
                        char decoded = j + 4 <= n && text.substring(j, j + 4).matches("[0-9a-fA-F]{4}")
                                ? (char) Integer.parseInt(text.substring(j, j + 4), 16) : 0;
                        // Java decodes \u0022 before it reads the string, so it would end the string there.
                        if ("\"'\\\n\r".indexOf(decoded) >= 0) {
                            refuse(new Token("\\", i, false, false), "a \\u escape for a quote, backslash or line"
                                    + " break in a string ends the string for Java; write it as \\\" or \\n");
                        }
                        content.append(decoded);
                        i = Math.min(j + 4, n);
                        continue;
                    }
                    content.append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                content.append(c);
                i++;
            }
            tokens.add(new Token(content.toString(), start, false, true));
            return Math.min(i + 1, n);
        }
    }
}

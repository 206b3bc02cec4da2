package factcheck.engine;

import factcheck.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule files are code: unless the run trusts them, a rule file that reaches the file system, processes,
 * the network, reflection, threads or System is refused at compile time, at its file and line, however
 * the name is spelt.
 */
class RuleSandboxTest {

    private static final String HEAD = "package factcheck.rules;\nimport factcheck.model.*;\n";

    @TempDir
    Path tmp;

    /** A rule file whose one rule's action is {@code body}, on line 7. */
    private static String withAction(String body) {
        return HEAD + """
                rule "r"
                when
                    $c : Claim( )
                then
                """ + "    " + body + "\nend\n";
    }

    private RuleSet.Compiled compile(boolean trusted, String... namesAndTexts) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("rules"));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(dir.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return RuleSet.compile(dir, trusted);
    }

    /** Asserts the rules are refused with exactly one error per given line of x.drl, and returns the errors. */
    private List<Diagnostic> refusedAt(String text, Integer... lines) throws IOException {
        RuleSet.Compiled compiled = compile(false, "x.drl", text);
        assertFalse(compiled.ok(), "compiled, but should be refused:\n" + text);
        String where = tmp.resolve("rules").resolve("x.drl").toString();
        assertEquals(List.of(lines), compiled.errors().stream().map(Diagnostic::line).toList(),
                compiled.errors().toString());
        compiled.errors().forEach(d -> assertEquals(where, d.file(), d.toString()));
        return compiled.errors();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Runtime.getRuntime().exec(\"true\");",
            "java.lang.Runtime.getRuntime().exec(\"true\");",
            "java . lang . Runtime.getRuntime().exec(\"true\");",
            "System.exit(0);",
            "java.lang.System.exit(0);",
            "java.lang./* gap */System.exit(0);",
            "\\u0053ystem.exit(0);",
            "java.nio.file.Files.writeString(java.nio.file.Path.of(\"marker\"), \"x\");",
            "Object o = java.nio.file.Files.class;",
            "Class.forName(\"java.lang.Runtime\");",
            "Object l = \"x\".getClass();",
            "Object l = String.class;",
            "Object l = $c.getClass().getClassLoader();",
            "Object t = Verdict.TRUE.getDeclaringClass();",
            "Thread.currentThread().interrupt();",
            "new Thread(() -> { }).start();",
            "java.util.function.Supplier<String> s = () -> System.getProperty(\"x\");",
            "java.util.function.IntConsumer exit = System::exit;",
            "Runnable r = () -> { };",
            "Object s = new java.net.Socket();",
            "Object f = new java.util.Formatter(\"marker\");",
            "Object d = drools.getKieRuntime();",
    })
    void anActionThatReachesOutsideIsRefusedAtItsLine(String action) throws IOException {
        List<Diagnostic> errors = refusedAt(withAction(action), 7);
        assertTrue(errors.get(0).message().contains("--trust-rules")
                || errors.get(0).message().contains("\\u escape"), errors.toString());
    }

    @Test
    void theMessageNamesWhatWasUsedAndWhy() throws IOException {
        Diagnostic d = refusedAt(withAction("Runtime.getRuntime().exec(\"true\");"), 7).get(0);
        assertEquals("uses java.lang.Runtime: processes; rule files may use the fact model, Math, strings, numbers,"
                + " dates and collections; pass --trust-rules to run rule files that need more, and only for rule"
                + " files you trust", d.message());
        assertEquals(5, d.column());
    }

    @Test
    void anExplicitImportIsRefusedAtTheImport() throws IOException {
        refusedAt(HEAD + "import java.nio.file.Files;\nimport java.nio.file.Path;\n"
                + withAction("Files.writeString(Path.of(\"marker\"), \"x\");").substring(HEAD.length()), 3, 4);
    }

    @Test
    void anImportOfAStaticMethodIsRefused() throws IOException {
        refusedAt(HEAD + "import function java.lang.System.exit;\n"
                + withAction("exit(0);").substring(HEAD.length()), 3);
    }

    @Test
    void aWildcardImportIsRefusedAndSoIsEachUse() throws IOException {
        refusedAt(HEAD + "import java.nio.file.*;\n"
                + withAction("Files.writeString(Path.of(\"marker\"), \"x\");").substring(HEAD.length()), 3, 8);
    }

    @Test
    void aWildcardImportOfAllowedClassesStillRefusesItsOtherClasses() throws IOException {
        refusedAt(HEAD + "import java.util.*;\n"
                + withAction("Object f = new Formatter(\"marker\");").substring(HEAD.length()), 8);
    }

    @Test
    void aDrlFunctionIsRefusedAtTheLineInside() throws IOException {
        refusedAt(HEAD + """
                function void quit(int code) {
                    System.exit(code);
                }
                """, 4);
    }

    @Test
    void anEvalIsRefused() throws IOException {
        refusedAt(HEAD + """
                rule "r"
                when
                    $c : Claim( )
                    eval( System.getProperty("user.home") != null )
                then
                    insert(new Problem($c.id(), "x", "y"));
                end
                """, 6);
    }

    @Test
    void aPatternConstraintIsRefused() throws IOException {
        refusedAt(HEAD + """
                rule "r"
                when
                    $c : Claim( id == java.lang.System.getProperty("user.home") )
                then
                    insert(new Problem($c.id(), "x", "y"));
                end
                """, 5);
    }

    @Test
    void aFromExpressionIsRefused() throws IOException {
        refusedAt(HEAD + """
                rule "r"
                when
                    $c : Claim( )
                    $s : String( ) from Runtime.getRuntime().exec("true").toString()
                then
                    insert(new Problem($c.id(), "x", $s));
                end
                """, 6);
    }

    @Test
    void aSalienceExpressionIsRefused() throws IOException {
        refusedAt(HEAD + """
                rule "r"
                salience ( System.identityHashCode(null) )
                when
                    $c : Claim( )
                then
                    insert(new Problem($c.id(), "x", "y"));
                end
                """, 4);
    }

    @Test
    void aRuleInDialectMvelIsRefusedEvenWhenItsActionLooksHarmless() throws IOException {
        refusedAt(HEAD + """
                rule "r"
                dialect "mvel"
                when
                    $c : Claim( )
                then
                    insert(new Problem($c.id, "x", "y"));
                end
                """, 4);
    }

    @Test
    void anMvelActionReachingOutsideIsRefusedAtItsLine() throws IOException {
        refusedAt(HEAD + """
                dialect "mvel"
                rule "r"
                when
                    $c : Claim( )
                then
                    System.exit(0);
                end
                """, 3, 8);
    }

    @Test
    void mvelPropertyReflectionIsRefused() throws IOException {
        refusedAt(HEAD + """
                rule "r"
                when
                    $c : Claim( kind.class.classLoader != null )
                then
                    insert(new Problem($c.id(), "x", "y"));
                end
                """, 5);
    }

    @Test
    void aDeclaredTypeExtendingThreadIsRefused() throws IOException {
        refusedAt(HEAD + """
                declare Worker extends Thread
                    name : String
                end
                """, 3);
    }

    @Test
    void aWildcardImportInOneFileIsCheckedInEveryFileOfItsPackage() throws IOException {
        // Drools shares a package's imports between its files: java.util.* in one file gives another Formatter.
        RuleSet.Compiled compiled = compile(false, "imports.drl", "package factcheck.rules;\nimport java.util.*;\n",
                "x.drl", HEAD + """
                rule "probe"
                when
                    $c : Claim( new Formatter("PWNED") != null )
                then
                end
                """);
        assertFalse(compiled.ok());
        assertEquals(List.of(tmp.resolve("rules/x.drl") + ":5:21: error: uses java.util.Formatter: the file system; "
                + RulePolicy.ADVICE), compiled.errors().stream().map(Diagnostic::headline).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "declare Formatter\nend\nrule \"p\"\nwhen\n    Claim( new Formatter(\"PWNED\") != null )\nthen\nend\n",
            "declare enum Formatter A; end\nrule \"p\"\nwhen\n    $c : Claim()\n    $o : Object() from new Formatter(\"PWNED\")\nthen\nend\n",
            "rule \"p\"\nsalience ( String.valueOf(new Formatter(\"PWNED\")).length() * 0 )\nwhen\n    $c : Claim()\nthen\nend\n",
            "declare Array\nend\nrule \"p\"\nwhen\n    $c : Claim( Array.newInstance(String.class, 1) != null )\nthen\nend\n"})
    void aDeclaredTypeNeverShadowsARefusedClassOfTheSameName(String rule) throws IOException {
        // java.util.* in another file of the package: Drools and MVEL resolve Formatter to java.util.Formatter.
        RuleSet.Compiled compiled = compile(false, "imports.drl", "package factcheck.rules;\nimport java.util.*;\n",
                "shadow.drl", "package factcheck.rules;\ndeclare Formatter\nend\n", "x.drl", HEAD + rule);
        assertFalse(compiled.ok(), rule);
        String x = tmp.resolve("rules/x.drl").toString();
        assertTrue(compiled.errors().stream().anyMatch(d -> d.file().equals(x) && d.line() > 2
                && (d.message().startsWith("uses java.util.Formatter: the file system;")
                    || d.message().startsWith("uses java.lang.reflect.Array: reflection;"))), compiled.errors().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id.Class.ClassLoader != null", "id.Class != null", "id.getclass() != null",
            "this.ClassLoader != null", "id.DeclaredMethods != null", "id.Class.RecordComponents != null",
            "id.Class.Superclass != null", "figures.Class.EnclosingMethod != null"})
    void reflectionSpeltAsAPropertyInAnyCaseIsRefused(String constraint) throws IOException {
        refusedAt(HEAD + """
                rule "probe"
                when
                    $c : Claim( %s )
                then
                end
                """.formatted(constraint), 5);
    }

    @Test
    void aRuleFileInAPackageOfJavaOrTheEngineIsAnErrorTrustedOrNot() throws IOException {
        for (boolean trusted : new boolean[] {false, true}) {
            RuleSet.Compiled compiled = compile(trusted, "x.drl",
                    "package java.io;\nfunction String file() { return \"x\"; }\n");
            assertFalse(compiled.ok());
            assertEquals(List.of(tmp.resolve("rules/x.drl") + ":1: error: declares package java.io, a package of Java,"
                    + " the rule engine or factcheck itself; put rule files in a package of their own, such as"
                    + " factcheck.rules"), compiled.errors().stream().map(Diagnostic::headline).toList());
        }
    }

    @Test
    void aTextBlockIsRefusedSinceItCanHideCodeFromTheCheck() throws IOException {
        refusedAt(HEAD + """
                function String tb() {
                    String s = \"\"\"
                        x " y \"\"\"; new java.io.File("PWNED").createNewFile(); // "
                    return s;
                }
                """, 4);
    }

    @Test
    void onlyDroolsOwnInvokersMayReadTheirBytecodeUnchecked() {
        // A class a rule file writes is nested (named with a '$'): implementing Drools' invoker interface
        // does not exempt its getMethodBytecode from the check.
        for (String name : List.of("factcheck/rules/Tb$1XInvoker", "factcheck/rules/Tb$Invoker",
                "factcheck/rules/Rule_x$u39$s_1DefaultConsequenceInvoker")) {
            org.objectweb.asm.ClassWriter w = new org.objectweb.asm.ClassWriter(0);
            w.visit(org.objectweb.asm.Opcodes.V17, org.objectweb.asm.Opcodes.ACC_PUBLIC, name, null, "java/lang/Object",
                    new String[] {"org/drools/base/rule/accessor/CompiledInvoker"});
            if (name.contains("$1")) {
                w.visitOuterClass("factcheck/rules/Tb", "tb", "()Ljava/lang/String;");
            }
            if (name.contains("Tb$")) {
                w.visitInnerClass(name, name.contains("$1") ? null : "factcheck/rules/Tb",
                        name.contains("$1") ? "XInvoker" : "Invoker", 0);
            }
            org.objectweb.asm.MethodVisitor m = w.visitMethod(org.objectweb.asm.Opcodes.ACC_PUBLIC, "getMethodBytecode",
                    "()Ljava/lang/String;", null, null);
            m.visitCode();
            m.visitTypeInsn(org.objectweb.asm.Opcodes.NEW, "java/io/File");
            m.visitInsn(org.objectweb.asm.Opcodes.ACONST_NULL);
            m.visitInsn(org.objectweb.asm.Opcodes.ARETURN);
            m.visitMaxs(2, 1);
            m.visitEnd();
            w.visitEnd();
            List<String> uses = RuleBytecodeCheck.check(w.toByteArray(), java.util.Set.of()).stream()
                    .map(u -> u.message()).toList();
            if (name.contains("Tb$")) {
                assertTrue(uses.stream().anyMatch(u -> u.startsWith("uses java.io.File")), name + ": " + uses);
            } else {
                assertEquals(List.of(), uses, "Drools' own template is not the rule file's code");
            }
        }
    }

    @Test
    void declaringAnExistingClassDoesNotMakeItTheRuleFilesOwn() throws IOException {
        // 'declare' of a class that exists only adds metadata to it: the class is still refused where used.
        refusedAt(HEAD + """
                declare java.io.File
                end
                rule "probe"
                when
                    $c : Claim( new java.io.File("PWNED").createNewFile() )
                then
                end
                """, 3, 7);
        refusedAt(HEAD + """
                import java.io.File;
                declare File
                end
                rule "probe"
                when
                    $c : Claim()
                then
                    new File("PWNED").createNewFile();
                end
                """, 3);
        refusedAt(HEAD + """
                declare System
                end
                rule "probe"
                when
                    $c : Claim()
                then
                    System.exit(0);
                end
                """, 3, 9);
    }

    @Test
    void aDeclareOfAFactClassKeepsTheRulesThatUseIt() throws IOException {
        RuleSet.Compiled compiled = compile(false, "x.drl", HEAD + """
                declare Figure
                    @role(fact)
                end
                declare Tally
                    count : int
                end
                rule "tally"
                when
                    $f : Figure()
                then
                    insert(new Tally(1));
                end
                """);
        assertTrue(compiled.ok(), compiled.errors().toString());
    }

    @Test
    void aDeclaredTypeWithAFileFieldIsRefused() throws IOException {
        refusedAt(HEAD + """
                declare Holder
                    file : java.io.File
                end
                """, 4);
    }

    @Test
    void aGlobalOfTypeFileIsRefused() throws IOException {
        refusedAt(HEAD + "global java.io.File out;\n", 3);
    }

    @Test
    void aUnicodeEscapeInACommentIsRefused() throws IOException {
        refusedAt(withAction("// \\u000a System.exit(0);"), 7);
    }

    @Test
    void aUnicodeEscapeThatEndsAStringForJavaIsRefused() throws IOException {
        refusedAt(withAction("String s = \"a\\u0022; System.exit(0); //\";"), 7);
    }

    @Test
    void codeSplicedInByClosingTheActionEarlyIsRefused() throws IOException {
        refusedAt(withAction("} static { Runtime.getRuntime().halt(0); } static void more() {"), 7);
    }

    @Test
    void everyRefusalOfARunIsReportedSortedOncePerLine() throws IOException {
        RuleSet.Compiled compiled = compile(false,
                "b.drl", withAction("System.exit(0); Runtime.getRuntime().exec(\"x\");"),
                "a.drl", withAction("Class.forName(\"x\");"));
        assertEquals(List.of("a.drl:7", "b.drl:7"), compiled.errors().stream()
                .map(d -> Path.of(d.file()).getFileName() + ":" + d.line()).toList(), compiled.errors().toString());
    }

    @Test
    void ordinaryRuleConstructsAreAccepted() throws IOException {
        RuleSet.Compiled compiled = compile(false, "ok.drl", HEAD + """
                import java.time.LocalDate;
                import function factcheck.model.Numbers.fmt;

                function String twice(String s) {
                    java.util.List<String> l = new java.util.ArrayList<>(java.util.List.of(s, s));
                    java.util.Collections.sort(l);
                    return String.join(",", l);
                }

                rule "ordinary"
                when
                    $c : Claim( $k : kind, id != null )
                    eval( twice($k).length() > 0 )
                    $all : java.util.List( ) from collect( Claim( kind == $k ) )
                    $one : Claim( ) from $all
                    $n : Number( ) from accumulate( Claim( $id : id ), count($id) )
                    $len : Number( ) from accumulate( Claim( $i : id ),
                            init( int t = 0; ) action( t += $i.length(); ) reverse( t -= $i.length(); )
                            result( Integer.valueOf(t) ) )
                then
                    java.util.Map<String, Integer> m = new java.util.TreeMap<>();
                    m.merge($k, 1, Integer::sum);
                    java.util.function.Function<String, String> up = x -> x.toUpperCase(java.util.Locale.ROOT);
                    String text = String.format("%s %d %s", twice($c.id()), $n.intValue(), up.apply($k))
                            + Math.max(1, 2) + LocalDate.of(2020, 1, 1).plusDays(1) + m + fmt(1.5)
                            + java.util.stream.Stream.of("a", "b").map(up).toList() + new java.math.BigDecimal("1.5");
                    modify($c) { }
                    insert(new Problem($c.id(), "x", text + $len + $one.id()));
                end
                """);
        assertTrue(compiled.ok(), compiled.errors().toString());
    }

    @Test
    void theBundledRulesAreAccepted() {
        RuleSet.Compiled compiled = RuleSet.compile(factcheck.TestFiles.BUNDLED_RULES, false);
        assertTrue(compiled.ok(), compiled.errors().toString());
    }

    @Test
    void trustedRulesMayUseSystem() throws IOException {
        String text = withAction("insert(new Problem($c.id(), \"x\", System.getProperty(\"user.home\")));");
        assertTrue(compile(true, "x.drl", text).ok());
    }

    @Test
    void rulesCompiledWithTrustAreNotReusedByARestrictedRun() throws IOException {
        String text = withAction("insert(new Problem($c.id(), \"x\", System.getProperty(\"user.home\")));");
        assertTrue(compile(true, "x.drl", text).ok());
        assertTrue(compile(true, "x.drl", text).rules().fromCache());
        refusedAt(text, 7);
    }

    @Test
    void anUnknownImportIsOneErrorAtItsLine() throws IOException {
        for (boolean trusted : new boolean[] {false, true}) {
            RuleSet.Compiled compiled = compile(trusted, "x.drl", HEAD + "\nimport foo.Bar;\n" + withAction(
                    "insert(new Problem($c.id(), \"x\", \"y\"));").substring(HEAD.length()));
            assertEquals(List.of(new Diagnostic(tmp.resolve("rules/x.drl").toString(), 4, 1,
                    "unknown import 'foo.Bar': no such class")), compiled.errors());
        }
    }

    @Test
    void anUnknownImportAmongValidFilesIsOneErrorInItsOwnFile() throws IOException {
        String valid = withAction("insert(new Problem($c.id(), \"x\", \"y\"));");
        RuleSet.Compiled compiled = compile(false, "a.drl", valid, "b.drl", valid.replace("\"r\"", "\"r2\""),
                "c.drl", HEAD + "import foo.Bar;\n", "d.drl", valid.replace("\"r\"", "\"r4\""));
        assertEquals(List.of(new Diagnostic(tmp.resolve("rules/c.drl").toString(), 3, 1,
                "unknown import 'foo.Bar': no such class")), compiled.errors());
    }
}

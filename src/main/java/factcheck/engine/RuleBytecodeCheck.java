package factcheck.engine;

import factcheck.model.Diagnostic;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Function;
import org.drools.base.rule.LineMappings;
import org.drools.base.rule.consequence.Consequence;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The second check, on the bytecode Drools generated from the rule files (consequences, evals, DRL
 * functions, inline accumulate code), made after they compile and before any of it runs: every class
 * the code refers to, in any position (calls, fields, types, descriptors, casts, exception handlers,
 * annotations), must be one {@link RulePolicy} allows or one the rule files made. It catches what
 * reading the text cannot: a type Java infers ({@code var}), or code spliced in by closing a method early.
 * Class literals and method handles are refused outright; invokedynamic only for string concatenation,
 * lambdas and records.
 */
final class RuleBytecodeCheck {

    private static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/StringConcatFactory",
            "java/lang/invoke/LambdaMetafactory", "java/lang/runtime/ObjectMethods");

    /**
     * Drools' invokers implement this; each reads its own bytecode through its class. A rule file cannot
     * name the interface (the text check refuses org.drools), so cannot make such a class.
     */
    private static final String COMPILED_INVOKER = "org/drools/base/rule/accessor/CompiledInvoker";

    private static final String KNOWLEDGE_HELPER = "org/drools/core/rule/consequence/KnowledgeHelper";
    private static final String CLASS = "Ljava/lang/Class;";

    private RuleBytecodeCheck() {
    }

    /** Where a generated class's source is: the rule or function it was made from. */
    record Span(String file, int line, int endLine) {
    }

    /** One refused use: what it was, the word to look for in the source, and the message. */
    record Use(String hint, String message) {
    }

    /**
     * Every refused use in the classes Drools generated for these compiled packages, one error per line,
     * at the rule or function each class was made from.
     *
     * @param spans where each rule ({@code namespace\0name}) and function ({@code namespace\0function name}) is
     * @param texts each rule file's text, by the file's name, to find the line inside a rule
     * @param declared the full names of the types the rule files declare
     */
    static List<Diagnostic> check(Collection<KiePackage> packages, Map<String, Span> spans, Map<String, String> texts,
                                  Set<String> declared) {
        Set<String> own = new HashSet<>();
        declared.forEach(d -> own.add(d.replace('.', '/')));
        for (KiePackage p : packages) {
            JavaDialectRuntimeData data = javaData(p);
            if (data != null) {
                data.getStore().keySet().forEach(k -> own.add(k.replaceAll("\\.class$", "")));
            }
        }
        Map<String, Diagnostic> found = new TreeMap<>();
        for (KiePackage p : packages) {
            JavaDialectRuntimeData data = javaData(p);
            if (data == null) {
                continue;
            }
            InternalKnowledgePackage pkg = (InternalKnowledgePackage) p;
            Map<String, Span> byClass = new HashMap<>();
            for (Rule r : pkg.getRules()) {
                Span span = spans.get(pkg.getName() + "\0" + r.getName());
                Consequence consequence = ((RuleImpl) r).getConsequence();
                if (span != null && consequence != null) {
                    String invoker = consequence.getClass().getName();
                    int cut = invoker.indexOf("DefaultConsequenceInvoker");
                    byClass.put(cut > 0 ? invoker.substring(0, cut) : invoker, span);
                }
            }
            for (Function f : pkg.getFunctions().values()) {
                Span span = spans.get(pkg.getName() + "\0function " + f.getName());
                if (span != null) {
                    byClass.put(f.getClassName(), span);
                }
            }
            Span fallback = spans.entrySet().stream().filter(e -> e.getKey().startsWith(pkg.getName() + "\0"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            for (Map.Entry<String, byte[]> c : new TreeMap<>(data.getStore()).entrySet()) {
                List<Use> uses = check(c.getValue(), own);
                if (uses.isEmpty()) {
                    continue;
                }
                String name = c.getKey().replaceAll("\\.class$", "").replace('/', '.');
                Span span = byClass.entrySet().stream().filter(e -> name.startsWith(e.getKey()))
                        .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse(null);
                if (span == null) {
                    LineMappings lines = pkg.getDialectRuntimeRegistry().getLineMappings(name.replaceAll("\\$.*", ""));
                    span = fallback == null ? null : lines == null ? fallback
                            : new Span(fallback.file(), lines.getStartLine(), lines.getStartLine());
                }
                for (Use use : uses) {
                    Diagnostic d = span != null ? at(span, texts, use) : new Diagnostic(name, 0, 0, use.message());
                    found.putIfAbsent(d.file() + "\0" + String.format("%09d", d.line()), d);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static JavaDialectRuntimeData javaData(KiePackage p) {
        return p instanceof InternalKnowledgePackage pkg
                && pkg.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData data
                ? data : null;
    }

    /**
     * The refused uses in one generated class.
     *
     * @param own binary names (slashes) of classes the rule files made or declared, which may be used
     */
    static List<Use> check(byte[] bytes, Set<String> own) {
        List<Use> uses = new ArrayList<>();
        Refs refs = new Refs(own, uses);
        new ClassReader(bytes).accept(refs.classVisitor(), ClassReader.SKIP_FRAMES);
        return uses;
    }

    /** The line in {@code span} where {@code hint} appears as a word, else the span's first line. */
    static Diagnostic at(Span span, Map<String, String> texts, Use use) {
        String text = texts.get(span.file());
        int line = span.line();
        if (text != null && use.hint() != null) {
            String[] lines = text.split("\n", -1);
            Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(use.hint()) + "(?![\\w$])");
            for (int i = Math.max(span.line(), 1); i <= Math.min(Math.max(span.endLine(), span.line()), lines.length); i++) {
                if (word.matcher(lines[i - 1]).find()) {
                    line = i;
                    break;
                }
            }
        }
        return new Diagnostic(span.file(), line, 0, use.message());
    }

    /** Collects every class a generated class refers to. */
    private static final class Refs {
        private final Set<String> own;
        private final List<Use> uses;
        private boolean invoker;
        private String self;

        Refs(Set<String> own, List<Use> uses) {
            this.own = own;
            this.uses = uses;
        }

        /** An internal name ({@code java/lang/System}) or array descriptor used where {@code hint} is written. */
        void name(String internal, String hint) {
            if (internal == null) {
                return;
            }
            if (internal.startsWith("[")) {
                type(Type.getType(internal), hint);
                return;
            }
            if (own.contains(internal)) {
                return;
            }
            String binary = internal.replace('/', '.');
            Optional<String> why = RulePolicy.refusalInBytecode(binary);
            if (why.isPresent()) {
                String simple = binary.substring(binary.lastIndexOf('.') + 1);
                simple = simple.substring(simple.lastIndexOf('$') + 1);
                uses.add(new Use(hint != null ? hint : simple, RuleSourceCheck.uses(binary, why.get())));
            }
        }

        void type(Type t, String hint) {
            switch (t.getSort()) {
                case Type.ARRAY -> type(t.getElementType(), hint);
                case Type.OBJECT -> name(t.getInternalName(), hint);
                case Type.METHOD -> {
                    type(t.getReturnType(), hint);
                    for (Type a : t.getArgumentTypes()) {
                        type(a, hint);
                    }
                }
                default -> {
                }
            }
        }

        void descriptor(String desc, String hint) {
            if (desc != null) {
                type(Type.getType(desc), hint);
            }
        }

        void handle(Handle h) {
            name(h.getOwner(), h.getName());
            descriptor(h.getDesc(), h.getName());
        }

        void constant(Object value, String hint) {
            if (value instanceof Type t) {
                type(t, hint);
            } else if (value instanceof Handle h) {
                handle(h);
            } else if (value instanceof ConstantDynamic c) {
                uses.add(new Use(c.getName(), "uses a dynamic constant: reflection; " + RulePolicy.ADVICE));
            }
        }

        AnnotationVisitor annotation(String desc) {
            descriptor(desc, null);
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String name, Object value) {
                    constant(value, null);
                }

                @Override
                public void visitEnum(String name, String descriptor, String value) {
                    descriptor(descriptor, null);
                }

                @Override
                public AnnotationVisitor visitAnnotation(String name, String descriptor) {
                    return annotation(descriptor);
                }

                @Override
                public AnnotationVisitor visitArray(String name) {
                    return this;
                }
            };
        }

        ClassVisitor classVisitor() {
            return new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    // Only Drools' own invokers: top-level classes named ...Invoker. A class a rule file writes
                    // (local or anonymous, in a function or an action) is nested: see visitOuterClass and
                    // visitInnerClass, which come before any method.
                    invoker = interfaces != null && Arrays.asList(interfaces).contains(COMPILED_INVOKER)
                            && name.endsWith("Invoker");
                    self = name;
                    name(superName, null);
                    for (String i : interfaces == null ? new String[0] : interfaces) {
                        name(i, null);
                    }
                }

                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    return annotation(descriptor);
                }

                @Override
                public void visitNestHost(String nestHost) {
                    name(nestHost, null);
                }

                @Override
                public void visitOuterClass(String owner, String name, String descriptor) {
                    invoker = false;
                    name(owner, null);
                    descriptor(descriptor, null);
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                                               Object value) {
                    descriptor(descriptor, name);
                    return new FieldVisitor(Opcodes.ASM9) {
                        @Override
                        public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
                            return annotation(desc);
                        }
                    };
                }

                @Override
                public void visitInnerClass(String name, String outerName, String innerName, int access) {
                    if (name.equals(self)) {
                        invoker = false;
                    }
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    descriptor(descriptor, null);
                    for (String e : exceptions == null ? new String[0] : exceptions) {
                        name(e, null);
                    }
                    // Drools' template for reading an invoker's own bytecode (by its class, through its class
                    // loader) is the engine's code, with no text from the rule file in it.
                    return invoker && name.equals("getMethodBytecode") && descriptor.equals("()Ljava/lang/String;")
                            ? null : methodVisitor();
                }
            };
        }

        MethodVisitor methodVisitor() {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    return annotation(descriptor);
                }

                @Override
                public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
                    return annotation(descriptor);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    name(type, null);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                    name(owner, null);
                    descriptor(descriptor, name);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                                            boolean isInterface) {
                    name(owner, null);
                    // modify() becomes drools.update(handle, mask, Fact.class): the engine takes the class.
                    descriptor(owner.equals(KNOWLEDGE_HELPER) ? descriptor.replace(CLASS, "") : descriptor, name);
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                                                   Object... arguments) {
                    if (!BOOTSTRAPS.contains(bootstrap.getOwner())) {
                        uses.add(new Use(name, "uses invokedynamic with " + bootstrap.getOwner().replace('/', '.')
                                + ": reflection; " + RulePolicy.ADVICE));
                        return;
                    }
                    descriptor(descriptor, name);
                    for (Object a : arguments) {
                        constant(a, name);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof Type t && t.getSort() == Type.OBJECT
                            && (own.contains(t.getInternalName()) || RulePolicy.refusal(t.getClassName()).isEmpty())) {
                        // A class literal of a class rules may use, which only Drools writes (modify): the
                        // text check refuses ".class", and any call on a Class is refused here.
                        return;
                    }
                    if (value instanceof Type t && t.getSort() != Type.METHOD || value instanceof Handle) {
                        String named = value instanceof Type t ? t.getClassName() : ((Handle) value).getOwner();
                        uses.add(new Use("class", "uses the class literal " + named.replace('/', '.')
                                + ".class: reflection; " + RulePolicy.ADVICE));
                    } else if (value instanceof Type) {
                        uses.add(new Use(null, "uses a method type constant: reflection; " + RulePolicy.ADVICE));
                    } else {
                        constant(value, null);
                    }
                }

                @Override
                public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
                    descriptor(descriptor, null);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    name(type, null);
                }

                @Override
                public void visitLocalVariable(String name, String descriptor, String signature, Label start,
                                               Label end, int index) {
                    descriptor(descriptor, name);
                }
            };
        }
    }
}

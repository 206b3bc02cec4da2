package factcheck.engine;

import factcheck.model.RuleSource;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the rule, and the DRL function, whose code a stack trace runs through. Drools compiles
 * each rule's consequence and evals into a class of its own ({@code Rule_chain651669929}, with
 * invokers such as {@code Rule_chain651669929DefaultConsequenceInvoker}), and each DRL function
 * into a class named after it ({@code Deep.deep}); these names map back to where they were
 * written. A pattern constraint runs interpreted and leaves no such frame: for it, Drools' own
 * message names the rule ({@code [Rule "name" in file]}).
 */
final class Culprits {

    /** Who was running: a rule, a function, both, or neither (each may be null). */
    record Blame(RuleSource rule, RuleSource function) {
        static final Blame NONE = new Blame(null, null);

        Blame or(Blame other) {
            return new Blame(rule != null ? rule : other.rule, function != null ? function : other.function);
        }

        boolean named() {
            return rule != null || function != null;
        }
    }

    private static final Pattern INVOKER = Pattern.compile("(DefaultConsequenceInvoker|Eval\\d+Invoker)$");
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("\\[Rule \"(.+?)\" in ");

    private final RuleSet rules;
    private Map<String, RuleSource> byClass;
    private Map<String, RuleSource> functions;

    Culprits(RuleSet rules) {
        this.rules = rules;
    }

    /** The rule and function a throwable was thrown from, searching its causes too. */
    Blame of(Throwable thrown) {
        Blame blame = Blame.NONE;
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            blame = blame.or(in(t.getStackTrace()));
            Matcher m = t.getMessage() == null ? null : RULE_IN_MESSAGE.matcher(t.getMessage());
            if (blame.rule() == null && m != null && m.find()) {
                blame = blame.or(new Blame(byName(m.group(1)), null));
            }
        }
        return blame;
    }

    /** The innermost rule and the innermost function on a stack, innermost frame first. */
    synchronized Blame in(StackTraceElement[] frames) {
        index();
        RuleSource rule = null;
        RuleSource function = null;
        for (StackTraceElement frame : frames) {
            String name = frame.getClassName();
            if (rule == null) {
                rule = byClass.get(name);
                if (rule == null) {
                    Matcher invoker = INVOKER.matcher(name);
                    rule = invoker.find() ? byClass.get(name.substring(0, invoker.start())) : null;
                }
            }
            if (function == null) {
                function = functions.get(name + "#" + frame.getMethodName());
            }
        }
        return new Blame(rule, function);
    }

    /** A rule by its name alone, as Drools' messages give it. */
    RuleSource byName(String name) {
        return rules.rules().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElse(new RuleSource(name, "?", 0, ""));
    }

    /** Each rule's generated class, and each function's, found once and only when a failure needs them. */
    private void index() {
        if (byClass != null) {
            return;
        }
        byClass = new HashMap<>();
        functions = new HashMap<>();
        List<String> functionNames = new ArrayList<>();
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                for (Object generated : generated(rule)) {
                    Matcher invoker = INVOKER.matcher(generated.getClass().getName());
                    if (invoker.find()) {
                        byClass.putIfAbsent(generated.getClass().getName().substring(0, invoker.start()),
                                rules.source(rule));
                    }
                }
            }
            for (String f : pkg.getFunctionNames()) {
                if (!f.isEmpty()) {
                    functionNames.add(f);
                    String cls = pkg.getName() + "." + Character.toUpperCase(f.charAt(0)) + f.substring(1);
                    functions.put(cls + "#" + f, new RuleSource(f, "?", 0, ""));
                }
            }
        }
        // Where each function is written: Drools keeps no line for it, so read the rule files.
        for (Path file : rules.files()) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (String f : functionNames) {
                Matcher m = Pattern.compile("(?m)^[ \\t]*function\\s+[\\w.<>\\[\\], ?]+?\\s+" + Pattern.quote(f) + "\\s*\\(")
                        .matcher(text);
                if (m.find()) {
                    int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    functions.replaceAll((k, v) -> v.name().equals(f) && v.line() == 0
                            ? new RuleSource(f, file.toString(), line, "") : v);
                }
            }
        }
    }

    /** The compiled consequence and evals of a rule; none when Drools keeps them otherwise. */
    private static List<Object> generated(Rule rule) {
        List<Object> found = new ArrayList<>();
        try {
            if (rule instanceof RuleImpl impl) {
                if (impl.getConsequence() != null) {
                    found.add(impl.getConsequence());
                }
                evals(impl.getLhs(), found);
            }
        } catch (RuntimeException | LinkageError e) {
            // Drools' internals moved: rules are then named by messages only.
        }
        return found;
    }

    private static void evals(RuleConditionElement element, List<Object> found) {
        if (element instanceof EvalCondition eval && eval.getEvalExpression() != null) {
            found.add(eval.getEvalExpression());
        }
        if (element != null) {
            for (RuleConditionElement child : element.getNestedElements()) {
                evals(child, found);
            }
        }
    }
}

package factcheck.engine;

import factcheck.model.Diagnostic;
import factcheck.util.DidYouMean;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools' compile messages into errors a rule author can act on: what is wrong in plain
 * words, the closest known name for a misspelt fact type, field or method, and the line and
 * column of the mistake, so that the error shows the source line with a caret under it.
 */
final class CompileErrors {

    /** "unable to resolve method using strict-mode: factcheck.model.Claim.kindd()" */
    private static final Pattern NO_FIELD =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    /** "Unable to resolve ObjectType 'Clam'" */
    private static final Pattern NO_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    /** "The method idd() is undefined for the type Claim" */
    private static final Pattern NO_METHOD =
            Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    /** "[ function judgedjudged (line:141): Duplicate local variable side ]" */
    private static final Pattern FUNCTION_ERROR = Pattern.compile("^\\[ function (\\w+) \\(line:-?\\d+\\): (.+?) ]$");
    /** "$x cannot be resolved" (or "... cannot be resolved to a variable") */
    private static final Pattern NO_VARIABLE = Pattern.compile("(\\$?\\w+) cannot be resolved(?: to a variable)?\\b");
    /** "X cannot be resolved to a type" */
    private static final Pattern NO_JAVA_TYPE = Pattern.compile("(\\w+) cannot be resolved to a type");
    /** Drools' own position, repeated in its text: "[Line: 6, Column: 4]". */
    private static final Pattern POSITION = Pattern.compile("\\[Line: \\d+, Column: \\d+]");

    private final Map<String, Class<?>> types;

    /**
     * @param types the fact types rules can use, by simple name: the model's records and the
     *              types declared in the rule files (declared types have no class: null)
     */
    CompileErrors(Map<String, Class<?>> types) {
        this.types = types;
    }

    /**
     * The teaching form of one compile error.
     *
     * @param file   the rule file, as the user named it
     * @param text   the file's text
     * @param line   the line Drools gave (for an action, the line of its rule)
     * @param column the column Drools gave, 0 when none
     * @param raw    Drools' message
     */
    Diagnostic explain(String file, String text, int line, int column, String raw) {
        String[] lines = text.split("\n", -1);
        String message = raw.replaceAll("\\s*\\R\\s*", " ").strip();
        String culprit = null;

        Matcher m;
        if ((m = FUNCTION_ERROR.matcher(message)).find()) {
            // Drools names the function twice over ("judgedjudged").
            String name = m.group(1);
            int half = name.length() / 2;
            if (name.length() % 2 == 0 && name.substring(0, half).equals(name.substring(half))) {
                name = name.substring(0, half);
            }
            message = "in function '" + name + "': " + m.group(2) + "; every rule that calls it is left out until"
                    + " it compiles";
        } else if ((m = NO_FIELD.matcher(message)).find()) {
            String type = simpleName(m.group(1));
            culprit = m.group(2);
            message = "no field '" + culprit + "' on " + type + hint(culprit, fieldsOf(m.group(1)), type);
        } else if ((m = NO_TYPE.matcher(message)).find()) {
            culprit = simpleName(m.group(1));
            message = "no fact type '" + culprit + "'" + DidYouMean.hint(culprit, types.keySet())
                    + " (fact types: " + String.join(", ", new TreeSet<>(types.keySet())) + ")";
        } else if ((m = NO_METHOD.matcher(message)).find()) {
            culprit = m.group(1);
            String type = m.group(3);
            Class<?> c = types.get(type);
            Set<String> known = c == null ? Set.of() : fieldsOf(c.getName());
            message = "no method '" + culprit + "(" + m.group(2) + ")' on " + type
                    + DidYouMean.closest(culprit, known).map(x -> "; did you mean '" + x + "()'?").orElse("");
        } else if ((m = NO_JAVA_TYPE.matcher(message)).find()) {
            culprit = m.group(1);
            message = "no type '" + culprit + "'" + DidYouMean.hint(culprit, types.keySet())
                    + "; is it imported (import factcheck.model.*;)?";
        } else if ((m = NO_VARIABLE.matcher(message)).find() && message.startsWith("Rule Compilation error")) {
            culprit = m.group(1);
            message = "'" + culprit + "' is not bound in this rule; bind it in a condition, like '"
                    + (culprit.startsWith("$") ? culprit : "$" + culprit) + " : Claim( ... )'";
        } else {
            message = POSITION.matcher(message.replaceFirst("^Rule Compilation error\\s*", "")).replaceAll("").strip();
        }

        // Point at the mistake itself: its first whole-word use from the reported line on, within the rule.
        if (culprit != null && line > 0) {
            Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(culprit) + "(?![\\w$])");
            for (int i = line - 1; i < lines.length; i++) {
                if (i > line - 1 && lines[i].strip().equals("end")) {
                    break;
                }
                Matcher w = word.matcher(lines[i]);
                if (w.find()) {
                    line = i + 1;
                    column = w.start() + 1;
                    break;
                }
            }
        }
        String source = line > 0 && line <= lines.length ? lines[line - 1].stripTrailing() : null;
        return new Diagnostic(file, line, column, message, source == null || source.isBlank() ? null : source);
    }

    private String hint(String name, Collection<String> known, String type) {
        if (known.isEmpty()) {
            return "";
        }
        return DidYouMean.hint(name, known) + " (fields of " + type + ": " + String.join(", ", new TreeSet<>(known)) + ")";
    }

    /** What a pattern can constrain on a type: its record components and public no-argument methods. */
    private Set<String> fieldsOf(String className) {
        Set<String> names = new TreeSet<>();
        Class<?> c = types.values().stream().filter(t -> t != null && t.getName().equals(className)).findFirst()
                .orElse(null);
        if (c == null) {
            return names;
        }
        for (Method method : c.getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() != Object.class && method.getReturnType() != void.class
                    && !List.of("hashCode", "toString", "getClass").contains(method.getName())) {
                names.add(method.getName());
            }
        }
        return names;
    }

    private static String simpleName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}

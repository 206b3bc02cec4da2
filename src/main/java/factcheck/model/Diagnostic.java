package factcheck.model;

import factcheck.util.Shown;

/**
 * An error in the user's input, printed the way a compiler prints one:
 * {@code claims/kron4.yaml:40: error: claim 'pay-33x': unknown figure 'sag'}, or with a column
 * for rule files, {@code rules/ratio.drl:12:5: error: ...}.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong and, where it can say, what to do
 * @param source  the offending line of the file, shown under the message with a caret under
 *                the column; null when there is none to show
 */
public record Diagnostic(String file, int line, int column, String message, String source)
        implements Comparable<Diagnostic> {

    public Diagnostic(String file, int line, int column, String message) {
        this(file, line, column, message, null);
    }

    public static Diagnostic at(Location where, String message) {
        return new Diagnostic(where.file(), where.line(), 0, message);
    }

    /**
     * The compiler form: {@code file:line[:column]: error: message}, then, when the source line
     * is known, that line and a caret under the column. User text (file name, message, source
     * line) is shown with its control and bidi characters escaped ({@link Shown#terminal}), so
     * printing it cannot move the cursor, clear the screen or reorder the line; tabs in the source
     * line are kept, and matched in the caret line, so the caret stays under its column.
     */
    public String format() {
        String head = headline();
        if (source == null) {
            return head;
        }
        StringBuilder shown = new StringBuilder();
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            String s = c == '\t' ? "\t" : Shown.terminal(String.valueOf(c));
            shown.append(s);
            if (i < column - 1) {
                caret.append(c == '\t' ? "\t" : " ".repeat(s.length()));
            }
        }
        return head + "\n" + shown + (column > 0 ? "\n" + caret + "^" : "");
    }

    /** The first line alone: {@code file:line[:column]: error: message}. */
    public String headline() {
        StringBuilder s = new StringBuilder(Shown.terminal(file));
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": error: ").append(Shown.terminal(message)).toString();
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = file.compareTo(o.file);
        if (c == 0) c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return format();
    }
}

package factcheck.cli;

import factcheck.report.Options;

/**
 * What standard output is, as the launcher tells Java (which cannot ask): whether it is a
 * terminal, how wide, and whether the user asked for no colour.
 *
 * @param isTerminal whether standard output is a terminal ({@code -Dfactcheck.stdout.terminal})
 * @param columns    the terminal's width, from {@code -Dfactcheck.columns} or else {@code COLUMNS};
 *                   null when neither holds a number
 * @param noColor    the value of {@code NO_COLOR}, or null
 */
record Terminal(boolean isTerminal, String columns, String noColor) {

    /** {@code --color}: when the text report's verdicts are in colour. */
    enum Color { auto, always, never }

    /** The launcher's properties and the environment. */
    static Terminal fromLauncher() {
        String columns = System.getProperty("factcheck.columns");
        if (columns == null || columns.isBlank()) {
            columns = System.getenv("COLUMNS");
        }
        return new Terminal(Boolean.getBoolean(ProgressLine.STDOUT_PROPERTY), columns, System.getenv("NO_COLOR"));
    }

    /**
     * Whether to colour: {@code always} and {@code never} as they say; {@code auto} only on a
     * terminal and when NO_COLOR is unset or empty, as no-color.org asks. An explicit
     * {@code --color always} wins over NO_COLOR, as a command-line flag may there.
     */
    boolean color(Color when) {
        return switch (when) {
            case always -> true;
            case never -> false;
            case auto -> isTerminal && (noColor == null || noColor.isEmpty());
        };
    }

    /**
     * The text table's width: the terminal's, at least 80, when standard output is a terminal
     * whose width is known; otherwise 100, so that files and pipes get the same report everywhere.
     */
    int width() {
        if (!isTerminal || columns == null) {
            return Options.WIDTH;
        }
        try {
            return Math.max(Options.MIN_WIDTH, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return Options.WIDTH;
        }
    }
}

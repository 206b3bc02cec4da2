package factcheck.engine;

/**
 * Where a rule was written, for reports and traces.
 *
 * @param name        the rule's name
 * @param file        its file, as found under the rules directory
 * @param line        the line of its {@code rule} keyword
 * @param description the comment right above it, the rule's one-line reason
 */
public record RuleSource(String name, String file, int line, String description) implements java.io.Serializable {

    /** Stands for the engine itself, for what no rule decided. */
    public static final RuleSource ENGINE = new RuleSource("(engine)", "", 0, "");

    /** {@code rules/ratio.drl:12}. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}

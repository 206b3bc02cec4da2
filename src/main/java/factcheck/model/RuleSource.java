package factcheck.model;

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

    /** The name of a person's verdict, written in the claims file. */
    public static final String EDITOR = "(editor)";
    /** The name of a person's caveat on a rule's verdict. */
    public static final String CAVEAT = "(caveat)";
    /** The name of an error in the claims file. */
    public static final String CLAIMS_FILE = "(claims file)";

    /** Who decided, in one word for reports: "rules", "editor", "caveat", "claims file" or "engine". */
    public String decider() {
        return switch (name) {
            case EDITOR -> "editor";
            case CAVEAT -> "caveat";
            case CLAIMS_FILE -> "claims file";
            case "(engine)" -> "engine";
            default -> "rules";
        };
    }

    /** {@code rules/ratio.drl:12}. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}

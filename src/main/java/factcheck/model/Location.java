package factcheck.model;

/**
 * A place in an input file, for messages: {@code claims/kron4.yaml:40}.
 *
 * @param file the path as the user gave it (relative stays relative)
 * @param line 1-based line, or 0 when unknown
 */
public record Location(String file, int line) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}

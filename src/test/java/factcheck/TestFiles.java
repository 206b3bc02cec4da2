package factcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the project's own rules/ and claims/ for tests that change them. */
public final class TestFiles {
    private TestFiles() {
    }

    /**
     * A copy of the bundled article's claims and text, for tests that assert on its verdicts: a user
     * who edits claims/ does not break them. Kept equal to claims/ when the bundled claims change.
     */
    public static final Path BUNDLED_CLAIMS = Path.of("src/test/resources/fixtures/claims");

    /**
     * A copy of the bundled rule files, for tests that need realistic rules but do not assert on
     * one rule's wording: a user who adds a rule file to rules/ does not break them.
     */
    public static final Path BUNDLED_RULES = Path.of("src/test/resources/fixtures/rules");

    /** Copies the files of directory {@code from} (not its subdirectories) into {@code to}; returns {@code to}. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

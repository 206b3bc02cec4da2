package factcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's "Starting a new article" shows the real output of {@code factcheck extract}. */
class ReadmeExtractTest {

    @TempDir
    Path project;

    @Test
    void theReadmesExtractIsTheRealOutput() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher text = Pattern.compile("(?s)```text claims/city-budget\\.txt\\n(.*?)```").matcher(readme);
        Matcher shown = Pattern.compile("(?s)```yaml extract claims/city-budget\\.txt\\n(.*?)```").matcher(readme);
        assertTrue(text.find() && shown.find(), "the README shows the article and its extract");
        Path article = Files.createDirectories(project.resolve("claims")).resolve("city-budget.txt");
        Files.writeString(article, text.group(1));
        Path claims = project.resolve("claims/city-budget.yaml");
        Cli r = Cli.run("extract", article.toString(), "--output", claims.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(shown.group(1), Files.readString(claims));
        assertEquals(0, Cli.run("check", "--claims", claims.toString()).code(), "the extract checks as it is");
    }
}

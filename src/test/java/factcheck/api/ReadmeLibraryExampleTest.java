package factcheck.api;

import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's example of the checker as a library compiles against the library as it is. */
class ReadmeLibraryExampleTest {
    @Test
    void theLibraryExampleCompiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("\n## The checker as a library\n");
        assertTrue(section >= 0, "the README has the section");
        Matcher block = Pattern.compile("(?s)```java\\n(.*?)```").matcher(readme);
        assertTrue(block.find(section), "the section has a Java example");
        String source = """
                import factcheck.api.Checker;
                import factcheck.model.Diagnostic;
                import factcheck.report.Format;
                import factcheck.report.Report;
                import factcheck.verdict.ArticleResult;
                import factcheck.verdict.ClaimResult;
                import java.nio.file.Path;
                import java.util.ArrayList;
                import java.util.List;

                class Example {
                    static void run() throws Exception {
                """ + block.group(1) + """
                    }
                }
                """;
        Path file = dir.resolve("Example.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int code = javac.run(null, messages, messages, "-d", dir.toString(), "-cp",
                System.getProperty("java.class.path"), file.toString());
        assertEquals(0, code, messages.toString(StandardCharsets.UTF_8) + "\n" + source);
    }
}

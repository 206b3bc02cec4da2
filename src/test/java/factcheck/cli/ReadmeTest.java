package factcheck.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's sample output is what ./factcheck check prints (the rows it shows, and the summary). */
class ReadmeTest {

    @Test
    void theQuickStartsSampleOutputIsTheRealOutput() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```\nkron4-netflix-ai-strike:");
        assertTrue(start >= 0, "the README shows the sample output");
        List<String> sample = readme.substring(start + 4, readme.indexOf("```", start + 4)).lines().toList();
        List<String> actual = Cli.live("check").out().lines().toList();

        int elided = sample.indexOf("  ...");
        assertTrue(elided > 0, "the sample elides the middle with '  ...'");
        assertEquals(actual.subList(0, elided), sample.subList(0, elided), "the rows the README shows");
        assertEquals(actual.subList(actual.size() - 2, actual.size()), sample.subList(elided + 1, sample.size()),
                "the summary the README shows");
    }
}

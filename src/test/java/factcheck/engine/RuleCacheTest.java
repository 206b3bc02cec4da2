package factcheck.engine;

import factcheck.TestFiles;
import factcheck.rules.RuleHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compiled rules kept between runs: used when the files are the same, never when they are not. */
class RuleCacheTest {

    @TempDir
    Path tmp;

    private Path cache;
    private Path rules;
    private String previous;

    @BeforeEach
    void ownCacheAndRules() throws IOException {
        previous = System.getProperty(RuleCache.PROPERTY);
        cache = tmp.resolve("cache");
        System.setProperty(RuleCache.PROPERTY, cache.toString());
        rules = TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, tmp.resolve("rules"));
    }

    @AfterEach
    void restore() {
        if (previous == null) System.clearProperty(RuleCache.PROPERTY);
        else System.setProperty(RuleCache.PROPERTY, previous);
    }

    private static final String CLAIMS = """
            figures:
              - {id: pay, range: [390000, 900000], source: article}
              - {id: min, value: 26470, source: CNN}
            claims:
              - {id: c, quote: over 33x, kind: ratio, stated: 33, qualifier: over, figures: {numerator: pay, denominator: min}}
            """;

    private RuleSet compile() {
        RuleSet.Compiled compiled = RuleSet.compile(rules);
        assertTrue(compiled.ok(), compiled.errors().toString());
        return compiled.rules();
    }

    @Test
    void theSecondCompileOfTheSameFilesComesFromTheCacheAndDecidesTheSame() {
        RuleSet first = compile();
        RuleSet second = compile();
        assertFalse(first.fromCache());
        assertTrue(second.fromCache());
        RuleHarness.Fired a = RuleHarness.check(first, CLAIMS);
        RuleHarness.Fired b = RuleHarness.check(second, CLAIMS);
        assertEquals(a.reasons("c"), b.reasons("c"), "the same verdicts, reasons and rule locations");
        assertEquals(first.rules(), second.rules());
    }

    @Test
    void anEditedRuleFileIsCompiledAfresh() throws IOException {
        compile();
        Path ratio = rules.resolve("ratio.drl");
        Files.writeString(ratio, Files.readString(ratio) + "\n// an edit\n");
        assertFalse(compile().fromCache());
    }

    @Test
    void anUnreadableEntryIsIgnoredAndReplaced() throws IOException {
        compile();
        try (var entries = Files.list(cache)) {
            for (Path entry : entries.toList()) Files.writeString(entry, "not compiled rules");
        }
        RuleSet again = compile();
        assertFalse(again.fromCache());
        assertEquals("MISLEADING", RuleHarness.check(again, CLAIMS).verdict("c").name());
        assertTrue(compile().fromCache(), "the entry was written anew");
    }

    @Test
    void rulesThatDeclareTypesOfTheirOwnAreNotKept() throws IOException {
        Files.writeString(rules.resolve("declares.drl"), """
                package factcheck.rules;
                declare Note
                    text : String
                end
                """);
        assertFalse(compile().fromCache());
        assertFalse(compile().fromCache());
    }

    @Test
    void theCacheCanBeTurnedOff() {
        System.setProperty(RuleCache.PROPERTY, "off");
        compile();
        assertFalse(compile().fromCache());
        assertFalse(Files.exists(cache));
    }

    @Test
    void aRuleSetWithErrorsIsNeverKept() throws IOException {
        Files.writeString(rules.resolve("broken.drl"), "package factcheck.rules;\nrule \"x\" when Clam( ) then end\n");
        assertFalse(RuleSet.compile(rules).ok());
        assertFalse(RuleSet.compile(rules).ok());
        if (Files.exists(cache)) {
            try (var entries = Files.list(cache)) {
                assertEquals(List.of(), entries.toList());
            }
        }
    }
}

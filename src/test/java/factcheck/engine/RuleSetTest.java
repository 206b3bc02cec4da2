package factcheck.engine;

import factcheck.model.RuleSource;
import factcheck.rules.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule files read from disk: where each rule is, whatever the file declares. */
class RuleSetTest {

    @TempDir
    Path tmp;

    @Test
    void aRuleInAFileWithNoPackageLineIsStillAttributedToItsFileAndLine() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("nopkg.drl"), """
                import factcheck.model.*;

                // Calls every claim false, to be seen.
                rule "everything is false"
                when
                    $c : Claim( )
                then
                    insert(new Finding($c.id(), Verdict.FALSE, "nopkg"));
                end
                """);
        RuleSet.Compiled compiled = RuleSet.compile(rules);
        assertTrue(compiled.ok(), compiled.errors().toString());
        RuleHarness.Fired r = RuleHarness.check(compiled.rules(), """
                claims:
                  - {id: c, quote: a claim, kind: fact}
                """);
        RuleSource rule = r.claim("c").decidingReason().rule();
        assertEquals("everything is false", rule.name());
        assertEquals(rules.resolve("nopkg.drl") + ":4", rule.location());
        assertEquals("Calls every claim false, to be seen.", rule.description());
    }

    @Test
    void aMissingOrEmptyRulesDirectoryIsAnError() throws IOException {
        assertEquals(tmp.resolve("nope") + ": error: no rules directory at " + tmp.resolve("nope").toAbsolutePath()
                        + "; name one with --rules DIR",
                RuleSet.compile(tmp.resolve("nope")).errors().get(0).format());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(empty + ": error: no rule files (*.drl) in this directory",
                RuleSet.compile(empty).errors().get(0).format());
    }
}

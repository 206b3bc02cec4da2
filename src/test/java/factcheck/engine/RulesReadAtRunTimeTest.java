package factcheck.engine;

import factcheck.TestFiles;
import factcheck.cli.CheckCommandTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules are data: a rule file written next to the others changes a verdict, with no rebuild. */
class RulesReadAtRunTimeTest {

    @TempDir
    Path tmp;

    @Test
    void aNewRuleFileChangesAVerdictWithNoRebuild() throws IOException {
        Path rules = TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, tmp.resolve("rules"));
        String before = CheckCommandTestAccess.json("--rules", rules.toString());
        assertTrue(before.contains("\"id\": \"netflix-headquarters\""), before);

        // A stricter house rule: a headquarters claim needs a source dated in the article's year.
        Files.writeString(rules.resolve("house.drl"), """
                package factcheck.rules;
                import factcheck.model.*;

                // Our desk does not accept a company filing as the only source for a location.
                rule "a filing alone does not settle a location"
                when
                    $c : Claim( kind == "fact" )
                    Operand( claimId == $c.id, figure.source str[startsWith] "Netflix Form 10-Q" )
                then
                    insert(new Finding($c.id(), Verdict.MISLEADING, "sourced only to the company's own filing"));
                end
                """);
        String after = CheckCommandTestAccess.json("--rules", rules.toString());
        assertEquals("TRUE", CheckCommandTestAccess.verdict(before, "netflix-headquarters"));
        assertEquals("MISLEADING", CheckCommandTestAccess.verdict(after, "netflix-headquarters"));
        assertTrue(after.contains("\"rule\": \"a filing alone does not settle a location\""), after);
    }
}

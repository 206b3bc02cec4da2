package factcheck.cli;

import factcheck.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With no rules directory, or none of the claims, nothing is checked: the error names the absolute
 * path looked at (both default to the current directory) and the option to pass instead.
 */
class MissingInputsTest {

    @TempDir
    Path tmp;

    private static final String RULES = TestFiles.BUNDLED_RULES.toString();
    private static final String CLAIMS = TestFiles.BUNDLED_CLAIMS.toString();

    @Test
    void neitherRulesNorClaimsNamesBothPathsAndBothOptions() {
        Path rules = tmp.resolve("rules");
        Path claims = tmp.resolve("claims");
        for (String command : new String[] {"check", "test"}) {
            Cli r = Cli.run(command, "--rules", rules.toString(), "--claims", claims.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code(), command);
            assertEquals("", r.out(), command);
            assertEquals("factcheck: error: no rules directory at " + rules.toAbsolutePath() + " and no claims at "
                    + claims.toAbsolutePath() + "; pass --rules DIR, the directory of the rule files (*.drl), and"
                    + " --claims PATH, a claims file (*.yaml) or a directory of them\n", r.err(), command);
        }
    }

    @Test
    void noRulesDirectoryNamesWhereItLookedAndTheOption() {
        Path rules = tmp.resolve("rules");
        Cli r = Cli.run("check", "--rules", rules.toString(), "--claims", CLAIMS);
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("factcheck: error: no rules directory at " + rules.toAbsolutePath()
                + "; pass --rules DIR, the directory of the rule files (*.drl)\n", r.err());
    }

    @Test
    void noneOfTheClaimsNamesEveryPathLookedAt() {
        Path a = tmp.resolve("a.yaml");
        Path b = tmp.resolve("sub/../b");
        Cli r = Cli.run("check", "--rules", RULES, "--claims", a.toString(), "--claims", b.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("factcheck: error: no claims at " + a.toAbsolutePath() + " or " + tmp.resolve("b").toAbsolutePath()
                + "; pass --claims PATH, a claims file (*.yaml) or a directory of them\n", r.err());
    }

    @Test
    void aMissingClaimsPathBesideOneThatExistsIsTheLoadersInputError() {
        Path missing = tmp.resolve("gone.yaml");
        Cli r = Cli.run("check", "--rules", RULES, "--claims", CLAIMS, "--claims", missing.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith(missing + ": error: no such file or directory\n"), r.err());
        assertTrue(r.out().contains(" claims: "), "the others are checked: " + r.out());
    }

    @Test
    void theRulesCommandNamesTheAbsoluteDirectoryToo() {
        Path rules = tmp.resolve("rules");
        Cli r = Cli.run("rules", "--rules", rules.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith(rules + ": error: no rules directory at " + rules.toAbsolutePath()
                + "; name one with --rules DIR\n"), r.err());
    }
}

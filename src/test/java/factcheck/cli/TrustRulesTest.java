package factcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --trust-rules on the command line: without it, a rule file that writes a file is refused and never runs. */
class TrustRulesTest {

    @TempDir
    Path tmp;

    private Path rules(String action) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(dir.resolve("x.drl"), """
                package factcheck.rules;
                import factcheck.model.*;
                rule "r"
                when
                    $c : Claim( )
                then
                """ + "    " + action + "\nend\n");
        return dir;
    }

    private Path claims() throws IOException {
        for (String name : new String[] {"kron4-netflix-ai-strike.yaml", "kron4-netflix-ai-strike.txt"}) {
            Files.copy(Path.of("src/test/resources/fixtures/claims").resolve(name), tmp.resolve(name));
        }
        return tmp.resolve("kron4-netflix-ai-strike.yaml");
    }

    @Test
    void aRuleThatWritesAFileIsRefusedAndNeverRuns() throws IOException {
        Path marker = tmp.resolve("marker");
        Path rules = rules("java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\");");
        Path claims = claims();
        for (String command : new String[] {"check", "test"}) {
            Cli run = Cli.run(command, "--rules", rules.toString(), "--claims", claims.toString());
            assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
            assertTrue(run.err().startsWith(rules.resolve("x.drl") + ":7:5: error: uses java.nio.file.Files: the file"
                    + " system; "), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
        Cli listed = Cli.run("rules", "--rules", rules.toString());
        assertEquals(ExitCodes.BAD_INPUT, listed.code(), listed.err());
        assertFalse(Files.exists(marker), "the refused rule ran");
    }

    @Test
    void trustRulesAcceptsARuleThatReadsASystemProperty() throws IOException {
        Path rules = rules("insert(new Problem($c.id(), \"x\", System.getProperty(\"user.home\")));");
        Cli refused = Cli.run("rules", "--rules", rules.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.code(), refused.err());
        assertTrue(refused.err().startsWith(rules.resolve("x.drl") + ":7:"), refused.err());
        Cli trusted = Cli.run("rules", "--trust-rules", "--rules", rules.toString());
        assertEquals(ExitCodes.OK, trusted.code(), trusted.err());
        assertTrue(trusted.out().contains(rules.resolve("x.drl") + ":3: r"), trusted.out());
    }

    @Test
    void anUnknownImportIsOneErrorAtItsLine() throws IOException {
        Path rules = rules("insert(new Problem($c.id(), \"x\", \"y\"));");
        Files.writeString(rules.resolve("y.drl"), "package factcheck.rules;\n\nimport foo.Bar;\n");
        Cli run = Cli.run("rules", "--trust-rules", "--rules", rules.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertEquals(rules.resolve("y.drl") + ":3:1: error: unknown import 'foo.Bar': no such class",
                run.err().lines().findFirst().orElse(""));
        assertEquals(1, run.err().lines().filter(l -> l.contains(": error: ")).count(), run.err());
    }
}

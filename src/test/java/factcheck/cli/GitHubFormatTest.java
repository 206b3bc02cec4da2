package factcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code --format github}: the lines a GitHub Actions run reads as annotations, exactly. Without
 * --fail-on, FALSE and MISLEADING are warnings (see the golden check-kron4.github.txt).
 */
class GitHubFormatTest {
    private static final String CLAIMS = factcheck.TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.yaml")
            .toString();

    @TempDir
    Path dir;

    @Test
    void eachClaimWithAVerdictFailOnNamesIsAnErrorOnItsLineThenTheCounts() {
        Cli r = Cli.run("check", "--claims", CLAIMS, "--format", "github", "--fail-on", "FALSE,MISLEADING");
        assertEquals(ExitCodes.FAIL_ON, r.code(), r.err());
        assertEquals("::error file=" + CLAIMS + ",line=118,title=factcheck%3A MISLEADING::netflix-pay-33x-threshold:"
                + " holds only at the top of the range (900,000 / 26,470 = 34.001, over 33x), not at the bottom"
                + " (390,000 / 26,470 = 14.734, not over 33x) [claim holds only at one end of the range,"
                + " src/test/resources/fixtures/rules/qualifiers.drl:353]\n"
                + "::error file=" + CLAIMS + ",line=139,title=factcheck%3A FALSE::insurance-out-of-pocket: Editor's"
                + " verdict: A member who qualifies pays a premium of $125 a month for the health plan's cover; paying"
                + " \"completely out of pocket\" would mean paying the whole cost of the insurance. [" + CLAIMS + ":141]\n"
                + "::notice title=factcheck::12 claims: 2 TRUE, 3 MOSTLY_TRUE, 1 MISLEADING, 1 FALSE, 5 UNVERIFIABLE\n",
                r.out());
        assertEquals("", r.err());
    }

    @Test
    void onlyTheVerdictsFailOnNamesAreAnnotated() {
        Cli r = Cli.run("check", "--claims", CLAIMS, "--format", "github", "--fail-on", "true");
        assertEquals(ExitCodes.FAIL_ON, r.code(), r.err());
        assertEquals("::error file=" + CLAIMS + ",line=180,title=factcheck%3A TRUE::netflix-headquarters: 'Los Gatos'"
                + " agrees with netflix-hq: \"121 Albright Way, Los Gatos, California\" [fact matches its reference,"
                + " src/test/resources/fixtures/rules/fact.drl:32]\n"
                + "::error file=" + CLAIMS + ",line=188,title=factcheck%3A TRUE::sarandos-title: 'co-CEO' agrees with"
                + " sarandos-title: \"co-CEO (with Greg Peters)\" [fact matches its reference,"
                + " src/test/resources/fixtures/rules/fact.drl:32]\n"
                + "::notice title=factcheck::12 claims: 2 TRUE, 3 MOSTLY_TRUE, 1 MISLEADING, 1 FALSE, 5 UNVERIFIABLE\n",
                r.out());
    }

    @Test
    void withUncheckedEachNumberNoClaimChecksIsAnErrorInTheArticlesText() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Pay reached $51.9 million, including a $23.9 million bonus.\n");
        Path file = dir.resolve("a.yaml");
        Files.writeString(file, """
                article: {id: a, title: A, text: a.txt}
                figures:
                  - {id: pay, value: $51.9 million, source: Proxy}
                claims:
                  - {id: c, quote: Pay reached $51.9 million, kind: value, figures: {reference: pay}}
                """);
        Cli r = Cli.run("check", "--claims", file.toString(), "--format", "github", "--fail-on", "FALSE,UNCHECKED");
        assertEquals(ExitCodes.FAIL_ON, r.code(), r.err());
        assertEquals("::error file=" + dir.resolve("a.txt") + ",line=1,col=40,title=factcheck%3A UNCHECKED::a:"
                + " '$23.9 million' is checked by no claim and not left out\n"
                + "::notice title=factcheck::1 claim: 1 TRUE, 0 MOSTLY_TRUE, 0 MISLEADING, 0 FALSE, 0 UNVERIFIABLE\n",
                r.out());
    }

    @Test
    void inputErrorsAreErrorsOnTheirLineWithTheFileNameEscaped() throws IOException {
        Path file = dir.resolve("broken, 100%: yes.yaml");
        Files.writeString(file, "article: [\n");
        Cli r = Cli.run("check", "--claims", file.toString(), "--format", "github");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        String name = file.toString().replace("%", "%25").replace(":", "%3A").replace(",", "%2C");
        assertEquals("::error file=" + name + ",line=2,title=factcheck%3A input error::not valid YAML: expected the"
                + " node content, but found '<stream end>' (while parsing a flow node)\n"
                + "::notice title=factcheck::0 claims: 0 TRUE, 0 MOSTLY_TRUE, 0 MISLEADING, 0 FALSE, 0 UNVERIFIABLE;"
                + " 1 input error\n", r.out());
    }

    @Test
    void aRuleFileThatDoesNotCompileIsAnErrorAtItsColumn() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), """
                package factcheck.rules;
                import factcheck.model.*;

                rule "broken"
                when
                    Claim( kind == "ratio" id == "x" )
                then
                end
                """);
        Cli r = Cli.run("check", "--rules", rules.toString(), "--format", "github");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("::error file=" + rules.resolve("broken.drl") + ",line=6,col=28,title=factcheck%3A input error::"
                + "mismatched input 'id' in rule \"broken\"\n"
                + "::notice title=factcheck::0 claims: 0 TRUE, 0 MOSTLY_TRUE, 0 MISLEADING, 0 FALSE, 0 UNVERIFIABLE;"
                + " 1 input error\n", r.out());
        assertEquals(rules.resolve("broken.drl") + ":6:28: error: mismatched input 'id' in rule \"broken\"\n"
                + "    Claim( kind == \"ratio\" id == \"x\" )\n"
                + "                           ^\n"
                + "factcheck: 1 error in the rules; nothing was checked\n", r.err(), "standard error as in any format");
    }
}

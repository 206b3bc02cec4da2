package factcheck.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** GitHub's workflow commands, escaped as its documentation says: a message cannot start a command of its own. */
class WorkflowCommandTest {

    @Test
    void aMessageHasPercentAndLineBreaksEscapedAndItsControlCharactersShown() {
        assertEquals("::error file=a.yaml,line=3,title=factcheck%3A FALSE::100%25 wrong\\n::set-output name=x::y"
                        + " \\u001B[31m\n",
                GitHubReport.command("error", "a.yaml", 3, 0, "factcheck: FALSE",
                        "100% wrong\n::set-output name=x::y \u001B[31m"));
    }

    @Test
    void aPropertyAlsoHasColonsAndCommasEscaped() {
        assertEquals("::warning file=dir%2C x/a%3Ab%25%0D%0A.yaml,line=2,col=7,title=t%3A %2C::m\n",
                GitHubReport.command("warning", "dir, x/a:b%\r\n.yaml", 2, 7, "t: ,", "m"));
    }

    @Test
    void aLineOfZeroIsLeftOutAndAColumnWithIt() {
        assertEquals("::error file=claims,title=factcheck%3A input error::no claims files\n",
                GitHubReport.command("error", "claims", 0, 5, "factcheck: input error", "no claims files"));
    }
}

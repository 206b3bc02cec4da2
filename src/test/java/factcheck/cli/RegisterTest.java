package factcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A register: a file of figures only, which every article of a run uses by id. */
class RegisterTest {

    private static final String REGISTER = """
            # Outside figures the desk keeps once, for every article.
            figures:
              - id: health-threshold
                values:
                  2023: 26470
                  2024: 27000
                unit: USD/year
                source: SAG-AFTRA Health Plan
              - {id: members, value: 160000, unit: people, source: SAG-AFTRA}
            """;

    @TempDir
    Path dir;

    private void article(String name, String published, String claims) throws IOException {
        Files.writeString(dir.resolve(name + ".txt"), "It takes $27,000 a year. The union has 160,000 members.");
        Files.writeString(dir.resolve(name + ".yaml"), "article:\n  id: " + name + "\n  title: " + name
                + "\n  published: " + published + "\n  text: " + name + ".txt\n" + claims);
    }

    @Test
    void everyArticleUsesTheRegistersFiguresAtItsOwnDate() throws IOException {
        Files.writeString(dir.resolve("register.yaml"), REGISTER);
        String claims = """
                claims:
                  - {id: CLAIM, quote: "It takes $27,000 a year", kind: value, figures: {reference: health-threshold}}
                """;
        article("a-2023", "2023-07", claims.replace("CLAIM", "c2023"));
        article("b-2024", "2024-03", claims.replace("CLAIM", "c2024"));
        Cli r = Cli.run("check", "--claims", dir.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"message\": \"$27,000 a year is the 2024 value of health-threshold; at the article's date"
                + " (July 2023) the value in force was $26,470 a year (the 2023 value)\""), r.out());
        assertTrue(r.out().contains("\"message\": \"$27,000 a year (health-threshold, 2024 value), as stated\""), r.out());
        assertTrue(r.out().contains("\"source\": \"SAG-AFTRA Health Plan\""), r.out());
    }

    @Test
    void anArticleCannotRedefineARegisteredId() throws IOException {
        Files.writeString(dir.resolve("register.yaml"), REGISTER);
        article("a", "2023-07", """
                figures:
                  - {id: members, value: 150000, unit: people, source: A blog}
                claims:
                  - {id: c, quote: "The union has 160,000 members", kind: value, figures: {reference: members}}
                """);
        Cli r = Cli.run("check", "--claims", dir.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("a.yaml:9: error: claim 'c': field 'figures.reference': figure 'members' has errors"
                + " of its own"), "the claim is not checked against either figure:\n" + r.err());
        assertTrue(r.err().contains("a.yaml:7: error: figure 'members': id is already used by the register at "
                + dir.resolve("register.yaml") + ":9; figure ids are unique across a run: use that figure by its id,"
                + " or rename this one"), r.err());
    }

    @Test
    void twoRegistersCannotShareAnId() throws IOException {
        Files.writeString(dir.resolve("register.yaml"), REGISTER);
        Files.writeString(dir.resolve("more.yaml"), "figures:\n  - {id: members, value: 1, source: Other}\n");
        article("a", "2023-07", "claims: []\n");
        Cli r = Cli.run("check", "--claims", dir.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("register.yaml:9: error: figure 'members': id is already used at "
                + dir.resolve("more.yaml") + ":2; figure ids are unique across the registers of a run"), r.err());
    }

    @Test
    void aRegisterFigureComputedFromAFigureItDoesNotHaveIsReportedOnce() throws IOException {
        Files.writeString(dir.resolve("register.yaml"), REGISTER + "  - {id: per-member, per: [payroll, members]}\n");
        article("a", "2023-07", "claims: []\n");
        article("b", "2024-07", "claims: []\n");
        Cli r = Cli.run("check", "--claims", dir.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals(1, r.err().split("unknown figure 'payroll'", -1).length - 1, r.err());
        assertTrue(r.err().contains("register.yaml:10: error: figure 'per-member': per: unknown figure 'payroll'"), r.err());
    }

    @Test
    void anUnknownIdSuggestsTheClosestRegisteredOne() throws IOException {
        Files.writeString(dir.resolve("register.yaml"), REGISTER);
        article("a", "2023-07", """
                claims:
                  - {id: c, quote: "The union has 160,000 members", kind: value, figures: {reference: member}}
                """);
        Cli r = Cli.run("check", "--claims", dir.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("a.yaml:7: error: claim 'c': field 'figures.reference': unknown figure 'member'; did"
                + " you mean 'members'? (known: health-threshold, members)"), r.err());
    }
}

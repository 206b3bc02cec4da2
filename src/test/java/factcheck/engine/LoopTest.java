package factcheck.engine;

import factcheck.TestFiles;
import factcheck.model.Verdict;
import factcheck.rules.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule that loops on one claim is stopped and named, and the other claims are still checked. */
class LoopTest {

    @TempDir
    Path tmp;

    private RuleSet bundledPlus(String extra) throws IOException {
        Path rules = TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, tmp.resolve("rules"));
        Files.writeString(rules.resolve("zz.drl"), extra);
        RuleSet.Compiled compiled = RuleSet.compile(rules);
        assertTrue(compiled.ok(), compiled.errors().toString());
        return compiled.rules();
    }

    private static final String TWO_CLAIMS = """
            figures:
              - {id: thr, value: 27000, source: Plan}
            claims:
              - {id: c1, quote: the first number 27000, kind: value, stated: 27000, figures: {reference: thr}}
              - {id: c2, quote: the second number 27000, kind: value, stated: 27000, figures: {reference: thr}}
            """;

    @Test
    void aRuleThatKeepsInsertingIsNamedAndNotItsVictims() throws IOException {
        RuleSet rules = bundledPlus("""
                package factcheck.rules;
                import factcheck.model.*;

                // Derives a result from a result, without end.
                rule "chain"
                when
                    $x : Computed( claimId == "c1" )
                then
                    insert(new Computed($x.claimId(), $x.low() + 1, $x.high() + 1, "a", "b"));
                end
                """);
        RuleHarness.Fired r = RuleHarness.check(rules, TWO_CLAIMS);
        assertEquals(1, r.run().failures().size());
        String message = r.run().failures().get(0).message();
        assertTrue(message.startsWith("rules fired more than 100 times on claim 'c1' and were stopped; they keep"
                + " re-triggering themselves: \"chain\" ("), message);
        assertTrue(!message.contains("value against its reference figure"), "a victim is not named: " + message);
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c1"));
        assertEquals(Verdict.TRUE, r.verdict("c2"), "the other claim is still checked");
    }

    @Test
    void anUpdateLoopIsNamedByTheRuleThatUpdates() throws IOException {
        RuleSet rules = bundledPlus("""
                package factcheck.rules;
                import factcheck.model.*;

                // Re-states the second claim forever.
                rule "restate"
                when
                    $c : Claim( id == "c2" )
                then
                    update($c);
                end
                """);
        RuleHarness.Fired r = RuleHarness.check(rules, TWO_CLAIMS);
        assertTrue(r.run().failures().get(0).message().contains("themselves: \"restate\" ("),
                r.run().failures().get(0).message());
        assertEquals(Verdict.TRUE, r.verdict("c1"));
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c2"));
    }

    @Test
    void aLoopOnAFactTypeTheRulesDeclareIsNamedOnItsClaim() throws IOException {
        RuleSet rules = bundledPlus("""
                package factcheck.rules;
                import factcheck.model.*;

                declare Step
                    claimId : String
                    n : int
                end

                // Starts a count on the first claim.
                rule "start counting"
                when
                    $c : Claim( id == "c1" )
                then
                    insert(new Step($c.id(), 0));
                end

                // Counts on, without end.
                rule "count on"
                when
                    $s : Step()
                then
                    insert(new Step($s.getClaimId(), $s.getN() + 1));
                end
                """);
        RuleHarness.Fired r = RuleHarness.check(rules, TWO_CLAIMS);
        assertEquals(1, r.run().failures().size());
        String message = r.run().failures().get(0).message();
        assertTrue(message.startsWith("rules fired more than 100 times on claim 'c1' and were stopped; they keep"
                + " re-triggering themselves: \"count on\" ("), message);
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c1"));
        assertEquals(Verdict.TRUE, r.verdict("c2"), "the other claim is still checked");
    }
}

package factcheck.engine;

import factcheck.claims.ClaimsLoader;
import factcheck.claims.ClaimsSet;
import factcheck.model.Verdict;
import factcheck.report.Report;
import factcheck.verdict.ClaimResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules that fail at run time (throw an Error, block, spin, or ask for more firings than fit)
 * are stopped and named, and what they did not touch is still checked.
 */
class RunawayRulesTest {

    @TempDir
    Path tmp;

    /** A rule that decides every claim TRUE, so that a claim nothing stopped is TRUE. */
    static final String DECIDES = """
            package factcheck.rules;
            import factcheck.model.*;

            // Every claim holds, for these tests.
            rule "every claim holds"
            when
                $c : Claim()
            then
                insert(new Finding($c.id(), Verdict.TRUE, "holds"));
            end
            """;

    /** Two articles: 'a' with claims c1 and c2, 'b' with claim d1. */
    private ClaimsSet claims(RuleSet rules) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("claims"));
        article(dir, "a", "c1", "c2");
        article(dir, "b", "d1");
        ClaimsSet set = ClaimsLoader.load(List.of(dir), rules.wordKinds());
        assertTrue(set.errors().isEmpty(), set.errors().toString());
        return set;
    }

    static void article(Path dir, String id, String... claimIds) throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder yaml = new StringBuilder("article: {id: " + id + ", title: Article " + id + ", text: " + id
                + ".txt}\nfigures:\n  - {id: thr-" + id + ", value: 27000, source: Plan}\nclaims:\n");
        for (String c : claimIds) {
            text.append("Claim ").append(c).append(" says 27000. ");
            yaml.append("  - {id: ").append(c).append(", quote: Claim ").append(c).append(" says 27000., kind: value,"
                    + " stated: 27000, figures: {reference: thr-").append(id).append("}}\n");
        }
        Files.writeString(dir.resolve(id + ".txt"), text.toString());
        Files.writeString(dir.resolve(id + ".yaml"), yaml.toString());
    }

    private RuleSet rules(String extra) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(dir.resolve("decides.drl"), DECIDES);
        if (extra != null) {
            Files.writeString(dir.resolve("zz.drl"), extra);
        }
        RuleSet.Compiled compiled = RuleSet.compile(dir);
        assertTrue(compiled.ok(), compiled.errors().toString());
        return compiled.rules();
    }

    private static Verdict verdict(Report report, String claim) {
        return report.claims().stream().filter(c -> c.claim().id().equals(claim)).findFirst()
                .map(ClaimResult::verdict).orElseThrow();
    }

    @Test
    void aFiringBoundTooLargeForAnIntStillLetsTheRulesFire() throws IOException {
        RuleSet rules = rules(null);
        ClaimsSet set = claims(rules);
        for (int bound : new int[] {1_000_000_000, Integer.MAX_VALUE}) {
            Engine.Run run = Engine.run(rules, set, bound);
            Report report = Report.of(set, run);
            assertEquals(List.of(), run.failures(), "bound " + bound);
            assertEquals(Verdict.TRUE, verdict(report, "c1"), "bound " + bound);
            assertEquals(Verdict.TRUE, verdict(report, "d1"), "bound " + bound);
        }
    }

    @Test
    void theFiringLimitOfAnArticleSaturatesAtWhatFireAllRulesTakes() {
        assertEquals(300, Engine.firingLimit(100, 2));
        assertEquals(Integer.MAX_VALUE - 1, Engine.firingLimit(300_000_000, 10));
        assertEquals(Integer.MAX_VALUE - 1, Engine.firingLimit(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }
}

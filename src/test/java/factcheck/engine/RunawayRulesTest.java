package factcheck.engine;

import factcheck.RuleFixtures;
import factcheck.claims.ClaimsLoader;
import factcheck.claims.ClaimsSet;
import factcheck.model.Verdict;
import factcheck.report.Report;
import factcheck.verdict.ClaimResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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

    /** Two articles: 'a' with claims c1, c2 and c3, 'b' with claim d1. */
    private ClaimsSet claims(RuleSet rules) throws IOException {
        ClaimsSet set = ClaimsLoader.load(List.of(RuleFixtures.claims(tmp.resolve("claims"))), rules.wordKinds());
        assertTrue(set.errors().isEmpty(), set.errors().toString());
        return set;
    }

    private RuleSet rules(String extra) throws IOException {
        Path dir = RuleFixtures.rules(tmp.resolve("rules"), extra);
        // Trusted: the fixtures sleep or check Thread.interrupted(), which untrusted rule files may not;
        // the engine's limits must hold for rules that may do anything.
        RuleSet.Compiled compiled = RuleSet.compile(dir, true);
        assertTrue(compiled.ok(), compiled.errors().toString());
        return compiled.rules();
    }

    /** The run of {@code extra} (written as zz.drl beside a rule that decides every claim TRUE) on both articles. */
    private Fired check(String extra) throws IOException {
        return check(extra, Engine.DEFAULT_TIMEOUT);
    }

    private Fired check(String extra, Duration timeout) throws IOException {
        RuleSet rules = rules(extra);
        ClaimsSet set = claims(rules);
        Engine.Run run = Engine.run(rules, set, Engine.DEFAULT_MAX_FIRINGS, timeout);
        return new Fired(factcheck.Reports.of(set, run), run, tmp.resolve("rules").resolve("zz.drl").toString());
    }

    record Fired(Report report, Engine.Run run, String file) {
        Verdict verdict(String claim) {
            return RunawayRulesTest.verdict(report, claim);
        }

        List<String> failures() {
            return run.failures().stream().map(Engine.RuleFailure::message).toList();
        }
    }

    private static final String HEAD = """
            package factcheck.rules;
            import factcheck.model.*;

            function int deeper(int n) { return deeper(n + 1) + 1; }
            function int divide(int n) { return 1 / (n - n); }
            function boolean spin(int n) { while (!Thread.currentThread().isInterrupted()) { n++; } return n < 0; }
            """;

    /**
     * Checks {@code extra} with a time limit of a second: the article it stops is named in one
     * failure, all its claims are UNVERIFIABLE with that message, and the other article is TRUE.
     */
    private void stopsArticleA(String extra, String message) throws IOException {
        long start = System.nanoTime();
        Fired r = check(HEAD + extra, Duration.ofSeconds(1));
        long took = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(message.replace("FILE", r.file())), r.failures());
        for (String claim : List.of("c1", "c2", "c3")) {
            assertEquals(Verdict.UNVERIFIABLE, r.verdict(claim), claim);
            assertEquals(message.replace("FILE", r.file()), r.report().claims().stream()
                    .filter(c -> c.claim().id().equals(claim)).findFirst().orElseThrow().decidingReason().message());
        }
        assertEquals(Verdict.TRUE, r.verdict("d1"), "the other article is still checked");
        assertTrue(took < 8000, "stopped at the limit, took " + took + " ms");
    }

    @Test
    void aRuleThatSleepsIsStoppedAtTheTimeLimitAndNamed() throws IOException {
        stopsArticleA("""

                // Waits for something that never comes.
                rule "sleep"
                when
                    $c : Claim( id == "c1" )
                then
                    Thread.sleep(600_000);
                end
                """, "rule \"sleep\" (FILE:9) did not finish its action on claim 'c1' within the time limit of 1s"
                + " (--timeout), and checking article 'a' stopped");
    }

    @Test
    void aBusyLoopInAnActionIsStoppedAtTheTimeLimitAndNamed() throws IOException {
        stopsArticleA("""

                // Counts forever (but stops when interrupted, so that the test leaves no busy thread).
                rule "count forever"
                when
                    $c : Claim( id == "c1" )
                then
                    long n = 0;
                    while (!Thread.currentThread().isInterrupted()) { n++; }
                end
                """, "rule \"count forever\" (FILE:9) did not finish its action on claim 'c1' within the time limit"
                + " of 1s (--timeout), and checking article 'a' stopped");
    }

    @Test
    void aBusyLoopInAFunctionCalledFromAnEvalIsNamedWithTheRule() throws IOException {
        stopsArticleA("""

                // Asks a function that never answers.
                rule "spin in eval"
                when
                    $c : Claim( id == "c1" )
                    eval(spin(1))
                then
                end
                """, "rule \"spin in eval\" (FILE:9) did not finish matching facts in function \"spin\" (FILE:6)"
                + " within the time limit of 1s (--timeout), and checking article 'a' stopped");
    }

    @Test
    void aBusyLoopInAPatternConstraintIsNamedByItsFunction() throws IOException {
        stopsArticleA("""

                // Asks a function that never answers, in a pattern.
                rule "spin in a pattern"
                when
                    $c : Claim( id == "c1", spin(1) )
                then
                end
                """, "function \"spin\" (FILE:6) did not finish matching facts within the time limit of 1s"
                + " (--timeout), and checking article 'a' stopped");
    }

    @Test
    void aRuleThatOverflowsTheStackFailsItsClaimOnlyAndIsNamedWithItsFunction() throws IOException {
        Fired r = check(HEAD + """

                // Recurses without end.
                rule "recurse"
                when
                    $c : Claim( id == "c1" )
                then
                    deeper(1);
                end
                """);
        assertEquals(List.of("rule \"recurse\" (" + r.file() + ":9) failed on claim 'c1' in function \"deeper\" ("
                + r.file() + ":4): StackOverflowError"), r.failures());
        assertTrue(r.run().failures().get(0).cause() instanceof StackOverflowError);
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c1"));
        assertEquals(Verdict.TRUE, r.verdict("c2"), "the other claims of the article are still checked");
        assertEquals(Verdict.TRUE, r.verdict("d1"), "the other article is still checked");
    }

    @Test
    void aRuleThatRunsOutOfMemoryStopsItsArticleOnly() throws IOException {
        Fired r = check(HEAD + """

                // Asks for more memory than there is.
                rule "hoard"
                when
                    $c : Claim( id == "c1" )
                then
                    long[] all = new long[Integer.MAX_VALUE];
                end
                """);
        assertEquals(List.of("rule \"hoard\" (" + r.file() + ":9) failed on claim 'c1': OutOfMemoryError: Requested"
                + " array size exceeds VM limit; checking article 'a' stopped"), r.failures());
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c1"));
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c2"));
        assertEquals(Verdict.TRUE, r.verdict("d1"), "the other article is still checked");
    }

    @Test
    void everyOtherErrorARuleThrowsFailsItsClaimOnly() throws IOException {
        Fired r = check(HEAD + """

                rule "asserts"
                when
                    $c : Claim( id == "c1" )
                then
                    throw new AssertionError("no");
                end

                rule "initialises"
                when
                    $c : Claim( id == "c2" )
                then
                    throw new ExceptionInInitializerError("bad static");
                end

                rule "links"
                when
                    $c : Claim( id == "d1" )
                then
                    throw new NoClassDefFoundError("gone/Missing");
                end
                """);
        assertEquals(List.of(
                "rule \"asserts\" (" + r.file() + ":8) failed on claim 'c1': AssertionError: no",
                "rule \"initialises\" (" + r.file() + ":15) failed on claim 'c2': ExceptionInInitializerError: bad static",
                "rule \"links\" (" + r.file() + ":22) failed on claim 'd1': NoClassDefFoundError: gone/Missing"),
                r.failures().stream().sorted().toList());
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c1"));
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c2"));
        assertEquals(Verdict.TRUE, r.verdict("c3"));
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("d1"));
    }

    @Test
    void anEvalThatDividesByZeroIsNamedWithFileAndLine() throws IOException {
        Fired r = check(HEAD + """

                // Divides by a difference that is always zero.
                rule "divide in eval"
                when
                    $c : Claim( id == "c1", $n : quote.length() )
                    eval(1 / ($n - $n) > 0)
                then
                end
                """);
        assertEquals(List.of("rule \"divide in eval\" (" + r.file() + ":9) failed while matching facts, and checking"
                + " article 'a' stopped: ArithmeticException: / by zero"), r.failures());
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c2"));
        assertEquals(Verdict.TRUE, r.verdict("d1"), "the other article is still checked");
    }

    @Test
    void aFunctionThatThrowsInAConditionIsNamedWithTheRule() throws IOException {
        for (String condition : List.of("Claim( id == \"c1\" )\n    eval(divide(2) > 0)", "Claim( id == \"c1\", divide(2) > 0 )")) {
            Fired r = check(HEAD + """

                    // Calls a function that divides by zero.
                    rule "divide in a function"
                    when
                        CONDITION
                    then
                    end
                    """.replace("CONDITION", condition));
            assertEquals(List.of("rule \"divide in a function\" (" + r.file() + ":9) failed while matching facts, in"
                    + " function \"divide\" (" + r.file() + ":5), and checking article 'a' stopped: ArithmeticException:"
                    + " / by zero"), r.failures(), condition);
        }
    }

    @Test
    void aPatternConstraintThatThrowsIsNamedWithFileAndLine() throws IOException {
        Fired r = check(HEAD + """

                // Reads a claim id as a number.
                rule "id as a number"
                when
                    $c : Claim( id == "d1", Integer.parseInt(id) > 0 )
                then
                end
                """);
        assertEquals(List.of("rule \"id as a number\" (" + r.file() + ":9) failed while matching facts, and checking"
                + " article 'b' stopped: NumberFormatException: For input string: \"d1\""), r.failures());
        assertEquals(Verdict.TRUE, r.verdict("c1"), "the other article is still checked");
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("d1"));
    }

    @Test
    void aRuleThatHaltsTheEngineIsNamedAndTheRulesItWouldHaveStoppedStillFire() throws IOException {
        Fired r = check(HEAD + """

                // Stops everything after the first claim.
                rule "stop early"
                salience 10
                when
                    $c : Claim( id == "c1" )
                then
                    drools.halt();
                end
                """);
        assertEquals(List.of("rule \"stop early\" (" + r.file() + ":9) called drools.halt() on claim 'c1': rules may"
                + " not stop the engine, and the rules it would have stopped were fired"), r.failures());
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c1"));
        assertEquals(Verdict.TRUE, r.verdict("c2"));
        assertEquals(Verdict.TRUE, r.verdict("c3"));
        assertEquals(Verdict.TRUE, r.verdict("d1"));
    }

    @Test
    void aRuleThatDeletesAnInputFactIsNamedAndWhatItTouchedIsUnverifiable() throws IOException {
        Fired r = check(HEAD + """

                // Takes away a claim before it is checked.
                rule "drop the claim"
                salience 10
                when
                    $c : Claim( id == "c1" )
                then
                    delete($c);
                end

                // Takes away the figures of article b.
                rule "drop the figure"
                salience 10
                when
                    $f : Figure( id == "thr-b" )
                then
                    delete($f);
                end
                """);
        assertEquals(List.of(
                "rule \"drop the claim\" (" + r.file() + ":9) deleted a fact it did not insert (Claim c1 (value, states"
                        + " 27000)): rules insert findings and leave the article, its figures, claims and operands as"
                        + " they are",
                "rule \"drop the figure\" (" + r.file() + ":18) deleted a fact it did not insert (Figure thr-b = 27,000"
                        + " (source: Plan)) of article 'b': rules insert findings and leave the article, its figures,"
                        + " claims and operands as they are"), r.failures());
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c1"));
        assertEquals(Verdict.TRUE, r.verdict("c2"));
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("d1"));
    }

    @Test
    void aRuleThatInsertsWithoutEndInOneFiringIsStoppedByTheFiringBound() throws IOException {
        long start = System.nanoTime();
        Fired r = check(HEAD + """

                // Inserts ten million findings at once.
                rule "flood"
                when
                    $c : Claim( id == "c1" )
                then
                    for (int i = 0; i < 10_000_000; i++) {
                        insert(new Finding($c.id(), Verdict.TRUE, "again " + i));
                    }
                end
                """);
        assertEquals(List.of("rule \"flood\" (" + r.file() + ":9) inserted more than 10000 facts on article 'a' and was"
                + " stopped: rules insert a few facts per firing. Make the rule's action insert fewer, or raise"
                + " --max-firings"), r.failures());
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c1"));
        assertEquals(Verdict.UNVERIFIABLE, r.verdict("c2"));
        assertEquals(Verdict.TRUE, r.verdict("d1"), "the other article is still checked");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped early");
    }

    private static Verdict verdict(Report report, String claim) {
        return report.claims().stream().filter(c -> c.claim().id().equals(claim)).findFirst()
                .map(ClaimResult::verdict).orElseThrow();
    }

    @Test
    void aFiringBoundTooLargeForAnIntStillLetsTheRulesFire() throws IOException {
        RuleSet rules = rules(null);
        ClaimsSet set = claims(rules);
        for (int bound : new int[] {600_000_000, Integer.MAX_VALUE}) {
            Engine.Run run = Engine.run(rules, set, bound);
            Report report = factcheck.Reports.of(set, run);
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

package factcheck.verdict;

import factcheck.engine.Engine.ClaimFindings;
import factcheck.model.Reason;
import factcheck.model.RuleSource;
import factcheck.model.Claim;
import factcheck.model.Location;
import factcheck.model.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.MOSTLY_TRUE;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one policy that turns findings into a verdict. */
class VerdictPolicyTest {

    private static final Claim CLAIM = new Claim("a", "c", "q", null, null, "value", null, "", null, Map.of(), null,
            new Location("c.yaml", 3), Map.of(), null, null);

    private static Reason finding(Verdict v, String rule) {
        return new Reason(new RuleSource(rule, "rules/x.drl", 1, ""), v, rule);
    }

    private static ClaimResult decide(List<Reason> findings, List<Reason> problems, List<Reason> failures) {
        return VerdictPolicy.decide(new ClaimFindings(CLAIM, List.of(), findings, problems, failures, List.of()));
    }

    @Test
    void theWeakestFindingWinsInTheDocumentedOrder() {
        assertEquals(FALSE, decide(List.of(finding(TRUE, "a"), finding(FALSE, "b"), finding(MISLEADING, "c")),
                List.of(), List.of()).verdict());
        assertEquals(MISLEADING, decide(List.of(finding(UNVERIFIABLE, "a"), finding(MISLEADING, "b")),
                List.of(), List.of()).verdict());
        assertEquals(UNVERIFIABLE, decide(List.of(finding(TRUE, "a"), finding(UNVERIFIABLE, "b")),
                List.of(), List.of()).verdict());
        assertEquals(MOSTLY_TRUE, decide(List.of(finding(TRUE, "a"), finding(MOSTLY_TRUE, "b")),
                List.of(), List.of()).verdict());
        assertEquals(TRUE, decide(List.of(finding(TRUE, "a")), List.of(), List.of()).verdict());
    }

    @Test
    void theDecidingReasonComesFirst() {
        ClaimResult r = decide(List.of(finding(TRUE, "holds"), finding(UNVERIFIABLE, "no source")), List.of(), List.of());
        assertEquals(List.of("no source", "holds"), r.reasons().stream().map(Reason::message).toList());
    }

    @Test
    void aClaimNoRuleDecidedIsUnverifiableNeverTrue() {
        ClaimResult r = decide(List.of(), List.of(), List.of());
        assertEquals(UNVERIFIABLE, r.verdict());
        assertEquals("no rule decided this claim of kind 'value'; check its kind, or add a rule file that handles it",
                r.decidingReason().message());
    }

    @Test
    void badInputOrAFailedRuleOutweighsEveryFinding() {
        assertEquals(UNVERIFIABLE, decide(List.of(finding(TRUE, "a")), List.of(finding(UNVERIFIABLE, "zero")),
                List.of()).verdict());
        ClaimResult failed = decide(List.of(finding(FALSE, "a")), List.of(), List.of(finding(UNVERIFIABLE, "threw")));
        assertEquals(UNVERIFIABLE, failed.verdict());
        assertEquals("threw", failed.decidingReason().message());
    }
}

package factcheck.engine;

import factcheck.model.Claim;
import factcheck.model.ClaimScoped;
import org.kie.api.KieBase;
import org.kie.api.runtime.rule.Match;

import java.util.List;

/**
 * The claim a fact is about: a claim's own id, or the claim id of a fact about one claim (an
 * operand, a finding, a result). The engine files what rules do under these ids: the trace, the
 * firings that bound a loop, and the facts taken out when one claim's rules loop.
 */
final class ClaimIds {

    private ClaimIds() {
    }

    /** The claim ids of the facts the rules of {@code kieBase} see. */
    static ClaimIds of(KieBase kieBase) {
        return new ClaimIds();
    }

    /** The claim {@code fact} is about, or null when it is about none (an article, a figure, a table row). */
    String of(Object fact) {
        if (fact instanceof Claim c) {
            return c.id();
        }
        return fact instanceof ClaimScoped s ? s.claimId() : null;
    }

    /** The claim a match is about: that of the first of its facts about one, or null. */
    String of(Match match) {
        List<Object> facts = match.getObjects();
        for (Object fact : facts) {
            String id = of(fact);
            if (id != null) {
                return id;
            }
        }
        return null;
    }
}

package factcheck.verdict;

import factcheck.engine.Reason;
import factcheck.model.Claim;
import factcheck.model.Operand;
import factcheck.model.Verdict;

import java.util.List;

/**
 * A claim's verdict, with every reason behind it (the deciding one first) and the figures
 * it rests on.
 */
public record ClaimResult(Claim claim, Verdict verdict, List<Reason> reasons, List<Operand> operands) {
    public ClaimResult {
        reasons = List.copyOf(reasons);
        operands = List.copyOf(operands);
    }

    /** The reason that decided the verdict. */
    public Reason decidingReason() {
        return reasons.get(0);
    }
}

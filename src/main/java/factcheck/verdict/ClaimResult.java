package factcheck.verdict;

import factcheck.model.Firing;
import factcheck.model.Reason;
import factcheck.model.Claim;
import factcheck.model.Operand;
import factcheck.model.Verdict;

import java.util.List;

/**
 * A claim's verdict, with every reason behind it (the deciding one first), the figures it
 * rests on, and the rules that fired on it, in order.
 */
public record ClaimResult(Claim claim, Verdict verdict, List<Reason> reasons, List<Operand> operands,
                          List<Firing> trace) {
    public ClaimResult {
        reasons = List.copyOf(reasons);
        operands = List.copyOf(operands);
        trace = List.copyOf(trace);
    }

    /** The reason that decided the verdict. */
    public Reason decidingReason() {
        return reasons.get(0);
    }
}

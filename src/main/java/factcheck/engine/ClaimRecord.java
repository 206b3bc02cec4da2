package factcheck.engine;

import factcheck.model.Claim;
import factcheck.model.Firing;
import factcheck.model.Operand;
import factcheck.model.Reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a run gathers about one claim while its article's rules fire; {@link #done()} freezes it. */
final class ClaimRecord {
    final Claim claim;
    final List<Operand> operands = new ArrayList<>();
    final List<Reason> findings = new ArrayList<>();
    final List<Reason> problems = new ArrayList<>();
    final List<Reason> failures = new ArrayList<>();
    final List<Firing> trace = new ArrayList<>();
    /** Firings that touched the claim: past the bound, its rules loop. */
    int fired;

    ClaimRecord(Claim claim) {
        this.claim = claim;
    }

    /** The claim's findings and problems sorted by where their rules are written, each once. */
    Engine.ClaimFindings done() {
        Comparator<Reason> order = Comparator.comparing((Reason r) -> r.rule().file())
                .thenComparingInt(r -> r.rule().line()).thenComparing(Reason::message);
        return new Engine.ClaimFindings(claim, List.copyOf(operands),
                findings.stream().distinct().sorted(order).toList(),
                problems.stream().distinct().sorted(order).toList(), List.copyOf(failures), List.copyOf(trace));
    }
}

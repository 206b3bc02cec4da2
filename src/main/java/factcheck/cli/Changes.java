package factcheck.cli;

import factcheck.report.Report;
import factcheck.util.Shown;
import factcheck.verdict.ClaimResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What changed between two runs, claim by claim, as --watch prints it for check (the verdicts
 * that moved) and for test (the tests that flipped): one line per claim whose state changed,
 * came or went, under a count; or a line saying nothing did.
 *
 * <pre>
 * 2 verdicts moved:
 *   netflix-headquarters: TRUE -&gt; FALSE
 *   new-claim: new, TRUE
 * </pre>
 *
 * @param noun    what a state is ("verdict", "test")
 * @param changed what a change of it is called ("moved", "flipped")
 * @param counts  which claims count (a test is a claim with an 'expect')
 * @param state   a claim's state, as printed
 * @param why     lines printed under a claim whose state changed or is new: what decided it
 */
record Changes(String noun, String changed, java.util.function.Predicate<ClaimResult> counts,
               Function<ClaimResult, String> state, Function<ClaimResult, List<String>> why) {

    /** Changes shown by their states alone. */
    Changes(String noun, String changed, java.util.function.Predicate<ClaimResult> counts,
            Function<ClaimResult, String> state) {
        this(noun, changed, counts, state, c -> List.of());
    }

    /** Prints what changed from {@code before} to {@code after}. */
    void print(Report before, Report after, PrintWriter out) {
        Map<String, String> was = new LinkedHashMap<>();
        before.claims().stream().filter(counts).forEach(c -> was.put(c.claim().id(), state.apply(c)));
        List<String> lines = new ArrayList<>();
        int count = 0;
        for (ClaimResult c : after.claims()) {
            if (!counts.test(c)) {
                continue;
            }
            String old = was.remove(c.claim().id());
            String now = state.apply(c);
            if (old != null && old.equals(now)) {
                continue;
            }
            lines.add("  " + Shown.terminal(c.claim().id()) + ": " + (old == null ? "new, " + now : old + " -> " + now));
            lines.addAll(why.apply(c));
            count++;
        }
        for (Map.Entry<String, String> gone : was.entrySet()) {
            lines.add("  " + Shown.terminal(gone.getKey()) + ": gone (was " + gone.getValue() + ")");
            count++;
        }
        if (count == 0) {
            out.println("no " + noun + " " + changed);
        } else {
            out.println(Pipeline.count(count, noun) + " " + changed + ":");
            lines.forEach(out::println);
        }
    }
}

package factcheck.report;

import factcheck.model.Diagnostic;
import factcheck.model.Verdict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a report says of the whole run, known only once every article is checked: how many
 * articles and claims, the verdicts counted, and the input errors.
 *
 * @param articles   how many articles
 * @param firstTitle the first article's title, or null when there is none
 * @param counts     claims per verdict; every verdict is present
 * @param errors     every input error, sorted
 */
public record Totals(int articles, String firstTitle, Map<Verdict, Integer> counts, List<Diagnostic> errors) {
    public Totals {
        Map<Verdict, Integer> all = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            all.put(v, counts.getOrDefault(v, 0));
        }
        counts = Collections.unmodifiableMap(all);
        errors = errors.stream().sorted().toList();
    }

    /** How many claims. */
    public int claims() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "9 claims: 2 TRUE, 2 MOSTLY_TRUE, 1 MISLEADING, 0 FALSE, 4 UNVERIFIABLE". */
    public String summary() {
        StringBuilder s = new StringBuilder();
        int n = claims();
        s.append(n).append(n == 1 ? " claim: " : " claims: ");
        List<String> parts = new ArrayList<>();
        for (Verdict v : Report.SUMMARY_ORDER) {
            parts.add(counts.get(v) + " " + v.name());
        }
        s.append(String.join(", ", parts));
        if (!errors.isEmpty()) {
            s.append("; ").append(errors.size()).append(errors.size() == 1 ? " input error" : " input errors");
        }
        return s.toString();
    }
}

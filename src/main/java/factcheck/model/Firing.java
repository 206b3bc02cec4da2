package factcheck.model;

import java.util.List;

/**
 * One rule firing, as the explain trace shows it: the rule, the facts it matched, and what
 * its action inserted.
 */
public record Firing(RuleSource rule, List<String> matched, List<String> inserted) {
    public Firing {
        matched = List.copyOf(matched);
        inserted = List.copyOf(inserted);
    }
}

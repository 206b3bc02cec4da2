package factcheck.model;

import factcheck.model.Verdict;

/**
 * A finding with the rule that made it: what a report shows for each claim.
 *
 * @param rule    the rule that inserted the finding
 * @param verdict what the rule concluded
 * @param message why, with the arithmetic
 */
public record Reason(RuleSource rule, Verdict verdict, String message) {
}

package factcheck.model;

/**
 * The verdict scale. The declaration order is the verdict policy's order of precedence,
 * weakest claim first: when a claim's findings disagree, the earliest verdict among them wins
 * (see {@link factcheck.verdict.VerdictPolicy}).
 */
public enum Verdict {
    /** The arithmetic does not hold at any end. */
    FALSE,
    /** Holds only in part: at one end of a range, or only by a stretch of the words. */
    MISLEADING,
    /** Cannot be checked: no figure, no outside source, bad input, or no rule decided. */
    UNVERIFIABLE,
    /** Holds, but only after a generous rounding or with a caveat the message gives. */
    MOSTLY_TRUE,
    /** Holds at every end, within the qualifier's tolerance. */
    TRUE;

    /** The verdict in words, for people: "Mostly true". */
    public String label() {
        String words = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package factcheck.model;

/**
 * What a kind rule worked out from a claim's figures, for the qualifier rules to judge
 * against what the claim states. When a figure is a range the result has two ends, and
 * each end is judged against the stated value (or the matching end of a stated range).
 *
 * @param claimId     the claim
 * @param low         the result at the low end (the value, when there is one end)
 * @param high        the result at the high end
 * @param lowWorking  the arithmetic that gave {@code low}: "390,000 / 26,470 = 14.7"
 * @param highWorking the arithmetic that gave {@code high}
 */
public record Computed(String claimId, double low, double high, String lowWorking, String highWorking)
        implements ClaimScoped {

    /** Whether the result has two different ends. */
    public boolean range() {
        return low != high || !lowWorking.equals(highWorking);
    }
}

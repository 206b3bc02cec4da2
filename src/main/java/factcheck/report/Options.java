package factcheck.report;

import java.time.LocalDate;

/**
 * How to render a report, beyond its format.
 *
 * @param explain   include each claim's trace of rule firings
 * @param publisher the publishing organisation, for ClaimReview's author; may be null
 * @param date      the review's publication date, for ClaimReview
 * @param reviewUrl where the reviews are published, for ClaimReview's url; may be null
 */
public record Options(boolean explain, String publisher, LocalDate date, String reviewUrl) {

    /** Plain rendering: no trace, no publication details. */
    public static final Options PLAIN = new Options(false, null, null, null);
}

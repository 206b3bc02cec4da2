package factcheck.report;

import factcheck.model.Verdict;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * How to render a report, beyond its format.
 *
 * @param explain   include each claim's trace of rule firings
 * @param publisher the publishing organisation, for ClaimReview's author; may be null
 * @param date      the review's publication date, for ClaimReview
 * @param reviewUrl where the reviews are published, for ClaimReview's url; may be null
 * @param color     for text: the verdicts in colour, for a terminal (the words stay)
 * @param width     for text: the table's width in columns
 * @param failOn    for github: the verdicts {@code --fail-on} names, each claim with one an error
 * @param unchecked for github: whether {@code --fail-on} names UNCHECKED, each unchecked number an error
 */
public record Options(boolean explain, String publisher, LocalDate date, String reviewUrl,
                      boolean color, int width, Set<Verdict> failOn, boolean unchecked) {

    /** The text table's width when the terminal's is not known: files, pipes and the golden files. */
    public static final int WIDTH = 100;

    /** The narrowest text table: below it, the reasons would wrap to a few words a line. */
    public static final int MIN_WIDTH = 80;

    /** Plain rendering: no trace, no publication details. */
    public static final Options PLAIN = new Options(false, null, null, null);

    public Options {
        failOn = failOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(failOn));
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("a text table of " + width + " columns; at least " + MIN_WIDTH);
        }
    }

    /** Options with no colour, the table 100 columns wide and no {@code --fail-on}. */
    public Options(boolean explain, String publisher, LocalDate date, String reviewUrl) {
        this(explain, publisher, date, reviewUrl, false, WIDTH, Set.of(), false);
    }

    /** Whether {@code --fail-on} was given at all. */
    public boolean failsOnAny() {
        return !failOn.isEmpty() || unchecked;
    }
}

package factcheck.cli;

import factcheck.api.Checker;

import java.io.PrintWriter;

/**
 * A line on standard error that says how far a long run is: articles done and claims per
 * second, rewritten in place, and removed at the end. Shown only when standard error is a
 * terminal (the launcher says so) and the run has taken more than a couple of seconds; quiet
 * otherwise, so that logs and pipes get nothing but the report and its errors.
 */
final class ProgressLine implements Checker.Progress {
    /** Set by the launcher when standard error is a terminal. */
    static final String PROPERTY = "factcheck.stderr.terminal";
    /** Set by the launcher when standard output is a terminal: a report printed there would mix with the line. */
    static final String STDOUT_PROPERTY = "factcheck.stdout.terminal";
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean on;
    private final long quietNanos;
    private final long start = System.nanoTime();
    private long last;
    private int width;

    /** A progress line for a run whose report goes to a file ({@code toFile}) or to standard output. */
    ProgressLine(PrintWriter err, boolean toFile) {
        this(err, Boolean.getBoolean(PROPERTY) && (toFile || !Boolean.getBoolean(STDOUT_PROPERTY)), QUIET_NANOS);
    }

    /** A progress line shown when {@code on}, once {@code quietNanos} have passed. */
    ProgressLine(PrintWriter err, boolean on, long quietNanos) {
        this.err = err;
        this.on = on;
        this.quietNanos = quietNanos;
    }

    @Override
    public void update(int done, int of, long claims) {
        long now = System.nanoTime();
        if (!on || now - start < quietNanos || now - last < EVERY_NANOS && done < of) {
            return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        String line = "factcheck: " + done + " of " + of + " articles, " + claims + " claims, "
                + Math.round(claims / seconds) + " claims/s";
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Removes the line, if one was shown. */
    void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}

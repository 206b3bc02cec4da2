package factcheck.report;

/** Test access to the report's package-private limits. */
public final class SpillAccess {
    private SpillAccess() {
    }

    /** How many characters of set-aside text are kept in memory. */
    public static int inMemory() {
        return Spill.IN_MEMORY;
    }
}

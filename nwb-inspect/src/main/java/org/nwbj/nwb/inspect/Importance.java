package org.nwbj.nwb.inspect;

/** How much a finding matters, as nwbinspector ranks them (most important first in {@link #rank()} order). */
public enum Importance {
    /** Potentially incorrect data; DANDI refuses files with these. */
    CRITICAL(2),
    /** A very suboptimal representation of the data. */
    BEST_PRACTICE_VIOLATION(1),
    /** A representation that could be improved. */
    BEST_PRACTICE_SUGGESTION(0),
    /** A check could not run on an object (the check failed, not the file). */
    ERROR(4);

    private final int rank;

    Importance(int rank) {
        this.rank = rank;
    }

    /** {@return nwbinspector's number for the level: higher matters more} */
    public int rank() {
        return rank;
    }

    /**
     * {@return true when this level is at or above {@code threshold}}
     *
     * @param threshold the level to compare with
     */
    public boolean atLeast(Importance threshold) {
        return rank >= threshold.rank;
    }
}

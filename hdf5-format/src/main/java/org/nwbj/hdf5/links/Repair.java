package org.nwbj.hdf5.links;

/**
 * What {@link LinkRewriter#planRepair} decided for one broken link: the change that fixes it (null when none was
 * found) and how the target was found or why it was not.
 */
public record Repair(LinkStatus broken, LinkChange change, String note) {
    /** {@return true when a target was found} */
    public boolean fixed() {
        return change != null;
    }
}

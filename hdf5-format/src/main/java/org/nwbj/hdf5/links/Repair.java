package org.nwbj.hdf5.links;

/**
 * What {@link LinkRewriter#planRepair} decided for one broken link: the change that fixes it (null when none was
 * found) and how the target was found or why it was not.
 *
 * @param broken the broken link
 * @param change the change that fixes it, or null when none was found
 * @param note how the target was found, or why not
 */
public record Repair(LinkStatus broken, LinkChange change, String note) {
    /** {@return true when a target was found} */
    public boolean fixed() {
        return change != null;
    }
}

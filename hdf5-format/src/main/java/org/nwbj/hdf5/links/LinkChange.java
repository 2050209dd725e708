package org.nwbj.hdf5.links;

/**
 * A planned rewrite of one external link's file part: the link as stored, the file name it gets, and what the
 * link reaches with that name ({@link LinkStatus#broken()} when nothing, or the wrong thing).
 *
 * @param link the link as stored
 * @param newFile the file name it gets
 * @param after what the link reaches with the new name
 */
public record LinkChange(StoredLink link, String newFile, LinkStatus after) {
    /** {@return true when the new name leads to the object, and it is what the link expects} */
    public boolean resolves() {
        return !after.broken();
    }

    /**
     * False for a virtual dataset's source: nwbj cannot rewrite a virtual dataset's mappings in place yet, so
     * {@link LinkRewriter#apply} leaves it (rewrite it with a copy, see docs/links.md).
     *
     * @return whether {@link LinkRewriter#apply} can write this change
     */
    public boolean writable() {
        return !link.virtual();
    }

    @Override
    public String toString() {
        return link.file() + ":" + link.linkPath() + ": " + link.targetFile() + " -> " + newFile
                + (resolves() ? "" : " (" + after.verdict() + ")")
                + (writable() ? "" : " (virtual source: not writable)");
    }
}

package org.nwbj.hdf5.links;

import java.nio.file.Path;

/**
 * An external link, or a virtual dataset's source, as stored: the file holding it ({@code file}; a {@code %d}
 * pattern for a family, the base name for a split pair), the link's absolute path in that file (for a virtual
 * source: the virtual dataset's path), and the file name and object path it names. A virtual source's file may be
 * {@code "."} (the same file) or hold {@code %b} (one file per block, see docs/virtual-datasets.md).
 *
 * @param file the file holding the link (a {@code %d} pattern for a family, the base name for a split pair)
 * @param linkPath the link's absolute path (a virtual source: the virtual dataset's path)
 * @param targetFile the file name stored
 * @param targetPath the object path stored
 * @param kind an external link or a virtual dataset source
 */
public record StoredLink(Path file, String linkPath, String targetFile, String targetPath, Kind kind) {
    /** What names the target. */
    public enum Kind {
        /** An external link. */
        EXTERNAL_LINK,
        /** A mapping of a virtual dataset (VDS) naming its source dataset. */
        VIRTUAL_SOURCE
    }

    /**
     * An external link.
     *
     * @param file the file holding the link
     * @param linkPath the link's absolute path
     * @param targetFile the file name stored
     * @param targetPath the object path stored
     */
    public StoredLink(Path file, String linkPath, String targetFile, String targetPath) {
        this(file, linkPath, targetFile, targetPath, Kind.EXTERNAL_LINK);
    }

    /**
     * True for a virtual dataset's source.
     *
     * @return whether this is a virtual dataset's source
     */
    public boolean virtual() {
        return kind == Kind.VIRTUAL_SOURCE;
    }

    /**
     * The path of the group holding the link ("/" for the root).
     *
     * @return the holding group's path
     */
    public String groupPath() {
        int slash = linkPath.lastIndexOf('/');
        return slash <= 0 ? "/" : linkPath.substring(0, slash);
    }

    /**
     * The link's name in its group.
     *
     * @return the last component of the link path
     */
    public String name() {
        return linkPath.substring(linkPath.lastIndexOf('/') + 1);
    }

    /**
     * The same link (or source) held by another file, e.g. a copy.
     *
     * @param otherFile the other file
     * @return this link as held by {@code otherFile}
     */
    public StoredLink in(Path otherFile) {
        return new StoredLink(otherFile, linkPath, targetFile, targetPath, kind);
    }

    @Override
    public String toString() {
        return file + ":" + linkPath + " -> " + targetFile + ":" + targetPath + (virtual() ? " (virtual source)" : "");
    }
}

package org.nwbj.hdf5.links;

import java.nio.file.Path;

/**
 * An external link as stored: the file holding it ({@code file}; a {@code %d} pattern for a family), the link's
 * absolute path in that file, and the file name and object path it names.
 *
 * @param file the file holding the link (a {@code %d} pattern for a family)
 * @param linkPath the link's absolute path in that file
 * @param targetFile the file name the link stores
 * @param targetPath the object path the link stores
 */
public record StoredLink(Path file, String linkPath, String targetFile, String targetPath) {
    /** {@return the path of the group holding the link ("/" for the root)} */
    public String groupPath() {
        int slash = linkPath.lastIndexOf('/');
        return slash <= 0 ? "/" : linkPath.substring(0, slash);
    }

    /** {@return the link's name in its group} */
    public String name() {
        return linkPath.substring(linkPath.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return file + ":" + linkPath + " -> " + targetFile + ":" + targetPath;
    }
}

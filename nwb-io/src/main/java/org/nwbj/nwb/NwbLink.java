package org.nwbj.nwb;

/**
 * A soft or external link found in an NWB file, reported as a link rather than silently followed.
 *
 * @param name the link's name in its group
 * @param path the link's own path (where it is found), in the file being read
 * @param file for an external link the file name as stored, else null
 * @param target the object path the link names (in {@code file}, or in this file for a soft link)
 */
public record NwbLink(String name, String path, String file, String target) {
    /** {@return true for an external link (to another file), false for a soft link} */
    public boolean isExternal() {
        return file != null;
    }

    @Override
    public String toString() {
        return isExternal() ? "External Link {" + file + "/" + target + "}" : "Soft Link {" + target + "}";
    }
}

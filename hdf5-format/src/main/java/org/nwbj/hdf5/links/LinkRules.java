package org.nwbj.hdf5.links;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Node;

/**
 * What a format layered on HDF5 knows about links that HDF5 does not: which objects a link may reach, and
 * identities that survive renaming a file. nwb-io's {@code NwbLinkRules} knows NWB's; {@link #NONE} knows nothing.
 */
public interface LinkRules {
    /** No expectations and no identities: plain HDF5. */
    LinkRules NONE = new LinkRules() {
    };

    /**
     * Why {@code target}, reached through the link at {@code linkPath} of {@code linkingFile}, is not what the link
     * should reach, or null when it is (or nothing is known).
     *
     * @param linkingFile the file holding the link
     * @param linkPath the link's path
     * @param target the object the link reaches
     * @return why the target is wrong, or null
     */
    default String checkTarget(Hdf5File linkingFile, String linkPath, Node target) {
        return null;
    }

    /**
     * {@return an identity of a whole file that survives renaming and copying it shallowly (NWB: its {@code
     * identifier}), or null} Only files with one are considered as renamed link targets.
     *
     * @param file an open file
     */
    default String fileIdentity(Hdf5File file) {
        return null;
    }

    /**
     * {@return an identity of an object that copies of it share (NWB: its {@code object_id}), or null}
     *
     * @param target an object
     */
    default String objectIdentity(Node target) {
        return null;
    }
}

package org.nwbj.hdf5;

/**
 * How far the unlimited dimensions of a virtual dataset reach when its sources have different lengths (the C
 * library's {@code H5Pset_virtual_view}). Chosen with {@link OpenOptions#withVirtualView(VirtualView)}.
 */
public enum VirtualView {
    /**
     * The default ({@code H5D_VDS_LAST_AVAILABLE}): as far as the longest source reaches; what shorter sources do
     * not cover reads as the fill value.
     */
    LAST_AVAILABLE,
    /**
     * {@code H5D_VDS_FIRST_MISSING}: only as far as every unlimited mapping reaches (the shortest source), so that
     * no element past the extent of a source is included.
     */
    FIRST_MISSING
}

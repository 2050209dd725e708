package org.nwbj.hdf5;

/**
 * The value of a dataset region reference: the target dataset's object header address and the selection as
 * stored (serialized dataspace selection).
 */
public record RegionReference(long address, byte[] selection) {
    public RegionReference {
        selection = selection.clone();
    }

    @Override
    public byte[] selection() {
        return selection.clone();
    }
}

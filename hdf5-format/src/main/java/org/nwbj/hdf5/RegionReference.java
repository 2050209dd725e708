package org.nwbj.hdf5;

/**
 * The value of a dataset region reference: the target dataset's object header address and the selection as
 * stored (serialized dataspace selection).
 *
 * @param address the object header address of the target dataset
 * @param selection the selection as stored (a serialized dataspace selection)
 */
public record RegionReference(long address, byte[] selection) {
    /**
     * Copies the selection bytes.
     *
     * @param address the object header address of the target dataset
     * @param selection the selection as stored (a serialized dataspace selection)
     */
    public RegionReference {
        selection = selection.clone();
    }

    /** {@return a copy of the stored selection bytes} */
    @Override
    public byte[] selection() {
        return selection.clone();
    }
}

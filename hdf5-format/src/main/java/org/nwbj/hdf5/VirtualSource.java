package org.nwbj.hdf5;

/**
 * Where elements of a virtual dataset come from (h5py's {@code VirtualSource}): dataset {@code dataset} of file
 * {@code file} ({@code "."} for the virtual dataset's own file; relative names are searched like external link
 * targets, HDF5_VDS_PREFIX first), of dimensions {@code shape}, and the elements {@code selection} picks (null:
 * all of them). {@code %b} in either name stands for the block number of an unlimited mapping
 * ({@link VirtualLayout#mapBlocks}), {@code %%} for a percent sign.
 *
 * @param file the source file, {@code "."} for the virtual dataset's own
 * @param dataset the source dataset's path
 * @param shape the source dataset's dimensions
 * @param selection the source elements used, or null for all
 */
public record VirtualSource(String file, String dataset, long[] shape, Selection selection) {
    /**
     * Checks the names, copies the shape and checks that the selection lies within it.
     *
     * @param file the source file, {@code "."} for the virtual dataset's own
     * @param dataset the source dataset's path
     * @param shape the source dataset's dimensions
     * @param selection the source elements used, or null for all
     */
    public VirtualSource {
        if (file == null || file.isEmpty() || dataset == null || dataset.isEmpty()) {
            throw new IllegalArgumentException("a virtual source needs a file name and a dataset name");
        }
        shape = shape.clone();
        if (selection != null) {
            selection.checkWithin(shape);
        }
    }

    /**
     * {@return all elements of a source dataset of these dimensions}
     *
     * @param file the source file, {@code "."} for the virtual dataset's own
     * @param dataset the source dataset's path
     * @param shape the source dataset's dimensions
     */
    public static VirtualSource of(String file, String dataset, long... shape) {
        return new VirtualSource(file, dataset, shape, null);
    }

    /**
     * {@return the same source, only the elements {@code s} selects (h5py's {@code source[...]})}
     *
     * @param s the elements to take
     */
    public VirtualSource select(Selection s) {
        return new VirtualSource(file, dataset, shape, s);
    }

    /** {@return a copy of the source's dimensions} */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** {@return number of elements this source contributes} */
    public long elementCount() {
        if (selection != null) {
            return selection.elementCount();
        }
        long n = 1;
        for (long d : shape) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }
}

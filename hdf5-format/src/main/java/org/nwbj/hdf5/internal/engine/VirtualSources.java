package org.nwbj.hdf5.internal.engine;

/** Opens the source datasets of a virtual dataset by the names its mappings give. */
@FunctionalInterface
public interface VirtualSources {
    /**
     * The source dataset {@code dataset} of file {@code file} ("." for the virtual dataset's own file), or null when
     * the file or the dataset does not exist (its elements then read as the fill value, as in the C library).
     */
    DatasetReader open(String file, String dataset);
}

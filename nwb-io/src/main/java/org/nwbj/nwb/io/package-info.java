/**
 * The bridge from an HDF5 file to the specification language: the specs cached in a file
 * ({@link org.nwbj.nwb.io.CachedSpecs}) and a {@link org.nwbj.nwb.schema.SpecNode} view of it
 * ({@link org.nwbj.nwb.io.Hdf5SpecNode}) for validation.
 */
package org.nwbj.nwb.io;

/**
 * HDF5 files in pure Java: {@link org.nwbj.hdf5.Hdf5File} opens a file for reading (groups, datasets, attributes,
 * links, selections), {@link org.nwbj.hdf5.Hdf5Writer} creates or modifies one. Every failure is an unchecked
 * {@link org.nwbj.hdf5.Hdf5Exception}; {@link org.nwbj.hdf5.ReadLimits} and {@link org.nwbj.hdf5.LinkPolicy}
 * bound what an untrusted file may ask for.
 */
package org.nwbj.hdf5;

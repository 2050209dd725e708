/**
 * The built-in HDF5 filters (deflate, shuffle, fletcher32, szip, nbit, scaleoffset, lzf). Internal: reach them
 * through {@link org.nwbj.hdf5.filter.Filters}. Each decoder treats the chunk and the client data as untrusted and
 * fails only with {@link org.nwbj.hdf5.Hdf5Exception} subclasses.
 */
package org.nwbj.hdf5.internal.filter;

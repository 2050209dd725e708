/**
 * The filter pipeline as seen by users and plug-ins: a {@link org.nwbj.hdf5.filter.Filter} found through
 * {@link java.util.ServiceLoader} adds a compression or checksum filter, as HDF5's plugin directory does.
 */
package org.nwbj.hdf5.filter;

/**
 * NWB files on HDF5: {@link org.nwbj.nwb.NwbIO} reads and writes them, typed containers ({@link
 * org.nwbj.nwb.NWBFile}, {@link org.nwbj.nwb.TimeSeries} and others) as pynwb writes them, and
 * {@link org.nwbj.nwb.NwbContainer} for any type, extensions included.
 */
package org.nwbj.nwb;

package org.nwbj.hdf5.internal.engine;

/**
 * One allocated chunk: its first element's coordinates, file address, stored (possibly filtered) size and the
 * filter mask (bit k set: filter k of the pipeline was not applied).
 */
public record StoredChunk(long[] origin, long address, long size, int filterMask) {
}

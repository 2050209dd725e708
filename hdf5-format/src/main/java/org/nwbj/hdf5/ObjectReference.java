package org.nwbj.hdf5;

/**
 * The value of an object reference: the address of the target's object header.
 *
 * @param address the file address of the target's object header
 */
public record ObjectReference(long address) {
}

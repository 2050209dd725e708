/**
 * Positional byte access beneath a file: a single file, memory, a family of member files or a split
 * (metadata + raw data) pair; a {@link org.nwbj.hdf5.storage.Storage} of your own opens anything else.
 */
package org.nwbj.hdf5.storage;

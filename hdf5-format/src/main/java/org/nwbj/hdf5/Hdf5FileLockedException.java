package org.nwbj.hdf5;

/**
 * A file is locked by another opener: a second writer, or a reader while a writer has it (or a writer while
 * readers have it). See {@link OpenOptions#withFileLocking(boolean)}.
 */
public class Hdf5FileLockedException extends Hdf5IoException {
    /**
     * A refused lock.
     *
     * @param message which file is locked and how
     */
    public Hdf5FileLockedException(String message) {
        super(message);
    }
}

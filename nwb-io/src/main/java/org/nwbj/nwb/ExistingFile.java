package org.nwbj.nwb;

import java.nio.file.Path;

import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5Writer;

/**
 * The seam between appending to NWB files and hdf5-format: all {@link NwbIO#addAcquisition} needs is an existing
 * file opened for writing and the writer of one of its groups. hdf5-format gains that with
 * {@code Hdf5Writer.open(Path)} (another branch); until it is merged here, {@link #SUPPORTED} is false and
 * opening fails with a message saying so. Merging it means: the two bodies below, and SUPPORTED = true.
 */
final class ExistingFile {
    /** Whether this build can open existing HDF5 files for writing. */
    static final boolean SUPPORTED = false;

    private ExistingFile() {
    }

    /** Opens an existing HDF5 file read-write, keeping everything in it. */
    static Hdf5Writer open(Path path) {
        throw new NwbException("cannot add to " + path + ": opening existing HDF5 files for writing "
                + "(Hdf5Writer.open) is not in this build yet");
    }

    /** The writer of the existing group at the absolute {@code path} of the open file. */
    static GroupWriter group(Hdf5Writer w, String path) {
        throw new NwbException("cannot write into the existing group " + path + ": Hdf5Writer.open is not in "
                + "this build yet");
    }
}

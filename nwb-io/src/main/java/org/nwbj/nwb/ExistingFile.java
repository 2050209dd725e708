package org.nwbj.nwb;

import java.nio.file.Path;

import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5Writer;

/**
 * The seam between appending to NWB files and hdf5-format: all {@link NwbIO#addAcquisition} needs is an existing
 * file opened for writing ({@code Hdf5Writer.open}) and the writer of one of its groups.
 */
final class ExistingFile {
    private ExistingFile() {
    }

    /** Opens an existing HDF5 file read-write, keeping everything in it. */
    static Hdf5Writer open(Path path) {
        return Hdf5Writer.open(path);
    }

    /** The writer of the existing group at the absolute {@code path} of the open file. */
    static GroupWriter group(Hdf5Writer w, String path) {
        return path.equals("/") ? w.root() : w.root().group(path.substring(1));
    }
}

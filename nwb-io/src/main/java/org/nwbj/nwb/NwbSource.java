package org.nwbj.nwb;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.nwb.io.CachedSpecs;
import org.nwbj.nwb.schema.SpecCatalog;

/** The open file behind generic containers and the specifications that give its types meaning. */
final class NwbSource {
    private final Hdf5File file;
    private SpecCatalog catalog;

    NwbSource(Hdf5File file) {
        this.file = file;
    }

    Hdf5File file() {
        return file;
    }

    /** The file's cached specs (nwbj's core schemas when it caches none), loaded on first use. */
    synchronized SpecCatalog catalog() {
        if (catalog == null) {
            catalog = CachedSpecs.catalog(file);
        }
        return catalog;
    }
}

package org.nwbj.hdf5.storage;

import java.net.URI;
import java.util.ServiceLoader;

/**
 * Opens storages for URIs of a scheme the core does not know ({@code http}, {@code https}, {@code s3}, ...), found
 * through {@link ServiceLoader}: adding a module's jar (such as nwbj's hdf5-remote) to the class path is enough.
 */
public interface StorageProvider {
    /**
     * {@return whether this provider opens {@code uri} (usually by its scheme)}
     *
     * @param uri the URI to open
     */
    boolean accepts(URI uri);

    /**
     * Opens {@code uri} for reading.
     *
     * @param uri the URI to open
     * @return the storage
     */
    Storage openReadOnly(URI uri);

    /**
     * Opens {@code uri} with the first provider on the class path that accepts it.
     *
     * @throws org.nwbj.hdf5.Hdf5UnsupportedException when no provider accepts it
     * @param uri the URI to open
     * @return the storage
     */
    static Storage open(URI uri) {
        for (StorageProvider p : ServiceLoader.load(StorageProvider.class, StorageProvider.class.getClassLoader())) {
            if (p.accepts(uri)) {
                return p.openReadOnly(uri);
            }
        }
        throw new org.nwbj.hdf5.Hdf5UnsupportedException("reading " + uri.getScheme() + " URIs (" + uri
                + "): add nwbj's hdf5-remote module to the class path");
    }
}

package org.nwbj.hdf5.remote;

import java.net.URI;
import java.util.Locale;

import org.nwbj.hdf5.storage.Storage;
import org.nwbj.hdf5.storage.StorageProvider;

/** Registers {@code http}, {@code https} and {@code s3} URIs with {@code Hdf5File.open(URI)}. */
public final class RemoteStorageProvider implements StorageProvider {
    @Override
    public boolean accepts(URI uri) {
        String s = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return s.equals("http") || s.equals("https") || s.equals("s3");
    }

    @Override
    public Storage openReadOnly(URI uri) {
        return RemoteStorage.open(uri);
    }
}

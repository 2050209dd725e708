package org.nwbj.hdf5.remote;

import java.net.URI;

import org.nwbj.hdf5.storage.CachedStorage;

/**
 * Opens remote files as storages: {@link HttpStorage} behind a {@link CachedStorage} sized by the options.
 *
 * <pre>{@code
 * try (Hdf5File f = Hdf5File.open(RemoteStorage.open(URI.create("https://host/data.nwb")))) { ... }
 * // or simply, with this module on the class path: Hdf5File.open(URI.create("s3://bucket/key.nwb"))
 * }</pre>
 */
public final class RemoteStorage {
    private RemoteStorage() {
    }

    /**
     * Opens {@code uri} with {@link RemoteOptions#fromSystemProperties()}.
     *
     * @param uri the file's URI
     * @return a cached storage of the file
     */
    public static CachedStorage open(URI uri) {
        return open(uri, RemoteOptions.fromSystemProperties());
    }

    /**
     * Opens {@code uri} ({@code http}, {@code https}, {@code s3}) with {@code options}: one request for the first
     * block; a file up to {@link RemoteOptions#wholeFileBytes()} is then read whole in the background.
     *
     * @param uri the file's URI
     * @param options cache, timeouts, retries and S3 settings
     * @return a cached storage of the file
     */
    public static CachedStorage open(URI uri, RemoteOptions options) {
        CachedStorage c = CachedStorage.over(HttpStorage.open(uri, options), options.blockSize(), options.cacheBytes(),
                options.parallelRequests(), options.coalesceGap());
        c.prefetchWholeFile(options.wholeFileBytes());
        return c;
    }

    /**
     * {@return the {@link HttpStorage} under a storage this class opened, for its request counters; null for others}
     *
     * @param s a storage
     */
    public static HttpStorage http(org.nwbj.hdf5.storage.Storage s) {
        return s instanceof CachedStorage c && c.inner() instanceof HttpStorage h ? h : null;
    }
}

package org.nwbj.hdf5.remote;

import java.time.Duration;

/**
 * How remote files are read: the block cache (block size, memory bound), parallel requests when prefetching,
 * timeouts, retries of failed requests (with exponential backoff), redirects followed, and S3 settings.
 *
 * @param blockSize bytes fetched at least per request, and the cache's unit
 * @param cacheBytes memory the block cache may hold
 * @param parallelRequests requests at once when the chunks of one selection are fetched
 * @param coalesceGap the largest gap between two ranges fetched together that is read through to join them
 *     into one request
 * @param wholeFileBytes files up to this size (and half the cache) are read whole as soon as they are opened, in
 *     parallel parts in the background (0: never)
 * @param connectTimeout time to connect
 * @param requestTimeout time for one whole request, body included
 * @param retries how often a request failing with 5xx, 429, a timeout, a broken connection or a short body is
 *     sent again
 * @param maxRedirects redirects followed per request
 * @param s3 how {@code s3://} URIs are reached and signed
 */
public record RemoteOptions(int blockSize, long cacheBytes, int parallelRequests, long coalesceGap,
        long wholeFileBytes, Duration connectTimeout, Duration requestTimeout, int retries, int maxRedirects,
        S3Options s3) {
    /**
     * Checks the ranges: blocks of at least 512 bytes, a cache of at least two blocks, one request or more, no negative
     * counts.
     *
     * @param blockSize bytes fetched at least per request, and the cache's unit
     * @param cacheBytes memory the block cache may hold
     * @param parallelRequests requests at once when prefetching
     * @param coalesceGap the largest gap read through to join two ranges fetched together
     * @param wholeFileBytes files up to this size are read whole when opened
     * @param connectTimeout time to connect
     * @param requestTimeout time for one whole request, body included
     * @param retries how often a failed request is sent again
     * @param maxRedirects redirects followed per request
     * @param s3 how {@code s3://} URIs are reached and signed
     */
    public RemoteOptions {
        if (blockSize < 512 || cacheBytes < 2L * blockSize || parallelRequests < 1 || coalesceGap < 0
                || wholeFileBytes < 0 || retries < 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("remote options out of range: " + blockSize + " " + cacheBytes + " "
                    + parallelRequests + " " + coalesceGap + " " + wholeFileBytes + " " + retries + " "
                    + maxRedirects);
        }
    }

    /**
     * {@return 256 KiB blocks, 64 MiB cache, 8 parallel requests, gaps up to 1 MiB read through, files up to 32 MiB
     * read whole when opened, 10 s to connect, 60 s a request, 3 retries, 5 redirects}
     */
    public static RemoteOptions defaults() {
        return new RemoteOptions(256 * 1024, 64L << 20, 8, 1L << 20, DEFAULT_WHOLE_FILE, Duration.ofSeconds(10),
                Duration.ofSeconds(60), 3, 5, S3Options.fromEnvironment());
    }

    /**
     * Files up to 32 MiB are read whole when opened: listing one written by pynwb or h5py, whose metadata lies
     * between the chunks all through the file, reads most of it anyway, and one round of parallel requests at once
     * costs less than a round per level of the walk. Bounded by half the cache as well.
     */
    private static final long DEFAULT_WHOLE_FILE = 32L << 20;

    /**
     * Sets the size up to which files are read whole, in parallel parts in the background, when opened.
     *
     * @param bytes 0 (never) or more; files beyond half the cache are never read whole
     * @return a copy with this setting
     */
    public RemoteOptions withWholeFileBytes(long bytes) {
        return new RemoteOptions(blockSize, cacheBytes, parallelRequests, coalesceGap, bytes, connectTimeout,
                requestTimeout, retries, maxRedirects, s3);
    }

    /**
     * Sets the block size.
     *
     * @param bytes at least 512
     * @return a copy with this setting
     */
    public RemoteOptions withBlockSize(int bytes) {
        return new RemoteOptions(bytes, Math.max(cacheBytes, 2L * bytes), parallelRequests, coalesceGap, wholeFileBytes,
                connectTimeout, requestTimeout, retries, maxRedirects, s3);
    }

    /**
     * Sets the memory the cache may hold.
     *
     * @param bytes at least two blocks
     * @return a copy with this setting
     */
    public RemoteOptions withCacheBytes(long bytes) {
        return new RemoteOptions(blockSize, bytes, parallelRequests, coalesceGap, wholeFileBytes, connectTimeout,
                requestTimeout, retries, maxRedirects, s3);
    }

    /**
     * Sets how many requests run at once when prefetching.
     *
     * @param n at least 1
     * @return a copy with this setting
     */
    public RemoteOptions withParallelRequests(int n) {
        return new RemoteOptions(blockSize, cacheBytes, n, coalesceGap, wholeFileBytes, connectTimeout, requestTimeout,
                retries, maxRedirects, s3);
    }

    /**
     * Sets the largest gap read through to join two ranges fetched together into one request (0: none joined).
     *
     * @param bytes 0 or more
     * @return a copy with this setting
     */
    public RemoteOptions withCoalesceGap(long bytes) {
        return new RemoteOptions(blockSize, cacheBytes, parallelRequests, bytes, wholeFileBytes, connectTimeout,
                requestTimeout, retries, maxRedirects, s3);
    }

    /**
     * Sets the timeouts.
     *
     * @param connect the time to connect
     * @param request the time for one whole request
     * @return a copy with this setting
     */
    public RemoteOptions withTimeouts(Duration connect, Duration request) {
        return new RemoteOptions(blockSize, cacheBytes, parallelRequests, coalesceGap, wholeFileBytes, connect, request,
                retries, maxRedirects, s3);
    }

    /**
     * Sets how often a failed request is sent again.
     *
     * @param n 0 or more
     * @return a copy with this setting
     */
    public RemoteOptions withRetries(int n) {
        return new RemoteOptions(blockSize, cacheBytes, parallelRequests, coalesceGap, wholeFileBytes, connectTimeout,
                requestTimeout, n, maxRedirects, s3);
    }

    /**
     * Sets how many redirects a request follows.
     *
     * @param n 0 or more
     * @return a copy with this setting
     */
    public RemoteOptions withMaxRedirects(int n) {
        return new RemoteOptions(blockSize, cacheBytes, parallelRequests, coalesceGap, wholeFileBytes, connectTimeout,
                requestTimeout, retries, n, s3);
    }

    /**
     * Sets how {@code s3://} URIs are reached and signed.
     *
     * @param o the S3 settings
     * @return a copy with this setting
     */
    public RemoteOptions withS3(S3Options o) {
        return new RemoteOptions(blockSize, cacheBytes, parallelRequests, coalesceGap, wholeFileBytes, connectTimeout,
                requestTimeout, retries, maxRedirects, o);
    }

    /**
     * {@return the defaults, with Java system properties {@code nwbj.remote.blockSize}, {@code nwbj.remote.cacheBytes},
     * {@code nwbj.remote.parallelRequests}, {@code nwbj.remote.coalesceGap} and {@code nwbj.remote.wholeFileBytes}
     * applied when set: what {@code Hdf5File.open(URI)} uses}
     */
    public static RemoteOptions fromSystemProperties() {
        RemoteOptions o = defaults();
        Long block = Long.getLong("nwbj.remote.blockSize");
        if (block != null) {
            o = o.withBlockSize((int) Math.min(Integer.MAX_VALUE, block));
        }
        Long cache = Long.getLong("nwbj.remote.cacheBytes");
        if (cache != null) {
            o = o.withCacheBytes(cache);
        }
        Integer par = Integer.getInteger("nwbj.remote.parallelRequests");
        if (par != null) {
            o = o.withParallelRequests(par);
        }
        Long gap = Long.getLong("nwbj.remote.coalesceGap");
        if (gap != null) {
            o = o.withCoalesceGap(gap);
        }
        Long whole = Long.getLong("nwbj.remote.wholeFileBytes");
        if (whole != null) {
            o = o.withWholeFileBytes(whole);
        }
        return o;
    }
}

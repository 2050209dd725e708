package org.nwbj.hdf5.remote;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.Hdf5NotFoundException;
import org.nwbj.hdf5.storage.Storage;

/**
 * A remote file read with HTTP range requests, without a cache of its own (wrap it in a
 * {@link org.nwbj.hdf5.storage.CachedStorage}, as {@link RemoteStorage#open} does). Opening makes one request for
 * the first block, which tells the size ({@code Content-Range}) and the version ({@code ETag},
 * {@code Last-Modified}); every later response must name the same version, so a file replaced while it is read
 * fails instead of mixing old and new bytes. Failed requests are retried with exponential backoff; redirects are
 * followed within a limit (never from HTTPS to HTTP). Safe for concurrent reads.
 */
public final class HttpStorage implements Storage {
    /** {@code -Dnwbj.remote.trace=true}: one line per request on standard error (range, time, bytes). */
    private static final boolean TRACE = Boolean.getBoolean("nwbj.remote.trace");
    private static final long TRACE_T0 = System.nanoTime();
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final URI location;
    private final HttpTransport transport;
    private final SigV4 signer;
    private final URI signedHost;
    private final RemoteOptions options;
    private final long size;
    private final String etag;
    private final String lastModified;
    private final byte[] first;
    private volatile URI target;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    private HttpStorage(URI location, URI http, HttpTransport transport, SigV4 signer, RemoteOptions options) {
        this.location = location;
        this.transport = transport;
        this.signer = signer;
        this.signedHost = http;
        this.options = options;
        this.target = http;
        Exchange e = fetch(0, options.blockSize(), null, null, -1, null);
        this.size = e.total;
        this.etag = e.etag;
        this.lastModified = e.lastModified;
        this.first = e.body;
    }

    /**
     * Opens {@code location} ({@code http}, {@code https} or {@code s3}): one request, for the first block.
     *
     * @throws Hdf5IoException when the server cannot be read, refuses ranges, or answers an error
     * @param location the file's URI
     * @param options cache, timeouts, retries and S3 settings
     * @return the storage
     */
    public static HttpStorage open(URI location, RemoteOptions options) {
        URI http = "s3".equalsIgnoreCase(location.getScheme()) ? options.s3().httpUri(location) : location;
        return open(location, options, HttpTransport.forUri(http, options.connectTimeout()));
    }

    /**
     * As {@link #open(URI, RemoteOptions)} over a given transport (HttpURLConnection on Android).
     *
     * @param location the file's URI
     * @param options cache, timeouts, retries and S3 settings
     * @param transport how requests are sent
     * @return the storage
     */
    public static HttpStorage open(URI location, RemoteOptions options, HttpTransport transport) {
        String scheme = location.getScheme() == null ? "" : location.getScheme().toLowerCase(java.util.Locale.ROOT);
        return switch (scheme) {
            case "http", "https" -> new HttpStorage(location, location, transport, null, options);
            case "s3" -> {
                S3Options s3 = options.s3();
                SigV4 signer = s3.credentials() == null ? null : new SigV4(s3.credentials(), s3.region(), "s3");
                yield new HttpStorage(location, s3.httpUri(location), transport, signer, options);
            }
            default -> throw new IllegalArgumentException("not an http, https or s3 URI: " + location);
        };
    }

    /**
     * Requests sent so far (retries and redirects included).
     *
     * @return the number of requests
     */
    public long requests() {
        return requests.get();
    }

    /** {@return body bytes received so far} */
    public long bytesReceived() {
        return bytes.get();
    }

    @Override
    public int read(long position, ByteBuffer dst) {
        if (position < 0) {
            throw new Hdf5IoException("read at negative position " + position + " of " + location);
        }
        if (position >= size || !dst.hasRemaining()) {
            return 0;
        }
        int want = (int) Math.min(dst.remaining(), size - position);
        if (position + want <= first.length) {
            dst.put(first, (int) position, want);
            return want;
        }
        Exchange e = fetch(position, want, etag, lastModified, size, null);
        dst.put(e.body, 0, want);
        return want;
    }

    /** One request for all of {@code dsts} (the blocks of one cache run), its body received straight into them. */
    @Override
    public long read(long position, ByteBuffer[] dsts) {
        long asked = 0;
        for (ByteBuffer d : dsts) {
            asked += d.remaining();
        }
        if (position < 0 || position >= size || asked > Integer.MAX_VALUE - 16 || position + asked <= first.length) {
            return Storage.super.read(position, dsts);
        }
        int want = (int) Math.min(asked, size - position);
        fetch(position, want, etag, lastModified, size, dsts);
        int at = 0;
        for (ByteBuffer d : dsts) {
            int n = Math.min(d.remaining(), want - at);
            ((java.nio.Buffer) d).position(d.position() + n);
            at += n;
        }
        return want;
    }

    /**
     * The body of bytes [position, position + length), checked against the version seen at open; received into
     * {@code into} when not null (their positions left as they were; what they hold counts only when this returns).
     */
    private Exchange fetch(long position, int length, String expectEtag, String expectModified, long expectTotal,
            ByteBuffer[] into) {
        String range = "bytes=" + position + "-" + (position + length - 1);
        IOException lastError = null;
        String lastProblem = null;
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            if (attempt > 0) {
                backoff(attempt);
            }
            HttpTransport.Response r;
            try {
                r = send(range, expectEtag, length, into);
            } catch (IOException ex) {
                lastError = ex;
                lastProblem = ex.getClass().getSimpleName() + ": " + ex.getMessage();
                continue;
            }
            int s = r.status();
            if (s >= 500 || s == 429) {
                lastProblem = "HTTP " + s;
                continue;
            }
            if (s == 404 || s == 410) {
                throw new Hdf5NotFoundException("no such remote file: " + location + " (HTTP " + s + ")");
            }
            if (s == 412) {
                throw changed("the server refused the ETag " + expectEtag + " (HTTP 412)");
            }
            if (s == 416 && expectTotal < 0) {
                throw new Hdf5IoException(location + " is empty (HTTP 416 for " + range + ")");
            }
            if (s == 200) {
                throw new Hdf5IoException(location + ": the server does not support range requests (HTTP 200 for"
                        + " Range: " + range + "; an HDF5 file is read in parts)");
            }
            if (s != 206) {
                throw new Hdf5IoException(location + ": HTTP " + s + " for " + range + reason(r));
            }
            Exchange e = checked(r, position, length, expectTotal);
            if (e == null) {
                lastProblem = "short body: " + r.received() + " of " + length + " bytes for " + range;
                continue;
            }
            if (expectEtag != null && e.etag != null && !expectEtag.equals(e.etag)
                    || expectModified != null && e.lastModified != null && !expectModified.equals(e.lastModified)) {
                throw changed("ETag " + expectEtag + " / Last-Modified " + expectModified + " at open, now "
                        + e.etag + " / " + e.lastModified);
            }
            return e;
        }
        String msg = location + ": " + range + " failed after " + (options.retries() + 1) + " attempts ("
                + lastProblem + ")";
        throw lastError != null ? new Hdf5IoException(msg, lastError) : new Hdf5IoException(msg);
    }

    private Hdf5IoException changed(String detail) {
        return new Hdf5IoException(location + " changed on the server while open (" + detail + ")");
    }

    private static String reason(HttpTransport.Response r) {
        String body = new String(r.body(), 0, Math.min(r.body().length, 200), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").trim();
        return body.isEmpty() ? "" : ": " + body;
    }

    /** The exchange of a 206 response, or null when its body is short (retried); a lying response throws. */
    private Exchange checked(HttpTransport.Response r, long position, int length, long expectTotal) {
        String cr = r.header("content-range");
        Matcher m = cr == null ? null : CONTENT_RANGE.matcher(cr.trim());
        if (m == null || !m.matches()) {
            throw new Hdf5IoException(location + ": HTTP 206 without a usable Content-Range (" + cr + ")");
        }
        long start = Long.parseLong(m.group(1));
        long end = Long.parseLong(m.group(2));
        long total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
        if (total < 0) {
            throw new Hdf5IoException(location + ": the server does not say the file's size (" + cr + ")");
        }
        if (expectTotal >= 0 && total != expectTotal) {
            throw changed("size " + expectTotal + " at open, now " + total);
        }
        long expectEnd = Math.min(position + length, total) - 1;
        if (start != position || end != expectEnd) {
            throw new Hdf5IoException(location + ": asked for bytes " + position + "-" + (position + length - 1)
                    + ", the server sent " + cr);
        }
        int n = (int) (end - start + 1);
        if (r.received() < n) {
            return null;
        }
        if (r.received() > n || r.bodyCut()) {
            throw new Hdf5IoException(location + ": the server sent more than the " + n + " bytes of " + cr);
        }
        return new Exchange(r.body(), total, r.header("etag"), r.header("last-modified"));
    }

    private HttpTransport.Response send(String range, String ifMatch, int length, ByteBuffer[] into)
            throws IOException {
        URI uri = target;
        for (int hop = 0; ; hop++) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Range", range);
            if (ifMatch != null) {
                headers.put("If-Match", ifMatch);
            }
            if (signer != null && sameOrigin(uri, signedHost)) {
                headers.putAll(signer.sign(uri, headers, Instant.now()));
            }
            requests.incrementAndGet();
            long t0 = TRACE ? System.nanoTime() : 0;
            HttpTransport.Response r = into == null ? transport.get(uri, headers, options.requestTimeout(), length + 1)
                    : transport.get(uri, headers, options.requestTimeout(), into);
            bytes.addAndGet(r.received());
            if (TRACE) {
                System.err.printf(java.util.Locale.ROOT, "nwbj.remote at %d ms: %s %s %d ms, %d bytes, HTTP %d, %s%n",
                        (t0 - TRACE_T0) / 1_000_000, uri.getPath(), range, (System.nanoTime() - t0) / 1_000_000,
                        r.received(), r.status(), Thread.currentThread().getName());
            }
            int s = r.status();
            if (s != 301 && s != 302 && s != 303 && s != 307 && s != 308) {
                if (hop > 0 && s == 206) {
                    target = uri; // later requests go straight to where the file is
                }
                return r;
            }
            String to = r.header("location");
            if (to == null) {
                throw new Hdf5IoException(location + ": HTTP " + s + " without a Location");
            }
            if (hop >= options.maxRedirects()) {
                throw new Hdf5IoException(location + ": more than " + options.maxRedirects() + " redirects");
            }
            URI next = uri.resolve(to);
            if ("https".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
                throw new Hdf5IoException(location + ": refused a redirect from HTTPS to " + next);
            }
            uri = next;
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort()
                && a.getScheme().equalsIgnoreCase(b.getScheme());
    }

    private static void backoff(int attempt) {
        long ms = Math.min(2000, 100L << (attempt - 1));
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Hdf5IoException("interrupted while waiting to retry");
        }
    }

    /** Another remote file with this one's options (S3 endpoint and credentials included). */
    @Override
    public Storage openRelated(URI uri) {
        return RemoteStorage.open(uri, options);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public String describe() {
        return location.toString();
    }

    @Override
    public URI location() {
        return location;
    }

    @Override
    public void close() {
        // nothing held between requests; the transport's connections are pooled and time out by themselves
    }

    /** One checked response. */
    private record Exchange(byte[] body, long total, String etag, String lastModified) {
    }

    /** The request timeout in force, for messages. */
    Duration requestTimeout() {
        return options.requestTimeout();
    }
}

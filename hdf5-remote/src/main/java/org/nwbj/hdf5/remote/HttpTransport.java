package org.nwbj.hdf5.remote;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP GET, redirects not followed (the caller follows them within its limits). Two implementations: the
 * JDK's {@code java.net.http} client ({@link JdkHttpTransport}) and {@code HttpURLConnection}
 * ({@link UrlConnectionTransport}, for Android, which lacks the former).
 */
public interface HttpTransport {
    /**
     * Sends GET {@code uri} with {@code headers} and reads at most {@code maxBody} bytes of the body; the whole
     * exchange ends within {@code timeout} or fails with {@link java.net.http.HttpTimeoutException}-like
     * {@link IOException}.
     *
     * @param uri the URI to get
     * @param headers the request headers
     * @param timeout the time the whole exchange may take
     * @param maxBody the most body bytes to read
     * @return the status, headers and body read
     * @throws IOException when the exchange fails or times out
     */
    Response get(URI uri, Map<String, String> headers, Duration timeout, int maxBody) throws IOException;

    /**
     * As {@link #get(URI, Map, Duration, int)}, but the body of a 206 response goes straight into {@code into} (each
     * buffer filled in turn from its position; the buffers' positions are left as they were): a multi-megabyte
     * range lands in the cache's blocks without a body-sized array in between. The response's body is then empty,
     * {@link Response#received()} says how many bytes went into the buffers and {@link Response#bodyCut()} whether
     * more followed. Other statuses are read as by {@code get}, bounded by the buffers' total size plus one.
     *
     * @param uri the URI to get
     * @param headers the request headers
     * @param timeout the time the whole exchange may take
     * @param into the buffers a 206 body fills (array-backed or not)
     * @return the status, headers and how much was received
     * @throws IOException when the exchange fails or times out
     */
    default Response get(URI uri, Map<String, String> headers, Duration timeout, ByteBuffer[] into)
            throws IOException {
        long total = remaining(into);
        Response r = get(uri, headers, timeout, (int) Math.min(Integer.MAX_VALUE - 16, total + 1));
        if (r.status() != 206) {
            return r;
        }
        int n = (int) Math.min(total, r.body().length);
        int at = 0;
        for (ByteBuffer d : into) {
            int k = Math.min(d.remaining(), n - at);
            d.duplicate().put(r.body(), at, k);
            at += k;
        }
        return new Response(r.status(), r.headers(), new byte[0], r.bodyCut() || r.body().length > total,
                r.body().length);
    }

    /**
     * {@return the bytes {@code bufs} can take in all}
     *
     * @param bufs the buffers
     */
    static long remaining(ByteBuffer[] bufs) {
        long n = 0;
        for (ByteBuffer b : bufs) {
            n += b.remaining();
        }
        return n;
    }

    /**
     * A response: status, headers (names in lower case), the body read (cut at the caller's maximum) and how many
     * body bytes were received (the body's length, or what went into the caller's buffers).
     *
     * @param status the HTTP status
     * @param headers the headers, names in lower case
     * @param body the body read, empty when it went into the caller's buffers
     * @param bodyCut whether more body followed than was read
     * @param received the body bytes received
     */
    record Response(int status, Map<String, List<String>> headers, byte[] body, boolean bodyCut, long received) {
        /**
         * A response whose body was read into an array.
         *
         * @param status the HTTP status
         * @param headers the headers, names in lower case
         * @param body the body read
         * @param bodyCut whether more body followed than was read
         */
        public Response(int status, Map<String, List<String>> headers, byte[] body, boolean bodyCut) {
            this(status, headers, body, bodyCut, body.length);
        }

        /**
         * {@return the first value of header {@code name} (any case), or null}
         *
         * @param name the header's name
         */
        public String header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }

    /**
     * {@return the JDK's HTTP client where the platform has it (desktop and server JVMs), else HttpURLConnection}
     *
     * @param connectTimeout the time to connect
     */
    static HttpTransport platformDefault(Duration connectTimeout) {
        return forUri(URI.create("https://localhost/"), connectTimeout);
    }

    /**
     * {@return the transport for requests to {@code uri}: HttpURLConnection for plain {@code http} (it starts in a
     * few milliseconds, where the JDK client first builds a TLS context it will not use: hundreds of milliseconds,
     * more than a listing takes), the JDK's client for {@code https} where the platform has it (HTTP/2),
     * HttpURLConnection otherwise (Android); system property {@code nwbj.remote.transport} = {@code jdk} or
     * {@code urlconnection} chooses one for all}
     *
     * @param uri where requests go
     * @param connectTimeout the time to connect
     */
    static HttpTransport forUri(URI uri, Duration connectTimeout) {
        String forced = System.getProperty("nwbj.remote.transport", "");
        boolean plain = "http".equalsIgnoreCase(uri.getScheme());
        if (forced.equals("urlconnection") || plain && !forced.equals("jdk")) {
            return new UrlConnectionTransport(connectTimeout);
        }
        try {
            Class.forName("java.net.http.HttpClient");
            return new JdkHttpTransport(connectTimeout);
        } catch (ClassNotFoundException | LinkageError e) {
            return new UrlConnectionTransport(connectTimeout);
        }
    }

    /**
     * Reads up to {@code max} bytes of {@code in}; the returned array's length is what was read, and
     * {@code cut[0]} says whether more followed.
     *
     * @param in the stream to read
     * @param max the most bytes to read
     * @param cut set to whether more bytes followed
     * @return the bytes read
     * @throws IOException when reading fails
     */
    static byte[] readBounded(InputStream in, int max, boolean[] cut) throws IOException {
        return readBounded(in, max, cut, -1);
    }

    /**
     * Reads {@code in} into {@code into}, each buffer filled in turn from its position (positions left as they were);
     * {@code cut[0]} says whether more followed once all were full.
     *
     * @param in the stream to read
     * @param into the buffers to fill
     * @param cut set to whether more bytes followed
     * @return the bytes read, less than the buffers take when the stream ended early
     * @throws IOException when reading fails
     */
    static long readInto(InputStream in, ByteBuffer[] into, boolean[] cut) throws IOException {
        long total = 0;
        byte[] tmp = null;
        for (ByteBuffer b : into) {
            ByteBuffer d = b.duplicate();
            while (d.hasRemaining()) {
                int r;
                if (d.hasArray()) {
                    // pieces of 64 KiB, as in readBounded
                    r = in.read(d.array(), d.arrayOffset() + d.position(), Math.min(d.remaining(), 1 << 16));
                    if (r > 0) {
                        ((Buffer) d).position(d.position() + r);
                    }
                } else {
                    tmp = tmp == null ? new byte[1 << 16] : tmp;
                    r = in.read(tmp, 0, Math.min(d.remaining(), tmp.length));
                    if (r > 0) {
                        d.put(tmp, 0, r);
                    }
                }
                if (r < 0) {
                    return total;
                }
                total += r;
            }
        }
        cut[0] = in.read() >= 0;
        return total;
    }

    /**
     * As {@link #readBounded(InputStream, int, boolean[])}, sized at once for a body of {@code expected} bytes (the
     * Content-Length; -1 when unknown): growing a multi-megabyte body by doubling touched three times its size of
     * fresh memory, which costs more than the transfer where page faults are slow.
     *
     * @param in the stream to read
     * @param max the most bytes to read
     * @param cut set to whether more bytes followed
     * @param expected the announced body length, or -1
     * @return the bytes read
     * @throws IOException when reading fails
     */
    static byte[] readBounded(InputStream in, int max, boolean[] cut, long expected) throws IOException {
        byte[] buf = new byte[(int) (expected >= 0 ? Math.min(max, Math.max(expected, 1)) : Math.min(max, 1 << 16))];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                // full: probe before growing, so a body of exactly the announced length is neither copied to a
                // larger array nor back (that was three times a multi-megabyte body of fresh memory)
                int next = in.read();
                if (next < 0) {
                    break;
                }
                if (n == max) {
                    cut[0] = true;
                    break;
                }
                buf = java.util.Arrays.copyOf(buf, (int) Math.min(max, 2L * buf.length));
                buf[n++] = (byte) next;
                continue;
            }
            // pieces of 64 KiB: a socket read of a large length goes through a temporary direct buffer of that
            // length, which made multi-megabyte bodies several times slower to receive
            int r = in.read(buf, n, Math.min(buf.length - n, 1 << 16));
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
    }
}

package org.nwbj.hdf5.remote;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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

    /** A response: status, headers (names in lower case) and the body read (cut at the caller's maximum). */
    record Response(int status, Map<String, List<String>> headers, byte[] body, boolean bodyCut) {
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
                if (n == max) {
                    cut[0] = in.read() >= 0;
                    break;
                }
                buf = java.util.Arrays.copyOf(buf, (int) Math.min(max, 2L * buf.length));
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

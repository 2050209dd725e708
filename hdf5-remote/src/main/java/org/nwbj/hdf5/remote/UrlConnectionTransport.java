package org.nwbj.hdf5.remote;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link HttpTransport} on {@link HttpURLConnection}, available on every JVM and on Android, and quick to start (no
 * client to build; the JDK client's builds a TLS context even for plain HTTP). Connections are reused (kept alive)
 * when a body was read to its end. The timeout bounds the whole exchange: a watchdog disconnects a request that
 * outlives it, so a server sending slowly cannot hold a reader.
 */
public final class UrlConnectionTransport implements HttpTransport {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nwbj-urlconnection-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Duration connectTimeout;

    /**
     * A transport over {@link java.net.HttpURLConnection}.
     *
     * @param connectTimeout the time to connect
     */
    public UrlConnectionTransport(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    @Override
    public Response get(URI uri, Map<String, String> headers, Duration timeout, int maxBody) throws IOException {
        return exchange(uri, headers, timeout, maxBody, null);
    }

    @Override
    public Response get(URI uri, Map<String, String> headers, Duration timeout, ByteBuffer[] into)
            throws IOException {
        return exchange(uri, headers, timeout, (int) Math.min(Integer.MAX_VALUE - 16,
                HttpTransport.remaining(into) + 1), into);
    }

    private Response exchange(URI uri, Map<String, String> headers, Duration timeout, int maxBody, ByteBuffer[] into)
            throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> guard = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            c.disconnect();
        }, Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        boolean reusable = false;
        try {
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
            c.setReadTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            c.setUseCaches(false);
            for (Map.Entry<String, String> h : headers.entrySet()) {
                if (!h.getKey().equalsIgnoreCase("host")) {
                    c.setRequestProperty(h.getKey(), h.getValue());
                }
            }
            int status = c.getResponseCode();
            Map<String, List<String>> hs = new HashMap<>();
            c.getHeaderFields().forEach((k, v) -> {
                if (k != null) {
                    hs.put(k.toLowerCase(Locale.ROOT), v);
                }
            });
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            boolean[] cut = {false};
            byte[] body = new byte[0];
            long received = 0;
            if (in != null) {
                try (in) {
                    if (into != null && status == 206) {
                        received = HttpTransport.readInto(in, into, cut);
                    } else {
                        body = HttpTransport.readBounded(in, maxBody, cut, c.getContentLengthLong());
                        received = body.length;
                    }
                }
            }
            // a body read to its end leaves the connection clean for the next request
            reusable = !cut[0] && status < 400;
            return new Response(status, hs, body, cut[0], received);
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new SocketTimeoutException("no whole response within " + timeout.toMillis() + " ms (" + e
                        + ")");
            }
            throw e;
        } finally {
            guard.cancel(false);
            if (!reusable) {
                c.disconnect();
            }
        }
    }
}

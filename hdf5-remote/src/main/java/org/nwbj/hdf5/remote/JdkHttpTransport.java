package org.nwbj.hdf5.remote;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@link HttpTransport} on the JDK's {@code java.net.http} client (HTTP/1.1 and HTTP/2, connection reuse). */
public final class JdkHttpTransport implements HttpTransport {
    /** Closes bodies that outlive their deadline, so that a server sending slowly cannot hold a reader. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nwbj-http-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient client;

    /**
     * A transport over the JDK's HTTP client, which follows no redirect itself.
     *
     * @param connectTimeout the time to connect
     */
    public JdkHttpTransport(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
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
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(timeout);
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (!h.getKey().equalsIgnoreCase("host")) { // the client sets Host itself, from the URI
                b.header(h.getKey(), h.getValue());
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<InputStream> r;
        try {
            r = client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new HttpTimeoutException("no response within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof IOException io ? io : new IOException(String.valueOf(c), c);
        }
        InputStream in = r.body();
        long left = Math.max(1, deadline - System.nanoTime());
        boolean[] timedOut = {false};
        ScheduledFuture<?> guard = WATCHDOG.schedule(() -> {
            timedOut[0] = true;
            try {
                in.close();
            } catch (IOException ignored) {
                // closing is all we can do
            }
        }, left, TimeUnit.NANOSECONDS);
        try (in) {
            boolean[] cut = {false};
            byte[] body = new byte[0];
            long received;
            if (into != null && r.statusCode() == 206) {
                received = HttpTransport.readInto(in, into, cut);
            } else {
                body = HttpTransport.readBounded(in, maxBody, cut,
                        r.headers().firstValueAsLong("content-length").orElse(-1));
                received = body.length;
            }
            Map<String, List<String>> hs = new HashMap<>();
            r.headers().map().forEach((k, v) -> hs.put(k.toLowerCase(Locale.ROOT), v));
            return new Response(r.statusCode(), hs, body, cut[0], received);
        } catch (IOException e) {
            if (timedOut[0]) {
                throw new HttpTimeoutException("body not received within " + timeout.toMillis() + " ms");
            }
            throw e;
        } finally {
            guard.cancel(false);
        }
    }
}

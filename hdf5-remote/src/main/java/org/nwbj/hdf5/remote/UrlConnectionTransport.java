package org.nwbj.hdf5.remote;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link HttpTransport} on {@link HttpURLConnection}, available on every JVM and on Android. Its timeout bounds
 * connecting and each read (not the whole exchange, which HttpURLConnection cannot bound).
 */
public final class UrlConnectionTransport implements HttpTransport {
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
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
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
            if (in != null) {
                try (in) {
                    body = HttpTransport.readBounded(in, maxBody, cut);
                }
            }
            return new Response(status, hs, body, cut[0]);
        } finally {
            c.disconnect();
        }
    }
}

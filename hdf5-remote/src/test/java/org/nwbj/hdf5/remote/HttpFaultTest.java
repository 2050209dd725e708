package org.nwbj.hdf5.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.Hdf5NotFoundException;
import org.nwbj.hdf5.Hdf5Writer;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's) that misbehaves on purpose, per path: every fault ends in a clear
 * {@link Hdf5Exception}, never a hang or partial data; transient ones are retried. Run over both transports.
 */
class HttpFaultTest {
    @TempDir
    static Path dir;
    static HttpServer server;
    static byte[] file;
    static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

    @BeforeAll
    static void start() throws IOException {
        Path p = dir.resolve("f.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            long[] v = new long[50_000];
            for (int i = 0; i < v.length; i++) {
                v[i] = i * 3L;
            }
            w.root().createDataset("data", v);
        }
        file = Files.readAllBytes(p);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", HttpFaultTest::handle);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        int hit = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        try (ex) {
            switch (path) {
                case "/norange.h5" -> send(ex, 200, file, null);
                case "/forbidden.h5" -> send(ex, 403, "AccessDenied".getBytes(), null);
                case "/flaky.h5" -> {
                    if (hit <= 2) {
                        send(ex, 503, new byte[0], null);
                    } else {
                        range(ex, false, false);
                    }
                }
                case "/truncated.h5" -> range(ex, true, false);
                case "/toolong.h5" -> range(ex, false, true);
                case "/wrongrange.h5" -> {
                    ex.getResponseHeaders().add("Content-Range", "bytes 5-14/" + file.length);
                    send(ex, 206, java.util.Arrays.copyOfRange(file, 5, 15), null);
                }
                case "/slow.h5" -> {
                    try {
                        Thread.sleep(30_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    range(ex, false, false);
                }
                case "/redirect.h5" -> {
                    ex.getResponseHeaders().add("Location", "/f.h5");
                    send(ex, 302, new byte[0], null);
                }
                case "/loop.h5" -> {
                    ex.getResponseHeaders().add("Location", "/loop.h5");
                    send(ex, 307, new byte[0], null);
                }
                case "/f.h5" -> range(ex, false, false);
                case "/failsafteropen.h5" -> {
                    // the first request is answered; the next three fail (a background part's attempts)
                    if (hit >= 2 && hit <= 4) {
                        send(ex, 503, new byte[0], null);
                    } else {
                        range(ex, false, false);
                    }
                }
                case "/changedafteropen.h5" -> {
                    if (hit >= 2) {
                        ex.getResponseHeaders().add("ETag", "\"v2\"");
                    }
                    range(ex, false, false);
                }
                default -> send(ex, 404, new byte[0], null);
            }
        }
    }

    /** A 206 for the requested range; {@code cut}: half the body then the connection drops; {@code extra}: more. */
    private static void range(HttpExchange ex, boolean cut, boolean extra) throws IOException {
        Matcher m = RANGE.matcher(String.valueOf(ex.getRequestHeaders().getFirst("Range")));
        if (!m.matches()) {
            send(ex, 200, file, null);
            return;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Math.min(file.length - 1, Integer.parseInt(m.group(2)));
        byte[] body = java.util.Arrays.copyOfRange(file, a, b + 1);
        ex.getResponseHeaders().add("Content-Range", "bytes " + a + "-" + b + "/" + file.length);
        if (!ex.getResponseHeaders().containsKey("ETag")) {
            ex.getResponseHeaders().add("ETag", "\"v1\"");
        }
        if (cut) {
            ex.sendResponseHeaders(206, body.length);
            ex.getResponseBody().write(body, 0, body.length / 2);
            ex.getResponseBody().flush();
            throw new IOException("cut on purpose");
        }
        if (extra) {
            byte[] more = java.util.Arrays.copyOf(body, body.length + 100);
            send(ex, 206, more, null);
            return;
        }
        send(ex, 206, body, null);
    }

    private static void send(HttpExchange ex, int status, byte[] body, String type) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        }
    }

    private static URI url(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name);
    }

    private static HttpTransport transport(String kind) {
        return kind.equals("jdk") ? new JdkHttpTransport(Duration.ofSeconds(5))
                : new UrlConnectionTransport(Duration.ofSeconds(5));
    }

    private static RemoteOptions quick() {
        return RemoteOptions.defaults().withBlockSize(4096).withRetries(2)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(700));
    }

    private static long[] read(String name, String kind) {
        HttpStorage s = HttpStorage.open(url(name), quick(), transport(kind));
        try (Hdf5File f = Hdf5File.open(org.nwbj.hdf5.storage.CachedStorage.over(s, 4096, 1 << 20, 4))) {
            return ((Dataset) f.get("/data")).readLongs();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "urlconnection"})
    void aGoodServerAndRedirects(String kind) {
        assertThat(read("f.h5", kind)).hasSize(50_000).endsWith(149_997L);
        assertThat(read("redirect.h5", kind)).hasSize(50_000).startsWith(0L, 3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "urlconnection"})
    void transientErrorsAreRetried(String kind) {
        hits.remove("/flaky.h5");
        assertThat(read("flaky.h5", kind)).hasSize(50_000);
        assertThat(hits.get("/flaky.h5").get()).isGreaterThan(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "urlconnection"})
    void faultsAreClearErrors(String kind) {
        assertThatThrownBy(() -> read("norange.h5", kind)).isInstanceOf(Hdf5IoException.class)
                .hasMessageContaining("does not support range requests");
        assertThatThrownBy(() -> read("forbidden.h5", kind)).isInstanceOf(Hdf5IoException.class)
                .hasMessageContaining("HTTP 403").hasMessageContaining("forbidden.h5");
        assertThatThrownBy(() -> read("missing.h5", kind)).isInstanceOf(Hdf5NotFoundException.class)
                .hasMessageContaining("404");
        assertThatThrownBy(() -> read("truncated.h5", kind)).isInstanceOf(Hdf5IoException.class)
                .hasMessageContaining("truncated.h5").hasMessageContaining("attempts");
        assertThatThrownBy(() -> read("toolong.h5", kind)).isInstanceOf(Hdf5IoException.class)
                .hasMessageContaining("more than");
        assertThatThrownBy(() -> read("wrongrange.h5", kind)).isInstanceOf(Hdf5IoException.class)
                .hasMessageContaining("the server sent bytes 5-14");
        assertThatThrownBy(() -> read("loop.h5", kind)).isInstanceOf(Hdf5IoException.class)
                .hasMessageContaining("redirects");
    }

    /** Opened as RemoteStorage opens: the whole (small) file read in the background after the first request. */
    private static long[] readWhole(String name, String kind) {
        HttpStorage s = HttpStorage.open(url(name), quick(), transport(kind));
        org.nwbj.hdf5.storage.CachedStorage c = org.nwbj.hdf5.storage.CachedStorage.over(s, 4096, 1 << 20, 4);
        assertThat(c.prefetchWholeFile(1L << 20)).isTrue();
        try (Hdf5File f = Hdf5File.open(c)) {
            return ((Dataset) f.get("/data")).readLongs();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "urlconnection"})
    void faultsOfTheBackgroundWholeFileRead(String kind) {
        // the background part fails all its attempts: the reads that waited for it ask again themselves
        hits.remove("/failsafteropen.h5");
        assertThat(readWhole("failsafteropen.h5", kind)).hasSize(50_000).endsWith(149_997L);
        assertThat(hits.get("/failsafteropen.h5").get()).isGreaterThan(4);
        // a file that changed between the first request and the background read is an error, not mixed data
        hits.remove("/changedafteropen.h5");
        assertThatThrownBy(() -> readWhole("changedafteropen.h5", kind)).isInstanceOf(Hdf5IoException.class)
                .hasMessageContaining("changed on the server");
        assertThat(readWhole("f.h5", kind)).hasSize(50_000).endsWith(149_997L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "urlconnection"})
    void aSlowServerTimesOut(String kind) {
        hits.remove("/slow.h5");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> read("slow.h5", kind)).isInstanceOf(Hdf5IoException.class)
                .hasMessageContaining("slow.h5");
        // 3 attempts of 0.7 s and two backoffs (generous for a loaded machine), not the server's 30 s
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        assertThat(hits.get("/slow.h5").get()).as("retried").isGreaterThanOrEqualTo(2);
    }
}

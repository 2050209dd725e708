package org.nwbj.hdf5.remote;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx serving a directory on 127.0.0.1, started by the test through the project's nginx.sh and stopped by
 * {@link #close()}. Skipped where nginx is missing, except under {@code CI=true}.
 */
final class Nginx implements AutoCloseable {
    final int port;
    private final long pid;
    private final Path run;

    private Nginx(int port, long pid, Path run) {
        this.port = port;
        this.pid = pid;
        this.run = run;
    }

    static Nginx serve(Path dir) throws IOException, InterruptedException {
        boolean have = Files.isExecutable(Paths.get("/usr/sbin/nginx"));
        if (!have && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but nginx is missing (apt-get install nginx-light)");
        }
        assumeTrue(have, "skipped: nginx is not installed (apt-get install nginx-light)");
        Path script = Paths.get("src/test/scripts/nginx.sh").toAbsolutePath();
        Process p = new ProcessBuilder("bash", script.toString(), dir.toString()).redirectError(
                ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("nginx.sh failed: " + out);
        }
        String[] f = out.split(" ");
        return new Nginx(Integer.parseInt(f[0]), Long.parseLong(f[1]), Paths.get(f[2]));
    }

    String url(String name) {
        return "http://127.0.0.1:" + port + "/" + name;
    }

    /** Requests nginx has logged so far. */
    long requestsLogged() throws IOException {
        Path log = run.resolve("access.log");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    @Override
    public void close() {
        ProcessHandle.of(pid).ifPresent(h -> {
            h.destroy();
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        });
    }
}

package org.nwbj.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr, rewritten in place ({@code \r}) at most a few times a second and cleared when the work
 * ends, so that a terminal shows it and the output on stdout stays untouched. {@link #NONE} says nothing.
 */
class Progress implements AutoCloseable {
    /** Progress that prints nothing (stderr is not a terminal, or --quiet). */
    static final Progress NONE = new Progress(null);

    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintStream err;
    private long lastNanos;
    private int lastWidth;
    private ScheduledExecutorService watcher;

    Progress(PrintStream err) {
        this.err = err;
    }

    static Progress toStderr() {
        return new Progress(System.err);
    }

    boolean enabled() {
        return err != null;
    }

    /** Shows {@code what: done/total unit}, throttled; {@code total <= 0} shows the count alone. */
    void count(String what, long done, long total) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastNanos < EVERY_NANOS) {
            return;
        }
        lastNanos = now;
        show(total > 0 ? what + " " + done + "/" + total : what + " " + done);
    }

    /**
     * Shows {@code what: N MB of about M MB} every 200 ms from a background thread, asking {@code bytesDone} how far
     * the work is (for library calls that report nothing themselves, such as a copy: the size of what is written).
     */
    void watchBytes(String what, LongSupplier bytesDone, long bytesTotal) {
        if (err == null) {
            return;
        }
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nwbj-progress");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        watcher.scheduleAtFixedRate(() -> {
            long done = bytesDone.getAsLong();
            double seconds = (System.nanoTime() - start) / 1e9;
            String line = String.format(Locale.ROOT, "%s: %s", what, megabytes(done));
            if (bytesTotal > 0) {
                line += String.format(Locale.ROOT, " (source %s)", megabytes(bytesTotal));
            }
            show(line + String.format(Locale.ROOT, ", %.0f s", seconds));
        }, 500, 200, TimeUnit.MILLISECONDS);
    }

    /** Prints a line on stderr above the progress line (which the next update redraws). */
    synchronized void message(String line) {
        if (err == null) {
            System.err.println(line);
            return;
        }
        err.print('\r' + line + " ".repeat(Math.max(0, lastWidth - line.length())) + '\n');
        err.flush();
        lastWidth = 0;
    }

    static String megabytes(long bytes) {
        return bytes < 10L << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%d MB", Math.round(bytes / 1e6));
    }

    private synchronized void show(String line) {
        err.print('\r' + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        err.flush();
        lastWidth = line.length();
    }

    /** Stops the background watcher and clears the line. */
    @Override
    public void close() {
        if (err == null) {
            return;
        }
        if (watcher != null) {
            watcher.shutdownNow();
            try {
                watcher.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (lastWidth > 0) {
                err.print('\r' + " ".repeat(lastWidth) + '\r');
                err.flush();
                lastWidth = 0;
            }
        }
    }
}

package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.nwbj.hdf5.testing.CrashWorkload;

/**
 * The kill harness: forks a writer JVM running {@link CrashWorkload} (appends to a chunked deflated dataset,
 * attribute rewrites, new groups and datasets, a flush after every step), kills it with SIGKILL at a random
 * moment after its first flush, then checks with nwbj and with h5py that the file opens and holds at least
 * everything the last completed flush published. {@code -Dnwbj.kills=N} (default 20) sets the number of kills,
 * {@code -Dnwbj.killSeed=S} replays a run; a failed file is kept under {@code target/kill-failures}.
 */
@Tag("interop")
class KillHarnessTest {
    /** Kills land uniformly within this long after the first flush (the workload's first few hundred steps). */
    private static final int MAX_DELAY_MS = 1500;
    private static final int H5PY_BATCH = 25;

    @TempDir
    Path dir;

    private int kills;
    private int openedByNwbj;
    private int openedByH5py;
    private int flushedDataPresent;
    private int insideFlush;
    private final List<String> failures = new ArrayList<>();

    /** The writer runs in SWMR mode ({@code CrashWorkload FILE --swmr}); files are opened as SWMR readers open them. */
    private boolean swmr;

    @Test
    void randomKillsLeaveFilesHoldingTheLastFlush() throws Exception {
        run(Integer.getInteger("nwbj.kills", 20));
    }

    /**
     * The same in SWMR mode: the killed writer leaves its superblock saying SWMR writing, so h5py opens the files
     * with {@code swmr=True} (as the C library requires until h5clear) and nwbj with {@link OpenOptions#swmr()}.
     * {@code -Dnwbj.swmrKills=N} (default 20) sets the number of kills.
     */
    @Test
    void randomKillsOfASwmrWriterLeaveFilesHoldingTheLastFlush() throws Exception {
        swmr = true;
        run(Integer.getInteger("nwbj.swmrKills", 20));
    }

    private void run(int n) throws Exception {
        long seed = Long.getLong("nwbj.killSeed", System.nanoTime());
        Random random = new Random(seed);
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Map<Path, Integer> batch = new LinkedHashMap<>();
        Map<Path, Boolean> nwbjOk = new LinkedHashMap<>();
        long maxFlush = 0;
        long flushes = 0;
        for (int i = 0; i < n; i++) {
            Path file = dir.resolve("kill" + i + ".h5");
            // C1 only and the serial collector: the child lives a second or two, start-up is what costs
            Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), CrashWorkload.class.getName(), file.toString(),
                    swmr ? "--swmr" : "-")
                    .redirectErrorStream(true).start();
            CountDownLatch firstFlush = new CountDownLatch(1);
            int[] last = {-1, -1}; // last "flushed", last "flushing"
            StringBuilder other = new StringBuilder();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        synchronized (last) {
                            if (line.startsWith("flushed ")) {
                                last[0] = Integer.parseInt(line.substring(8));
                                firstFlush.countDown();
                            } else if (line.startsWith("flushing ")) {
                                last[1] = Integer.parseInt(line.substring(9));
                            } else if (other.length() < 4000) {
                                other.append(line).append('\n');
                            }
                        }
                    }
                } catch (java.io.IOException e) {
                    // the pipe closes when the child dies
                }
                firstFlush.countDown();
            });
            reader.start();
            assertThat(firstFlush.await(120, TimeUnit.SECONDS)).as("the writer flushed once").isTrue();
            Thread.sleep(random.nextInt(MAX_DELAY_MS));
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
            child.waitFor();
            reader.join();
            int flushed;
            synchronized (last) {
                flushed = last[0];
                if (last[1] > last[0]) {
                    insideFlush++;
                }
                assertThat(flushed).as("the writer flushed (output: %s)", other).isGreaterThanOrEqualTo(0);
            }
            kills++;
            maxFlush = Math.max(maxFlush, flushed);
            flushes += flushed + 1;
            nwbjOk.put(file, checkWithNwbj(file, flushed));
            batch.put(file, flushed);
            if (batch.size() == H5PY_BATCH || i == n - 1) {
                checkWithH5py(batch, nwbjOk);
                batch.clear();
                nwbjOk.clear();
            }
        }
        String counts = "kills " + kills + ", opened by nwbj " + openedByNwbj + ", by h5py " + openedByH5py
                + ", flushed data present " + flushedDataPresent;
        System.out.println("kill harness" + (swmr ? " in SWMR mode" : "") + " (seed " + seed + "): " + counts
                + "; killed inside a flush " + insideFlush
                + ", flushes completed per run " + flushes / Math.max(1, kills) + " on average, at most "
                + (maxFlush + 1));
        assertThat(failures).as(counts).isEmpty();
        assertThat(flushedDataPresent).isEqualTo(n);
    }

    /**
     * Runs the harness outside Maven (long runs on a copy of the classes, so that rebuilding does not change the
     * writer under it): {@code java -cp test-classes:classes:DEPS org.nwbj.hdf5.KillHarnessTest KILLS [SEED [swmr]]}.
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("nwbj.kills", args[0]);
        if (args.length > 1) {
            System.setProperty("nwbj.killSeed", args[1]);
        }
        KillHarnessTest t = new KillHarnessTest();
        t.dir = Files.createTempDirectory("nwbj-kills");
        if (args.length > 2 && args[2].equals("swmr")) {
            t.swmr = true;
        }
        t.run(Integer.parseInt(args[0]));
    }

    private boolean checkWithNwbj(Path file, int flushed) {
        try (Hdf5File f = swmr ? Hdf5File.open(file, OpenOptions.swmr()) : Hdf5File.open(file)) {
            f.root().links();
            openedByNwbj++;
            String problem = CrashWorkload.check(f, flushed);
            if (problem != null) {
                fail(file, "nwbj: after flush " + flushed + ": " + problem);
                return false;
            }
            return true;
        } catch (Hdf5Exception e) {
            fail(file, "nwbj: after flush " + flushed + ": " + e);
            return false;
        }
    }

    private void checkWithH5py(Map<Path, Integer> batch, Map<Path, Boolean> nwbjOk) throws Exception {
        List<String> args = new ArrayList<>();
        batch.forEach((p, k) -> args.add(p + ":" + k));
        List<String> lines = CrashWorkload.h5pyCheck(args, swmr);
        assertThat(lines).as("one h5py line per file").hasSize(batch.size());
        int i = 0;
        for (Map.Entry<Path, Integer> e : batch.entrySet()) {
            String line = lines.get(i++);
            boolean opened = !line.contains(" open-failed");
            boolean ok = line.endsWith(" ok");
            if (opened) {
                openedByH5py++;
            }
            if (!ok) {
                fail(e.getKey(), "h5py: after flush " + e.getValue() + ": " + line);
            } else if (nwbjOk.get(e.getKey())) {
                flushedDataPresent++;
                Files.delete(e.getKey()); // the files of a long run would fill the disk
            }
        }
    }

    private void fail(Path file, String problem) {
        failures.add(problem);
        System.out.println("kill harness: " + problem);
        try {
            Path keep = Paths.get("target", "kill-failures");
            Files.createDirectories(keep);
            Files.copy(file, keep.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            System.out.println("kill harness: cannot keep " + file + ": " + e);
        }
    }
}

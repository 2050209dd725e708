package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.nwbj.hdf5.testing.FlushChild;

/**
 * A writer JVM killed with SIGKILL right after flush() returned leaves a file that nwbj and the C library (h5py)
 * open, holding everything written before that flush.
 */
class KillAfterFlushTest {
    @TempDir
    Path dir;

    @Test
    void killedWriterLeavesTheLastFlushedState() throws Exception {
        for (int kill : new int[] {1, 3, 6}) {
            Path file = dir.resolve("killed" + kill + ".h5");
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    FlushChild.class.getName(), file.toString()));
            Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            long flushed = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                java.io.Writer go = new java.io.OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
                int seen = 0;
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("flushed ")) {
                        flushed = Long.parseLong(line.substring(8));
                        seen++;
                    } else if (line.equals("waiting")) {
                        if (seen == kill) {
                            break; // flushed, then wrote more that no flush published: kill it here
                        }
                        go.write("go\n");
                        go.flush();
                    }
                }
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
                child.waitFor();
            }
            assertThat(flushed).as("the child flushed").isEqualTo(kill * 1000L);
            try (Hdf5File f = Hdf5File.open(file)) {
                Dataset d = (Dataset) f.get("/data");
                long rows = d.space().dims()[0];
                assertThat(rows).isGreaterThanOrEqualTo(flushed);
                long[] v = d.readLongs(Selection.rows(d.space().dims(), 0, flushed));
                for (int i = 0; i < v.length; i++) {
                    assertThat(v[i]).isEqualTo(i);
                }
            }
            String h5py = WriterInteropTest.python(String.join("\n",
                    "import sys, h5py, numpy as np",
                    "d = h5py.File(sys.argv[1], 'r')['data']",
                    "n = " + flushed,
                    "print(d.shape[0] >= n and bool((d[:n].ravel() == np.arange(n * 10)).all()))"), file);
            assertThat(h5py).isEqualTo("True");
        }
    }
}

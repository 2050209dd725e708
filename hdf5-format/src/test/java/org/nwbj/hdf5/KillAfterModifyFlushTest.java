package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.nwbj.hdf5.testing.ModifyFlushChild;

/**
 * A JVM appending to an h5py-written file opened with {@link Hdf5Writer#open}, killed with SIGKILL right after
 * flush() returned, leaves a file that nwbj and the C library (h5py) open, holding everything written before that
 * flush; in a libver='latest' file the dataset's extensible array index stays one. Skipped without h5py, except in
 * CI.
 */
@Tag("interop")
class KillAfterModifyFlushTest {
    @TempDir
    Path dir;

    @Test
    void killedModifierLeavesTheLastFlushedState() throws Exception {
        for (int run = 0; run < 4; run++) {
            int kill = run % 2 == 0 ? 1 : 4;
            boolean latest = run >= 2;
            Path file = dir.resolve("killed" + run + ".h5");
            WriterInteropTest.python(String.join("\n",
                    "import sys, h5py",
                    "with h5py.File(sys.argv[1], 'w'" + (latest ? ", libver='latest'" : "") + ") as f:",
                    "    f.create_dataset('data', shape=(0, 10), maxshape=(None, 10), chunks=(1000, 10),"
                            + " dtype='i8', compression='gzip')",
                    "    f.create_group('old').attrs['kept'] = 'yes'"), file);
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    ModifyFlushChild.class.getName(), file.toString()));
            Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            long flushed = 0;
            StringBuilder log = new StringBuilder();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                java.io.Writer go = new java.io.OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
                int seen = 0;
                String line;
                while ((line = out.readLine()) != null) {
                    log.append(line).append('\n');
                    if (line.startsWith("flushed ")) {
                        flushed = Long.parseLong(line.substring(8));
                        seen++;
                    } else if (line.equals("waiting")) {
                        if (seen == kill) {
                            break;
                        }
                        go.write("go\n");
                        go.flush();
                    }
                }
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
                child.waitFor();
            }
            assertThat(flushed).as(log.toString()).isEqualTo(kill * 1000L);
            try (Hdf5File f = Hdf5File.open(file)) {
                Dataset d = (Dataset) f.get("/data");
                assertThat(d.space().dims()[0]).isGreaterThanOrEqualTo(flushed);
                long[] v = d.readLongs(Selection.rows(d.space().dims(), 0, flushed));
                for (int i = 0; i < v.length; i++) {
                    assertThat(v[i]).isEqualTo(i);
                }
                assertThat(f.get("/old").attribute("kept").readValues()).containsExactly("yes");
            }
            String h5py = WriterInteropTest.python(String.join("\n",
                    "import sys, h5py, numpy as np",
                    "f = h5py.File(sys.argv[1], 'r')",
                    "d = f['data']",
                    "n = " + flushed,
                    "print(d.shape[0] >= n and bool((d[:n].ravel() == np.arange(n * 10)).all()),"
                            + " f.attrs['rows'] >= n, f['old'].attrs['kept'])"), file);
            assertThat(h5py).isEqualTo("True True yes");
            assertThat(ModifyTest.indexType(file, "/data")).isEqualTo(latest ? ModifyTest.EXTENSIBLE_ARRAY : 0);
        }
    }
}

package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/** One process reads what its writer has written (h5py's 'r+'/'a' read-modify-write) through Hdf5Writer.reader(). */
class ReadWhileWritingTest {
    @TempDir
    Path dir;

    @Test
    void readModifyWrite_existingFile_inOneProcess() {
        Path p = dir.resolve("rmw.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("raw", new double[] {1, 2, 3, 4});
            w.root().setAttribute("gain", 2.5);
        }
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            // a plain reader in this JVM is refused while the writer holds the file...
            assertThatThrownBy(() -> Hdf5File.open(p)).isInstanceOf(Hdf5FileLockedException.class);
            // ...the writer's own view is not
            Hdf5File r = w.reader();
            double gain = r.root().attribute("gain").readDouble();
            double[] raw = r.dataset("/raw").readDoubles();
            double[] scaled = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                scaled[i] = raw[i] * gain;
            }
            w.root().createDataset("scaled", scaled);
            Hdf5File r2 = w.reader();
            assertThat(r2.dataset("/scaled").readDoubles()).containsExactly(2.5, 5, 7.5, 10);
            assertThat(r2.dataset("/raw").readDoubles()).containsExactly(1, 2, 3, 4);
            // the first view ended with the flush reader() made: it refuses instead of reading moved structures
            assertThatThrownBy(() -> r.dataset("/raw").readDoubles()).isInstanceOf(Hdf5Exception.class)
                    .hasMessageContaining("take Hdf5Writer.reader() again");
            r2.close(); // closing a view leaves the writer open
            w.root().setAttribute("done", 1L);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.dataset("/scaled").readDoubles()).containsExactly(2.5, 5, 7.5, 10);
            assertThat(f.root().attribute("done").readLong()).isEqualTo(1);
        }
    }

    @Test
    void appendThenReadBack_newFile() {
        Path p = dir.resolve("grow.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            DatasetWriter d = w.root().createDataset("x", DatasetOptions.of(DataTypes.UINT16, 0)
                    .maxDims(Dataspace.UNLIMITED).chunks(64).deflate(1));
            int total = 0;
            for (int step = 1; step <= 5; step++) {
                int n = 100 * step;
                d.resize(total + n);
                int[] v = new int[n];
                for (int i = 0; i < n; i++) {
                    v[i] = (total + i) % 65536;
                }
                d.write(Selection.box(new long[] {total}, new long[] {n}), v);
                total += n;
                // read the whole dataset back, including the half-filled chunk held in memory until reader() flushes
                int[] back = w.reader().dataset("/x").readInts();
                assertThat(back).hasSize(total);
                assertThat(back[total - 1]).isEqualTo(total - 1);
            }
            Hdf5File last = w.reader();
            w.close();
            assertThatThrownBy(() -> last.dataset("/x")).hasMessageContaining("closed the file");
        }
    }
}

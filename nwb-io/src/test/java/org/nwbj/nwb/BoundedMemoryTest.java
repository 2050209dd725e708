package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;

/**
 * Iterative write, copy (linkData(false)) and export of a dataset four times larger than the heap: a child JVM
 * with -Xmx96m writes 384 MiB from blocks, copies it into a second file and exports a third that links to it.
 * Any step holding the dataset whole fails with OutOfMemoryError. What stays in memory is the reader's chunk cache
 * (32 MiB per open file) and a block or two. The serial collector, as ./nwbj runs: G1 would store every 1 MiB
 * chunk as a humongous object in two 1 MiB regions and run out of regions, not of live data. Slow (about 1.2 GB
 * of disk writes).
 */
@Tag("slow")
class BoundedMemoryTest {
    static final long ROWS = 3L << 20;
    static final int COLUMNS = 16;

    @TempDir
    Path dir;

    /** Run in the child JVM: args[0] is the directory. */
    public static void main(String[] args) {
        Path d = Paths.get(args[0]);
        java.util.Iterator<long[]> blocks = new java.util.Iterator<long[]>() {
            long row;

            @Override
            public boolean hasNext() {
                return row < ROWS;
            }

            @Override
            public long[] next() {
                long[] b = new long[8192 * COLUMNS];
                for (int i = 0; i < b.length; i++) {
                    b[i] = row * COLUMNS + i;
                }
                row += 8192;
                return b;
            }
        };
        NWBFile big = new NWBFile(UUID.randomUUID().toString(), "big", ModularStorageTest.START);
        big.addAcquisition(new TimeSeries("big", ArrayData.fromBlocks(blocks, DataTypes.INT64, COLUMNS), "SIunit")
                .setRate(0, 30000));
        NwbIO.write(big, d.resolve("big.nwb"));
        try (NWBFile back = NwbIO.read(d.resolve("big.nwb"))) {
            ArrayData data = back.acquisition("big").data();
            NWBFile linked = new NWBFile(UUID.randomUUID().toString(), "linked", ModularStorageTest.START);
            linked.addAcquisition(new TimeSeries("big", data, "SIunit").setRate(0, 30000));
            NwbIO.write(linked, d.resolve("linked.nwb"));
            NWBFile copied = new NWBFile(UUID.randomUUID().toString(), "copied", ModularStorageTest.START);
            copied.addAcquisition(new TimeSeries("big", data, "SIunit").setRate(0, 30000));
            NwbIO.write(copied, d.resolve("copied.nwb"), NwbWriteOptions.defaults().linkData(false));
        }
        NwbIO.export(d.resolve("linked.nwb"), d.resolve("exported.nwb"), ExportOptions.defaults());
        System.out.println("done, max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
    }

    @Test
    void aDatasetFourTimesTheHeapIsWrittenCopiedAndExported() throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx96m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                BoundedMemoryTest.class.getName(), dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("done");
        for (String f : new String[] {"big.nwb", "copied.nwb", "exported.nwb"}) {
            assertThat(Files.size(dir.resolve(f))).as(f).isGreaterThan(ROWS * COLUMNS * 8);
            try (Hdf5File h = Hdf5File.open(dir.resolve(f))) {
                Dataset d = (Dataset) h.get("/acquisition/big/data");
                assertThat(d.space().dims()).containsExactly(ROWS, COLUMNS);
                for (long row : new long[] {0, 12345, ROWS / 2 + 7, ROWS - 1}) {
                    long[] v = d.readLongs(Selection.rows(d.space().dims(), row, 1));
                    assertThat(v[0]).as("%s row %d", f, row).isEqualTo(row * COLUMNS);
                    assertThat(v[COLUMNS - 1]).isEqualTo(row * COLUMNS + COLUMNS - 1);
                }
            }
        }
        assertThat(NwbIO.externalLinks(dir.resolve("exported.nwb"))).isEmpty();
    }
}

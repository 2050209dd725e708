package org.nwbj.hdf5.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;

/**
 * A create over an existing file writes its pages in place (no truncation up front): the storage must answer as
 * an empty file until closed, and the finished file must equal, byte for byte, one written into a fresh file.
 */
class OverwriteInPlaceTest {
    @TempDir
    Path dir;

    private static byte[] garbage(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static void writeSample(Path p) {
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            double[] big = new double[300_000]; // past the bulk path's threshold
            for (int i = 0; i < big.length; i++) {
                big[i] = i * 0.5;
            }
            w.root().createDataset("big", big);
            long[] dims = {1000, 100};
            DatasetWriter part = w.root().createDataset("part",
                    DatasetOptions.of(DataTypes.INT32, dims).fill(new byte[] {7, 0, 0, 0}));
            int[] rows = new int[400 * 100];
            Arrays.fill(rows, 3);
            part.write(Selection.rows(dims, 200, 400), rows);
            w.root().createDataset("chunked", DatasetOptions.of(DataTypes.INT64, 5000).chunks(512).deflate(1))
                    .write(Selection.all(new long[] {5000}), new long[5000]);
            w.root().createGroup("g").setAttribute("a", "text");
        }
    }

    @Test
    void createOverALargerOrSmallerFile_givesTheSameBytesAsAFreshFile() throws IOException {
        Path fresh = dir.resolve("fresh.h5");
        writeSample(fresh);
        byte[] expected = Files.readAllBytes(fresh);
        for (int size : new int[] {expected.length * 2 + 123, expected.length / 3, 100}) {
            Path reused = dir.resolve("reused-" + size + ".h5");
            Files.write(reused, garbage(size, size));
            writeSample(reused);
            assertThat(Files.readAllBytes(reused)).as("over %d bytes of garbage", size).isEqualTo(expected);
        }
        try (Hdf5File f = Hdf5File.open(fresh)) {
            int[] part = f.dataset("part").readInts();
            assertThat(part[0]).isEqualTo(7);
            assertThat(part[200 * 100]).isEqualTo(3);
            assertThat(part[part.length - 1]).isEqualTo(7);
        }
    }

    @Test
    void whileOpen_theStorageReadsAsAnEmptyFile_andTheOldSignaturesAreGone() throws IOException {
        Path p = dir.resolve("old.h5");
        writeSample(p);
        long old = Files.size(p);
        try (FileStorage s = FileStorage.openReadWrite(p, true, false)) {
            assertThat(s.size()).isZero();
            assertThat(s.read(0, ByteBuffer.allocate(16))).isZero();
            byte[] raw = Files.readAllBytes(p);
            assertThat(raw.length).isEqualTo((int) old); // not truncated yet: its pages are reused
            assertThat(Arrays.copyOf(raw, 8)).containsOnly(0); // but no longer an HDF5 file
            s.write(100, ByteBuffer.wrap(new byte[] {1, 2, 3}));
            assertThat(s.size()).isEqualTo(103);
            ByteBuffer got = ByteBuffer.allocate(200);
            assertThat(s.read(0, got)).isEqualTo(103);
            byte[] want = new byte[103];
            want[100] = 1;
            want[101] = 2;
            want[102] = 3;
            assertThat(Arrays.copyOf(got.array(), 103)).isEqualTo(want);
        }
        byte[] after = Files.readAllBytes(p);
        assertThat(after).hasSize(103);
        assertThat(after[100]).isEqualTo((byte) 1);
        assertThat(Arrays.copyOf(after, 100)).containsOnly(0);
    }

    /** Random writes over random old content: the result equals the same writes into a fresh file. */
    @Property(tries = 60)
    void randomWrites_matchAFreshFile(@ForAll @IntRange(min = 0, max = 5000) int oldSize,
            @ForAll("seeds") long seed) throws IOException {
        // jqwik runs no JUnit @TempDir: files of its own, deleted at the end
        Path fresh = Files.createTempFile("nwbj-fresh", ".bin");
        Path reused = Files.createTempFile("nwbj-reused", ".bin");
        try {
            check(fresh, reused, oldSize, seed);
        } finally {
            Files.deleteIfExists(fresh);
            Files.deleteIfExists(reused);
        }
    }

    private static void check(Path fresh, Path reused, int oldSize, long seed) throws IOException {
        Files.write(reused, garbage(oldSize, seed));
        Random r = new Random(seed);
        int writes = r.nextInt(12);
        try (FileStorage a = FileStorage.openReadWrite(fresh, true, false);
                FileStorage b = FileStorage.openReadWrite(reused, true, false)) {
            for (int i = 0; i < writes; i++) {
                int at = r.nextInt(6000);
                byte[] data = garbage(1 + r.nextInt(700), seed + i);
                a.write(at, ByteBuffer.wrap(data));
                b.write(at, ByteBuffer.wrap(data));
                int from = r.nextInt(6000);
                int len = r.nextInt(900);
                ByteBuffer ra = ByteBuffer.allocate(len);
                ByteBuffer rb = ByteBuffer.allocate(len);
                assertThat(b.read(from, rb)).isEqualTo(a.read(from, ra));
                assertThat(rb.array()).isEqualTo(ra.array());
                assertThat(b.size()).isEqualTo(a.size());
            }
        }
        assertThat(Files.readAllBytes(reused)).isEqualTo(Files.readAllBytes(fresh));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }
}

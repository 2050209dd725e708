package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.testing.GrowingRows.append;
import static org.nwbj.hdf5.testing.GrowingRows.rows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.testing.GrowingRows;

/**
 * Writing in SWMR mode ({@link Hdf5Writer#startSwmr()}): the superblock's consistency flags while writing and after
 * close, an nwbj SWMR reader following the writer, nothing a reader may follow overwritten, non-latest files
 * refused.
 */
class SwmrWriteTest {
    @TempDir
    Path dir;

    /** Byte 11 of a version 2/3 superblock at address 0: the file consistency flags. */
    private static int flags(Path p) throws Exception {
        byte[] b = Files.readAllBytes(p);
        assertThat(b[8]).as("superblock version").isEqualTo((byte) 3);
        return b[11] & 0xff;
    }

    @Test
    void flagsAreSetWhileWritingAndClearedOnClose() throws Exception {
        Path p = dir.resolve("swmr.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            DatasetWriter d = w.root().createDataset("data", GrowingRows.options(6).deflate(4));
            w.flush();
            assertThat(flags(p)).isZero();
            assertThat(w.swmrMode()).isFalse();
            w.startSwmr();
            assertThat(w.swmrMode()).isTrue();
            assertThat(flags(p)).as("write access + SWMR write access").isEqualTo(0x05);
            append(d, 10);
            w.flush();
            assertThat(flags(p)).isEqualTo(0x05);
        }
        assertThat(flags(p)).as("cleared by close").isZero();
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.dataset("/data").readLongs()).containsExactly(rows(0, 10));
        }
    }

    @Test
    void anNwbjSwmrReaderFollowsTheWriterAndOldStatesStayReadable() throws Exception {
        Path p = dir.resolve("follow.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            DatasetWriter d = w.root().createDataset("data", GrowingRows.options(8).deflate(4));
            w.startSwmr();
            try (Hdf5File f = Hdf5File.open(p, OpenOptions.swmr())) {
                Dataset ds = f.dataset("/data");
                long seen = 0;
                for (int block = 0; block < 40; block++) {
                    // 5 rows a block: chunks of 8 rows are rewritten by the next block, into fresh space
                    append(d, 5);
                    w.flush();
                    if (block % 3 == 0) {
                        ds.refresh();
                    }
                    long n = ds.space().dims()[0];
                    assertThat(n).isGreaterThanOrEqualTo(seen);
                    assertThat(ds.readLongs()).containsExactly(rows(0, n));
                    seen = n;
                }
                ds.refresh();
                assertThat(ds.space().dims()).containsExactly(200, 4);
                assertThat(ds.readLongs()).containsExactly(rows(0, 200));
            }
        }
    }

    @Test
    void groupsAndDatasetsCreatedInSwmrModeAppearToAnNwbjReader() throws Exception {
        Path p = dir.resolve("grow.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            w.startSwmr();
            try (Hdf5File f = Hdf5File.open(p, OpenOptions.swmr())) {
                for (int i = 0; i < 12; i++) {
                    GroupWriter g = w.root().createGroup("g" + i);
                    g.createDataset("d", new long[] {i, i + 1});
                    g.setAttribute("i", (long) i);
                    w.flush();
                    // links past 8 move to dense storage: written to fresh space before the root points to it
                    Group seen = (Group) f.get("/g" + i);
                    assertThat(((Dataset) seen.get("d")).readLongs()).containsExactly(i, i + 1);
                    assertThat(f.root().links()).hasSize(i + 1);
                }
            }
        }
    }

    @Test
    void aDatasetFlushPublishesThatDatasetAlone() throws Exception {
        Path p = dir.resolve("one.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            DatasetWriter a = w.root().createDataset("a", GrowingRows.options(8).deflate(4));
            DatasetWriter b = w.root().createDataset("b", GrowingRows.options(8));
            w.startSwmr();
            try (Hdf5File f = Hdf5File.open(p, OpenOptions.swmr())) {
                for (int k = 1; k <= 6; k++) {
                    append(a, 5);
                    append(b, 3);
                    w.flush(a);
                    assertThat(f.dataset("/a").readLongs()).containsExactly(rows(0, 5L * k));
                    assertThat(f.dataset("/b").space().dims()[0]).isEqualTo(3L * (k - 1));
                    w.flush(b);
                    assertThat(f.dataset("/b").readLongs()).containsExactly(rows(0, 3L * k));
                }
                // a dataset the file does not link yet: a whole flush publishes it with its group
                append(w.root().createDataset("c", GrowingRows.options(8)), 2);
                w.flush(w.root().dataset("c"));
                assertThat(f.dataset("/c").readLongs()).containsExactly(rows(0, 2));
            }
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.dataset("/a").readLongs()).containsExactly(rows(0, 30));
            assertThat(f.dataset("/b").readLongs()).containsExactly(rows(0, 18));
        }
    }

    @Test
    void onlyLatestFormatSingleFilesEnterSwmrMode() {
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("v2.h5"))) {
            assertThatThrownBy(w::startSwmr).isInstanceOf(Hdf5UnsupportedException.class)
                    .hasMessageContaining("superblock 3").hasMessageContaining("create(path, true)");
            assertThat(w.swmrMode()).isFalse();
        }
    }

    @Test
    void theLockIsReleasedForOtherProcessesButThisJvmStillRefusesPlainOpeners() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(SwmrReadTest.FileLockingOn.isOn(),
                "skipped: HDF5_USE_FILE_LOCKING turns locking off");
        Path p = dir.resolve("lock.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            w.root().createDataset("data", new long[] {1, 2});
            w.flush();
            assertThat(probe(p)).startsWith("locked");
            w.startSwmr();
            assertThatThrownBy(() -> Hdf5File.open(p)).isInstanceOf(Hdf5FileLockedException.class);
            // as the C library's SWMR writer, no operating-system lock is held any more
            assertThat(probe(p)).isEqualTo("opened 1");
        }
    }

    /** Opens the file in another JVM ({@link org.nwbj.hdf5.testing.LockProbe}): "opened N" or "locked: why". */
    private static String probe(Path p) throws Exception {
        String bin = java.nio.file.Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(bin, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), org.nwbj.hdf5.testing.LockProbe.class.getName(), p.toString())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertThat(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return out;
    }
}

package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwbj.hdf5.testing.GrowingRows.append;
import static org.nwbj.hdf5.testing.GrowingRows.rows;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.testing.GrowingRows;

/** Reading in SWMR mode: no lock taken, nothing stale cached, refresh shows appended rows, truncation reported. */
class SwmrReadTest {
    @TempDir
    Path dir;

    @Test
    void refreshShowsRowsTheWriterFlushedAndAPlainOpenStillLocks() {
        Path p = dir.resolve("grow.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            DatasetWriter d = w.root().createDataset("data", GrowingRows.options(5).deflate(4));
            append(d, 8);
            w.flush();
            try (Hdf5File f = Hdf5File.open(p, OpenOptions.swmr())) {
                Dataset ds = f.dataset("/data");
                assertThat(ds.readLongs()).containsExactly(rows(0, 8));
                append(d, 9);
                w.flush();
                assertThat(ds.space().dims()).containsExactly(8, 4); // until refreshed
                ds.refresh();
                assertThat(ds.space().dims()).containsExactly(17, 4);
                assertThat(ds.readLongs()).containsExactly(rows(0, 17));
                // a dataset looked up again after the flush sees the new rows too: headers are not cached
                append(d, 3);
                w.flush();
                assertThat(f.dataset("/data").readLongs()).containsExactly(rows(0, 20));
            }
            if (FileLockingOn.isOn()) {
                assertThatThrownBy(() -> Hdf5File.open(p)).isInstanceOf(Hdf5FileLockedException.class);
            }
        }
    }

    @Test
    void aFileTruncatedUnderTheReaderFailsClearly() throws Exception {
        Path p = dir.resolve("cut.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            append(w.root().createDataset("data", GrowingRows.options(5).deflate(4)), 40);
        }
        try (Hdf5File f = Hdf5File.open(p, OpenOptions.swmr())) {
            Dataset ds = f.dataset("/data");
            long address = ds.address();
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                ch.truncate(address + 4);
            }
            assertThatThrownBy(ds::refresh).isInstanceOf(Hdf5Exception.class).hasMessageContaining("truncated under the SWMR reader")
                    .hasMessageContaining("file size " + (address + 4));
        }
    }

    @Test
    void swmrNeedsTheSingleFileDriver() {
        assertThatThrownBy(() -> Hdf5File.open(dir.resolve("f_%d.h5"), OpenOptions.family(0).withSwmr(true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single-file");
        assertThat(OpenOptions.swmr().swmrRead()).isTrue();
        assertThat(OpenOptions.swmr().withLimits(ReadLimits.defaults()).swmrRead()).isTrue();
        assertThat(OpenOptions.defaults().swmrRead()).isFalse();
    }

    /** Whether this environment lets nwbj lock files (HDF5_USE_FILE_LOCKING). */
    static final class FileLockingOn {
        static boolean isOn() {
            String env = System.getenv("HDF5_USE_FILE_LOCKING");
            return env == null || !(env.equalsIgnoreCase("FALSE") || env.equals("0"));
        }
    }
}

package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;

/** {@link NwbIO#record}: an NWB file written in SWMR mode, a series appended live while a SWMR reader follows. */
class NwbRecordTest {
    static final OffsetDateTime START = OffsetDateTime.of(2026, 12, 7, 23, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static NWBFile file() {
        NWBFile f = new NWBFile(UUID.randomUUID().toString(), "a live recording", START);
        f.addAcquisition(new TimeSeries("ephys", ArrayData.empty(DatasetOptions.of(DataTypes.FLOAT32, 0, 8)
                .maxDims(Dataspace.UNLIMITED, 8).chunks(64, 8).deflate(4)), "mV").setRate(0.0, 1000.0));
        return f;
    }

    private static float[] block(long from, int rows) {
        float[] v = new float[rows * 8];
        for (int i = 0; i < v.length; i++) {
            v[i] = from * 8 + i;
        }
        return v;
    }

    @Test
    void aSeriesAppendedLiveIsFollowedByASwmrReaderAndReadsBackAsNwb() throws Exception {
        Path p = dir.resolve("live.nwb");
        try (NwbFileWriter w = NwbIO.record(file(), p)) {
            assertThat(Files.readAllBytes(p)[11]).as("superblock flags: SWMR writing").isEqualTo((byte) 0x05);
            DatasetWriter d = w.dataset("/acquisition/ephys/data");
            try (Hdf5File f = Hdf5File.open(p, OpenOptions.swmr())) {
                Dataset live = f.dataset("/acquisition/ephys/data");
                assertThat(f.root().attribute("neurodata_type").readValues()).containsExactly("NWBFile");
                long seen = 0;
                for (int b = 0; b < 20; b++) {
                    long at = d.dims()[0];
                    d.resize(at + 50, 8);
                    d.write(Selection.rows(d.dims(), at, 50), block(at, 50));
                    w.flush();
                    live.refresh();
                    long n = live.space().dims()[0];
                    assertThat(n).isEqualTo(at + 50).isGreaterThan(seen);
                    assertThat(live.readFloats()).containsExactly(block(0, (int) n));
                    seen = n;
                }
            }
        }
        assertThat(Files.readAllBytes(p)[11]).as("cleared on close").isZero();
        try (NWBFile back = NwbIO.read(p)) {
            TimeSeries ts = back.acquisition("ephys");
            assertThat(ts.data().dims()).containsExactly(1000, 8);
            assertThat(ts.data().readDoubles()[7999]).isEqualTo(7999.0);
        }
    }

    @Test
    void nwbIoOpenSwmrFollowsASeriesAndFindsSeriesAddedLater() throws Exception {
        Path p = dir.resolve("follow.nwb");
        try (NwbFileWriter w = NwbIO.record(file(), p)) {
            DatasetWriter d = w.dataset("/acquisition/ephys/data");
            try (NwbContainer root = NwbIO.openSwmr(p)) {
                NwbDataset data = root.group("acquisition").group("ephys").dataset("data");
                assertThat(data.dims()).containsExactly(0, 8);
                for (int b = 0; b < 10; b++) {
                    long at = d.dims()[0];
                    d.resize(at + 30, 8);
                    d.write(Selection.rows(d.dims(), at, 30), block(at, 30));
                    w.flush();
                    assertThat(data.dims()[0]).as("not refreshed yet").isEqualTo(at);
                    data.refresh();
                    assertThat(data.dims()).containsExactly(at + 30, 8);
                    assertThat(data.readDoubles(Selection.rows(data.dims(), at, 30))[30 * 8 - 1])
                            .isEqualTo((at + 30) * 8 - 1.0);
                }
            }
        }
    }

    @Test
    void aFamilyCannotBeRecorded() {
        assertThatThrownBy(() -> NwbWriter.create(file(), dir.resolve("f_%d.nwb"),
                NwbWriteOptions.defaults().family(1 << 20), true)).isInstanceOf(NwbException.class)
                .hasMessageContaining("single file");
    }
}

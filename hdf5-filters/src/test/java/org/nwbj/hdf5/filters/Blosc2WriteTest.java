package org.nwbj.hdf5.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;

/**
 * {@code DatasetOptions.blosc2}: a dataset written with filter 32026 (odd chunk edges, every shuffle) records the
 * type size and chunk bytes in its client data, stores blosc2 chunks and reads back equal. No Debian package has a
 * blosc2 HDF5 plug-in, so the chunks are held to the published format in {@link Blosc2VectorsTest}.
 */
class Blosc2WriteTest {
    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackEveryShuffle() throws Exception {
        long[] dims = {37, 301};
        byte[] raw = new byte[(int) (dims[0] * dims[1] * 4)];
        for (int i = 0; i < raw.length; i += 4) {
            int v = 100_000 + (i / 4) % 977;
            raw[i] = (byte) v;
            raw[i + 1] = (byte) (v >>> 8);
            raw[i + 2] = (byte) (v >>> 16);
        }
        Path file = dir.resolve("blosc2.h5");
        DatasetOptions.BloscShuffle[] shuffles = DatasetOptions.BloscShuffle.values();
        try (Hdf5Writer w = Hdf5Writer.create(file)) {
            for (DatasetOptions.BloscShuffle s : shuffles) {
                DatasetOptions o = DatasetOptions.of(DataTypes.UINT32, dims).chunks(16, 128)
                        .blosc2(DatasetOptions.BloscCodec.ZSTD, 5, s);
                w.root().createDataset("d_" + s, o).writeBytes(Selection.all(dims), raw);
            }
        }
        try (Hdf5File f = Hdf5File.open(file)) {
            for (DatasetOptions.BloscShuffle s : shuffles) {
                Dataset d = (Dataset) f.get("/d_" + s);
                assertThat(d.filters()).extracting(fi -> fi.id()).containsExactly(Blosc2Filter.ID);
                assertThat(d.filters().get(0).clientData()).startsWith(1, 2, 4, 16 * 128 * 4, 5, s.ordinal(), 5);
                assertThat(d.readRaw()).as("shuffle %s", s).isEqualTo(raw);
            }
        }
    }
}

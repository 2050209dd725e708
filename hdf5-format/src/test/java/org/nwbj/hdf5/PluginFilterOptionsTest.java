package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The options of the filters in the optional hdf5-filters module record only id and client data; without that
 * module (as here: hdf5-format's tests do not see it) creating such a dataset fails at once with a message saying
 * what to add, and nothing half-written is left behind in the dataset's place.
 */
class PluginFilterOptionsTest {
    @TempDir
    Path dir;

    @Test
    void optionsRecordIdsAndClientData() {
        DatasetOptions o = DatasetOptions.of(DataTypes.UINT16, 100, 512).chunks(10, 512)
                .blosc(DatasetOptions.BloscCodec.ZSTD, 7, DatasetOptions.BloscShuffle.BIT);
        assertThat(o.filterIds()).singleElement().satisfies(f -> assertThat(f).containsExactly(32001, 2, 2, 0, 0, 7, 2, 5));
        assertThat(DatasetOptions.clientData(32001, new int[] {2, 2, 0, 0, 7, 2, 5}, DataTypes.UINT16,
                new long[] {10, 512})).containsExactly(2, 2, 2, 10 * 512 * 2, 7, 2, 5);
        assertThat(DatasetOptions.of(DataTypes.INT32, 64).bitshuffleLz4().filterIds().get(0))
                .containsExactly(32008, 0, 3, 0, 0, 2);
        assertThat(DatasetOptions.clientData(32008, new int[] {0, 3, 0, 0, 2}, DataTypes.INT32, new long[] {64}))
                .containsExactly(0, 3, 4, 0, 2);
        assertThat(DatasetOptions.of(DataTypes.INT32, 64).zstd(3).filterIds().get(0)).containsExactly(32015, 3);
        assertThat(DatasetOptions.of(DataTypes.INT32, 64).lz4().filterIds().get(0)).containsExactly(32004, 0);
        assertThat(DatasetOptions.of(DataTypes.INT32, 64).bzip2(9).filterIds().get(0)).containsExactly(307, 9);
        assertThatThrownBy(() -> DatasetOptions.of(DataTypes.INT32, 64).zstd(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writingWithoutTheFiltersModuleSaysWhatIsMissing() throws Exception {
        Path p = dir.resolve("f.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            assertThatThrownBy(() -> w.root().createDataset("d", DatasetOptions.of(DataTypes.UINT16, 100).bitshuffleLz4()))
                    .isInstanceOf(Hdf5UnsupportedException.class)
                    .hasMessageContaining("filter 32008 (bitshuffle) needs nwbj-hdf5-filters on the class path");
            w.root().createDataset("other", new long[] {1, 2});
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(f.root().links()).extracting(Link::name).containsExactly("other");
        }
        assertThat(Files.size(p)).isPositive();
    }
}

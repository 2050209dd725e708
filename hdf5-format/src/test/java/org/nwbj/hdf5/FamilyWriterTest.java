package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.storage.FileStorage;
import org.nwbj.hdf5.testing.TestFiles;
import org.nwbj.hdf5.type.DataTypes;

/** Hdf5Writer over a family and over any storage; datasets written in blocks; the filters a dataset reports. */
class FamilyWriterTest {
    @TempDir
    Path dir;

    @Test
    void familyMembersAreFullSizeAndTheMemberSizeIsReadFromTheFile() throws Exception {
        Path pattern = dir.resolve("f_%d.h5");
        try (Hdf5Writer w = Hdf5Writer.createFamily(pattern, 4096)) {
            DatasetWriter d = w.root().createDataset("data", DatasetOptions.of(DataTypes.INT32, 0, 4)
                    .maxDims(Dataspace.UNLIMITED, 4).chunks(256, 4));
            for (int step = 0; step < 8; step++) {
                d.resize((step + 1) * 256L, 4);
                int[] rows = new int[1024];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = step * 1024 + i;
                }
                d.write(Selection.rows(d.dims(), step * 256L, 256), rows);
                w.flush();
            }
        }
        int members = 0;
        while (Files.exists(dir.resolve("f_" + members + ".h5"))) {
            members++;
        }
        assertThat(members).isGreaterThanOrEqualTo(8);
        for (int k = 0; k < members - 1; k++) {
            assertThat(Files.size(dir.resolve("f_" + k + ".h5"))).as("member %d", k).isEqualTo(4096);
        }
        try (Hdf5File f = Hdf5File.open(pattern, OpenOptions.family(0))) {
            assertThat(f.info().superblockVersion()).isZero();
            assertThat(f.info().driver()).isEqualTo("family");
            long[] v = ((Dataset) f.get("/data")).readLongs();
            assertThat(v).hasSize(8192);
            for (int i = 0; i < v.length; i++) {
                assertThat(v[i]).isEqualTo(i);
            }
        }
    }

    @Test
    void aNewFamilyReplacesEveryMemberOfAnOlderLongerOne() throws Exception {
        Path pattern = dir.resolve("r_%d.h5");
        for (int k = 0; k < 12; k++) {
            Files.write(dir.resolve("r_" + k + ".h5"), new byte[10]);
        }
        try (Hdf5Writer w = Hdf5Writer.createFamily(pattern, 8192)) {
            w.root().createDataset("x", new long[] {1, 2, 3});
        }
        assertThat(Files.exists(dir.resolve("r_0.h5"))).isTrue();
        assertThat(Files.exists(dir.resolve("r_11.h5"))).isFalse();
        try (Hdf5File f = Hdf5File.open(pattern, OpenOptions.family(0))) {
            assertThat(((Dataset) f.get("/x")).readLongs()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aContiguousDatasetWrittenRowBlockByRowBlockKeepsItsFillValueElsewhere() {
        Path p = dir.resolve("blocks.h5");
        byte[] fill = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        try (Hdf5Writer w = Hdf5Writer.create(FileStorage.openReadWrite(p, true))) {
            // 3 MiB: initialized in pieces, not as one array
            DatasetWriter d = w.root().createDataset("big", DatasetOptions.of(DataTypes.INT32, 3 * 1024, 256)
                    .fill(fill));
            int[] row = new int[256 * 2];
            Arrays.fill(row, 7);
            d.write(Selection.rows(d.dims(), 1000, 2), row);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = (Dataset) f.get("/big");
            assertThat(d.chunkDims()).isNull();
            assertThat(d.readLongs(Selection.rows(d.space().dims(), 999, 4))).containsExactly(concat(
                    repeat(-1, 256), repeat(7, 512), repeat(-1, 256)));
            assertThat(d.readLongs(Selection.rows(d.space().dims(), 3 * 1024 - 1, 1))).containsOnly(-1);
        }
    }

    @Test
    void datasetsReportTheirFiltersInPipelineOrder() {
        Path p = dir.resolve("filters.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("z", DatasetOptions.of(DataTypes.FLOAT64, 100).chunks(10).shuffle().deflate(5)
                    .fletcher32());
            w.root().createDataset("plain", DatasetOptions.of(DataTypes.FLOAT64, 100));
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            List<FilterInfo> fs = ((Dataset) f.get("/z")).filters();
            assertThat(fs).extracting(FilterInfo::id).containsExactly(2, 1, 3);
            assertThat(fs).extracting(FilterInfo::name).containsExactly("shuffle", "deflate", "fletcher32");
            assertThat(fs.get(0).clientData()).containsExactly(8);
            assertThat(fs.get(1).deflateLevel()).isEqualTo(5);
            assertThat(fs.get(2).clientData()).isEmpty();
            assertThat(((Dataset) f.get("/plain")).filters()).isEmpty();
        }
    }

    private static long[] repeat(long v, int n) {
        long[] a = new long[n];
        Arrays.fill(a, v);
        return a;
    }

    private static long[] concat(long[]... parts) {
        int n = 0;
        for (long[] p : parts) {
            n += p.length;
        }
        long[] out = new long[n];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** The HDF Group's old tfamily files (256-byte members) have no family driver block: the caller's size. */
    @Test
    void aFamilyWithoutADriverBlockIsModifiedWithTheGivenMemberSize() throws Exception {
        for (int k = 0; k <= 10; k++) {
            String name = String.format("tfamily%05d.h5", k);
            Files.copy(TestFiles.corpus("hdfgroup/" + name), dir.resolve(name));
        }
        Path pattern = dir.resolve("tfamily%05d.h5");
        java.util.List<String> before;
        try (Hdf5File f = Hdf5File.open(pattern, OpenOptions.family(256))) {
            before = new java.util.ArrayList<>();
            for (Link l : f.root().links()) {
                before.add(l.name());
            }
        }
        assertThat(before).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Hdf5Writer.open(pattern, OpenOptions.family(0)))
                .isInstanceOf(Hdf5Exception.class).hasMessageContaining("OpenOptions.family(size)");
        try (Hdf5Writer w = Hdf5Writer.open(pattern, OpenOptions.family(256))) {
            w.root().setAttribute("added", 42L);
            w.root().createDataset("new_data", new double[] {1.5, 2.5});
        }
        assertThat(Files.size(dir.resolve("tfamily00000.h5"))).isEqualTo(256);
        try (Hdf5File f = Hdf5File.open(pattern, OpenOptions.family(256))) {
            assertThat(f.root().attribute("added").readValues()).containsExactly(42L);
            assertThat(((Dataset) f.get("/new_data")).readDoubles()).containsExactly(1.5, 2.5);
            for (String name : before) {
                assertThat(f.root().get(name)).as(name).isNotNull();
            }
        }
    }
}

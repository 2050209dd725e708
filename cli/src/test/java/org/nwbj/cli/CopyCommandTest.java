package org.nwbj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.type.DataTypes;

/** {@code nwbj copy} with h5repack-like options and the split output driver. */
class CopyCommandTest {
    private static Path source(Path dir) {
        Path p = dir.resolve("src.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            long[] v = new long[20 * 30];
            for (int i = 0; i < v.length; i++) {
                v[i] = i;
            }
            w.root().createDataset("grid", DatasetOptions.of(DataTypes.INT64, 20, 30)).writeAll(v);
            w.root().createDataset("line", new double[] {1.5, 2.5, 3.5});
            w.root().createDataset("scalar", 7L);
        }
        return p;
    }

    @Test
    void chunksDeflateShuffle_applyToEveryDataset(@TempDir Path dir) {
        Path out = dir.resolve("out.h5");
        assertThat(Main.run("copy", "--chunks", "5x7", "--deflate", "6", "--shuffle", source(dir).toString(),
                out.toString())).isZero();
        try (Hdf5File f = Hdf5File.open(out)) {
            Dataset grid = (Dataset) f.get("/grid");
            assertThat(grid.chunkDims()).containsExactly(5, 7);
            assertThat(grid.readLongs()).hasSize(600).startsWith(0, 1, 2).endsWith(599);
            assertThat(((Dataset) f.get("/line")).chunkDims()).isNotNull(); // rank 1: chunks guessed
            assertThat(((Dataset) f.get("/line")).readDoubles()).containsExactly(1.5, 2.5, 3.5);
            assertThat(((Dataset) f.get("/scalar")).readLongs()).containsExactly(7);
        }
        assertThat(Main.run("copy", "--chunks", "5by7", source(dir).toString(), out.toString())).isNotZero();
    }

    @Test
    void filterOption_writesEachPluginFilterAndReadsItBack(@TempDir Path dir) {
        String[][] cases = {{"bitshuffle-lz4", "32008"}, {"blosc-zstd-bitshuffle:7", "32001"}, {"lz4", "32004"},
            {"bzip2:1", "307"}, {"blosc", "32001"}, {"gzip:4", "1"}, {"blosc2-zstd:3", "32026"}, {"zstd:5", "32015"}};
        for (String[] c : cases) {
            Path out = dir.resolve(c[0].replace(':', '_') + ".h5");
            assertThat(Main.run("copy", "--filter", c[0], source(dir).toString(), out.toString())).as(c[0]).isZero();
            try (Hdf5File f = Hdf5File.open(out)) {
                Dataset grid = (Dataset) f.get("/grid");
                assertThat(grid.filters()).as(c[0]).extracting(org.nwbj.hdf5.FilterInfo::id).containsExactly(Integer.parseInt(c[1]));
                assertThat(grid.readLongs()).hasSize(600).startsWith(0, 1, 2).endsWith(599);
                assertThat(((Dataset) f.get("/scalar")).readLongs()).containsExactly(7);
            }
        }
        Path both = dir.resolve("both.h5");
        assertThat(Main.run("copy", "--filter", "shuffle", "--filter", "zstd:5", source(dir).toString(),
                both.toString())).isZero();
        try (Hdf5File f = Hdf5File.open(both)) {
            assertThat(((Dataset) f.get("/grid")).filters()).extracting(org.nwbj.hdf5.FilterInfo::id).containsExactly(2, 32015);
            assertThat(((Dataset) f.get("/line")).readDoubles()).containsExactly(1.5, 2.5, 3.5);
        }
        assertThat(Main.run("copy", "--filter", "snappy", source(dir).toString(), both.toString())).isNotZero();
        assertThat(Main.run("copy", "--filter", "zstd:99", source(dir).toString(), both.toString())).isNotZero();
        assertThat(Main.run("copy", "--filter", "blosc-foo", source(dir).toString(), both.toString())).isNotZero();
    }

    @Test
    void outDriverSplit_writesThePair(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("pair");
        assertThat(Main.run("copy", "--out-driver", "split", source(dir).toString(), base.toString())).isZero();
        assertThat(Files.exists(dir.resolve("pair-m.h5"))).isTrue();
        assertThat(Files.size(dir.resolve("pair-r.h5"))).isGreaterThanOrEqualTo(600 * 8);
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(((Dataset) f.get("/grid")).readLongs()).hasSize(600).endsWith(599);
        }
        assertThat(Main.run("copy", "--out-driver", "core", source(dir).toString(), base.toString())).isNotZero();
        assertThat(Main.run("copy", "--out-driver", "split", "--latest", source(dir).toString(), base.toString()))
                .isNotZero();
    }

    @Test
    void outDriverFamily_writesMembersOfTheGivenSize_andAFamilySourceIsRecognisedByItsPattern(@TempDir Path dir)
            throws Exception {
        Path pattern = dir.resolve("fam_%d.h5");
        assertThat(Main.run("copy", "--out-driver", "family", "--out-memb-size", "2048", "--deflate", "1",
                source(dir).toString(), pattern.toString())).isZero();
        assertThat(Files.size(dir.resolve("fam_0.h5"))).isEqualTo(2048);
        assertThat(Files.exists(dir.resolve("fam_1.h5"))).isTrue();
        try (Hdf5File f = Hdf5File.open(pattern, OpenOptions.family(0))) {
            Dataset grid = (Dataset) f.get("/grid");
            assertThat(grid.filters()).isNotEmpty();
            assertThat(grid.readLongs()).hasSize(600).endsWith(599);
        }
        // family SRC (no --src-driver: the %d says it) to a split pair, and the pair (named by its base) back
        Path base = dir.resolve("pair");
        assertThat(Main.run("copy", "--out-driver", "split", pattern.toString(), base.toString())).isZero();
        Path single = dir.resolve("single.h5");
        assertThat(Main.run("copy", base.toString(), single.toString())).isZero();
        Path viaOption = dir.resolve("via-option.h5");
        assertThat(Main.run("copy", "--driver", "split", base.toString(), viaOption.toString())).isZero();
        assertThat(Main.run("copy", "--driver", "family", "--memb-size", "2048", pattern.toString(),
                dir.resolve("one.h5").toString())).isZero();
        assertThat(Main.run("copy", "--driver", "family", "--memb-size", "4096", pattern.toString(),
                dir.resolve("one.h5").toString())).as("the family records 2048").isNotZero();
        try (Hdf5File f = Hdf5File.open(single)) {
            assertThat(((Dataset) f.get("/grid")).readLongs()).hasSize(600).endsWith(599);
            assertThat(((Dataset) f.get("/line")).readDoubles()).containsExactly(1.5, 2.5, 3.5);
        }
        assertThat(Main.run("copy", "--out-driver", "family", source(dir).toString(), pattern.toString()))
                .as("a family needs a member size").isNotZero();
        assertThat(Main.run("copy", "--out-memb-size", "2048", "--latest",
                source(dir).toString(), pattern.toString())).isNotZero();
    }

    @Test
    void driverGivenForAPlainSource_appliesToTheTarget(@TempDir Path dir) throws Exception {
        Path pattern = dir.resolve("out_%d.h5");
        assertThat(Main.run("copy", "--driver", "family", "--memb-size", "4096", source(dir).toString(),
                pattern.toString())).isZero();
        assertThat(Files.size(dir.resolve("out_0.h5"))).isEqualTo(4096);
        try (Hdf5File f = Hdf5File.open(pattern, OpenOptions.family(4096))) {
            assertThat(((Dataset) f.get("/grid")).readLongs()).hasSize(600).endsWith(599);
        }
        Path base = dir.resolve("pair");
        assertThat(Main.run("copy", "--driver", "split", source(dir).toString(), base.toString())).isZero();
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(((Dataset) f.get("/grid")).readLongs()).hasSize(600).endsWith(599);
        }
        // the family read back into one file: here --driver is SRC's (its name is a pattern)
        Path one = dir.resolve("one.h5");
        assertThat(Main.run("copy", "--driver", "family", "--memb-size", "4096", pattern.toString(),
                one.toString())).isZero();
        try (Hdf5File f = Hdf5File.open(one)) {
            assertThat(((Dataset) f.get("/line")).readDoubles()).containsExactly(1.5, 2.5, 3.5);
        }
    }
}

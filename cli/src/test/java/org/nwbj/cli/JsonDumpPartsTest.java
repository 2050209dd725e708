package org.nwbj.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.ReadLimits;
import org.nwbj.hdf5.type.DataTypes;

/** dump --json hashes large datasets in parts, so a dataset larger than one read (the read limit) still dumps. */
class JsonDumpPartsTest {
    @TempDir
    Path dir;

    private Path file(long... dims) {
        Path p = dir.resolve("big" + dims.length + ".h5");
        int n = 1;
        for (long d : dims) {
            n *= (int) d;
        }
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = i * 7919;
        }
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("d", DatasetOptions.of(DataTypes.INT32, dims).chunks(java.util.Arrays.copyOf(new long[] {3, 5, 7}, dims.length))).writeAll(v);
            w.root().createDataset("be", DatasetOptions.of(org.nwbj.hdf5.type.IntegerType.of(4, true,
                    org.nwbj.hdf5.type.ByteOrderKind.BIG_ENDIAN), dims)).writeAll(v);
        }
        return p;
    }

    @Test
    void hashInParts_equalsTheWholeHash_forEveryPartSize() {
        for (long[] dims : new long[][] {{5000}, {70, 90}, {7, 30, 40}}) {
            Path p = dims.length == 1 ? file1(dims[0]) : file(dims);
            try (Hdf5File f = Hdf5File.open(p)) {
                for (String name : new String[] {"/d", "/be"}) {
                    Dataset d = (Dataset) f.get(name);
                    String whole = JsonDump.sha256LittleEndian(d.type(), d.readRaw());
                    for (long part : new long[] {1, 4, 100, 4 * 90, 4 * 90 * 3 + 8, 1 << 20}) {
                        assertThat(JsonDump.sha256InParts(d, part)).as(name + " dims " + java.util.Arrays.toString(
                                dims) + " part " + part).isEqualTo(whole);
                    }
                }
            }
        }
    }

    private Path file1(long n) {
        Path p = dir.resolve("big1.h5");
        int[] v = new int[(int) n];
        for (int i = 0; i < n; i++) {
            v[i] = i * 31;
        }
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("d", DatasetOptions.of(DataTypes.INT32, n).chunks(3)).writeAll(v);
            w.root().createDataset("be", DatasetOptions.of(org.nwbj.hdf5.type.IntegerType.of(4, true,
                    org.nwbj.hdf5.type.ByteOrderKind.BIG_ENDIAN), n)).writeAll(v);
        }
        return p;
    }

    /** A dataset over the read limit (as a 1 GiB one is by default) dumps: the hash reads parts below it. */
    @Test
    void datasetOverTheReadLimit_dumps() throws Exception {
        Path p = file(300, 400);
        ReadLimits small = ReadLimits.defaults().maxReadBytes(64 * 1024);
        try (Hdf5File f = Hdf5File.open(p, OpenOptions.defaults().withLimits(small))) {
            assertThatThrownBy(((Dataset) f.get("/d"))::readBytes).isInstanceOf(Hdf5Exception.class)
                    .hasMessageContaining("maxReadBytes");
            StringWriter out = new StringWriter();
            new JsonDump(f, out).write();
            String dump = out.toString();
            try (Hdf5File whole = Hdf5File.open(p)) {
                Dataset d = (Dataset) whole.get("/d");
                assertThat(dump).contains(JsonDump.sha256LittleEndian(d.type(), d.readRaw()));
            }
        }
    }
}

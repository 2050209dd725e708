package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.testing.AllTypesFile;
import org.nwbj.hdf5.testing.ReaderView;
import org.nwbj.hdf5.testing.TestFiles;
import org.nwbj.hdf5.type.DataTypes;

/** Split pairs (NAME-m.h5 metadata + NAME-r.h5 raw data) written by Hdf5Writer and by copyToSplit. */
class SplitWriteTest {
    @TempDir
    Path dir;

    private Path writeSplit() {
        Path base = dir.resolve("pair");
        try (Hdf5Writer w = Hdf5Writer.createSplit(base)) {
            GroupWriter g = w.root().createGroup("g");
            g.setAttribute("note", "split");
            long[] v = new long[1000];
            for (int i = 0; i < v.length; i++) {
                v[i] = i * 3L;
            }
            g.createDataset("contiguous", v);
            DatasetWriter c = w.root().createDataset("chunked", DatasetOptions.of(DataTypes.FLOAT64, 0)
                    .maxDims(Dataspace.UNLIMITED).chunks(64).deflate(3));
            c.resize(500);
            double[] d = new double[500];
            for (int i = 0; i < d.length; i++) {
                d[i] = i / 4.0;
            }
            c.writeAll(d);
            w.flush();
            w.root().createDataset("names", new String[] {"a", "bc"});
        }
        return base;
    }

    @Test
    void writerSplitPair_readsBack_withRawDataInTheRawFile() throws Exception {
        Path base = writeSplit();
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(((Dataset) f.get("/g/contiguous")).readLongs()).hasSize(1000).endsWith(2997L);
            assertThat(((Dataset) f.get("/chunked")).readDoubles()).hasSize(500).endsWith(499 / 4.0);
            assertThat(((Dataset) f.get("/names")).readValues()).containsExactly("a", "bc");
            assertThat(((Group) f.get("/g")).attribute("note").readValues()).containsExactly("split");
            assertThat(f.info().driver()).isEqualTo("split");
        }
        // the contiguous elements (1000 int64) are in the raw file, not in the metadata file
        byte[] elements = new byte[8000];
        java.nio.ByteBuffer.wrap(elements).order(java.nio.ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(
                java.util.stream.LongStream.range(0, 1000).map(i -> i * 3).toArray());
        assertThat(TestFiles.indexOf(Files.readAllBytes(dir.resolve("pair-r.h5")), elements)).isNotNegative();
        assertThat(TestFiles.indexOf(Files.readAllBytes(dir.resolve("pair-m.h5")), elements)).isNegative();
        // so are the global heap collections (variable-length strings), as the C library's split driver maps them
        byte[] gcol = "GCOL".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(TestFiles.indexOf(Files.readAllBytes(dir.resolve("pair-r.h5")), gcol)).isNotNegative();
        assertThat(TestFiles.indexOf(Files.readAllBytes(dir.resolve("pair-m.h5")), gcol)).isNegative();
    }

    @Test
    void copyToSplit_hasTheSourceContent() {
        Path src = dir.resolve("types.h5");
        AllTypesFile.write(src);
        Path base = dir.resolve("copy");
        try (Hdf5File f = Hdf5File.open(src)) {
            f.copyToSplit(base, CopyOptions.defaults());
        }
        assertThat(ReaderView.of(base, OpenOptions.split())).isEqualTo(ReaderView.of(src));
    }

    @Tag("interop")
    @Test
    void h5pyReadsSplitPairs_withDriverSplit() throws Exception {
        Path base = writeSplit();
        assertThat(ReaderView.parse(WriterInteropTest.python(null, ReaderView.script(dir), base)))
                .isEqualTo(ReaderView.of(base, OpenOptions.split()));
        Path src = dir.resolve("types.h5");
        AllTypesFile.write(src);
        Path copy = dir.resolve("copy");
        try (Hdf5File f = Hdf5File.open(src)) {
            f.copyToSplit(copy, CopyOptions.defaults().deflate(2));
        }
        assertThat(ReaderView.parse(WriterInteropTest.python(null, ReaderView.script(dir), copy)))
                .isEqualTo(ReaderView.of(src));
    }
}

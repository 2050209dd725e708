package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.nwbj.hdf5.testing.AllTypesFile;
import org.nwbj.hdf5.testing.ReaderView;
import org.nwbj.hdf5.testing.TestFiles;

/** copyTo with CopyOptions rechunks and recompresses every dataset, keeping every value (and reference). */
class RepackTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void repackedCopy_hasNewChunksAndFilters_andTheSameContent(boolean latest) {
        Path src = dir.resolve("types.h5");
        AllTypesFile.write(src);
        Path out = dir.resolve("repacked.h5");
        CopyOptions o = CopyOptions.defaults().chunks(2).deflate(6).shuffle();
        try (Hdf5File f = Hdf5File.open(src)) {
            f.copyTo(out, latest ? o.latest() : o);
        }
        assertThat(ReaderView.of(out)).isEqualTo(ReaderView.of(src));
        try (Hdf5File f = Hdf5File.open(out)) {
            Dataset d = (Dataset) f.get("/datasets/compound");
            assertThat(d.chunkDims()).containsExactly(2);
            Dataset grid = (Dataset) f.get("/grid");
            assertThat(grid.chunkDims()).hasSize(2); // rank 2: chunks chosen, since --chunks gave a rank-1 shape
            assertThat(f.info().superblockVersion()).isEqualTo(latest ? 3 : 2);
        }
    }

    @Test
    void corpusFiles_repackedEqual() {
        for (String name : new String[] {"layout_earliest.h5", "types_compound.h5", "types_float.h5",
            "fill_resize.h5", "sb2_v108.h5"}) {
            Path out = dir.resolve(name);
            try (Hdf5File f = Hdf5File.open(TestFiles.corpus(name))) {
                f.copyTo(out, CopyOptions.defaults().chunks(3, 4).deflate(9));
            }
            assertThat(ReaderView.of(out)).as(name).isEqualTo(ReaderView.of(TestFiles.corpus(name)));
        }
    }

    /** h5py reads the repacked copy with the source's values, the new chunk shape and filters. */
    @Tag("interop")
    @Test
    void h5pyReadsRepackedCopy() throws Exception {
        Path src = dir.resolve("types.h5");
        AllTypesFile.write(src);
        Path out = dir.resolve("repacked.h5");
        try (Hdf5File f = Hdf5File.open(src)) {
            f.copyTo(out, CopyOptions.defaults().chunks(4, 4).deflate(4).shuffle());
        }
        WriterTypesInteropTest.assertH5pyAgrees(dir, out);
        assertThat(ReaderView.parse(WriterInteropTest.python(null, ReaderView.script(dir), out)))
                .isEqualTo(ReaderView.of(src));
        String info = WriterInteropTest.python(String.join("\n",
                "import sys, h5py",
                "d = h5py.File(sys.argv[1], 'r')['grid']",
                "print(d.chunks, d.compression, d.compression_opts, d.shuffle)"), out);
        assertThat(info).isEqualTo("(4, 4) gzip 4 True");
    }
}

package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.nwbj.hdf5.testing.ReaderView;

/**
 * Split pairs the C library writes (h5py {@code driver='split'}): its raw member starts at address 2^63 - 1 and
 * holds the global heap collections, so variable-length strings are read from addresses a Java long sees as
 * negative. Skipped without h5py, except in CI.
 */
@Tag("interop")
class SplitReadInteropTest {
    @TempDir
    Path dir;

    @Test
    void h5pySplitPair_withVariableLengthStringsInTheRawMember_readsAsH5pySeesIt() throws Exception {
        Path base = dir.resolve("sp");
        Path script = dir.resolve("write_split.py");
        Files.writeString(script, String.join("\n",
                "import sys, h5py, numpy as np",
                "with h5py.File(sys.argv[1], 'w', driver='split') as f:",
                "    f['data'] = np.arange(1000, dtype='i4')",
                "    f.attrs['note'] = 'hello split'",
                "    f['strings'] = np.array(['a', 'bb', 'ccc'], dtype=h5py.string_dtype())",
                "print('ok')", ""));
        assertThat(WriterInteropTest.python(null, script, base).trim()).isEqualTo("ok");
        try (Hdf5File f = Hdf5File.open(base, OpenOptions.split())) {
            assertThat(((Dataset) f.get("/data")).readLongs()).hasSize(1000).startsWith(0L, 1L).endsWith(999L);
            assertThat(f.root().attribute("note").readValues()).containsExactly("hello split");
            assertThat(((Dataset) f.get("/strings")).readValues()).containsExactly("a", "bb", "ccc");
        }
        assertThat(ReaderView.parse(WriterInteropTest.python(null, ReaderView.script(dir), base)))
                .isEqualTo(ReaderView.of(base, OpenOptions.split()));
    }
}

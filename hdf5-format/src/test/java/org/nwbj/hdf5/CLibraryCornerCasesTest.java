package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.testing.TestFiles;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.VlenType;

/**
 * Files the HDF5 C library writes in ways that differ from the common path (issue 15): each made by the C library
 * through h5py, or by patching such a file where h5py cannot make it, and read as the C library reads it.
 * Skipped without h5py/h5dump, except in CI.
 */
@Tag("interop")
class CLibraryCornerCasesTest {
    @TempDir
    Path dir;

    private Path h5py(String name, String script) throws Exception {
        Path p = dir.resolve(name);
        WriterInteropTest.python("import sys, h5py, numpy as np\npath = sys.argv[1]\n" + script, p);
        return p;
    }

    /** An array of vlen sequences (test/tarray*.h5 style, {@code [4] vlen uint32}): nested lists, like h5py. */
    @Test
    void arrayOfVlen_readsAsNestedListsAndCopies() throws Exception {
        Path p = h5py("arrvlen.h5", """
                dt = np.dtype((h5py.vlen_dtype(np.uint32), (4,)))
                with h5py.File(path, 'w') as f:
                    v = np.empty((2, 4), dtype=object)
                    for i in range(2):
                        for j in range(4):
                            v[i, j] = np.arange(i + j, dtype=np.uint32)
                    f.create_dataset('a', (2,), dtype=dt)[...] = v
                """);
        List<Object> expected = List.of(List.of(List.of(), List.of(0L), List.of(0L, 1L), List.of(0L, 1L, 2L)),
                List.of(List.of(0L), List.of(0L, 1L), List.of(0L, 1L, 2L), List.of(0L, 1L, 2L, 3L)));
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = (Dataset) f.get("/a");
            assertThat(d.type()).isInstanceOf(ArrayType.class);
            assertThat(((ArrayType) d.type()).base()).isInstanceOf(VlenType.class);
            assertThat(List.of(d.readValues())).isEqualTo(expected);
            Path copy = dir.resolve("arrvlen_copy.h5");
            f.copyTo(copy, true);
            try (Hdf5File c = Hdf5File.open(copy)) {
                assertThat(List.of(((Dataset) c.get("/a")).readValues())).isEqualTo(expected);
            }
            assertThat(WriterInteropTest.h5dump(copy)).isZero();
            String seen = WriterInteropTest.python("import sys, h5py\nwith h5py.File(sys.argv[1]) as f:\n"
                    + "    print([[list(map(int, x)) for x in row] for row in f['a'][...]])", copy);
            assertThat(seen).isEqualTo("[[[], [0], [0, 1], [0, 1, 2]], [[0], [0, 1], [0, 1, 2], [0, 1, 2, 3]]]");
        }
    }

    /**
     * VAX-order float64 (tools/testfiles/tvms.h5 holds an H5T_VAX_F64 dataset): HDF5 1.10 writes a version 1
     * datatype message, where the C library ignores the VAX bit and reads big-endian; patched to version 3 (as
     * tvms.h5 and newer libraries store it), the C library and nwbj both read the values written.
     */
    @Test
    void vaxOrderFloat64_readsAsTheCLibraryDoes() throws Exception {
        Path p = h5py("vax.h5", """
                with h5py.File(path, 'w') as f:
                    t = h5py.h5t.IEEE_F64LE.copy()
                    t.set_order(h5py.h5t.ORDER_VAX)
                    d = h5py.h5d.create(f.id, b'vax', t, h5py.h5s.create_simple((4,)))
                    d.write(h5py.h5s.ALL, h5py.h5s.ALL, np.array([1.0, -2.5, 3.14159, 1e10]))
                """);
        byte[] bytes = Files.readAllBytes(p);
        // the C library stored the words most significant first, each little-endian: 1.0 is f0 3f 00 00 ...
        assertThat(TestFiles.indexOf(bytes, new byte[] {(byte) 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0x04, (byte) 0xc0}))
                .isPositive();
        String h5pyView = WriterInteropTest.python(READ_VAX, p);
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = (Dataset) f.get("/vax");
            assertThat(((FloatType) d.type()).order()).isEqualTo(ByteOrderKind.BIG_ENDIAN);
            assertThat(d.readDoubles()).containsExactly(parse(h5pyView));
        }
        int type = TestFiles.indexOf(bytes, new byte[] {0x11, 0x61, 0x3f, 0x00, 0x08, 0, 0, 0});
        assertThat(type).isPositive();
        byte[] patched = bytes.clone();
        patched[type] = 0x31; // datatype message version 3, same fields (v1 object header: no checksum)
        Path v3 = dir.resolve("vax_v3.h5");
        Files.write(v3, patched);
        double[] written = {1.0, -2.5, 3.14159, 1e10};
        String seen = WriterInteropTest.python(READ_VAX, v3);
        assertThat(parse(seen)).containsExactly(written);
        try (Hdf5File f = Hdf5File.open(v3)) {
            Dataset d = (Dataset) f.get("/vax");
            assertThat(((FloatType) d.type()).order()).isEqualTo(ByteOrderKind.VAX);
            assertThat(d.readDoubles()).containsExactly(written);
            assertThat(d.readValues()).containsExactly(1.0, -2.5, 3.14159, 1e10);
            Path copy = dir.resolve("vax_copy.h5");
            f.copyTo(copy, false);
            try (Hdf5File c = Hdf5File.open(copy)) {
                assertThat(((Dataset) c.get("/vax")).readDoubles()).containsExactly(written);
            }
            assertThat(parse(WriterInteropTest.python(READ_VAX, copy))).containsExactly(written);
        }
    }

    /** The C library's conversion to native doubles (h5py has no numpy dtype for VAX order). */
    private static final String READ_VAX = """
            import sys, h5py, numpy as np
            with h5py.File(sys.argv[1]) as f:
                out = np.empty(4)
                f['vax'].id.read(h5py.h5s.ALL, h5py.h5s.ALL, out, mtype=h5py.h5t.NATIVE_DOUBLE)
                print(' '.join(repr(float(x)) for x in out))
            """;

    private static double[] parse(String s) {
        String[] parts = s.trim().split("\\s+");
        double[] d = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            d[i] = Double.parseDouble(parts[i]);
        }
        return d;
    }

    /**
     * A version 1 fill value message, "defined" flag clear, size 0xFFFFFFFF, as HDF5 1.4-1.6 wrote it (the C test
     * suite's old-format files such as test/fill_old.h5): the C library reads nothing after the flag.
     */
    @Test
    void undefinedFillValueV1WithSizeFFFFFFFF_isIgnored() throws Exception {
        Path p = h5py("fill.h5", """
                with h5py.File(path, 'w') as f:
                    f.create_dataset('d', data=np.arange(6, dtype='<i4'))
                """);
        byte[] bytes = Files.readAllBytes(p);
        // fill value message (type 5, 8 bytes, constant): version 2, late, if-set, defined, size 0
        byte[] v2 = {0x05, 0x00, 0x08, 0x00, 0x01, 0, 0, 0, 0x02, 0x02, 0x02, 0x01, 0, 0, 0, 0};
        int at = TestFiles.indexOf(bytes, v2);
        assertThat(at).isPositive();
        byte[] v1 = {0x05, 0x00, 0x08, 0x00, 0x01, 0, 0, 0, 0x01, 0x02, 0x02, 0x00, -1, -1, -1, -1};
        System.arraycopy(v1, 0, bytes, at, v1.length);
        Path patched = dir.resolve("fill_v1_undefined.h5");
        Files.write(patched, bytes);
        assertThat(WriterInteropTest.h5dump(patched)).as("the C library accepts it").isZero();
        try (Hdf5File f = Hdf5File.open(patched)) {
            assertThat(((Dataset) f.get("/d")).readLongs()).containsExactly(0, 1, 2, 3, 4, 5);
        }
    }

    /**
     * 4-byte lengths: the C library writes H5S_UNLIMITED as 0xFFFFFFFF and reads it back as the bound 4294967295
     * (h5dump prints it; test/th5s.h5-style sizes), so nwbj does too, and copy --latest writes a file it opens.
     */
    @Test
    void maxDim0xFFFFFFFFWith4ByteLengths_isABound() throws Exception {
        Path p = h5py("len4.h5", """
                fcpl = h5py.h5p.create(h5py.h5p.FILE_CREATE)
                fcpl.set_sizes(8, 4)
                with h5py.File(h5py.h5f.create(path.encode(), h5py.h5f.ACC_TRUNC, fcpl=fcpl)) as f:
                    f.create_dataset('d', data=np.arange(10, dtype='<i4'), maxshape=(None,), chunks=(4,))
                """);
        String c = WriterInteropTest.python("import sys, h5py\nwith h5py.File(sys.argv[1]) as f:\n"
                + "    print(f['d'].maxshape[0])", p);
        assertThat(c).isEqualTo("4294967295");
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset d = (Dataset) f.get("/d");
            assertThat(d.space().maxDims()).containsExactly(4294967295L);
            for (boolean latest : new boolean[] {false, true}) {
                Path copy = dir.resolve("len4_copy_" + latest + ".h5");
                f.copyTo(copy, latest);
                assertThat(WriterInteropTest.h5dump(copy)).as("h5dump of the copy, latest=" + latest).isZero();
                try (Hdf5File cf = Hdf5File.open(copy)) {
                    Dataset cd = (Dataset) cf.get("/d");
                    assertThat(cd.space().maxDims()).containsExactly(4294967295L);
                    assertThat(cd.readLongs()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
                }
            }
        }
    }

    /**
     * A file closed with a metadata cache image (resources/clib/cache_image_latest.h5, made by
     * scripts/gen_cache_image.c with H5Pset_mdc_image_config as the h5clear tests do): its object headers exist
     * only in the image, read from there; modify mode refuses it.
     */
    @Test
    void metadataCacheImage_isReadFromTheImage() throws Exception {
        Path p = Path.of(getClass().getResource("/clib/cache_image_latest.h5").toURI());
        byte[] bytes = Files.readAllBytes(p);
        int root = (int) ByteBuffer.wrap(bytes, 36, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(bytes[root]).as("root object header at home is unwritten").isZero();
        try (Hdf5File f = Hdf5File.open(p)) {
            assertThat(((Dataset) f.get("/group/data")).readLongs()).containsExactly(0, 3, 6, 9, 12, 15, 18, 21,
                    24, 27, 30, 33);
            Path copy = dir.resolve("image_copy.h5");
            f.copyTo(copy, false);
            try (Hdf5File c = Hdf5File.open(copy)) {
                assertThat(((Dataset) c.get("/group/data")).readLongs()).hasSize(12).endsWith(33);
            }
        }
        Path rw = dir.resolve("image_rw.h5");
        Files.copy(p, rw);
        assertThatThrownBy(() -> Hdf5Writer.open(rw).close()).isInstanceOf(Hdf5UnsupportedException.class)
                .hasMessageContaining("cache image");
        assertThat(Files.readAllBytes(rw)).isEqualTo(bytes);
    }
}

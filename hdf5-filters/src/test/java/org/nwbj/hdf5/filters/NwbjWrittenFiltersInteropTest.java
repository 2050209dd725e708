package org.nwbj.hdf5.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetOptions.BloscCodec;
import org.nwbj.hdf5.DatasetOptions.BloscShuffle;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;

/**
 * What nwbj writes with each filter option, the C plug-ins read (through h5py) equal to the unfiltered copy
 * written beside it, h5dump reads with exit 0, and nwbj reads back.
 */
@Tag("interop")
class NwbjWrittenFiltersInteropTest {
    @TempDir
    Path dir;

    static Map<String, UnaryOperator<DatasetOptions>> options() {
        Map<String, UnaryOperator<DatasetOptions>> m = new LinkedHashMap<>();
        m.put("lz4", DatasetOptions::lz4);
        m.put("bitshuffle", DatasetOptions::bitshuffle);
        m.put("bitshuffle_lz4", DatasetOptions::bitshuffleLz4);
        m.put("bzip2", o -> o.bzip2(9));
        m.put("blosc_lz4_byte", o -> o.blosc(BloscCodec.LZ4, 5, BloscShuffle.BYTE));
        m.put("blosc_lz4_bit", o -> o.blosc(BloscCodec.LZ4, 5, BloscShuffle.BIT));
        m.put("blosc_lz4hc_none", o -> o.blosc(BloscCodec.LZ4HC, 9, BloscShuffle.NONE));
        m.put("blosc_blosclz_byte", o -> o.blosc(BloscCodec.BLOSCLZ, 5, BloscShuffle.BYTE));
        m.put("blosc_blosclz_9", o -> o.blosc(BloscCodec.BLOSCLZ, 9, BloscShuffle.NONE));
        m.put("blosc_zlib_byte", o -> o.blosc(BloscCodec.ZLIB, 4, BloscShuffle.BYTE));
        return m;
    }

    static final DataType[] TYPES = {DataTypes.UINT8, DataTypes.INT16, DataTypes.UINT16, DataTypes.INT32,
        DataTypes.FLOAT32, DataTypes.FLOAT64, DataTypes.INT64};

    /** Noisy values around 1000 in the low bytes, as detector counts are, so that every codec finds matches. */
    static byte[] noisy(int elements, int size, Random r) {
        byte[] b = new byte[elements * size];
        for (int i = 0; i < elements; i++) {
            long v = 1000 + (long) (r.nextGaussian() * 30);
            for (int k = 0; k < size; k++) {
                b[i * size + k] = (byte) (v >>> (8 * k));
            }
        }
        return b;
    }

    @Test
    void h5pyAndH5dumpReadWhatNwbjWroteWithEachFilter() throws Exception {
        Tools.requireH5pyFilters(307, 32001, 32004, 32008);
        Path file = dir.resolve("nwbj_filtered.h5");
        Random r = new Random(7);
        int written = 0;
        long[][] shapes = {{37, 53}, {5, 33, 70}};
        long[][] chunks = {{16, 20}, {2, 16, 32}};
        try (Hdf5Writer w = Hdf5Writer.create(file)) {
            GroupWriter ref = w.root().createGroup("ref");
            for (Map.Entry<String, UnaryOperator<DatasetOptions>> e : options().entrySet()) {
                GroupWriter g = w.root().createGroup(e.getKey());
                GroupWriter rg = ref.createGroup(e.getKey());
                for (DataType t : TYPES) {
                    for (int s = 0; s < shapes.length; s++) {
                        String name = "t" + t.size() + "_" + t.toString().replaceAll("[^A-Za-z0-9]", "") + "_"
                                + shapes[s].length + "d";
                        int n = 1;
                        for (long d : shapes[s]) {
                            n *= (int) d;
                        }
                        byte[] raw = noisy(n, t.size(), r);
                        DatasetOptions o = e.getValue().apply(DatasetOptions.of(t, shapes[s]).chunks(chunks[s]));
                        g.createDataset(name, o).writeBytes(Selection.all(shapes[s]), raw);
                        rg.createDataset(name, DatasetOptions.of(t, shapes[s])).writeBytes(Selection.all(shapes[s]),
                                raw);
                        written++;
                    }
                }
            }
        }
        try (Hdf5File f = Hdf5File.open(file)) {
            for (String group : options().keySet()) {
                for (org.nwbj.hdf5.Link l : ((org.nwbj.hdf5.Group) f.get("/" + group)).links()) {
                    String path = "/" + group + "/" + l.name();
                    assertThat(((Dataset) f.get(path)).readRaw()).as(path)
                            .isEqualTo(((Dataset) f.get("/ref" + path)).readRaw());
                }
            }
        }
        String out = Tools.pythonInline(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'r')",
                "n = 0",
                "for g in f:",
                "    if g == 'ref': continue",
                "    for d in f[g]:",
                "        a = f[g][d][()]; b = f['ref'][g][d][()]",
                "        assert a.dtype == b.dtype and np.array_equal(a, b), g + '/' + d",
                "        n += 1",
                "print(n)"), file.toString());
        assertThat(out).isEqualTo(Integer.toString(written));
        assertThat(Tools.h5dump(file)).isZero();
    }
}

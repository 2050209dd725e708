package org.nwbj.hdf5.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;

/**
 * PyTables tables, CArrays and EArrays with every blosc codec (blosclz, lz4, lz4hc, zlib, zstd) and bzip2, and
 * pandas {@code to_hdf(complib='blosc...')} frames in table and fixed format: nwbj reads every compressed dataset
 * byte-equal to the same object written uncompressed. Skipped without python3-tables/pandas, except in CI.
 */
@Tag("interop")
class PyTablesInteropTest {
    @TempDir
    Path dir;

    @Test
    void readsPyTablesAndPandasBloscFiles() throws Exception {
        boolean have = java.nio.file.Files.isExecutable(Tools.PYTHON)
                && Tools.run(List.of(Tools.PYTHON.toString(), "-c", "import tables, pandas")).exit() == 0;
        Tools.require(have, "/usr/bin/python3 with PyTables and pandas (apt-get install python3-tables python3-pandas)");
        Tools.python(Tools.SCRIPTS.resolve("write_pytables.py"), dir.toString());
        List<String> filtered = new ArrayList<>();
        try (Hdf5File plain = Hdf5File.open(dir.resolve("plain.h5"));
                Hdf5File packed = Hdf5File.open(dir.resolve("packed.h5"))) {
            compare(plain.root(), packed, filtered);
        }
        // 7 libraries x (table, carray, earray) + 3 pandas complibs x (table + fixed's index and values)
        assertThat(filtered).hasSizeGreaterThanOrEqualTo(7 * 3 + 3 * 2);
        assertThat(filtered).anyMatch(p -> p.startsWith("/blosc_zstd/"))
                .anyMatch(p -> p.startsWith("/pandas_blosc_lz4_table"));
    }

    private static void compare(Group g, Hdf5File packed, List<String> filtered) {
        for (Link l : g.links()) {
            Node n = g.get(l.name());
            if (n instanceof Group sub) {
                compare(sub, packed, filtered);
            } else if (n instanceof Dataset d) {
                Dataset p = (Dataset) packed.get(d.path());
                assertThat(p.readRaw()).as(d.path()).isEqualTo(d.readRaw());
                if (!p.filters().isEmpty()) {
                    filtered.add(d.path());
                }
            }
        }
    }
}

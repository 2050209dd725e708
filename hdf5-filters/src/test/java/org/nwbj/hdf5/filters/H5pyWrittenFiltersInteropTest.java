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

/**
 * Files h5py writes with the C filter plug-ins (lz4, bitshuffle none/lz4, bzip2, blosc with every inner codec and
 * shuffle): nwbj reads every dataset (9 dtypes including big-endian and strings, 1-, 2- and 3-D, chunks that do not
 * divide the shape) byte-equal to the unfiltered copy h5py wrote beside it.
 */
@Tag("interop")
class H5pyWrittenFiltersInteropTest {
    @TempDir
    Path dir;

    @Test
    void readsWhatH5pyWroteWithEachFilter() throws Exception {
        Tools.requireH5pyFilters(307, 32001, 32004, 32008);
        Path file = dir.resolve("filtered.h5");
        Tools.python(Tools.SCRIPTS.resolve("write_filtered.py"), file.toString());
        List<String> checked = new ArrayList<>();
        try (Hdf5File f = Hdf5File.open(file)) {
            for (Link group : f.root().links()) {
                if (group.name().equals("ref")) {
                    continue;
                }
                Group g = (Group) f.get("/" + group.name());
                for (Link l : g.links()) {
                    String path = "/" + group.name() + "/" + l.name();
                    Dataset d = (Dataset) f.get(path);
                    assertThat(d.filters()).as(path).isNotEmpty();
                    byte[] expected = ((Dataset) f.get("/ref" + path)).readRaw();
                    assertThat(d.readRaw()).as(path).isEqualTo(expected);
                    checked.add(path);
                }
            }
        }
        // 16 filter configurations x 9 dtypes x 3 shapes
        assertThat(checked).hasSize(16 * 9 * 3);
    }
}

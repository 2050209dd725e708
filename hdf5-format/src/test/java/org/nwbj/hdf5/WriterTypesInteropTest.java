package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.nwbj.hdf5.testing.AllTypesFile;
import org.nwbj.hdf5.testing.RandomTrees;
import org.nwbj.hdf5.testing.ReaderView;

/**
 * h5py (the C library) sees exactly what nwbj's reader sees in files with every datatype and dense attributes, and
 * h5dump reads them with exit 0. Skipped without h5py/h5dump, except in CI.
 */
@Tag("interop")
class WriterTypesInteropTest {
    @TempDir
    Path dir;

    /** Compares h5py's view (h5values.py) with nwbj's (ReaderView) and runs h5dump. */
    static void assertH5pyAgrees(Path dir, Path file) throws Exception {
        JsonNode h5py = ReaderView.parse(WriterInteropTest.python(null, ReaderView.script(dir), file));
        JsonNode ours = ReaderView.of(file);
        java.util.Iterator<String> names = ours.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            assertThat(h5py.get(n)).as("h5py's view of " + n).isEqualTo(ours.get(n));
        }
        assertThat(h5py).isEqualTo(ours);
        assertThat(WriterInteropTest.h5dump(file)).as("h5dump exit status of " + file).isZero();
    }

    @Test
    void everyDatatype_h5pyAndH5dumpAgree() throws Exception {
        Path p = dir.resolve("types.h5");
        AllTypesFile.write(p);
        assertH5pyAgrees(dir, p);
    }

    /** A sample of the property test's random trees (fixed seeds): h5py sees what nwbj's reader sees. */
    @Test
    void randomTrees_h5pyAgrees() throws Exception {
        for (long seed = 1; seed <= 10; seed++) {
            Path p = dir.resolve("tree" + seed + ".h5");
            RandomTrees.Expected exp = RandomTrees.write(seed * 7919, p);
            WriterPropertyTest.assertReadsBack(p, exp, "seed " + seed * 7919);
            assertH5pyAgrees(dir, p);
        }
    }

    @Test
    void denseAttributes_h5pyAgrees() throws Exception {
        Path p = dir.resolve("dense.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root().createGroup("many");
            for (int i = 0; i < 30; i++) {
                g.setAttribute("attr" + i, new double[] {i, i + 0.5});
            }
            g.setAttribute("text", "é");
            w.root().createGroup("huge").setAttribute("big", new long[20_000]);
            DatasetWriter d = w.root().createDataset("d", new int[] {1, 2});
            d.useDenseAttributes();
            d.setAttribute("one", "1");
        }
        assertH5pyAgrees(dir, p);
    }
}

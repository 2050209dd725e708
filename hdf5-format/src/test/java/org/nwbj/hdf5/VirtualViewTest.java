package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The two views of a virtual dataset whose unlimited mappings have sources of different lengths. The expected shapes
 * and values are what h5py 3.7 (HDF5 1.10) gives for the same mappings made with {@code H5Pset_virtual} and read with
 * {@code H5Pset_virtual_view}.
 */
class VirtualViewTest {
    @TempDir
    Path dir;

    /** Column 0 follows /a (5 long), column 1 follows /b (2 long); /m maps /a and a missing source. */
    private Path write() {
        Path p = dir.resolve("views.h5");
        DataType i32 = DataTypes.INT32;
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("a", DatasetOptions.of(i32, 5).maxDims(Dataspace.UNLIMITED).chunks(2))
                    .writeAll(new int[] {1, 2, 3, 4, 5});
            w.root().createDataset("b", DatasetOptions.of(i32, 2).maxDims(Dataspace.UNLIMITED).chunks(2))
                    .writeAll(new int[] {10, 20});
            w.root().createVirtualDataset("v", columns(i32, "/a", "/b"));
            w.root().createVirtualDataset("m", columns(i32, "/a", "/nowhere"));
        }
        return p;
    }

    private static VirtualLayout columns(DataType i32, String first, String second) {
        return VirtualLayout.of(i32, 0, 2).maxShape(Dataspace.UNLIMITED, 2).fill(new byte[] {-1, -1, -1, -1})
                .mapUnlimited(Selection.box(new long[] {0, 0}, new long[] {1, 1}), 0,
                        VirtualSource.of(".", first, 1), 0)
                .mapUnlimited(Selection.box(new long[] {0, 1}, new long[] {1, 1}), 0,
                        VirtualSource.of(".", second, 1), 0);
    }

    @Test
    void lastAvailable_isTheDefault_andReachesTheLongestSource() {
        Path p = write();
        assertThat(OpenOptions.defaults().virtualView()).isEqualTo(VirtualView.LAST_AVAILABLE);
        assertThat(OpenOptions.defaults().withVirtualView(null).virtualView()).isEqualTo(VirtualView.LAST_AVAILABLE);
        try (Hdf5File f = Hdf5File.open(p)) {
            Dataset v = f.dataset("/v");
            assertThat(v.space().dims()).containsExactly(5, 2);
            assertThat(v.readInts()).containsExactly(1, 10, 2, 20, 3, -1, 4, -1, 5, -1);
            assertThat(f.dataset("/m").space().dims()).containsExactly(5, 2);
        }
    }

    @Test
    void firstMissing_stopsWithTheShortestSource() {
        Path p = write();
        try (Hdf5File f = Hdf5File.open(p, OpenOptions.defaults().withVirtualView(VirtualView.FIRST_MISSING))) {
            Dataset v = f.dataset("/v");
            assertThat(v.space().dims()).containsExactly(2, 2);
            assertThat(v.space().maxDims()).containsExactly(Dataspace.UNLIMITED, 2);
            assertThat(v.readInts()).containsExactly(1, 10, 2, 20);
            // a missing source has nothing: the view is empty
            assertThat(f.dataset("/m").space().dims()).containsExactly(0, 2);
        }
    }

    /**
     * A %b mapping with blocks of 2 every 4 from index 1 over sources 0, 1 and 3 (2 missing): the printf gap lets
     * the default view look past missing sources; FIRST_MISSING stops at source 2 and reaches the start of its
     * block (the shapes h5py gives, see VirtualDatasetInteropTest).
     */
    @Test
    void printfGap_looksPastMissingSources_inTheDefaultViewOnly() {
        DataType i32 = DataTypes.INT32;
        Path p = dir.resolve("gaps.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            for (int b : new int[] {0, 1, 3}) {
                w.root().createDataset("s" + b, DatasetOptions.of(i32, 2)).writeAll(new int[] {b, b + 10});
            }
            w.root().createVirtualDataset("v", VirtualLayout.of(i32, 0).maxShape(Dataspace.UNLIMITED)
                    .fill(new byte[] {-1, -1, -1, -1})
                    .mapBlocks(Selection.box(new long[] {1}, new long[] {2}), 0, 4, VirtualSource.of(".", "s%b", 2)));
        }
        long[][] want = {{7, 15, 15}, {9, 9, 9}}; // [view][gap]
        for (VirtualView view : VirtualView.values()) {
            for (int gap = 0; gap <= 2; gap++) {
                try (Hdf5File f = Hdf5File.open(p, OpenOptions.defaults().withVirtualView(view)
                        .withVirtualPrintfGap(gap))) {
                    Dataset v = f.dataset("/v");
                    assertThat(v.space().dims()).as(view + " gap " + gap).containsExactly(want[view.ordinal()][gap]);
                    int[] all = v.readInts();
                    assertThat(all[1]).isZero();
                    assertThat(all[6]).isEqualTo(11);
                    if (all.length > 13) {
                        assertThat(all[13]).as("block 3").isEqualTo(3);
                        assertThat(all[9]).as("block 2: missing").isEqualTo(-1);
                    }
                }
            }
        }
        assertThat(OpenOptions.defaults().virtualPrintfGap()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpenOptions.defaults().withVirtualPrintfGap(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

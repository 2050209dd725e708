package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HDF5 C library's own VDS use-case files (tools/test/misc/vds, UC_1 one-dimensional stacking of six unlimited
 * sources and UC_4 a {@code %b} file pattern), re-created with the generators' C calls through ctypes
 * (scripts/gen_vds_uc.py): nwbj reads them as h5py (the C library) reads them in both views
 * (H5D_VDS_LAST_AVAILABLE, the default, and H5D_VDS_FIRST_MISSING), shapes, values, source and virtual fill values
 * included. Skipped without h5py, except in CI.
 */
@Tag("interop")
class VirtualUseCaseInteropTest {
    @TempDir
    Path dir;

    private JsonNode generate(String planes) throws Exception {
        if (planes != null) {
            Files.writeString(dir.resolve("planes.txt"), planes);
        }
        Path script = Path.of("src/test/scripts/gen_vds_uc.py").toAbsolutePath();
        return new ObjectMapper().readTree(WriterInteropTest.python(null, script, dir));
    }

    /** Every view h5py printed for {@code file} ("FILE:VIEW" and "FILE:VIEW:gapN" keys) read the same by nwbj. */
    private void assertReadsAsTheCLibrary(JsonNode views, String file) throws Exception {
        int seen = 0;
        for (java.util.Iterator<String> it = views.fieldNames(); it.hasNext();) {
            String key = it.next();
            String[] k = key.split(":");
            if (!k[0].equals(file)) {
                continue;
            }
            VirtualView view = k[1].equals("first") ? VirtualView.FIRST_MISSING : VirtualView.LAST_AVAILABLE;
            long gap = k.length > 2 ? Long.parseLong(k[2].substring("gap".length())) : 0;
            assertReadsAsTheCLibrary(views.get(key), key, OpenOptions.defaults().withVirtualView(view)
                    .withVirtualPrintfGap(gap));
            seen++;
        }
        assertThat(seen).as("views of " + file).isGreaterThanOrEqualTo(2);
    }

    private void assertReadsAsTheCLibrary(JsonNode want, String as, OpenOptions options) throws Exception {
        try (Hdf5File f = Hdf5File.open(dir.resolve(as.split(":")[0]), options)) {
            Dataset d = f.dataset("/vds_dset");
            long[] shape = new long[want.get("shape").size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = want.get("shape").get(i).asLong();
            }
            assertThat(d.space().dims()).as(as + " shape").containsExactly(shape);
            int[] ours = d.readInts();
            assertThat(ours).as(as + " values").hasSize(want.get("values").size());
            for (int i = 0; i < ours.length; i++) {
                assertThat(ours[i]).as(as + " element " + i).isEqualTo(want.get("values").get(i).asInt());
            }
        }
    }

    @Test
    void useCase1_andUseCase4_asTheGeneratorsWriteThem() throws Exception {
        JsonNode views = generate(null);
        assertThat(views.get("1_vds.h5:last").get("shape").get(0).asInt()).isEqualTo(5);
        assertThat(views.get("4_vds.h5:last").get("shape").get(0).asInt()).isEqualTo(9);
        assertReadsAsTheCLibrary(views, "1_vds.h5");
        assertReadsAsTheCLibrary(views, "4_vds.h5");
    }

    /** UC_2 (two columns of sources), UC_3 (UC_1's and UC_2's sources with gaps), UC_5 (interleaved planes). */
    @Test
    void useCases2_3_and5_asTheGeneratorsWriteThem() throws Exception {
        JsonNode views = generate(null);
        assertThat(views.get("2_vds.h5:last").get("shape").toString()).isEqualTo("[6,8,14]");
        assertThat(views.get("3_2_vds.h5:last").get("shape").toString()).isEqualTo("[6,13,19]");
        // interleaved: plane 1 is source b's first plane
        assertThat(views.get("5_vds.h5:last").get("values").get(16).asInt()).isEqualTo(20);
        for (String file : new String[] {"2_vds.h5", "3_1_vds.h5", "3_2_vds.h5", "5_vds.h5"}) {
            assertReadsAsTheCLibrary(views, file);
        }
    }

    /**
     * test/vds.c's kinds of mappings: irregular unions of blocks, strided hyperslabs, irregular source selections,
     * '.' sources, a missing file and a missing dataset.
     */
    @Test
    void mixedSelections_sameFileSources_andMissingSources() throws Exception {
        JsonNode views = generate(null);
        JsonNode last = views.get("x_mixed.h5:last").get("values");
        assertThat(last.get(0).asInt()).as("first element of the union of blocks").isEqualTo(200);
        assertThat(last.get(40).asInt()).as("missing file").isEqualTo(-9);
        assertReadsAsTheCLibrary(views, "x_mixed.h5");
    }

    /**
     * Unlimited mappings whose blocks have gaps between them (stride > block): the FIRST_MISSING view counts the
     * gap after a source's last full block, the default view does not.
     */
    @Test
    void unlimitedMappingsWithGapsBetweenBlocks() throws Exception {
        JsonNode views = generate(null);
        assertThat(views.get("x_unlim_gaps.h5:last").get("shape").get(0).asInt()).isEqualTo(11);
        assertThat(views.get("x_unlim_gaps.h5:first").get("shape").get(0).asInt()).isEqualTo(8);
        assertReadsAsTheCLibrary(views, "x_unlim_gaps.h5");
    }

    /**
     * A %b pattern with %% and blocks of 2 planes every 5, sources 0, 1, 3 and 6: the printf gap (0, 1, 2) decides
     * how many the default view finds; FIRST_MISSING stops at source 2 whatever the gap.
     */
    @Test
    void printfBlocksWithStrideAndPrintfGaps() throws Exception {
        JsonNode views = generate(null);
        assertThat(views.get("x_printf_gaps.h5:last").get("shape").get(0).asInt()).isEqualTo(8);
        assertThat(views.get("x_printf_gaps.h5:last:gap1").get("shape").get(0).asInt()).isEqualTo(18);
        assertThat(views.get("x_printf_gaps.h5:last:gap2").get("shape").get(0).asInt()).isEqualTo(33);
        assertThat(views.get("x_printf_gaps.h5:first:gap2").get("shape").get(0).asInt()).isEqualTo(11);
        assertReadsAsTheCLibrary(views, "x_printf_gaps.h5");
    }

    @Test
    void useCase1_withSourcesOfDifferentLengths_fillsBeyondTheShorterOnes() throws Exception {
        JsonNode views = generate("5,3,4,2,5,1");
        // the C library's default view: as long as the longest source, the rest of the others is the VDS fill
        assertThat(views.get("1_vds.h5:last").get("shape").get(0).asInt()).isEqualTo(5);
        assertThat(views.get("1_vds.h5:last").get("values").toString()).contains("-9");
        // the other view: only as long as the shortest source (1 plane)
        assertThat(views.get("1_vds.h5:first").get("shape").get(0).asInt()).isEqualTo(1);
        assertReadsAsTheCLibrary(views, "1_vds.h5");
    }

    /**
     * An unlimited second dimension whose virtual slices (columns of 2) and source slices (rows of 2) differ: the
     * elements pair in C order of both selections as clipped to the extent, also when FIRST_MISSING clips them
     * shorter; and %b used three times (twice in the file name, once in the dataset name).
     */
    @Test
    void slicesShapedDifferently_andRepeatedBlockNumbers() throws Exception {
        JsonNode views = generate(null);
        assertThat(views.get("x_transposed.h5:first").get("values").toString())
                .isEqualTo("[600,601,610,611,620,621,700,701,702]");
        assertReadsAsTheCLibrary(views, "x_transposed.h5");
        assertThat(views.get("x_printf_twice.h5:last").get("shape").get(0).asInt()).isEqualTo(2);
        assertReadsAsTheCLibrary(views, "x_printf_twice.h5");
    }
}

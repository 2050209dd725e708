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

    private void assertReadsAsTheCLibrary(JsonNode views, String file) throws Exception {
        assertReadsAsTheCLibrary(views, file, VirtualView.LAST_AVAILABLE);
        assertReadsAsTheCLibrary(views, file, VirtualView.FIRST_MISSING);
    }

    private void assertReadsAsTheCLibrary(JsonNode views, String file, VirtualView view) throws Exception {
        JsonNode want = views.get(file + (view == VirtualView.FIRST_MISSING ? ":first" : ":last"));
        String as = file + " (" + view + ")";
        try (Hdf5File f = Hdf5File.open(dir.resolve(file), OpenOptions.defaults().withVirtualView(view))) {
            Dataset d = f.dataset("/vds_dset");
            long[] shape = new long[want.get("shape").size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = want.get("shape").get(i).asLong();
            }
            assertThat(d.space().dims()).as(as + " shape").containsExactly(shape);
            assertThat(d.space().maxDims()[0]).as(as + " unlimited planes").isEqualTo(Dataspace.UNLIMITED);
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
}

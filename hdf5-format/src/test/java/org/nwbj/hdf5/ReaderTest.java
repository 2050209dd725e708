package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.testing.TestFiles;
import org.nwbj.hdf5.type.IntegerType;

/** Reads files written by the C library (h5py 3.7 / HDF5 1.10.8) and compares with the C library's view. */
class ReaderTest {
    private static JsonNode expected(String dumpName, String path) throws Exception {
        JsonNode doc = new ObjectMapper().readTree(TestFiles.corpus(dumpName).toFile());
        for (JsonNode o : doc.get("objects")) {
            if (o.get("path").asText().equals(path)) {
                return o;
            }
        }
        throw new AssertionError("no " + path + " in " + dumpName);
    }

    private static List<Long> flatLongs(JsonNode n) {
        List<Long> out = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode c : n) {
                out.addAll(flatLongs(c));
            }
        } else {
            out.add(n.asLong());
        }
        return out;
    }

    @Test
    void layouts_compactContiguousChunked_matchTheCLibrary() throws Exception {
        try (Hdf5File f = Hdf5File.open(TestFiles.corpus("layout_earliest.h5"))) {
            for (String p : List.of("/chunked_1d", "/chunked_2d_partial", "/chunked_many", "/chunked_single",
                    "/chunked_unlimited", "/compact_i4", "/contiguous")) {
                Dataset d = (Dataset) f.get(p);
                List<Long> want = flatLongs(expected("layout_earliest.h5.json", p).get("data"));
                long[] got = d.readLongs();
                assertThat(got).as(p).containsExactly(want.stream().mapToLong(Long::longValue).toArray());
            }
        }
    }

    @Test
    void unwrittenDatasets_readTheFillValue() throws Exception {
        try (Hdf5File f = Hdf5File.open(TestFiles.corpus("fill_resize.h5"))) {
            assertThat(((Dataset) f.get("/contiguous_never_written")).readLongs()).containsOnly(7L);
            assertThat(((Dataset) f.get("/chunked_never_written")).readDoubles()).containsOnly(1.5);
            assertThat(((Dataset) f.get("/chunked_fill_i4")).readLongs())
                    .containsExactly(1, 2, 3, -1, -1, -1, -1, -1, -1, 99);
        }
    }

    @Test
    void familyDriver_readsWithoutAMemberSize() throws Exception {
        Path pattern = TestFiles.corpus("family_%d.h5");
        try (Hdf5File f = Hdf5File.open(pattern, OpenOptions.family(0))) {
            Dataset d = (Dataset) f.get("/g/chunked");
            long[] v = d.readLongs();
            assertThat(v).hasSize(2500);
            assertThat(v[2499]).isEqualTo(flatLongs(expected("family_%d.h5.json", "/g/chunked").get("data"))
                    .get(2499));
            assertThat(f.info().driver()).isEqualTo("family");
        }
    }

    @Test
    void familyDriver_refusesAWrongMemberSize() {
        Path pattern = TestFiles.corpus("family_%d.h5");
        assertThatThrownBy(() -> Hdf5File.open(pattern, OpenOptions.family(4096)).close())
                .isInstanceOf(Hdf5Exception.class).hasMessageContaining("member size 8192");
    }

    @Test
    void splitDriver_readsMetadataAndRawFiles() throws Exception {
        try (Hdf5File f = Hdf5File.open(TestFiles.corpus("split"), OpenOptions.split())) {
            long[] ints = ((Dataset) f.get("/ints")).readLongs();
            List<Long> want = flatLongs(expected("split.json", "/ints").get("data"));
            assertThat(ints).containsExactly(want.stream().mapToLong(Long::longValue).toArray());
        }
    }

    @Test
    void links_softAndExternalAreListedAndResolvedOnRequest() {
        try (Hdf5File f = Hdf5File.open(TestFiles.corpus("links.h5"))) {
            Link soft = f.root().link("soft_ds");
            assertThat(soft).isEqualTo(new Link.Soft("soft_ds", "/real/ds", -1));
            Link ext = f.root().link("ext_ds");
            assertThat(ext).isInstanceOf(Link.External.class);
            assertThat(((Link.External) ext).file()).isEqualTo("links_target.h5");
            // resolution: soft to a dataset, external found beside the linking file
            assertThat(f.get("/soft_ds").address()).isEqualTo(f.get("/real/ds").address());
            Node target = f.get("/ext_ds");
            assertThat(target).isInstanceOf(Dataset.class);
            assertThat(((Dataset) target).space().elementCount()).isPositive();
            assertThatThrownBy(() -> f.get("/dangling")).isInstanceOf(Hdf5NotFoundException.class);
            assertThatThrownBy(() -> f.get("/ext_missing")).isInstanceOf(Hdf5NotFoundException.class)
                    .hasMessageContaining("missing_file.h5");
        }
    }

    @Test
    void hardLinkCycles_doNotHangPathLookup() {
        try (Hdf5File f = Hdf5File.open(TestFiles.corpus("links.h5"))) {
            Node n = f.get("/real/sub/up/sub/up/sub/root/real");
            assertThat(n.address()).isEqualTo(f.get("/real").address());
        }
    }

    @Test
    void integers_bothByteOrders() throws Exception {
        try (Hdf5File f = Hdf5File.open(TestFiles.corpus("types_int.h5"))) {
            Dataset d = (Dataset) f.get("/be_i4");
            assertThat(((IntegerType) d.type()).order()).isEqualTo(org.nwbj.hdf5.type.ByteOrderKind.BIG_ENDIAN);
            assertThat(d.readLongs()).containsExactly(0, 1, -2147483648L, 2147483647L, 715827882L, -2147483647L);
            assertThat(d.attribute("scalar").readValues()).containsExactly(2147483647L);
        }
    }

    @Test
    void superblockVersions_andOffsetSizes() {
        try (Hdf5File f = Hdf5File.open(TestFiles.corpus("sb0_offsets4.h5"))) {
            assertThat(f.info().superblockVersion()).isZero();
            assertThat(f.info().offsetSize()).isEqualTo(4);
        }
        try (Hdf5File f = Hdf5File.open(TestFiles.corpus("sb2_v108.h5"))) {
            assertThat(f.info().superblockVersion()).isEqualTo(2);
            assertThat(f.root().links()).isNotEmpty();
        }
    }

    @Test
    void notHdf5_isAClearError() {
        assertThatThrownBy(() -> Hdf5File.open(TestFiles.corpus("README.md")))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("no HDF5 signature");
    }
}

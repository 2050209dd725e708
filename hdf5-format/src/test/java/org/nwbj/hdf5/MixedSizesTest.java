package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files whose "size of offsets" and "size of lengths" differ (written by HDF5 1.10 with H5Pset_sizes; see
 * src/test/scripts/gen_codec_bytes.py): symbol table entries then mix both widths.
 */
class MixedSizesTest {
    private static Path file(String name) throws URISyntaxException {
        return Path.of(MixedSizesTest.class.getResource("/codecs/" + name).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed_o8l4.h5", "mixed_o4l8.h5", "mixed_o2l4.h5"})
    void readsGroupsDatasetsLinksAndAttributes(String name) throws Exception {
        try (Hdf5File f = Hdf5File.open(file(name))) {
            assertThat(f.root().links()).extracting(Link::name).containsExactly("g", "s", "x");
            assertThat(((Dataset) f.get("/x")).readLongs()).containsExactly(0, 1, 2, 3, 4);
            assertThat(((Dataset) f.get("/g/y")).readDoubles()).containsExactly(0.0, 1.0, 2.0);
            assertThat(f.root().link("s")).isEqualTo(new Link.Soft("s", "/x", -1));
            assertThat(f.root().attributes()).extracting(Attribute::name).containsExactly("a");
            assertThat(f.root().attributes().get(0).readRaw()).containsExactly(1, 0, 0, 0, 0, 0, 0, 0);
        }
    }
}

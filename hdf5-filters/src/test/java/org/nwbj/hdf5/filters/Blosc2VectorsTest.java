package org.nwbj.hdf5.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * Blosc2 chunks written by the reference library (python-blosc2 4.12, {@code src/test/scripts/blosc2_vectors.py};
 * no Debian package has a blosc2 HDF5 plug-in) decode to their data; every prefix fails cleanly.
 */
class Blosc2VectorsTest {
    static byte[] resource(String name) throws IOException {
        try (InputStream in = Blosc2VectorsTest.class.getResourceAsStream("/blosc2/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lz4_shuffle_u2", "blosclz_shuffle_u2", "lz4hc_bitshuffle_u2", "zlib_noshuffle_i8",
        "zstd_shuffle_i8", "zstd_bitshuffle_f4", "lz4_text_u1", "lz4_zeros_f4", "blosclz_runs_u1", "lz4_random_u1",
        "lz4_small_blocks_u2"})
    void decodesReferenceChunks(String name) throws IOException {
        byte[] chunk = resource(name + ".b2");
        byte[] raw = resource(name + ".raw");
        FilterParameters p = new FilterParameters(new int[0], 1, raw.length);
        assertThat(new Blosc2Filter().decode(chunk, p)).isEqualTo(raw);
        for (int n = 0; n < chunk.length; n += Math.max(1, chunk.length / 300)) {
            byte[] cut = Arrays.copyOf(chunk, n);
            Throwable t = catchThrowable(() -> new Blosc2Filter().decode(cut, p));
            assertThat(t).as("prefix %d of %d", n, chunk.length).isInstanceOf(Hdf5Exception.class)
                    .hasMessageContaining("blosc2");
        }
    }
}

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
 * no Debian package has a blosc2 HDF5 plug-in) decode to their data, split streams (one per byte of the type, every
 * codec, a 24-byte type, a leftover block) and unsplit ones alike; every prefix fails cleanly.
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
        "lz4_small_blocks_u2", "zstd_split_shuffle_i8", "zlib_split_shuffle_u2", "lz4hc_split_noshuffle_u4",
        "blosclz_split_bitshuffle_u2", "lz4_split_small_blocks_u2", "zstd_split_records_24", "lz4_auto_split_u4",
        "lz4_never_split_u2"})
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

    /**
     * A split block whose byte planes 1-3 are one value each: the reference stores runs as a negated value and a
     * token byte (1: a run), zeros as size 0; an unknown token is refused, never read as data.
     */
    @org.junit.jupiter.api.Test
    void runStreams_andAnUnknownToken() throws IOException {
        byte[] chunk = resource("lz4_auto_split_u4.b2");
        byte[] raw = resource("lz4_auto_split_u4.raw");
        FilterParameters p = new FilterParameters(new int[0], 1, raw.length);
        int at = 36 + 4 + 5001; // block 0: stream 0 stored as it is, then the run of byte 134
        assertThat(CodecFilter.readIntLE(chunk, at)).isEqualTo(-134);
        assertThat(chunk[at + 4]).isEqualTo((byte) 1);
        assertThat(new Blosc2Filter().decode(chunk, p)).isEqualTo(raw);
        byte[] bad = chunk.clone();
        bad[at + 4] = 2;
        assertThat(catchThrowable(() -> new Blosc2Filter().decode(bad, p))).isInstanceOf(Hdf5Exception.class)
                .hasMessageContaining("token 2");
    }

    /** Client data [revision, version, type size, chunk bytes, level, shuffle, compressor] as hdf5-blosc2's. */
    static FilterParameters params(int typesize, int shuffle, int compressor, int bytes) {
        return new FilterParameters(new int[] {1, 2, typesize, bytes, 5, shuffle, compressor}, typesize, bytes);
    }

    /**
     * What nwbj writes has the header the reference library writes for the same settings (format 5, codec
     * version 1, both shuffle bits marking the 32-byte header, the codec in the top flag bits, the shuffle in the
     * last filter slot, sizes) and decodes to the data.
     */
    @ParameterizedTest
    @ValueSource(strings = {"lz4_shuffle_u2", "blosclz_shuffle_u2", "zstd_shuffle_i8", "zstd_bitshuffle_f4",
        "zlib_noshuffle_i8", "lz4_random_u1"})
    void writesChunksShapedLikeTheReference(String name) throws IOException {
        byte[] ref = resource(name + ".b2");
        byte[] raw = resource(name + ".raw");
        int typesize = ref[3];
        int shuffle = 0;
        for (int i = 16; i < 22; i++) {
            shuffle = Math.max(shuffle, ref[i]); // python-blosc2 puts a default shuffle last, a given one first
        }
        int compressor = switch ((ref[2] & 0xff) >>> 5) {
            case 0 -> 0;
            case 1 -> 1;
            case 3 -> 4;
            default -> 5;
        };
        byte[] ours = new Blosc2Filter().encode(raw, params(typesize, shuffle, compressor, raw.length));
        assertThat(ours[0]).isEqualTo(ref[0]);
        assertThat(ours[1]).isEqualTo(ref[1]);
        assertThat(ours[2] & 0xE5).as("flags without split/memcpy bits").isEqualTo(ref[2] & 0xE5);
        assertThat(Arrays.copyOfRange(ours, 3, 8)).as("type size, decoded size").isEqualTo(Arrays.copyOfRange(ref, 3, 8));
        assertThat(Arrays.stream(new int[] {16, 17, 18, 19, 20, 21}).map(i -> ours[i]).max().getAsInt())
                .as("the shuffle filter").isEqualTo(shuffle);
        assertThat(Arrays.copyOfRange(ours, 22, 32)).as("compressor code, filter meta, blosc2 flags")
                .isEqualTo(Arrays.copyOfRange(ref, 22, 32));
        assertThat(CodecFilter.readIntLE(ours, 12)).isEqualTo(ours.length);
        assertThat(new Blosc2Filter().decode(ours, new FilterParameters(new int[0], 1, raw.length))).isEqualTo(raw);
    }

    /** Every codec and shuffle, odd sizes (a short last block, elements past the last group of 8) round trip. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4, 5})
    void roundTripsEveryShuffleAndOddSizes(int compressor) {
        java.util.Random r = new java.util.Random(compressor);
        for (int typesize : new int[] {1, 2, 4, 8}) {
            for (int shuffle = 0; shuffle <= 2; shuffle++) {
                for (int n : new int[] {0, 7, 1001, 40_003, 300_001}) {
                    byte[] raw = new byte[n * typesize];
                    for (int i = 0; i < raw.length; i++) {
                        raw[i] = (byte) (i % typesize == 0 ? r.nextInt(7) : 0);
                    }
                    byte[] enc = new Blosc2Filter().encode(raw, params(typesize, shuffle, compressor, raw.length));
                    assertThat(enc[0]).isEqualTo((byte) 5);
                    assertThat(new Blosc2Filter().decode(enc, new FilterParameters(new int[0], 1, raw.length)))
                            .as("typesize %d shuffle %d n %d", typesize, shuffle, n).isEqualTo(raw);
                }
            }
        }
    }
}

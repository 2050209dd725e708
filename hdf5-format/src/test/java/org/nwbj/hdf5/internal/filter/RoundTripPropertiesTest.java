package org.nwbj.hdf5.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.nwbj.hdf5.Hdf5ChecksumException;
import org.nwbj.hdf5.filter.FilterParameters;

/** encode then decode gives back the input, for every filter with an encoder. */
class RoundTripPropertiesTest {
    /** Byte arrays that are sometimes random and sometimes repetitive, so compressors take both paths. */
    @Provide
    Arbitrary<byte[]> data() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<byte[]> lowEntropy = Arbitraries.bytes().between((byte) 0, (byte) 3).array(byte[].class)
                .ofMaxSize(3000);
        Arbitrary<byte[]> runs = Arbitraries.integers().between(0, 5000).flatMap(n ->
                Arbitraries.bytes().map(b -> {
                    byte[] r = new byte[n];
                    for (int i = 0; i < n; i++) {
                        r[i] = (byte) (i % 97 < 50 ? b : i);
                    }
                    return r;
                }));
        return Arbitraries.oneOf(random, lowEntropy, runs);
    }

    @Property(tries = 200)
    void deflate(@ForAll("data") byte[] raw, @ForAll @IntRange(min = 0, max = 9) int level,
            @ForAll boolean knownSize) {
        DeflateFilter f = new DeflateFilter();
        byte[] enc = f.encode(raw, new FilterParameters(new int[] {level}, 1, 0));
        assertThat(f.decode(enc, new FilterParameters(new int[] {level}, 1, knownSize ? raw.length : 0)))
                .isEqualTo(raw);
    }

    @Property(tries = 300)
    void shuffle(@ForAll("data") byte[] raw, @ForAll @IntRange(min = 1, max = 17) int size,
            @ForAll boolean fromClientData) {
        ShuffleFilter f = new ShuffleFilter();
        FilterParameters p = fromClientData ? new FilterParameters(new int[] {size}, 99, raw.length)
                : new FilterParameters(new int[0], size, raw.length);
        byte[] enc = f.encode(raw, p);
        assertThat(enc).hasSameSizeAs(raw);
        assertThat(f.decode(enc, p)).isEqualTo(raw);
    }

    @Property(tries = 300)
    void fletcher32(@ForAll("data") byte[] raw) {
        Fletcher32Filter f = new Fletcher32Filter();
        FilterParameters p = new FilterParameters(new int[0], 1, raw.length);
        byte[] enc = f.encode(raw, p);
        assertThat(enc).hasSize(raw.length + 4);
        assertThat(f.decode(enc, p)).isEqualTo(raw);
    }

    @Property(tries = 300)
    void fletcher32DetectsSingleBitErrors(@ForAll @Size(min = 1, max = 2000) byte[] raw,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int where) {
        Fletcher32Filter f = new Fletcher32Filter();
        FilterParameters p = new FilterParameters(new int[0], 1, raw.length);
        byte[] enc = f.encode(raw, p);
        int bit = where % (raw.length * 8);
        enc[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThatThrownBy(() -> f.decode(enc, p)).isInstanceOf(Hdf5ChecksumException.class);
    }

    @Property(tries = 300)
    void lzf(@ForAll("data") byte[] raw, @ForAll boolean knownSize) {
        LzfFilter f = new LzfFilter();
        int[] cd = {4, 261, knownSize ? raw.length : 0};
        byte[] enc = f.encode(raw, new FilterParameters(cd, 1, 0));
        assertThat(enc.length).isLessThanOrEqualTo(raw.length + raw.length / 32 + 1);
        assertThat(f.decode(enc, new FilterParameters(cd, 1, knownSize ? raw.length : 0))).isEqualTo(raw);
    }

    /** An atomic nbit type with values whose padding bits are zero, as the C library's conversion leaves them. */
    record NbitCase(int size, boolean bigEndian, int precision, int offset, byte[] raw) {
        int[] clientData() {
            return new int[] {8, 0, raw.length / size, 1, size, bigEndian ? 1 : 0, precision, offset};
        }
    }

    @Provide
    Arbitrary<NbitCase> nbitCases() {
        return Arbitraries.of(1, 2, 4, 8).flatMap(size -> Combinators.combine(
                Arbitraries.integers().between(1, size * 8),
                Arbitraries.integers().between(0, size * 8 - 1),
                Arbitraries.of(true, false),
                Arbitraries.longs().list().ofMaxSize(300)).as((precision, off, be, values) -> {
                    int offset = off % (size * 8 - precision + 1);
                    byte[] raw = new byte[values.size() * size];
                    for (int i = 0; i < values.size(); i++) {
                        long v = values.get(i);
                        for (int b = 0; b < size; b++) {
                            int bitLo = 8 * b;
                            int keep = 0;
                            for (int k = 0; k < 8; k++) {
                                int bit = bitLo + k;
                                if (bit >= offset && bit < offset + precision) {
                                    keep |= 1 << k;
                                }
                            }
                            byte val = (byte) ((v >>> bitLo) & keep);
                            raw[i * size + (be ? size - 1 - b : b)] = val;
                        }
                    }
                    return new NbitCase(size, be, precision, offset, raw);
                }));
    }

    @Property(tries = 300)
    void nbit(@ForAll("nbitCases") NbitCase c) {
        NbitFilter f = new NbitFilter();
        FilterParameters p = new FilterParameters(c.clientData(), c.size(), c.raw().length);
        byte[] enc = f.encode(c.raw(), p);
        assertThat(enc).hasSize((int) ((long) c.raw().length / c.size() * c.precision() / 8 + 1));
        assertThat(f.decode(enc, p)).isEqualTo(c.raw());
    }
}

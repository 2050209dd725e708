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

    /** The piecewise and partial unshuffles of the read paths agree with the whole-buffer unshuffle. */
    @Property(tries = 300)
    void unshuffleRangesAndGather(@ForAll("data") byte[] raw, @ForAll @IntRange(min = 1, max = 17) int size,
            @ForAll @IntRange(min = 1, max = 40) int piece, @ForAll @IntRange(min = 0, max = 5000) int from,
            @ForAll @IntRange(min = 0, max = 5000) int len) {
        byte[] shuffled = ShuffleFilter.transpose(raw, size, true);
        byte[] plain = ShuffleFilter.transpose(shuffled, size, false);
        assertThat(plain).isEqualTo(raw);
        int n = size <= 1 ? raw.length : raw.length / size;
        int per = piece * 8;
        byte[] whole = new byte[raw.length];
        byte[] buf = new byte[per * size];
        for (int e = 0; e < n; e += per) {
            int to = Math.min(n, e + per);
            ShuffleDeflate.unshuffleRange(shuffled, n, Math.max(1, size), e, to, buf);
            System.arraycopy(buf, 0, whole, e * Math.max(1, size), (to - e) * Math.max(1, size));
        }
        System.arraycopy(shuffled, n * Math.max(1, size), whole, n * Math.max(1, size),
                raw.length - n * Math.max(1, size));
        if (n > 1) {
            assertThat(whole).isEqualTo(raw);
        }
        int a = Math.min(from, raw.length);
        int l = Math.min(len, raw.length - a);
        byte[] some = new byte[l + 3];
        ShuffleDeflate.gather(shuffled, raw.length, size, a, l, some, 3);
        assertThat(java.util.Arrays.copyOfRange(some, 3, 3 + l)).isEqualTo(java.util.Arrays.copyOfRange(raw, a, a + l));
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

    @Property(tries = 300)
    void scaleOffsetIntegers(@ForAll("scaleOffsetInts") int[] cdAndData) {
        // first 10 values are the client data, the rest element values
        int[] cd = java.util.Arrays.copyOf(cdAndData, 10);
        int size = cd[4];
        boolean be = cd[6] == 1;
        int n = cdAndData.length - 10;
        byte[] raw = new byte[n * size];
        for (int i = 0; i < n; i++) {
            long v = cdAndData[10 + i];
            for (int b = 0; b < size; b++) {
                raw[i * size + (be ? size - 1 - b : b)] = (byte) (b < 4 ? v >>> (8 * b) : v >> 31);
            }
        }
        cd[2] = n;
        ScaleOffsetFilter f = new ScaleOffsetFilter();
        FilterParameters p = new FilterParameters(cd, size, raw.length);
        assertThat(f.decode(f.encode(raw, p), p)).isEqualTo(raw);
    }

    @Provide
    Arbitrary<int[]> scaleOffsetInts() {
        return Combinators.combine(Arbitraries.of(1, 2, 4, 8), Arbitraries.of(0, 1), Arbitraries.of(0, 1),
                Arbitraries.of(0, 1), Arbitraries.integers(), Arbitraries.integers().between(-3, 40),
                Arbitraries.integers().between(0, 2).flatMap(spread -> Arbitraries.integers()
                        .between(spread == 0 ? -3 : spread == 1 ? -300 : Integer.MIN_VALUE,
                                spread == 0 ? 3 : spread == 1 ? 300 : Integer.MAX_VALUE)
                        .list().ofMaxSize(200)))
                .as((size, signed, be, fillDefined, fill, minbits, values) -> {
                    int[] out = new int[10 + values.size()];
                    out[0] = 2;
                    // a requested minbits loses values that do not fit, so only "compute it" (0 or, which the C
                    // library treats the same, negative) is lossless for arbitrary values
                    out[1] = Math.min(minbits, 0);
                    out[3] = 0;
                    out[4] = size;
                    out[5] = signed;
                    out[6] = be;
                    out[7] = fillDefined;
                    out[8] = fill;
                    out[9] = fill >> 31;
                    for (int i = 0; i < values.size(); i++) {
                        out[10 + i] = values.get(i);
                    }
                    return out;
                });
    }

    @Property(tries = 200)
    void scaleOffsetDoublesKeepDDecimals(@ForAll @Size(max = 200) java.util.List<@IntRange(min = -100000,
            max = 100000) Integer> thousandths, @ForAll @IntRange(min = 0, max = 3) int d, @ForAll boolean be) {
        int n = thousandths.size();
        byte[] raw = new byte[n * 8];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(thousandths.get(i) / 1000.0);
            for (int b = 0; b < 8; b++) {
                raw[i * 8 + (be ? 7 - b : b)] = (byte) (bits >>> (8 * b));
            }
        }
        int[] cd = {0, d, n, 1, 8, 0, be ? 1 : 0, 0, 0, 0};
        ScaleOffsetFilter f = new ScaleOffsetFilter();
        FilterParameters p = new FilterParameters(cd, 8, raw.length);
        byte[] back = f.decode(f.encode(raw, p), p);
        for (int i = 0; i < n; i++) {
            long bits = 0;
            for (int b = 0; b < 8; b++) {
                bits |= (back[i * 8 + (be ? 7 - b : b)] & 0xffL) << (8 * b);
            }
            assertThat(Double.longBitsToDouble(bits)).isCloseTo(thousandths.get(i) / 1000.0,
                    org.assertj.core.data.Offset.offset(0.5 * Math.pow(10, -d) + 1e-9));
        }
    }

    /** Client data {mask, pixels per block, bits per pixel, pixels per scanline} and matching samples. */
    record SzipCase(int[] clientData, byte[] raw) {
        @Override
        public String toString() {
            return java.util.Arrays.toString(clientData) + ", " + raw.length + " bytes";
        }
    }

    @Provide
    Arbitrary<SzipCase> szipCases() {
        Arbitrary<Integer> bpp = Arbitraries.oneOf(Arbitraries.of(8, 16, 32, 64),
                Arbitraries.integers().between(1, 32));
        return Combinators.combine(Arbitraries.of(0, 8, 16, 32, 40, 48, 128 + 32 + 8, 128 + 4 + 16),
                Arbitraries.of(8, 16, 32, 64), bpp, Arbitraries.integers().between(1, 700),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1500),
                Arbitraries.longs()).as((mask, ppb, bits, ppsRaw, shape, count, seed) -> {
                    int pps = ppsRaw < 100 ? ppb * (1 + ppsRaw % 8) : Math.max(ppb, ppsRaw);
                    boolean interleave = bits == 32 || bits == 64;
                    int n = interleave ? 8 : bits;
                    int sampleBytes = n > 16 ? 4 : n > 8 ? 2 : 1;
                    int pixelBytes = interleave ? bits / 8 : sampleBytes;
                    int pixels = count / pixelBytes;
                    byte[] raw = new byte[pixels * pixelBytes];
                    java.util.Random r = new java.util.Random(seed);
                    long max = n == 64 ? -1L : (1L << n) - 1;
                    long v = r.nextLong() & max;
                    boolean msb = (mask & 16) != 0;
                    int samples = raw.length / sampleBytes;
                    for (int i = 0; i < samples; i++) {
                        switch (shape) {
                            case 0: v = 0; break; // zero blocks
                            case 1: v = r.nextLong() & max; break; // incompressible
                            case 2: v = (v + r.nextInt(5) - 2) & max; break; // smooth, small deltas
                            default: v = (r.nextInt(100) < 95 ? 0 : r.nextInt(4)) & max; // second extension
                        }
                        for (int b = 0; b < sampleBytes; b++) {
                            raw[i * sampleBytes + (msb ? sampleBytes - 1 - b : b)] = (byte) (v >>> (8 * b));
                        }
                    }
                    return new SzipCase(new int[] {mask, ppb, bits, pps}, raw);
                });
    }

    @Property(tries = 400)
    void szip(@ForAll("szipCases") SzipCase c) {
        SzipFilter f = new SzipFilter();
        FilterParameters p = new FilterParameters(c.clientData(), 1, c.raw().length);
        assertThat(f.decode(f.encode(c.raw(), p), p)).isEqualTo(c.raw());
    }

    @Property(tries = 20_000)
    @net.jqwik.api.Tag("slow")
    void szipLongRun(@ForAll("szipCases") SzipCase c) {
        szip(c);
    }
}

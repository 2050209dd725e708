package org.nwbj.hdf5.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nwbj.hdf5.Hdf5Exception;

/**
 * Every filter of the module over random data: what encode writes, decode returns; every prefix of an encoding
 * and every single-byte change fails with an {@link Hdf5Exception} naming the filter, or decodes to some chunk,
 * never a foreign exception.
 */
class CodecPropertiesTest {
    record Data(FilterCases.Case c, byte[] raw) {
        @Override
        public String toString() {
            return c + ", " + raw.length + " bytes";
        }
    }

    /** Random bytes, or compressible runs of a few symbols (so the codecs' match paths run), whole elements. */
    @Provide
    Arbitrary<Data> data() {
        return Combinators.combine(Arbitraries.of(FilterCases.all()), Arbitraries.integers().between(0, 6000),
                Arbitraries.integers().between(0, 3), Arbitraries.longs()).as((c, n, kind, seed) -> {
                    java.util.Random r = new java.util.Random(seed);
                    int len = n / c.elementSize() * c.elementSize();
                    byte[] raw = new byte[len];
                    switch (kind) {
                        case 0 -> r.nextBytes(raw);
                        case 1 -> {
                            for (int i = 0; i < len; i++) {
                                raw[i] = (byte) r.nextInt(3);
                            }
                        }
                        case 2 -> {
                            int i = 0;
                            while (i < len) {
                                int run = 1 + r.nextInt(300);
                                byte v = (byte) r.nextInt(256);
                                for (int k = 0; k < run && i < len; k++) {
                                    raw[i++] = v;
                                }
                            }
                        }
                        default -> {
                            // slowly varying 16-bit counts, like detector images
                            for (int i = 0; i + 1 < len; i += 2) {
                                int v = 1000 + (int) (r.nextGaussian() * 20);
                                raw[i] = (byte) v;
                                raw[i + 1] = (byte) (v >>> 8);
                            }
                        }
                    }
                    return new Data(c, raw);
                });
    }

    @Property(tries = 300)
    void roundTrip(@ForAll("data") Data d) {
        byte[] enc = d.c().encode(d.raw());
        assertThat(d.c().decode(enc, d.raw().length)).isEqualTo(d.raw());
    }

    @Property(tries = 60)
    void everyPrefixFailsCleanly(@ForAll("data") Data d) {
        byte[] enc = d.c().encode(d.raw());
        int step = Math.max(1, enc.length / 200);
        for (int len = 0; len < enc.length; len += step) {
            byte[] cut = Arrays.copyOf(enc, len);
            Throwable t = catchThrowable(() -> d.c().decode(cut, d.raw().length));
            assertThat(t).as("prefix of %d of %d bytes", len, enc.length).isInstanceOf(Hdf5Exception.class);
            assertThat(t.getMessage()).contains(d.c().filter().name());
        }
    }

    @Property(tries = 200)
    void changedBytesDecodeOrFailCleanly(@ForAll("data") Data d, @ForAll int pos, @ForAll byte xor) {
        byte[] enc = d.c().encode(d.raw());
        if (enc.length == 0 || xor == 0) {
            return;
        }
        enc[Math.floorMod(pos, enc.length)] ^= xor;
        Throwable t = catchThrowable(() -> d.c().decode(enc, d.raw().length));
        if (t != null) {
            assertThat(t).isInstanceOf(Hdf5Exception.class);
        }
    }
}

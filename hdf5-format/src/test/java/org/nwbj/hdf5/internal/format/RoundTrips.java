package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Value generators of the codec round-trip properties: jqwik picks the context (4- or 8-byte offsets and lengths)
 * and a seed; the values are drawn from the seed within what the context's field widths hold.
 */
final class RoundTrips {
    private RoundTrips() {
    }

    static Arbitrary<FormatContext> contexts() {
        return Arbitraries.of(CodecTestSupport.O4, CodecTestSupport.O8, new FormatContext(4, 8),
                new FormatContext(8, 4));
    }

    /** An unsigned value of {@code bytes} bytes (at most 63 bits, to stay a non-negative long). */
    static long uint(Random r, int bytes) {
        long v = r.nextLong() & Long.MAX_VALUE;
        return bytes >= 8 ? v : v & ((1L << (8 * bytes)) - 1);
    }

    /** A defined address below the context's undefined value. */
    static long address(Random r, FormatContext ctx) {
        return Math.min(uint(r, ctx.offsetSize()), ctx.offsetSize() >= 8 ? Long.MAX_VALUE - 1 : (1L << 32) - 2);
    }

    /** A defined address or, one time in four, the undefined address -1. */
    static long addressOrUndefined(Random r, FormatContext ctx) {
        return r.nextInt(4) == 0 ? FormatContext.UNDEFINED : address(r, ctx);
    }

    static long length(Random r, FormatContext ctx) {
        return uint(r, ctx.lengthSize());
    }

    static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    static ByteBuffer buffer(byte[] b) {
        return ByteBuffer.wrap(b);
    }
}

package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteBuffer;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.internal.engine.write.ValueEncoder;

/** Writing floats of non-IEEE layouts: known bit patterns, and the reader's conversion as the inverse. */
class NonIeeeFloatTest {
    /** bfloat16: the top half of an IEEE single. */
    static final FloatType BFLOAT16 = new FloatType(2, ByteOrderKind.LITTLE_ENDIAN, 0, 16, 15, 7, 8, 0, 7, 127, 2);
    /**
     * x87 extended precision as the C library describes its native long double: 80 bits in 16 bytes, the integer
     * bit stored (normalization "none").
     */
    static final FloatType X87 = new FloatType(16, ByteOrderKind.LITTLE_ENDIAN, 0, 80, 79, 64, 15, 0, 64, 16383, 0);

    @Test
    void knownBitPatterns() {
        assertThat(ValueEncoder.anyFloatBits(BFLOAT16, 1.0)).isEqualTo(BigInteger.valueOf(0x3f80));
        assertThat(ValueEncoder.anyFloatBits(BFLOAT16, -2.5)).isEqualTo(BigInteger.valueOf(0xc020));
        assertThat(ValueEncoder.anyFloatBits(BFLOAT16, Double.POSITIVE_INFINITY)).isEqualTo(BigInteger.valueOf(0x7f80));
        assertThat(ValueEncoder.anyFloatBits(BFLOAT16, -0.0)).isEqualTo(BigInteger.valueOf(0x8000));
        // 1 + 2^-8 is halfway between two bfloat16 values: ties to even (down to 1.0)
        assertThat(ValueEncoder.anyFloatBits(BFLOAT16, 1 + Math.scalb(1.0, -8))).isEqualTo(BigInteger.valueOf(0x3f80));
        assertThat(ValueEncoder.anyFloatBits(X87, 1.0))
                .isEqualTo(BigInteger.valueOf(0x3fff).shiftLeft(64).or(BigInteger.ONE.shiftLeft(63)));
        // sign and exponent 0xc000, mantissa 1.1 binary with its integer bit stored
        assertThat(ValueEncoder.anyFloatBits(X87, -3.0)).isEqualTo(new BigInteger("c000c000000000000000", 16));
    }

    /** Every double survives x87 exactly (64-bit mantissa, wider exponent). */
    @Property(tries = 2000)
    void x87HoldsEveryDouble(@ForAll double d) {
        assertThat(roundTrip(X87, d)).isEqualTo(d);
    }

    /** bfloat16 keeps what a float's top half keeps: the value read back is the float rounded to 8 bits. */
    @Property(tries = 2000)
    void bfloat16RoundsLikeTruncatedFloats(@ForAll float f) {
        double back = roundTrip(BFLOAT16, f);
        if (Float.isNaN(f)) {
            assertThat(back).isNaN();
        } else if (!Float.isInfinite(f) && Math.abs(f) < 3.3e38f) {
            // within half a unit of the 8-bit mantissa
            double ulp = Math.ulp(f) * 65536;
            assertThat(Math.abs(back - f)).isLessThanOrEqualTo(ulp / 2);
        }
    }

    private static double roundTrip(FloatType t, double d) {
        byte[] b = new byte[t.size()];
        BigInteger bits = ValueEncoder.anyFloatBits(t, d);
        for (int k = 0; k < t.size(); k++) {
            b[k] = (byte) bits.shiftRight(8 * k).intValue();
        }
        return ValueDecoder.floatValue(t, ByteBuffer.wrap(b), 0);
    }
}

package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.CompoundType;

/** Array dimensions, both as array datatypes and as version-1 compound members (found by fuzzing). */
class DatatypeArrayTest {
    /** A version-1 compound of one int32 member "n" with the given (up to 4) array dimensions. */
    private static ByteBuffer compoundV1(int size, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x16).put((byte) 1).put((byte) 0).put((byte) 0).putInt(size); // v1 compound, 1 member
        b.put(new byte[] {'n', 0, 0, 0, 0, 0, 0, 0}); // name, padded to 8
        b.putInt(0).put((byte) dims.length).put(new byte[3]).putInt(0).putInt(0); // offset, rank, permutation
        for (int d = 0; d < 4; d++) {
            b.putInt(d < dims.length ? (int) dims[d] : 0);
        }
        b.put((byte) 0x10).put((byte) 0x08).put((byte) 0).put((byte) 0).putInt(4); // v1 int32, signed
        b.putShort((short) 0).putShort((short) 32);
        ((java.nio.Buffer) b).flip();
        return b;
    }

    private static Object decode(ByteBuffer b) {
        return DatatypeCodec.decode(new FormatReader(b, 0, "DatatypeMessage", FormatContext.DEFAULT));
    }

    @Test
    void compoundMemberArraysAreDecoded() {
        CompoundType t = (CompoundType) decode(compoundV1(24, 2, 3));
        assertThat(t.members().get(0).type()).isInstanceOf(ArrayType.class);
        assertThat(t.members().get(0).type().size()).isEqualTo(24);
    }

    @Test
    void compoundMemberArraysWithAZeroDimensionAreRefused() {
        // 8388608 x 0: zero bytes, yet decoding one element looped 8388608 times (a fuzzer-found hang)
        assertThatThrownBy(() -> decode(compoundV1(12, 8388608, 0, 0, 0)))
                .isInstanceOf(Hdf5FormatException.class).hasMessageContaining("array datatype dimensions");
    }
}

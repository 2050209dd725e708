package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ChecksumsTest {
    @Test
    void lookup3_emptyInputIsTheInitialValue() {
        assertThat(Checksums.lookup3(new byte[0], 0, 0)).isEqualTo(0xdeadbeefL);
    }

    @Test
    void lookup3_knownVectorFromTheReferenceImplementation() {
        // hashlittle("Four score and seven years ago", 30, 0) from lookup3.c's self-test
        byte[] b = "Four score and seven years ago".getBytes(StandardCharsets.US_ASCII);
        assertThat(Checksums.lookup3(b, 0, b.length)).isEqualTo(0x17770551L);
    }

    @Test
    void lookup3_dependsOnEveryByte() {
        byte[] b = new byte[37];
        long base = Checksums.lookup3(b, 0, b.length);
        for (int i = 0; i < b.length; i++) {
            b[i] = 1;
            assertThat(Checksums.lookup3(b, 0, b.length)).as("byte %d", i).isNotEqualTo(base);
            b[i] = 0;
        }
    }
}

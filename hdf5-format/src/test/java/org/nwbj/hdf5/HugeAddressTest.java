package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nwbj.hdf5.storage.MemoryStorage;
import org.nwbj.hdf5.testing.TestFiles;

/**
 * Addresses are unsigned: only all ones is undefined, and addresses of 2^63 and above (a split file's raw member
 * starts at 2^63 - 1) are ordinary addresses that a single file does not reach. They fail as a format error
 * naming the structure and the address, never as an exception of negative long arithmetic.
 */
class HugeAddressTest {
    /** The first values of /contiguous (int32, 20 x 30, version 1 object headers: no checksums to fix). */
    private static final int[] FIRST = {74649, 44716};

    @ParameterizedTest
    @ValueSource(longs = {0x7fffffffffffffffL, 0x8000000000000000L, 0xfffffffffffffff0L})
    void contiguousDataAtAHugeAddress_failsNamingRawDataAndTheAddress(long huge) throws Exception {
        byte[] file = Files.readAllBytes(TestFiles.corpus("layout_earliest.h5"));
        ByteBuffer first = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(FIRST[0]).putInt(FIRST[1]);
        long data = indexOf(file, first.array(), 0);
        assertThat(data).isPositive();
        // the layout message holds the data address followed by the size (20 * 30 * 4 bytes)
        byte[] layout = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(data).putLong(2400).array();
        int at = indexOf(file, layout, 0);
        assertThat(at).isNotNegative();
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putLong(at, huge);
        try (Hdf5File f = Hdf5File.open(new MemoryStorage(file, "patched.h5"))) {
            Dataset d = (Dataset) f.get("/contiguous");
            assertThatThrownBy(d::readLongs).isInstanceOf(Hdf5FormatException.class)
                    .hasMessageContaining("0x" + Long.toHexString(huge));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0x8000000000000000L, 0xfffffffffffffff0L, 0xfffffffffffffffeL})
    void objectHeaderAtAHugeAddress_failsNamingTheHeaderAndTheAddress(long huge) throws Exception {
        byte[] file = Files.readAllBytes(TestFiles.corpus("layout_earliest.h5"));
        long header;
        try (Hdf5File f = Hdf5File.open(new MemoryStorage(file.clone(), "original.h5"))) {
            header = ((Dataset) f.get("/contiguous")).address();
        }
        byte[] address = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header).array();
        int patched = 0;
        for (int at = indexOf(file, address, 0); at >= 0; at = indexOf(file, address, at + 1)) {
            ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putLong(at, huge);
            patched++;
        }
        assertThat(patched).isPositive();
        try (Hdf5File f = Hdf5File.open(new MemoryStorage(file, "patched.h5"))) {
            assertThatThrownBy(() -> ((Dataset) f.get("/contiguous")).readLongs())
                    .isInstanceOf(Hdf5FormatException.class)
                    .hasMessageContaining("0x" + Long.toHexString(huge));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0x8000000000000000L, 0xffffffffffffff00L})
    void hugeAddressesPrintUnsigned_allOnesIsUnknown(long huge) {
        assertThat(new Hdf5FormatException("X", huge, "p")).hasMessage("X at 0x" + Long.toHexString(huge) + ": p");
        assertThat(new Hdf5FormatException("X", -1, "p")).hasMessage("X at (unknown address): p");
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

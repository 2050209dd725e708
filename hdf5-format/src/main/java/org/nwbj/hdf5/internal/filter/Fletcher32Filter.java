package org.nwbj.hdf5.internal.filter;

import java.util.Arrays;

import org.nwbj.hdf5.Hdf5ChecksumException;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;

/** HDF5 filter 3: appends a Fletcher-32 checksum (4 bytes, little-endian) to the chunk and verifies it on read. */
final class Fletcher32Filter implements Filter {
    static final String STRUCTURE = "fletcher32 filter";

    @Override
    public int id() {
        return 3;
    }

    @Override
    public String name() {
        return "fletcher32";
    }

    /**
     * HDF5's Fletcher-32 (H5_checksum_fletcher32): sums of 16-bit words formed big-endian from byte pairs, an odd
     * last byte counting as the high byte of a word, folded every 360 words so the 32-bit sums cannot overflow.
     */
    static int checksum(byte[] data, int len) {
        int sum1 = 0;
        int sum2 = 0;
        int words = len >>> 1;
        int i = 0;
        while (words > 0) {
            int t = Math.min(words, 360);
            words -= t;
            for (; t > 0; t--) {
                sum1 += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
                sum2 += sum1;
                i += 2;
            }
            sum1 = (sum1 & 0xffff) + (sum1 >>> 16);
            sum2 = (sum2 & 0xffff) + (sum2 >>> 16);
        }
        if ((len & 1) != 0) {
            sum1 += (data[i] & 0xff) << 8;
            sum2 += sum1;
            sum1 = (sum1 & 0xffff) + (sum1 >>> 16);
            sum2 = (sum2 & 0xffff) + (sum2 >>> 16);
        }
        sum1 = (sum1 & 0xffff) + (sum1 >>> 16);
        sum2 = (sum2 & 0xffff) + (sum2 >>> 16);
        return (sum2 << 16) | sum1;
    }

    @Override
    public byte[] decode(byte[] encoded, FilterParameters p) {
        if (encoded.length < 4) {
            throw new Hdf5FormatException(STRUCTURE, -1, "chunk of " + encoded.length
                    + " bytes is too short to hold a checksum");
        }
        int n = encoded.length - 4;
        int stored = (encoded[n] & 0xff) | (encoded[n + 1] & 0xff) << 8 | (encoded[n + 2] & 0xff) << 16
                | (encoded[n + 3] & 0xff) << 24;
        int computed = checksum(encoded, n);
        // HDF5 before 1.6.3 stored the value with the bytes of each 16-bit half swapped on little-endian hosts;
        // the C library still accepts that form, and so do we
        int reversed = ((computed & 0x00ff00ff) << 8) | ((computed >>> 8) & 0x00ff00ff);
        if (stored != computed && stored != reversed) {
            throw new Hdf5ChecksumException(STRUCTURE, -1, computed & 0xffffffffL, stored & 0xffffffffL);
        }
        return Arrays.copyOf(encoded, n);
    }

    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        byte[] out = Arrays.copyOf(raw, raw.length + 4);
        int c = checksum(raw, raw.length);
        out[raw.length] = (byte) c;
        out[raw.length + 1] = (byte) (c >>> 8);
        out[raw.length + 2] = (byte) (c >>> 16);
        out[raw.length + 3] = (byte) (c >>> 24);
        return out;
    }
}

package org.nwbj.hdf5.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nwbj.hdf5.internal.format.Checksums;

/** Byte patches of C-written test files that keep fractal heap direct block checksums valid. */
public final class FilePatches {
    private FilePatches() {
    }

    /**
     * Replaces every occurrence of {@code from} by {@code to} (same length) and re-checksums the fractal heap
     * direct blocks: each block's size and checksum field are found by matching its stored checksum first.
     */
    public static byte[] replaceAll(byte[] original, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        if (f.length != t.length) {
            throw new IllegalArgumentException("patches keep lengths: " + from + " / " + to);
        }
        byte[] file = original.clone();
        List<int[]> blocks = new ArrayList<>(); // block, size, checksum field
        byte[] sig = "FHDB".getBytes(StandardCharsets.US_ASCII);
        for (int b = indexOf(file, sig, 0); b >= 0; b = indexOf(file, sig, b + 1)) {
            int[] found = checksumLayout(file, b);
            if (found != null) {
                blocks.add(found);
            }
        }
        int n = 0;
        for (int at = indexOf(file, f, 0); at >= 0; at = indexOf(file, f, at + f.length)) {
            System.arraycopy(t, 0, file, at, t.length);
            n++;
        }
        if (n == 0) {
            throw new AssertionError(from + " not found");
        }
        for (int[] b : blocks) {
            ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(b[2], (int) checksum(file, b[0], b[1], b[2]));
        }
        return file;
    }

    private static int[] checksumLayout(byte[] file, int block) {
        for (int field = block + 14; field < block + 22 && field + 4 <= file.length; field++) {
            long stored = ByteBuffer.wrap(file, field, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
            for (int size = 64; block + size <= file.length; size *= 2) {
                if (checksum(file, block, size, field) == stored) {
                    return new int[] {block, size, field};
                }
            }
        }
        return null;
    }

    private static long checksum(byte[] file, int block, int size, int field) {
        byte[] copy = Arrays.copyOfRange(file, block, block + size);
        Arrays.fill(copy, field - block, field - block + 4, (byte) 0);
        return Checksums.lookup3(copy, 0, size);
    }

    public static int indexOf(byte[] hay, byte[] needle, int from) {
        for (int i = Math.max(0, from); i + needle.length <= hay.length; i++) {
            if (Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}

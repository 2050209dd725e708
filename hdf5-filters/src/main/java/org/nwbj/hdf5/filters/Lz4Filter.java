package org.nwbj.hdf5.filters;

import java.util.Arrays;

import org.nwbj.hdf5.filter.FilterParameters;

/**
 * HDF5 filter 32004, the HDF Group's LZ4 plug-in ({@code H5Zlz4.c}): an 8-byte big-endian decoded size, a 4-byte
 * big-endian block size, then per block a 4-byte big-endian stored size and an LZ4 block, or the block's bytes
 * as they are when compressing did not make them smaller. Client data: {@code [block size in bytes]}, 0 or absent
 * meaning the plug-in's default of 1 GiB (one block per chunk).
 */
public final class Lz4Filter extends CodecFilter {
    /** The HDF5 filter id of LZ4. */
    public static final int ID = 32004;
    private static final int DEFAULT_BLOCK = 1 << 30;

    @Override
    public int id() {
        return ID;
    }

    @Override
    public String name() {
        return "lz4";
    }

    @Override
    byte[] decodeChunk(byte[] in, FilterParameters p) {
        if (in.length < 12) {
            throw corrupt("header needs 12 bytes, found " + in.length);
        }
        long total = readLongBE(in, 0);
        int size = checkedSize(total, in.length, p);
        int blockSize = readIntBE(in, 8);
        if (blockSize <= 0 && size > 0) {
            throw corrupt("block size " + (blockSize & 0xffffffffL) + " is not positive");
        }
        byte[] out = new byte[size];
        int ip = 12;
        int op = 0;
        while (op < size) {
            int n = Math.min(blockSize, size - op);
            if (in.length - ip < 4) {
                throw corrupt("truncated at byte " + ip + ": block header of the block at decoded offset " + op);
            }
            int stored = readIntBE(in, ip);
            ip += 4;
            if (stored < 0 || stored > in.length - ip) {
                throw corrupt("block at byte " + (ip - 4) + " says " + (stored & 0xffffffffL) + " bytes, "
                        + (in.length - ip) + " remain");
            }
            if (stored == n) {
                System.arraycopy(in, ip, out, op, n);
            } else {
                Lz4Block.decompress(in, ip, ip + stored, out, op, op + n, structure());
            }
            ip += stored;
            op += n;
        }
        return out;
    }

    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        int blockSize = p.clientData(0, 0);
        if (blockSize <= 0) {
            blockSize = DEFAULT_BLOCK;
        }
        blockSize = Math.max(1, Math.min(blockSize, raw.length));
        int blocks = raw.length == 0 ? 0 : (raw.length + blockSize - 1) / blockSize;
        long cap = 12L + 4L * blocks + raw.length + (long) Lz4Block.maxCompressedLength(blockSize) - blockSize;
        byte[] out = new byte[(int) Math.min(MAX_ARRAY, cap)];
        writeLongBE(out, 0, raw.length);
        writeIntBE(out, 8, blockSize);
        int op = 12;
        byte[] scratch = new byte[Lz4Block.maxCompressedLength(blockSize)];
        for (int at = 0; at < raw.length; at += blockSize) {
            int n = Math.min(blockSize, raw.length - at);
            int c = Lz4Block.compress(raw, at, n, scratch, 0);
            if (c >= n) {
                writeIntBE(out, op, n);
                System.arraycopy(raw, at, out, op + 4, n);
                op += 4 + n;
            } else {
                writeIntBE(out, op, c);
                System.arraycopy(scratch, 0, out, op + 4, c);
                op += 4 + c;
            }
        }
        return Arrays.copyOf(out, op);
    }
}

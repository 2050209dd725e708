package org.nwbj.hdf5.filters;

import java.util.Arrays;

import org.nwbj.hdf5.filter.FilterParameters;

/**
 * HDF5 filter 32008, bitshuffle ({@code bshuf_h5filter.c}). Client data: {@code [major, minor, element size,
 * block size in elements (0: the default), compression (0 none, 2 LZ4, 3 zstd), zstd level]}. Compressed chunks
 * start with an 8-byte big-endian decoded size and a 4-byte big-endian block size in bytes, then hold per block a
 * 4-byte big-endian stored size and an LZ4 block (or zstd frame) of the bit-shuffled block. Elements past the last
 * multiple of 8 are stored as they are, after the blocks.
 */
public final class BitshuffleFilter extends CodecFilter {
    /** The HDF5 filter id of bitshuffle. */
    public static final int ID = 32008;
    static final int NONE = 0;
    static final int LZ4 = 2;
    static final int ZSTD = 3;

    @Override
    public int id() {
        return ID;
    }

    @Override
    public String name() {
        return "bitshuffle";
    }

    /** The bitshuffle library's default block: about 8 KiB of elements, a multiple of 8, at least 128. */
    static int defaultBlock(int elemSize) {
        int b = 8192 / elemSize;
        b = b / 8 * 8;
        return Math.max(b, 128);
    }

    private int elemSize(FilterParameters p) {
        int e = p.clientData(2, p.elementSize());
        if (e <= 0) {
            throw corrupt("element size " + (e & 0xffffffffL) + " in the client data is not positive");
        }
        return e;
    }

    @Override
    byte[] decodeChunk(byte[] in, FilterParameters p) {
        int elem = elemSize(p);
        int comp = p.clientData(4, NONE);
        int block = p.clientData(3, 0);
        int ip = 0;
        int size;
        if (comp == NONE) {
            size = in.length;
            if (p.chunkBytes() > 0 && size != p.chunkBytes()) {
                throw corrupt("uncompressed chunk of " + size + " bytes, the chunk holds " + p.chunkBytes());
            }
        } else {
            if (in.length < 12) {
                throw corrupt("header needs 12 bytes, found " + in.length);
            }
            size = checkedSize(readLongBE(in, 0), in.length, p);
            int blockBytes = readIntBE(in, 8);
            block = blockBytes / elem;
            ip = 12;
        }
        if (size % elem != 0) {
            throw corrupt(size + " bytes are not a whole number of " + elem + "-byte elements");
        }
        if (block == 0) {
            block = defaultBlock(elem);
        }
        if (block < 0 || block % 8 != 0) {
            throw corrupt("block size " + (block & 0xffffffffL) + " elements is not a positive multiple of 8");
        }
        int n = size / elem;
        byte[] out = new byte[size];
        int nblocks = (int) (((long) n / 8 * 8 + block - 1) / block);
        int[] starts = new int[nblocks];
        int[] ends = new int[nblocks];
        // the block sizes chain the blocks together: find them in order, then decode the blocks in parallel
        for (int j = 0; j < nblocks; j++) {
            int e = j * block;
            int count = Math.min(block, (n - e) / 8 * 8);
            if (comp == NONE) {
                ip = e * elem + count * elem;
                continue;
            }
            if (in.length - ip < 4) {
                throw corrupt("truncated at byte " + ip + " before the block of element " + e);
            }
            int stored = readIntBE(in, ip);
            ip += 4;
            if (stored < 0 || stored > in.length - ip) {
                throw corrupt("block at byte " + (ip - 4) + " says " + (stored & 0xffffffffL) + " bytes, "
                        + (in.length - ip) + " remain");
            }
            starts[j] = ip;
            ends[j] = ip + stored;
            ip += stored;
        }
        if (comp != NONE && comp != LZ4 && comp != ZSTD) {
            throw corrupt("compression " + comp + " in the client data is not 0 (none), 2 (lz4) or 3 (zstd)");
        }
        final int blockElems = block;
        forEachBlock(nblocks, size, j -> {
            int e = j * blockElems;
            int count = Math.min(blockElems, (n - e) / 8 * 8);
            int bytes = count * elem;
            int op = e * elem;
            if (comp == NONE) {
                BitTranspose.unshuffle(in, op, out, op, count, elem);
                return;
            }
            byte[] tmp = scratch(0, bytes);
            if (comp == LZ4) {
                Lz4Block.decompress(in, starts[j], ends[j], tmp, 0, bytes, structure());
            } else {
                ZstdDecoder.decompressFrame(in, starts[j], ends[j], tmp, 0, bytes, structure());
            }
            BitTranspose.unshuffle(tmp, 0, out, op, count, elem);
        });
        int e = nblocks == 0 ? 0 : n / 8 * 8;
        int rest = (n - e) * elem;
        if (in.length - ip < rest) {
            throw corrupt("truncated: " + rest + " bytes of trailing elements expected at byte " + ip);
        }
        System.arraycopy(in, ip, out, e * elem, rest);
        if (comp != NONE && ip + rest != in.length) {
            throw corrupt((in.length - ip - rest) + " bytes left over after the last block");
        }
        return out;
    }

    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        int elem = elemSize(p);
        int comp = p.clientData(4, NONE);
        int block = p.clientData(3, 0);
        if (block == 0) {
            block = defaultBlock(elem);
        }
        if (block < 0 || block % 8 != 0) {
            throw new IllegalArgumentException("bitshuffle block size must be a positive multiple of 8, not " + block);
        }
        if (comp != NONE && comp != LZ4 && comp != ZSTD) {
            throw new IllegalArgumentException("bitshuffle compression must be 0, 2 (lz4) or 3 (zstd), not " + comp);
        }
        int level = p.clientData(5, 3);
        if (raw.length % elem != 0) {
            throw new IllegalArgumentException(raw.length + " bytes are not whole " + elem + "-byte elements");
        }
        int n = raw.length / elem;
        int nblocks = (int) (((long) n / 8 * 8 + block - 1) / block);
        int maxBlockBytes = (int) Math.min(raw.length, (long) block * elem);
        int slot = 4 + Math.max(Lz4Block.maxCompressedLength(maxBlockBytes),
                ZstdEncoder.maxCompressedLength(maxBlockBytes));
        long cap = comp == NONE ? raw.length : 12L + (long) nblocks * slot + (long) elem * 8;
        if (cap > MAX_ARRAY) {
            throw new IllegalArgumentException("a bitshuffle chunk of " + raw.length + " bytes is too large");
        }
        final int blockElems = block;
        byte[] out;
        int op;
        boolean reused = false;
        if (comp == NONE) {
            out = new byte[raw.length];
            forEachBlock(nblocks, raw.length, j -> {
                int e = j * blockElems;
                BitTranspose.shuffle(raw, e * elem, out, e * elem, Math.min(blockElems, (n - e) / 8 * 8), elem);
            });
            op = (int) Math.min(raw.length, (long) n / 8 * 8 * elem);
        } else if (!parallel(nblocks, raw.length)) {
            // in order, each block compressed in place behind the last: one output, no slots to close up
            out = output((int) cap);
            reused = true;
            op = 12;
            for (int j = 0; j < nblocks; j++) {
                op = encodeBlock(raw, j, blockElems, n, elem, comp, level, out, op);
            }
        } else {
            // every block into its own slot in parallel, then the slots are closed up in order
            out = new byte[(int) cap];
            int[] ends = new int[nblocks];
            forEachBlock(nblocks, raw.length, j -> ends[j] = encodeBlock(raw, j, blockElems, n, elem, comp, level,
                    out, 12 + j * slot));
            op = 12;
            for (int j = 0; j < nblocks; j++) {
                int size = ends[j] - (12 + j * slot);
                System.arraycopy(out, 12 + j * slot, out, op, size);
                op += size;
            }
        }
        if (comp != NONE) {
            writeLongBE(out, 0, raw.length);
            writeIntBE(out, 8, block * elem);
        }
        int e = nblocks == 0 ? 0 : n / 8 * 8;
        int rest = (n - e) * elem;
        System.arraycopy(raw, e * elem, out, op, rest);
        op += rest;
        return op == out.length && !reused ? out : Arrays.copyOf(out, op);
    }

    /** Bit-shuffles block {@code j}, compresses it into {@code out} at {@code at} behind its size; returns the end. */
    private static int encodeBlock(byte[] raw, int j, int blockElems, int n, int elem, int comp, int level, byte[] out,
            int at) {
        int e = j * blockElems;
        int count = Math.min(blockElems, (n - e) / 8 * 8);
        int bytes = count * elem;
        byte[] tmp = scratch(0, bytes);
        BitTranspose.shuffle(raw, e * elem, tmp, 0, count, elem);
        int c = comp == LZ4 ? Lz4Block.compress(tmp, 0, bytes, out, at + 4)
                : ZstdEncoder.compress(tmp, 0, bytes, out, at + 4, level);
        writeIntBE(out, at, c);
        return at + 4 + c;
    }
}

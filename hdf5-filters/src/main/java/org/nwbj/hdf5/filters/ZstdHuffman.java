package org.nwbj.hdf5.filters;

import org.nwbj.hdf5.Hdf5FormatException;

/** Zstandard's Huffman literals (RFC 8878 section 4.2): the tree description and a single-symbol decoding table. */
final class ZstdHuffman {
    private static final int MAX_BITS = 11;
    final int maxBits;
    final byte[] symbol;
    final byte[] nbBits;

    private ZstdHuffman(int maxBits) {
        this.maxBits = maxBits;
        symbol = new byte[1 << maxBits];
        nbBits = new byte[1 << maxBits];
    }

    /** Reads a tree description at {@code in[at..end)}; stores the bytes used in {@code used[0]}. */
    static ZstdHuffman read(byte[] in, int at, int end, int[] used, String structure) {
        if (at >= end) {
            throw corrupt(structure, "zstd Huffman tree description truncated");
        }
        int header = in[at] & 0xff;
        int[] weights = new int[256];
        int count;
        if (header < 128) {
            // FSE-compressed weights in the next header bytes
            if (at + 1 + header > end || header == 0) {
                throw corrupt(structure, "zstd Huffman weights of " + header + " bytes truncated");
            }
            int[] fseUsed = new int[1];
            ZstdFse t = ZstdFse.read(in, at + 1, at + 1 + header, 255, 6, fseUsed, structure);
            ZstdBits bits = new ZstdBits(in, at + 1 + fseUsed[0], at + 1 + header, structure);
            int s1 = bits.read(t.accuracyLog);
            int s2 = bits.read(t.accuracyLog);
            count = 0;
            while (true) {
                if (count > 253) {
                    throw corrupt(structure, "zstd Huffman weights exceed 255 symbols");
                }
                weights[count++] = t.symbol[s1];
                s1 = t.newState[s1] + bits.read(t.nbBits[s1]);
                if (bits.overflowed()) {
                    weights[count++] = t.symbol[s2];
                    break;
                }
                weights[count++] = t.symbol[s2];
                s2 = t.newState[s2] + bits.read(t.nbBits[s2]);
                if (bits.overflowed()) {
                    weights[count++] = t.symbol[s1];
                    break;
                }
            }
            used[0] = 1 + header;
        } else {
            count = header - 127;
            int bytes = (count + 1) / 2;
            if (at + 1 + bytes > end) {
                throw corrupt(structure, "zstd Huffman weights truncated");
            }
            for (int i = 0; i < count; i++) {
                int b = in[at + 1 + i / 2] & 0xff;
                weights[i] = i % 2 == 0 ? b >>> 4 : b & 15;
            }
            used[0] = 1 + bytes;
        }
        long total = 0;
        for (int i = 0; i < count; i++) {
            if (weights[i] > MAX_BITS) {
                throw corrupt(structure, "zstd Huffman weight " + weights[i] + " above " + MAX_BITS);
            }
            if (weights[i] > 0) {
                total += 1L << (weights[i] - 1);
            }
        }
        if (total == 0) {
            throw corrupt(structure, "zstd Huffman weights are all zero");
        }
        int maxBits = 64 - Long.numberOfLeadingZeros(total);
        long rest = (1L << maxBits) - total;
        if (maxBits > MAX_BITS || Long.bitCount(rest) != 1) {
            throw corrupt(structure, "zstd Huffman weights do not sum to a power of 2");
        }
        weights[count++] = 64 - Long.numberOfLeadingZeros(rest);
        ZstdHuffman h = new ZstdHuffman(maxBits);
        int[] rankCount = new int[maxBits + 2];
        for (int i = 0; i < count; i++) {
            rankCount[weights[i]]++;
        }
        int[] rankStart = new int[maxBits + 2];
        int next = 0;
        for (int w = 1; w <= maxBits; w++) {
            rankStart[w] = next;
            next += rankCount[w] << (w - 1);
        }
        for (int s = 0; s < count; s++) {
            int w = weights[s];
            if (w == 0) {
                continue;
            }
            int len = 1 << (w - 1);
            int from = rankStart[w];
            for (int u = from; u < from + len; u++) {
                h.symbol[u] = (byte) s;
                h.nbBits[u] = (byte) (maxBits + 1 - w);
            }
            rankStart[w] += len;
        }
        return h;
    }

    /** Decodes {@code n} symbols of one stream {@code in[at, end)} into {@code out[op..]}. */
    void decodeStream(byte[] in, int at, int end, byte[] out, int op, int n, String structure) {
        ZstdBits bits = new ZstdBits(in, at, end, structure);
        for (int i = 0; i < n; i++) {
            int v = bits.peek(maxBits);
            out[op + i] = symbol[v];
            bits.skip(nbBits[v]);
        }
        if (!bits.finished()) {
            throw corrupt(structure, "zstd Huffman stream not consumed exactly");
        }
    }

    private static Hdf5FormatException corrupt(String structure, String problem) {
        return new Hdf5FormatException(structure, -1, problem);
    }
}

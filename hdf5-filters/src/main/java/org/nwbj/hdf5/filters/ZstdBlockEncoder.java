package org.nwbj.hdf5.filters;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * One zstd compressed block (RFC 8878 section 3.1.1.3): matches from a hash matcher with one step of lazy
 * evaluation over the whole frame (single-segment frames: the window is the content) and the three repeat offsets, sequences coded with the predefined FSE tables, literals
 * Huffman-coded (weights stored directly or FSE-compressed) when that is smaller, else stored raw.
 */
final class ZstdBlockEncoder {
    private static final int MIN_MATCH = 4;
    private static final int HASH_BITS = 16;
    /** The predefined offset table codes up to 28: offsets + 3 below 2^29. */
    private static final int MAX_OFFSET = (1 << 28) - 4;
    private static final int MAX_HUFFMAN_BITS = 11;
    private static final int[][] LL_ENC = encodingTable(ZstdDecoder.LL_TABLE, ZstdDecoder.LL_DEFAULT.length);
    private static final int[][] ML_ENC = encodingTable(ZstdDecoder.ML_TABLE, ZstdDecoder.ML_DEFAULT.length);
    private static final int[][] OF_ENC = encodingTable(ZstdDecoder.OF_TABLE, ZstdDecoder.OF_DEFAULT.length);

    private final byte[] src;
    private final int frameStart;
    private final ByteBuffer in;
    private final int hashShift;
    private final int[] table;
    /** The repeat offsets as the decoder will hold them, carried from block to block of the frame. */
    private final int[] rep = {1, 4, 8};
    // the sequences of the current block
    private int[] litLen = new int[256];
    private int[] offset = new int[256];
    private int[] matchLen = new int[256];
    private int count;
    private byte[] literals = new byte[256];
    private int litCount;

    ZstdBlockEncoder(byte[] src, int frameStart, int frameLength) {
        // a table about the size of the content: clearing 256 KiB for an 8 KiB bitshuffle block would dominate
        int bits = Math.max(10, Math.min(HASH_BITS, 33 - Integer.numberOfLeadingZeros(Math.max(1, frameLength))));
        hashShift = 32 - bits;
        table = new int[1 << bits];
        this.src = src;
        this.frameStart = frameStart;
        this.in = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN);
        Arrays.fill(table, -1);
    }

    /**
     * Compresses the block {@code src[from, to)} into {@code dst} at {@code dp}; returns the block content's size,
     * or -1 when it would not be smaller than {@code limit} bytes (the caller then stores the block raw).
     */
    int compress(int from, int to, byte[] dst, int dp, int limit) {
        // a block stored raw carries no sequences: the decoder's repeat offsets stay as they were before it
        int[] saved = rep.clone();
        findSequences(from, to);
        byte[] out = new byte[limit + 64];
        int op = writeLiterals(out, 0);
        if (op >= 0 && op < limit) {
            op = writeSequences(out, op);
        }
        if (op < 0 || op >= limit) {
            System.arraycopy(saved, 0, rep, 0, 3);
            return -1;
        }
        System.arraycopy(out, 0, dst, dp, op);
        return op;
    }

    /** The length of the match of {@code ip} with {@code ref} (both before {@code to}), 0 below MIN_MATCH. */
    private int matchLength(int ip, int ref, int to) {
        if (ref < frameStart || ref >= ip || ip + MIN_MATCH > to || in.getInt(ref) != in.getInt(ip)) {
            return 0;
        }
        int len = MIN_MATCH;
        while (ip + len + 8 <= to) {
            long diff = in.getLong(ref + len) ^ in.getLong(ip + len);
            if (diff != 0) {
                return len + (Long.numberOfTrailingZeros(diff) >>> 3);
            }
            len += 8;
        }
        while (ip + len < to && src[ref + len] == src[ip + len]) {
            len++;
        }
        return len;
    }

    /**
     * What a match is worth in bits: about 6 per literal byte it replaces (literals are Huffman-coded), less the
     * sequence's codes in the predefined tables and the offset's bits (a repeat offset's are almost none). Tuned on
     * the benchmarks' noisy image stack, where a shorter match costs more than the literals it replaces.
     */
    private static int gain(int len, int off, boolean repeat) {
        int offBits = repeat ? 2 : 32 - Integer.numberOfLeadingZeros(off + 3);
        return len * 6 - offBits - (repeat ? 20 : 26);
    }

    /** The best match at {@code ip}: repeat offsets first (cheap), then the hash candidate; {len, off, gain}. */
    private void bestMatch(int ip, int to, int[] best) {
        best[0] = 0;
        best[1] = 0;
        best[2] = 0;
        for (int r = 0; r < 3; r++) {
            int off = rep[r];
            int len = matchLength(ip, ip - off, to);
            int g = len == 0 ? 0 : gain(len, off, true);
            if (g > best[2]) {
                best[0] = len;
                best[1] = off;
                best[2] = g;
            }
        }
        int seq = in.getInt(ip);
        int h = (seq * -1640531535) >>> hashShift;
        int ref = table[h];
        table[h] = ip;
        if (ref >= frameStart && ip - ref <= MAX_OFFSET) {
            int off = ip - ref;
            int len = matchLength(ip, ref, to);
            int g = len == 0 ? 0 : gain(len, off, off == rep[0] || off == rep[1] || off == rep[2]);
            if (g > best[2]) {
                best[0] = len;
                best[1] = off;
                best[2] = g;
            }
        }
    }

    /**
     * Greedy matching with one step of lazy evaluation: a match found at {@code ip} is taken unless the next
     * position has a better one (then {@code ip} becomes a literal). Repeat offsets are tried at every position.
     */
    private void findSequences(int from, int to) {
        count = 0;
        litCount = 0;
        int anchor = from;
        int ip = from;
        int mfLimit = to - 8;
        int[] best = new int[3];
        int[] next = new int[3];
        while (ip < mfLimit) {
            bestMatch(ip, to, best);
            // a short match far back saves less than its sequence costs
            if (best[2] <= 0) {
                ip++;
                continue;
            }
            while (ip + 1 < mfLimit) {
                bestMatch(ip + 1, to, next);
                if (next[2] <= best[2] + 8) {
                    break; // the later match must save more than the literal it costs
                }
                ip++;
                System.arraycopy(next, 0, best, 0, 3);
            }
            int len = best[0];
            int off = best[1];
            while (ip > anchor && ip - off > frameStart && src[ip - 1] == src[ip - off - 1]) {
                ip--;
                len++;
            }
            addSequence(anchor, ip - anchor, off, len);
            ip += len;
            anchor = ip;
            if (ip - 2 >= from && ip + 4 <= to) {
                table[(in.getInt(ip - 2) * -1640531535) >>> hashShift] = ip - 2;
            }
        }
        addLiterals(anchor, to - anchor);
    }

    /**
     * Adds a sequence; its offset is stored as the Offset_Value the decoder reads (RFC 8878 3.1.1.5): 1-3 for the
     * repeat offsets (shifted by one when there are no literals), else the offset + 3; the repeat offsets then
     * change as the decoder changes them.
     */
    private void addSequence(int at, int lits, int off, int len) {
        if (count == litLen.length) {
            litLen = Arrays.copyOf(litLen, 2 * count);
            offset = Arrays.copyOf(offset, 2 * count);
            matchLen = Arrays.copyOf(matchLen, 2 * count);
        }
        int value;
        if (lits > 0) {
            value = off == rep[0] ? 1 : off == rep[1] ? 2 : off == rep[2] ? 3 : off + 3;
        } else {
            value = off == rep[1] ? 1 : off == rep[2] ? 2 : off == rep[0] - 1 ? 3 : off + 3;
        }
        if (value > 3) {
            rep[2] = rep[1];
            rep[1] = rep[0];
            rep[0] = off;
        } else {
            int idx = value - 1 + (lits == 0 ? 1 : 0);
            if (idx != 0) {
                if (idx != 1) {
                    rep[2] = rep[1];
                }
                rep[1] = rep[0];
                rep[0] = off;
            }
        }
        litLen[count] = lits;
        offset[count] = value;
        matchLen[count] = len;
        count++;
        addLiterals(at, lits);
    }

    private void addLiterals(int at, int n) {
        if (litCount + n > literals.length) {
            literals = Arrays.copyOf(literals, Math.max(2 * literals.length, litCount + n));
        }
        System.arraycopy(src, at, literals, litCount, n);
        litCount += n;
    }

    // ---- literals section ----

    private int writeLiterals(byte[] out, int op) {
        int[] freq = new int[256];
        int maxSym = 0;
        for (int i = 0; i < litCount; i++) {
            int s = literals[i] & 0xff;
            freq[s]++;
            maxSym = Math.max(maxSym, s);
        }
        int distinct = 0;
        for (int f : freq) {
            distinct += f > 0 ? 1 : 0;
        }
        if (litCount > 0 && distinct == 1) {
            op = literalsHeader(out, op, 1, litCount);
            out[op++] = literals[0];
            return op;
        }
        if (litCount >= 64 && litCount < (1 << 18)) {
            int h = huffmanLiterals(out, op, freq, maxSym);
            if (h > 0) {
                return h;
            }
        }
        op = literalsHeader(out, op, 0, litCount);
        if (op + litCount > out.length) {
            return -1;
        }
        System.arraycopy(literals, 0, out, op, litCount);
        return op + litCount;
    }

    /** A raw (type 0) or RLE (type 1) literals header. */
    private static int literalsHeader(byte[] out, int op, int type, int n) {
        if (n < 32) {
            out[op++] = (byte) (type | n << 3);
        } else if (n < 4096) {
            out[op++] = (byte) (type | 1 << 2 | (n & 15) << 4);
            out[op++] = (byte) (n >>> 4);
        } else {
            out[op++] = (byte) (type | 3 << 2 | (n & 15) << 4);
            out[op++] = (byte) (n >>> 4);
            out[op++] = (byte) (n >>> 12);
        }
        return op;
    }

    /** Huffman-coded literals in one (up to 1023) or four streams; -1 when they do not fit. */
    private int huffmanLiterals(byte[] out, int start, int[] freq, int maxSym) {
        int[] len = ZstdHuffmanCodes.lengths(freq, maxSym + 1, MAX_HUFFMAN_BITS);
        int maxBits = 0;
        for (int l : len) {
            maxBits = Math.max(maxBits, l);
        }
        int[] code = ZstdHuffmanCodes.codes(len, maxBits);
        boolean four = litCount > 1023;
        int sizeFormat = !four ? 0 : litCount < 1024 ? 1 : litCount < 16384 ? 2 : 3;
        int hs = sizeFormat <= 1 ? 3 : sizeFormat == 2 ? 4 : 5;
        int op = start + hs;
        // the tree: the weights of symbols 0..maxSym-1, the last one implied
        int[] weights = new int[maxSym];
        for (int i = 0; i < maxSym; i++) {
            weights[i] = len[i] == 0 ? 0 : maxBits + 1 - len[i];
        }
        op = ZstdHuffmanCodes.writeWeights(weights, maxSym, out, op);
        if (op < 0) {
            return -1;
        }
        if (!four) {
            op = huffmanStream(out, op, 0, litCount, code, len);
        } else {
            int per = (litCount + 3) / 4;
            int jump = op;
            op += 6;
            for (int s = 0; s < 4 && op > 0; s++) {
                int from = s * per;
                int n = s < 3 ? per : litCount - 3 * per;
                int before = op;
                op = huffmanStream(out, op, from, n, code, len);
                if (op > 0 && s < 3) {
                    int size = op - before;
                    if (size > 0xffff) {
                        return -1;
                    }
                    out[jump + 2 * s] = (byte) size;
                    out[jump + 2 * s + 1] = (byte) (size >>> 8);
                }
            }
        }
        if (op < 0) {
            return -1;
        }
        int comp = op - start - hs;
        int bitsEach = hs == 3 ? 10 : hs == 4 ? 14 : 18;
        if (comp >= (1 << bitsEach) || comp >= litCount) {
            return -1;
        }
        long v = 2 | (long) sizeFormat << 2 | (long) litCount << 4 | (long) comp << (4 + bitsEach);
        for (int i = 0; i < hs; i++) {
            out[start + i] = (byte) (v >>> (8 * i));
        }
        return op;
    }

    /** One backward Huffman stream of {@code literals[from, from + n)}: the last literal is written first. */
    private int huffmanStream(byte[] out, int op, int from, int n, int[] code, int[] len) {
        BitWriter w = new BitWriter(out, op);
        for (int i = from + n - 1; i >= from; i--) {
            int s = literals[i] & 0xff;
            if (!w.add(code[s], len[s])) {
                return -1;
            }
        }
        return w.finish();
    }

    // ---- sequences section ----

    private int writeSequences(byte[] out, int op) {
        if (out.length - op < 4) {
            return -1;
        }
        if (count < 128) {
            out[op++] = (byte) count;
        } else if (count < 0x7F00) {
            out[op++] = (byte) ((count >>> 8) + 128);
            out[op++] = (byte) count;
        } else {
            out[op++] = (byte) 255;
            out[op++] = (byte) (count - 0x7F00);
            out[op++] = (byte) ((count - 0x7F00) >>> 8);
        }
        if (count == 0) {
            return op;
        }
        out[op++] = 0; // predefined tables for all three
        int n = count;
        int[] llCode = new int[n];
        int[] mlCode = new int[n];
        int[] ofCode = new int[n];
        for (int i = 0; i < n; i++) {
            llCode[i] = code(ZstdDecoder.LL_BASE, litLen[i]);
            mlCode[i] = code(ZstdDecoder.ML_BASE, matchLen[i]);
            ofCode[i] = 31 - Integer.numberOfLeadingZeros(offset[i]);
        }
        BitWriter w = new BitWriter(out, op);
        // the decoder reads the states of the last sequence last: start there and walk back to the first
        int llState = firstState(LL_ENC[llCode[n - 1]]);
        int mlState = firstState(ML_ENC[mlCode[n - 1]]);
        int ofState = firstState(OF_ENC[ofCode[n - 1]]);
        for (int i = n - 1; i >= 0; i--) {
            if (i < n - 1) {
                // the transitions the decoder makes after sequence i, in reverse of its order (ll, ml, of)
                int nextOf = ofState;
                int nextMl = mlState;
                int nextLl = llState;
                ofState = OF_ENC[ofCode[i]][nextOf];
                mlState = ML_ENC[mlCode[i]][nextMl];
                llState = LL_ENC[llCode[i]][nextLl];
                w.add(nextOf - ZstdDecoder.OF_TABLE.newState[ofState], ZstdDecoder.OF_TABLE.nbBits[ofState]);
                w.add(nextMl - ZstdDecoder.ML_TABLE.newState[mlState], ZstdDecoder.ML_TABLE.nbBits[mlState]);
                w.add(nextLl - ZstdDecoder.LL_TABLE.newState[llState], ZstdDecoder.LL_TABLE.nbBits[llState]);
            }
            w.add(litLen[i] - ZstdDecoder.LL_BASE[llCode[i]], ZstdDecoder.LL_BITS[llCode[i]]);
            w.add(matchLen[i] - ZstdDecoder.ML_BASE[mlCode[i]], ZstdDecoder.ML_BITS[mlCode[i]]);
            w.add(offset[i] - (1 << ofCode[i]), ofCode[i]);
        }
        w.add(mlState, ZstdDecoder.ML_TABLE.accuracyLog);
        w.add(ofState, ZstdDecoder.OF_TABLE.accuracyLog);
        w.add(llState, ZstdDecoder.LL_TABLE.accuracyLog);
        return w.finish();
    }

    /** The largest code whose baseline is at most {@code v}. */
    private static int code(int[] base, int v) {
        int lo = 0;
        int hi = base.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (base[mid] <= v) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static int firstState(int[] enc) {
        return enc[0];
    }

    /**
     * For each symbol, the decoder state that decodes it and moves to a given next state: the states of a symbol
     * split the table into the ranges {@code [newState, newState + 2^nbBits)}.
     */
    private static int[][] encodingTable(ZstdFse t, int symbols) {
        int size = 1 << t.accuracyLog;
        int[][] enc = new int[symbols][];
        for (int u = 0; u < size; u++) {
            int s = t.symbol[u];
            if (enc[s] == null) {
                enc[s] = new int[size];
            }
            for (int x = t.newState[u]; x < t.newState[u] + (1 << t.nbBits[u]); x++) {
                enc[s][x] = u;
            }
        }
        return enc;
    }

    /** A backward bit stream's writer: values appended low bits first, closed by a 1 bit and padding. */
    static final class BitWriter {
        private final byte[] out;
        private int op;
        private long acc;
        private int bits;
        private boolean full;

        BitWriter(byte[] out, int op) {
            this.out = out;
            this.op = op;
        }

        boolean add(int value, int n) {
            acc |= (value & ((1L << n) - 1)) << bits;
            bits += n;
            while (bits >= 8) {
                if (op >= out.length) {
                    full = true;
                    bits = 0;
                    return false;
                }
                out[op++] = (byte) acc;
                acc >>>= 8;
                bits -= 8;
            }
            return !full;
        }

        /** Writes the end marker; returns the position after the stream, or -1 when it did not fit. */
        int finish() {
            add(1, 1);
            if (bits > 0) {
                if (op >= out.length) {
                    return -1;
                }
                out[op++] = (byte) acc;
            }
            return full ? -1 : op;
        }
    }
}

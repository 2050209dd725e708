package org.nwbj.hdf5.filters;

import java.util.PriorityQueue;

/** Code lengths and zstd's canonical codes for Huffman-coded literals (what {@link ZstdHuffman} decodes). */
final class ZstdHuffmanCodes {
    private ZstdHuffmanCodes() {
    }

    /**
     * Huffman code lengths of symbols 0..symbols-1 (0 for absent ones), at most {@code maxBits}: when the tree is
     * deeper, the counts are halved (kept above zero) and the tree is built again. Needs two or more symbols.
     */
    static int[] lengths(int[] freq, int symbols, int maxBits) {
        long[] f = new long[symbols];
        for (int s = 0; s < symbols; s++) {
            f[s] = freq[s];
        }
        while (true) {
            int[] len = build(f);
            int max = 0;
            for (int l : len) {
                max = Math.max(max, l);
            }
            if (max <= maxBits) {
                return len;
            }
            for (int s = 0; s < symbols; s++) {
                if (f[s] > 0) {
                    f[s] = (f[s] >>> 1) | 1;
                }
            }
        }
    }

    private static int[] build(long[] f) {
        int n = f.length;
        // nodes 0..n-1 are leaves; parents are added after them
        long[] weight = new long[2 * n];
        int[] parent = new int[2 * n];
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : Long.compare(a[1], b[1]));
        for (int s = 0; s < n; s++) {
            if (f[s] > 0) {
                weight[s] = f[s];
                queue.add(new long[] {f[s], s});
            }
        }
        int next = n;
        while (queue.size() > 1) {
            long[] a = queue.poll();
            long[] b = queue.poll();
            weight[next] = a[0] + b[0];
            parent[(int) a[1]] = next;
            parent[(int) b[1]] = next;
            queue.add(new long[] {weight[next], next});
            next++;
        }
        int root = next - 1;
        int[] depth = new int[2 * n];
        int[] len = new int[n];
        for (int node = root - 1; node >= 0; node--) {
            if (node >= n || f[node] > 0) {
                depth[node] = depth[parent[node]] + 1;
            }
        }
        for (int s = 0; s < n; s++) {
            len[s] = f[s] > 0 ? depth[s] : 0;
        }
        return len;
    }

    /**
     * The codes {@link ZstdHuffman#read} assigns: table slots filled by increasing weight ({@code maxBits + 1 -
     * length}), symbols in order within a weight; a code is its first slot's index shifted down by {@code weight - 1}.
     */
    static int[] codes(int[] len, int maxBits) {
        int[] rankCount = new int[maxBits + 2];
        for (int l : len) {
            if (l > 0) {
                rankCount[maxBits + 1 - l]++;
            }
        }
        int[] rankStart = new int[maxBits + 2];
        int next = 0;
        for (int w = 1; w <= maxBits; w++) {
            rankStart[w] = next;
            next += rankCount[w] << (w - 1);
        }
        int[] code = new int[len.length];
        for (int s = 0; s < len.length; s++) {
            if (len[s] == 0) {
                continue;
            }
            int w = maxBits + 1 - len[s];
            code[s] = rankStart[w] >>> (w - 1);
            rankStart[w] += 1 << (w - 1);
        }
        return code;
    }

    /**
     * Writes the tree description of {@code weights[0, n)} (the last symbol's weight is implied): 4 bits each when
     * {@code n <= 128}, else FSE-compressed (accuracy log 6, two interleaved states); -1 when it cannot be written.
     */
    static int writeWeights(int[] weights, int n, byte[] out, int op) {
        if (n <= 128) {
            out[op++] = (byte) (127 + n);
            for (int i = 0; i < n; i += 2) {
                out[op++] = (byte) (weights[i] << 4 | (i + 1 < n ? weights[i + 1] : 0));
            }
            return op;
        }
        final int log = 6;
        final int size = 1 << log;
        int[] cnt = new int[13];
        int last = 0;
        for (int i = 0; i < n; i++) {
            cnt[weights[i]]++;
            last = Math.max(last, weights[i]);
        }
        short[] norm = new short[last + 1];
        int sum = 0;
        int big = 0;
        for (int w = 0; w <= last; w++) {
            if (cnt[w] > 0) {
                norm[w] = (short) Math.max(1, (long) cnt[w] * size / n);
                sum += norm[w];
                if (cnt[w] > cnt[big]) {
                    big = w;
                }
            }
        }
        norm[big] += size - sum;
        if (norm[big] < 1 || norm[big] >= size) {
            return -1; // one weight only (or a degenerate spread): the stream could not mark its end
        }
        ZstdFse t = ZstdFse.build(norm, last + 1, log, "zstd encoder");
        int[][] enc = new int[last + 1][];
        for (int u = 0; u < size; u++) {
            int sym = t.symbol[u];
            if (enc[sym] == null) {
                enc[sym] = new int[size];
            }
            for (int x = t.newState[u]; x < t.newState[u] + (1 << t.nbBits[u]); x++) {
                enc[sym][x] = u;
            }
        }
        int start = op;
        op++; // the header byte: the compressed size, written last
        op = writeTable(norm, last, log, out, op);
        // the decoder stops when the update after weight n-2 reads past the stream: that state must read bits
        int[] state = new int[n];
        state[n - 1] = enc[weights[n - 1]][0];
        state[n - 2] = -1;
        for (int u = 0; u < size; u++) {
            if (t.symbol[u] == weights[n - 2] && t.nbBits[u] > 0) {
                state[n - 2] = u;
                break;
            }
        }
        if (state[n - 2] < 0) {
            return -1;
        }
        ZstdBlockEncoder.BitWriter bw = new ZstdBlockEncoder.BitWriter(out, op);
        for (int k = n - 3; k >= 0; k--) {
            int next = state[k + 2];
            state[k] = enc[weights[k]][next];
            bw.add(next - t.newState[state[k]], t.nbBits[state[k]]);
        }
        bw.add(state[1], log);
        bw.add(state[0], log);
        op = bw.finish();
        if (op < 0 || op - start - 1 > 127) {
            return -1;
        }
        out[start] = (byte) (op - start - 1);
        return op;
    }

    /** An FSE table description (the reverse of {@link ZstdFse#read}): forward little-endian bits. */
    private static int writeTable(short[] norm, int last, int log, byte[] out, int op) {
        long acc = log - 5;
        int bits = 4;
        int remaining = (1 << log) + 1;
        int threshold = 1 << log;
        int nb = log + 1;
        int sym = 0;
        while (remaining > 1) {
            int value = norm[sym] + 1;
            int max = (2 * threshold - 1) - remaining;
            if (value < max) {
                acc |= (long) value << bits;
                bits += nb - 1;
            } else {
                acc |= (long) (value >= threshold ? value + max : value) << bits;
                bits += nb;
            }
            remaining -= Math.abs(norm[sym]);
            if (norm[sym] == 0) {
                int zeros = 0;
                while (sym + 1 + zeros <= last && norm[sym + 1 + zeros] == 0) {
                    zeros++;
                }
                sym += zeros;
                while (zeros >= 3) {
                    acc |= 3L << bits;
                    bits += 2;
                    zeros -= 3;
                }
                acc |= (long) zeros << bits;
                bits += 2;
            }
            sym++;
            while (remaining < threshold) {
                nb--;
                threshold >>= 1;
            }
            while (bits >= 8) {
                out[op++] = (byte) acc;
                acc >>>= 8;
                bits -= 8;
            }
        }
        if (bits > 0) {
            out[op++] = (byte) acc;
        }
        return op;
    }
}

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
}

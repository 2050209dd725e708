package org.nwbj.hdf5.internal.filter;

import java.util.Arrays;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * Filter 32000: LZF as registered by h5py. Client data: [0] h5py filter version, [1] LZF version, [2] chunk size
 * in bytes. The stored chunk is one raw LZF block without header.
 */
final class LzfFilter implements Filter {
    static final String STRUCTURE = "lzf filter";
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;
    private static final int MAX_LITERAL = 32;
    private static final int MAX_OFFSET = 1 << 13;
    private static final int MAX_MATCH = (1 << 8) + (1 << 3); // 264: 7 + 255 + 2
    private static final int HASH_LOG = 14;

    @Override
    public int id() {
        return 32000;
    }

    @Override
    public String name() {
        return "lzf";
    }

    @Override
    public byte[] decode(byte[] encoded, FilterParameters p) {
        // h5py sizes the output from client data [2] (the chunk size) and grows it on E2BIG; an LZF stream expands
        // at most 264/2 = 132 times, which bounds the growth without trusting any stored size
        int hint = p.chunkBytes() > 0 ? p.chunkBytes() : p.clientData(2, 0);
        long maxOut = Math.min(MAX_ARRAY, encoded.length * 132L + 1);
        int size = hint > 0 ? (int) Math.min(hint, maxOut) : (int) Math.min(maxOut, Math.max(64, encoded.length * 4L));
        byte[] out = new byte[size];
        int ip = 0;
        int op = 0;
        int in = encoded.length;
        while (ip < in) {
            int ctrl = encoded[ip++] & 0xff;
            if (ctrl < 32) {
                int len = ctrl + 1;
                if (ip + len > in) {
                    throw new Hdf5FormatException(STRUCTURE, -1, "literal run passes the end of the input");
                }
                out = ensure(out, op + len, maxOut);
                System.arraycopy(encoded, ip, out, op, len);
                ip += len;
                op += len;
            } else {
                int len = ctrl >>> 5;
                if (len == 7) {
                    if (ip >= in) {
                        throw new Hdf5FormatException(STRUCTURE, -1, "match length passes the end of the input");
                    }
                    len += encoded[ip++] & 0xff;
                }
                if (ip >= in) {
                    throw new Hdf5FormatException(STRUCTURE, -1, "match offset passes the end of the input");
                }
                int ref = op - ((ctrl & 0x1f) << 8) - 1 - (encoded[ip++] & 0xff);
                if (ref < 0) {
                    throw new Hdf5FormatException(STRUCTURE, -1, "back reference before the start of the output");
                }
                len += 2;
                out = ensure(out, op + len, maxOut);
                // overlapping copies repeat the pattern, so copy byte by byte
                for (int k = 0; k < len; k++) {
                    out[op++] = out[ref++];
                }
            }
        }
        return op == out.length ? out : Arrays.copyOf(out, op);
    }

    private static byte[] ensure(byte[] out, int need, long maxOut) {
        if (need <= out.length) {
            return out;
        }
        if (need > maxOut) {
            throw new Hdf5FormatException(STRUCTURE, -1, "output exceeds " + maxOut + " bytes");
        }
        return Arrays.copyOf(out, (int) Math.min(maxOut, Math.max(need, out.length * 2L)));
    }

    /**
     * Compresses into one LZF block. Unlike h5py, which gives up (and lets HDF5 store the chunk unfiltered) when the
     * output would not be smaller, this always produces a valid block, at most 1/32 larger than the input.
     */
    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        int n = raw.length;
        byte[] out = new byte[(int) Math.min(MAX_ARRAY, n + n / 32 + 16L)];
        int[] table = new int[1 << HASH_LOG];
        Arrays.fill(table, -1);
        int op = 0;
        int litStart = 0; // first byte not yet emitted
        int ip = 0;
        while (ip + 2 < n) {
            int h = hash(raw, ip);
            int ref = table[h];
            table[h] = ip;
            int off = ip - ref - 1;
            if (ref >= 0 && off < MAX_OFFSET && raw[ref] == raw[ip] && raw[ref + 1] == raw[ip + 1]
                    && raw[ref + 2] == raw[ip + 2]) {
                int maxLen = Math.min(MAX_MATCH, n - ip);
                int len = 3;
                while (len < maxLen && raw[ref + len] == raw[ip + len]) {
                    len++;
                }
                op = flushLiterals(raw, litStart, ip, out, op);
                int l = len - 2;
                if (l < 7) {
                    out[op++] = (byte) ((l << 5) | (off >>> 8));
                } else {
                    out[op++] = (byte) ((7 << 5) | (off >>> 8));
                    out[op++] = (byte) (l - 7);
                }
                out[op++] = (byte) off;
                // index a couple of positions inside the match so later repeats are found
                int end = ip + len;
                for (int k = ip + 1; k < end && k + 2 < n; k++) {
                    table[hash(raw, k)] = k;
                }
                ip = end;
                litStart = ip;
            } else {
                ip++;
            }
        }
        op = flushLiterals(raw, litStart, n, out, op);
        return Arrays.copyOf(out, op);
    }

    private static int hash(byte[] b, int i) {
        int v = ((b[i] & 0xff) << 16) | ((b[i + 1] & 0xff) << 8) | (b[i + 2] & 0xff);
        return (v * 0x9E3779B1) >>> (32 - HASH_LOG);
    }

    private static int flushLiterals(byte[] raw, int from, int to, byte[] out, int op) {
        while (from < to) {
            int len = Math.min(MAX_LITERAL, to - from);
            out[op++] = (byte) (len - 1);
            System.arraycopy(raw, from, out, op, len);
            op += len;
            from += len;
        }
        return op;
    }
}

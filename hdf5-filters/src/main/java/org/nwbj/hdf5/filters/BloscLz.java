package org.nwbj.hdf5.filters;

import java.util.Arrays;

import org.nwbj.hdf5.Hdf5FormatException;

/**
 * BloscLZ, blosc's default codec (a FastLZ level-2 variant, {@code blosclz.c}). A control byte below 32 starts a
 * literal run of {@code ctrl + 1} bytes; otherwise its top 3 bits give the match length ({@code 7}: continued in
 * further bytes, each 255 adding 255) and its low 5 bits the high byte of the distance, the next byte the low
 * byte; a distance of {@code 31 << 8 | 255} announces a 16-bit far distance beyond 8191. The first control byte is
 * read masked to 5 bits (the encoder marks it with bit 5).
 */
final class BloscLz {
    private static final int MAX_DISTANCE = 8191;
    private static final int MAX_COPY = 32;
    private static final int MAX_LEN = 264; // 7 + 255 + 2: one extension byte, as short as a long match needs
    private static final int HASH_BITS = 13;
    private static final ThreadLocal<int[]> TABLES = ThreadLocal.withInitial(() -> new int[1 << HASH_BITS]);

    private BloscLz() {
    }

    /** Decodes {@code src[sp, sEnd)} into exactly {@code dst[dp, dEnd)}. */
    static void decompress(byte[] src, int sp, int sEnd, byte[] dst, int dp, int dEnd, String structure) {
        final int dStart = dp;
        if (sp >= sEnd) {
            throw corrupt(structure, "empty blosclz stream");
        }
        int ctrl = src[sp++] & 31;
        while (true) {
            if (ctrl >= 32) {
                int len = (ctrl >>> 5) - 1;
                int ofs = (ctrl & 31) << 8;
                int code;
                if (len == 6) {
                    do {
                        if (sp >= sEnd) {
                            throw corrupt(structure, "blosclz stream truncated in a match length");
                        }
                        code = src[sp++] & 0xff;
                        len += code;
                    } while (code == 255 && len <= dEnd);
                }
                if (sp >= sEnd) {
                    throw corrupt(structure, "blosclz stream truncated in a match distance");
                }
                code = src[sp++] & 0xff;
                len += 3;
                int distance = ofs + code + 1;
                if (code == 255 && ofs == 31 << 8) {
                    if (sEnd - sp < 2) {
                        throw corrupt(structure, "blosclz stream truncated in a far distance");
                    }
                    distance = ((src[sp] & 0xff) << 8 | (src[sp + 1] & 0xff)) + MAX_DISTANCE + 1;
                    sp += 2;
                }
                if (len > dEnd - dp) {
                    throw corrupt(structure, "blosclz match of " + len + " bytes overruns the output");
                }
                if (distance > dp - dStart) {
                    throw corrupt(structure, "blosclz match distance " + distance + " points before the output start");
                }
                Lz4Block.copyMatch(dst, dp, distance, len);
                dp += len;
            } else {
                int run = ctrl + 1;
                if (run > sEnd - sp || run > dEnd - dp) {
                    throw corrupt(structure, "blosclz literal run of " + run + " bytes overruns the "
                            + (run > sEnd - sp ? "input" : "output"));
                }
                System.arraycopy(src, sp, dst, dp, run);
                sp += run;
                dp += run;
            }
            if (sp >= sEnd) {
                break;
            }
            ctrl = src[sp++] & 0xff;
        }
        if (dp != dEnd) {
            throw corrupt(structure, "blosclz stream decoded to " + (dp - dStart) + " bytes, expected "
                    + (dEnd - dStart));
        }
    }

    /** The most {@link #compress} writes for {@code n} bytes. */
    static int maxCompressedLength(int n) {
        return n + n / MAX_COPY + 16;
    }

    /**
     * Compresses {@code src[sOff, sOff + len)} into {@code dst} at {@code dOff} with a greedy hash matcher (near
     * distances only); returns the bytes written. The stream ends with literals, as blosc's decoder requires.
     */
    static int compress(byte[] src, int sOff, int len, byte[] dst, int dOff) {
        int end = sOff + len;
        int dp = dOff;
        int anchor = sOff;
        int ip = sOff;
        int limit = end - 12; // the tail stays literal
        if (len > 16) {
            int[] table = TABLES.get();
            Arrays.fill(table, -1);
            while (ip < limit) {
                int seq = (src[ip] & 0xff) | (src[ip + 1] & 0xff) << 8 | (src[ip + 2] & 0xff) << 16;
                int h = (seq * -1640531535) >>> (32 - HASH_BITS);
                int ref = table[h];
                table[h] = ip;
                int distance = ip - ref;
                if (ref < 0 || distance >= MAX_DISTANCE || src[ref] != src[ip] || src[ref + 1] != src[ip + 1]
                        || src[ref + 2] != src[ip + 2]) {
                    ip++;
                    continue;
                }
                int m = 3;
                while (m < MAX_LEN && ip + m < limit && src[ref + m] == src[ip + m]) {
                    m++;
                }
                dp = literals(src, anchor, ip - anchor, dst, dp);
                int d = distance - 1;
                int l = m - 2;
                if (l < 7) {
                    dst[dp++] = (byte) (l << 5 | d >>> 8);
                } else {
                    dst[dp++] = (byte) (7 << 5 | d >>> 8);
                    l -= 7;
                    while (l >= 255) {
                        dst[dp++] = (byte) 255;
                        l -= 255;
                    }
                    dst[dp++] = (byte) l;
                }
                dst[dp++] = (byte) d;
                ip += m;
                anchor = ip;
            }
        }
        dp = literals(src, anchor, end - anchor, dst, dp);
        if (dp > dOff) {
            dst[dOff] |= 0x20; // blosc's encoder marks the first control byte (always a literal run); decoders mask it
        }
        return dp - dOff;
    }

    private static int literals(byte[] src, int from, int n, byte[] dst, int dp) {
        while (n > 0) {
            int run = Math.min(n, MAX_COPY);
            dst[dp++] = (byte) (run - 1);
            System.arraycopy(src, from, dst, dp, run);
            dp += run;
            from += run;
            n -= run;
        }
        return dp;
    }

    private static Hdf5FormatException corrupt(String structure, String problem) {
        return new Hdf5FormatException(structure, -1, problem);
    }
}

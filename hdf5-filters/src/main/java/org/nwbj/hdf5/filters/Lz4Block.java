package org.nwbj.hdf5.filters;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.nwbj.hdf5.Hdf5FormatException;

/**
 * The LZ4 block format (lz4's {@code doc/lz4_Block_format.md}): sequences of a token, literals, a 2-byte
 * little-endian offset and a match length; the last sequence holds literals only. The encoder is a greedy
 * single-probe hash matcher like lz4's fast mode; its streams decode with any LZ4 decoder.
 */
final class Lz4Block {
    private static final int MIN_MATCH = 4;
    /** The last match must start at least 12 bytes before the end, the last 5 bytes are literals. */
    private static final int MF_LIMIT = 12;
    private static final int LAST_LITERALS = 5;
    private static final int MAX_OFFSET = 65535;
    private static final int HASH_BITS = 14;
    private static final ThreadLocal<int[]> TABLES = ThreadLocal.withInitial(() -> new int[1 << HASH_BITS]);

    private Lz4Block() {
    }

    /** The most {@link #compress} can write for {@code n} input bytes. */
    static int maxCompressedLength(int n) {
        return n + n / 255 + 16;
    }

    /**
     * Decodes the block {@code src[sp, sEnd)} into {@code dst[dp, dEnd)}, which it must fill exactly.
     *
     * @throws Hdf5FormatException naming {@code structure} when the block is corrupt or does not fill the output
     */
    static void decompress(byte[] src, int sp, int sEnd, byte[] dst, int dp, int dEnd, String structure) {
        final int dStart = dp;
        while (true) {
            if (sp >= sEnd) {
                throw corrupt(structure, "lz4 block truncated (no token)");
            }
            int token = src[sp++] & 0xff;
            int lit = token >>> 4;
            if (lit == 15) {
                int b;
                do {
                    if (sp >= sEnd) {
                        throw corrupt(structure, "lz4 block truncated in a literal length");
                    }
                    b = src[sp++] & 0xff;
                    lit += b;
                } while (b == 255 && lit <= dEnd);
            }
            if (lit > sEnd - sp || lit > dEnd - dp) {
                throw corrupt(structure, "lz4 literal run of " + lit + " bytes overruns the "
                        + (lit > sEnd - sp ? "input" : "output"));
            }
            System.arraycopy(src, sp, dst, dp, lit);
            sp += lit;
            dp += lit;
            if (sp == sEnd) {
                break;
            }
            if (sEnd - sp < 2) {
                throw corrupt(structure, "lz4 block truncated in a match offset");
            }
            int offset = (src[sp] & 0xff) | (src[sp + 1] & 0xff) << 8;
            sp += 2;
            if (offset == 0 || offset > dp - dStart) {
                throw corrupt(structure, "lz4 match offset " + offset + " points before the output start");
            }
            int len = token & 15;
            if (len == 15) {
                int b;
                do {
                    if (sp >= sEnd) {
                        throw corrupt(structure, "lz4 block truncated in a match length");
                    }
                    b = src[sp++] & 0xff;
                    len += b;
                } while (b == 255 && len <= dEnd);
            }
            len += MIN_MATCH;
            if (len > dEnd - dp) {
                throw corrupt(structure, "lz4 match of " + len + " bytes overruns the output");
            }
            copyMatch(dst, dp, offset, len);
            dp += len;
        }
        if (dp != dEnd) {
            throw corrupt(structure, "lz4 block decoded to " + (dp - dStart) + " bytes, expected "
                    + (dEnd - dStart));
        }
    }

    /** Copies an overlapping match forward, as LZ77 means it: a byte may repeat bytes this copy wrote. */
    static void copyMatch(byte[] dst, int dp, int offset, int len) {
        int from = dp - offset;
        if (offset >= len) {
            System.arraycopy(dst, from, dst, dp, len);
        } else if (offset == 1) {
            Arrays.fill(dst, dp, dp + len, dst[from]);
        } else {
            // doubling copies: each pass repeats the period written so far
            int done = 0;
            int period = offset;
            while (done < len) {
                int n = Math.min(period, len - done);
                System.arraycopy(dst, from, dst, dp + done, n);
                done += n;
                period += n;
            }
        }
    }

    /** Compresses {@code src[sOff, sOff + sLen)} into {@code dst} at {@code dOff}; returns the bytes written. */
    static int compress(byte[] src, int sOff, int sLen, byte[] dst, int dOff) {
        return compress(src, sOff, sLen, dst, dOff, 1);
    }

    /**
     * As {@link #compress(byte[], int, int, byte[], int)} with lz4's acceleration: after a miss the search steps
     * {@code acceleration} bytes (and further the longer nothing matches), trading ratio for speed on data with
     * few matches. Blosc asks its lz4 for acceleration 10 - level.
     */
    static int compress(byte[] src, int sOff, int sLen, byte[] dst, int dOff, int acceleration) {
        final int missStart = Math.max(1, acceleration) << 6;
        int sEnd = sOff + sLen;
        int dp = dOff;
        int anchor = sOff;
        if (sLen >= MF_LIMIT + 1) {
            // word reads through a little-endian view (HotSpot compiles them to single loads; Android has them)
            ByteBuffer in = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN);
            // a table about as large as the input: clearing 64 KiB for an 8 KiB bitshuffle block would dominate
            int bits = Math.max(8, Math.min(HASH_BITS, 32 - Integer.numberOfLeadingZeros(sLen) - 1));
            int shift = 32 - bits;
            int[] table = TABLES.get();
            Arrays.fill(table, 0, 1 << bits, -1);
            int mfLimit = sEnd - MF_LIMIT;
            int matchLimit = sEnd - LAST_LITERALS;
            int ip = sOff + 1;
            table[(in.getInt(sOff) * -1640531535) >>> shift] = sOff;
            int searchMiss = missStart;
            while (ip < mfLimit) {
                int seq = in.getInt(ip);
                int h = (seq * -1640531535) >>> shift;
                int ref = table[h];
                table[h] = ip;
                if (ref < 0 || ip - ref > MAX_OFFSET || in.getInt(ref) != seq) {
                    // lz4's acceleration: step further the longer nothing matched
                    ip += searchMiss++ >>> 6;
                    continue;
                }
                searchMiss = missStart;
                while (ip > anchor && ref > sOff && src[ip - 1] == src[ref - 1]) {
                    ip--;
                    ref--;
                }
                int len = MIN_MATCH;
                // 8 bytes per step; the first differing byte is the lowest set byte of the xor
                while (ip + len + 8 <= matchLimit) {
                    long diff = in.getLong(ref + len) ^ in.getLong(ip + len);
                    if (diff != 0) {
                        len += Long.numberOfTrailingZeros(diff) >>> 3;
                        break;
                    }
                    len += 8;
                }
                if (ip + len + 8 > matchLimit) {
                    while (ip + len < matchLimit && src[ref + len] == src[ip + len]) {
                        len++;
                    }
                }
                dp = writeSequence(src, anchor, ip - anchor, ip - ref, len, dst, dp);
                ip += len;
                anchor = ip;
                if (ip < mfLimit) {
                    table[(in.getInt(ip - 2) * -1640531535) >>> shift] = ip - 2;
                }
            }
        }
        // the last literals
        int lit = sEnd - anchor;
        dp = writeLength(dst, dp, lit, 0);
        System.arraycopy(src, anchor, dst, dp, lit);
        return dp + lit - dOff;
    }

    private static int writeSequence(byte[] src, int litStart, int lit, int offset, int matchLen, byte[] dst,
            int dp) {
        int tokenAt = dp;
        int ml = matchLen - MIN_MATCH;
        dp = writeLength(dst, dp, lit, Math.min(ml, 15));
        System.arraycopy(src, litStart, dst, dp, lit);
        dp += lit;
        dst[dp++] = (byte) offset;
        dst[dp++] = (byte) (offset >>> 8);
        if (ml >= 15) {
            ml -= 15;
            while (ml >= 255) {
                dst[dp++] = (byte) 255;
                ml -= 255;
            }
            dst[dp++] = (byte) ml;
        }
        assert dst[tokenAt] != 0 || lit == 0;
        return dp;
    }

    /** Writes the token (literal nibble + {@code matchNibble}) and the literal length's extra bytes. */
    private static int writeLength(byte[] dst, int dp, int lit, int matchNibble) {
        if (lit >= 15) {
            dst[dp++] = (byte) (0xf0 | matchNibble);
            int rest = lit - 15;
            while (rest >= 255) {
                dst[dp++] = (byte) 255;
                rest -= 255;
            }
            dst[dp++] = (byte) rest;
        } else {
            dst[dp++] = (byte) (lit << 4 | matchNibble);
        }
        return dp;
    }

    private static Hdf5FormatException corrupt(String structure, String problem) {
        return new Hdf5FormatException(structure, -1, problem);
    }
}

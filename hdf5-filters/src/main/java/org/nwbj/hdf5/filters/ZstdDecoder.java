package org.nwbj.hdf5.filters;

import org.nwbj.hdf5.Hdf5ChecksumException;
import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.Hdf5UnsupportedException;

/**
 * Decodes Zstandard frames (RFC 8878): raw, RLE and compressed blocks; raw, RLE, Huffman and treeless literals;
 * predefined, RLE, FSE and repeated sequence tables; repeat offsets. Skippable frames are skipped; dictionaries
 * are refused; the optional content checksum (XXH64) is verified. Output goes straight into the caller's array, which
 * bounds every match and literal.
 */
final class ZstdDecoder {
    private static final int MAX_BLOCK = 128 << 10;
    static final short[] LL_DEFAULT = {4, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 3, 2, 1, 1, 1, 1, 1, -1, -1, -1, -1};
    static final short[] ML_DEFAULT = {1, 4, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1};
    static final short[] OF_DEFAULT = {1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, -1, -1, -1, -1, -1};
    static final int[] LL_BASE = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 22, 24,
        28, 32, 40, 48, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536};
    static final int[] LL_BITS = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 4,
        6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    static final int[] ML_BASE = new int[53];
    static final int[] ML_BITS = new int[53];

    static {
        for (int i = 0; i < 32; i++) {
            ML_BASE[i] = i + 3;
        }
        int[] base = {35, 37, 39, 41, 43, 47, 51, 59, 67, 83, 99, 131, 259, 515, 1027, 2051, 4099, 8195, 16387,
            32771, 65539};
        int[] bits = {1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
        System.arraycopy(base, 0, ML_BASE, 32, base.length);
        System.arraycopy(bits, 0, ML_BITS, 32, bits.length);
    }

    static final ZstdFse LL_TABLE = ZstdFse.build(LL_DEFAULT, LL_DEFAULT.length, 6, "zstd");
    static final ZstdFse ML_TABLE = ZstdFse.build(ML_DEFAULT, ML_DEFAULT.length, 6, "zstd");
    static final ZstdFse OF_TABLE = ZstdFse.build(OF_DEFAULT, OF_DEFAULT.length, 5, "zstd");

    private ZstdDecoder() {
    }

    /** The content size the first frame at {@code in[at..]} declares, or -1 when it does not say. */
    static long contentSize(byte[] in, int at, int end, String structure) {
        while (true) {
            if (end - at < 5) {
                throw corrupt(structure, "zstd frame header truncated");
            }
            int magic = CodecFilter.readIntLE(in, at);
            if ((magic & 0xFFFFFFF0) == 0x184D2A50) {
                if (end - at < 8) {
                    throw corrupt(structure, "zstd skippable frame truncated");
                }
                long len = CodecFilter.readIntLE(in, at + 4) & 0xffffffffL;
                if (len > end - at - 8) {
                    throw corrupt(structure, "zstd skippable frame of " + len + " bytes truncated");
                }
                at += 8 + (int) len;
                continue;
            }
            if (magic != ZstdEncoder.MAGIC) {
                throw corrupt(structure, "zstd magic number expected 0xfd2fb528, found 0x" + Integer.toHexString(magic));
            }
            int fhd = in[at + 4] & 0xff;
            int fcsFlag = fhd >>> 6;
            boolean single = (fhd & 0x20) != 0;
            int didSize = new int[] {0, 1, 2, 4}[fhd & 3];
            int p = at + 5 + (single ? 0 : 1) + didSize;
            int fcsSize = fcsFlag == 0 ? (single ? 1 : 0) : 1 << fcsFlag;
            if (fcsSize == 0) {
                return -1;
            }
            if (end - p < fcsSize) {
                throw corrupt(structure, "zstd frame header truncated");
            }
            long v = 0;
            for (int i = 0; i < fcsSize; i++) {
                v |= (in[p + i] & 0xffL) << (8 * i);
            }
            return fcsSize == 2 ? v + 256 : v;
        }
    }

    /** Decodes the frames in {@code src[sp, sEnd)} into exactly {@code dst[dp, dEnd)}. */
    static void decompressFrame(byte[] src, int sp, int sEnd, byte[] dst, int dp, int dEnd, String structure) {
        int start = dp;
        if (sp >= sEnd) {
            throw corrupt(structure, "empty zstd data");
        }
        while (sp < sEnd) {
            if (sEnd - sp < 4) {
                throw corrupt(structure, "zstd frame truncated at its magic number");
            }
            int magic = CodecFilter.readIntLE(src, sp);
            if ((magic & 0xFFFFFFF0) == 0x184D2A50) {
                if (sEnd - sp < 8) {
                    throw corrupt(structure, "zstd skippable frame truncated");
                }
                long len = CodecFilter.readIntLE(src, sp + 4) & 0xffffffffL;
                if (len > sEnd - sp - 8) {
                    throw corrupt(structure, "zstd skippable frame of " + len + " bytes truncated");
                }
                sp += 8 + (int) len;
                continue;
            }
            int[] pos = {sp, dp};
            new Frame(src, sEnd, dst, dEnd, structure).decode(pos);
            sp = pos[0];
            dp = pos[1];
        }
        if (dp != dEnd) {
            throw corrupt(structure, "zstd data decoded to " + (dp - start) + " bytes, expected " + (dEnd - start));
        }
    }

    /** The state of one frame: repeat offsets and the tables later blocks may repeat. */
    private static final class Frame {
        final byte[] src;
        final int sEnd;
        final byte[] dst;
        final int dEnd;
        final String structure;
        int frameStart;
        final int[] rep = {1, 4, 8};
        ZstdHuffman huffman;
        ZstdFse ll;
        ZstdFse of;
        ZstdFse ml;
        byte[] literals = new byte[0];

        Frame(byte[] src, int sEnd, byte[] dst, int dEnd, String structure) {
            this.src = src;
            this.sEnd = sEnd;
            this.dst = dst;
            this.dEnd = dEnd;
            this.structure = structure;
        }

        void decode(int[] pos) {
            int sp = pos[0];
            int dp = pos[1];
            frameStart = dp;
            if (sEnd - sp < 6) {
                throw corrupt(structure, "zstd frame header truncated");
            }
            if (CodecFilter.readIntLE(src, sp) != ZstdEncoder.MAGIC) {
                throw corrupt(structure, "zstd magic number expected 0xfd2fb528, found 0x"
                        + Integer.toHexString(CodecFilter.readIntLE(src, sp)));
            }
            sp += 4;
            int fhd = src[sp++] & 0xff;
            if ((fhd & 0x08) != 0) {
                throw corrupt(structure, "zstd frame header's reserved bit is set");
            }
            boolean single = (fhd & 0x20) != 0;
            boolean checksum = (fhd & 0x04) != 0;
            int didSize = new int[] {0, 1, 2, 4}[fhd & 3];
            int fcsFlag = fhd >>> 6;
            int fcsSize = fcsFlag == 0 ? (single ? 1 : 0) : 1 << fcsFlag;
            int headerRest = (single ? 0 : 1) + didSize + fcsSize;
            if (sEnd - sp < headerRest) {
                throw corrupt(structure, "zstd frame header truncated");
            }
            if (!single) {
                sp++; // window descriptor: the whole output is the window here
            }
            long dictionary = 0;
            for (int i = 0; i < didSize; i++) {
                dictionary |= (src[sp++] & 0xffL) << (8 * i);
            }
            if (dictionary != 0) {
                throw new Hdf5UnsupportedException(structure + ": zstd frame with dictionary " + dictionary);
            }
            long fcs = -1;
            if (fcsSize > 0) {
                fcs = 0;
                for (int i = 0; i < fcsSize; i++) {
                    fcs |= (src[sp++] & 0xffL) << (8 * i);
                }
                if (fcsSize == 2) {
                    fcs += 256;
                }
            }
            while (true) {
                if (sEnd - sp < 3) {
                    throw corrupt(structure, "zstd block header truncated");
                }
                int h = (src[sp] & 0xff) | (src[sp + 1] & 0xff) << 8 | (src[sp + 2] & 0xff) << 16;
                sp += 3;
                boolean last = (h & 1) != 0;
                int type = (h >>> 1) & 3;
                int size = h >>> 3;
                switch (type) {
                    case 0 -> {
                        if (size > sEnd - sp || size > dEnd - dp) {
                            throw corrupt(structure, "zstd raw block of " + size + " bytes overruns the "
                                    + (size > sEnd - sp ? "input" : "output"));
                        }
                        System.arraycopy(src, sp, dst, dp, size);
                        sp += size;
                        dp += size;
                    }
                    case 1 -> {
                        if (sp >= sEnd || size > dEnd - dp) {
                            throw corrupt(structure, "zstd RLE block of " + size + " bytes overruns the "
                                    + (sp >= sEnd ? "input" : "output"));
                        }
                        java.util.Arrays.fill(dst, dp, dp + size, src[sp++]);
                        dp += size;
                    }
                    case 2 -> {
                        if (size > sEnd - sp || size > MAX_BLOCK) {
                            throw corrupt(structure, "zstd compressed block of " + size + " bytes truncated or too big");
                        }
                        dp = compressedBlock(sp, sp + size, dp);
                        sp += size;
                    }
                    default -> throw corrupt(structure, "zstd block type 3 is reserved");
                }
                if (last) {
                    break;
                }
            }
            if (checksum) {
                if (sEnd - sp < 4) {
                    throw corrupt(structure, "zstd content checksum truncated");
                }
                long expected = CodecFilter.readIntLE(src, sp) & 0xffffffffL;
                long found = Xxh64.hash(dst, frameStart, dp - frameStart, 0) & 0xffffffffL;
                if (expected != found) {
                    throw new Hdf5ChecksumException(structure + ": zstd content checksum (XXH64)", -1, expected, found);
                }
                sp += 4;
            }
            if (fcs >= 0 && fcs != dp - frameStart) {
                throw corrupt(structure, "zstd frame decoded to " + (dp - frameStart) + " bytes, its header says "
                        + fcs);
            }
            pos[0] = sp;
            pos[1] = dp;
        }

        private int compressedBlock(int sp, int end, int dp) {
            // literals section
            if (sp >= end) {
                throw corrupt(structure, "zstd literals section truncated");
            }
            int b0 = src[sp] & 0xff;
            int ltype = b0 & 3;
            int sizeFormat = (b0 >>> 2) & 3;
            int regen;
            int litCount;
            if (ltype <= 1) {
                int hs = sizeFormat == 1 ? 2 : sizeFormat == 3 ? 3 : 1;
                if (end - sp < hs) {
                    throw corrupt(structure, "zstd literals header truncated");
                }
                regen = switch (sizeFormat) {
                    case 1 -> (b0 >>> 4) | (src[sp + 1] & 0xff) << 4;
                    case 3 -> (b0 >>> 4) | (src[sp + 1] & 0xff) << 4 | (src[sp + 2] & 0xff) << 12;
                    default -> b0 >>> 3;
                };
                sp += hs;
                ensureLiterals(regen);
                if (ltype == 0) {
                    if (regen > end - sp) {
                        throw corrupt(structure, "zstd raw literals truncated");
                    }
                    System.arraycopy(src, sp, literals, 0, regen);
                    sp += regen;
                } else {
                    if (sp >= end) {
                        throw corrupt(structure, "zstd RLE literals truncated");
                    }
                    java.util.Arrays.fill(literals, 0, regen, src[sp++]);
                }
            } else {
                int hs = sizeFormat <= 1 ? 3 : sizeFormat == 2 ? 4 : 5;
                if (end - sp < hs) {
                    throw corrupt(structure, "zstd literals header truncated");
                }
                long v = 0;
                for (int i = 0; i < hs; i++) {
                    v |= (src[sp + i] & 0xffL) << (8 * i);
                }
                int bitsEach = hs == 3 ? 10 : hs == 4 ? 14 : 18;
                regen = (int) ((v >>> 4) & ((1 << bitsEach) - 1));
                int comp = (int) ((v >>> (4 + bitsEach)) & ((1 << bitsEach) - 1));
                boolean four = sizeFormat != 0;
                sp += hs;
                if (comp > end - sp) {
                    throw corrupt(structure, "zstd compressed literals of " + comp + " bytes truncated");
                }
                ensureLiterals(regen);
                int litEnd = sp + comp;
                if (ltype == 2) {
                    int[] used = new int[1];
                    huffman = ZstdHuffman.read(src, sp, litEnd, used, structure);
                    sp += used[0];
                } else if (huffman == null) {
                    throw corrupt(structure, "zstd treeless literals without an earlier Huffman table");
                }
                if (four) {
                    if (litEnd - sp < 6) {
                        throw corrupt(structure, "zstd literal jump table truncated");
                    }
                    int s1 = (src[sp] & 0xff) | (src[sp + 1] & 0xff) << 8;
                    int s2 = (src[sp + 2] & 0xff) | (src[sp + 3] & 0xff) << 8;
                    int s3 = (src[sp + 4] & 0xff) | (src[sp + 5] & 0xff) << 8;
                    int p = sp + 6;
                    int s4 = litEnd - p - s1 - s2 - s3;
                    if (s4 < 1) {
                        throw corrupt(structure, "zstd literal streams overrun their section");
                    }
                    int per = (regen + 3) / 4;
                    int lastN = regen - 3 * per;
                    if (lastN < 0) {
                        throw corrupt(structure, "zstd 4-stream literals of only " + regen + " bytes");
                    }
                    huffman.decodeStream(src, p, p + s1, literals, 0, per, structure);
                    huffman.decodeStream(src, p + s1, p + s1 + s2, literals, per, per, structure);
                    huffman.decodeStream(src, p + s1 + s2, p + s1 + s2 + s3, literals, 2 * per, per, structure);
                    huffman.decodeStream(src, p + s1 + s2 + s3, litEnd, literals, 3 * per, lastN, structure);
                } else {
                    huffman.decodeStream(src, sp, litEnd, literals, 0, regen, structure);
                }
                sp = litEnd;
            }
            litCount = regen;

            // sequences section
            if (sp >= end) {
                throw corrupt(structure, "zstd sequences section truncated");
            }
            int nbSeq;
            int s0 = src[sp++] & 0xff;
            if (s0 < 128) {
                nbSeq = s0;
            } else if (s0 < 255) {
                if (sp >= end) {
                    throw corrupt(structure, "zstd sequence count truncated");
                }
                nbSeq = ((s0 - 128) << 8) + (src[sp++] & 0xff);
            } else {
                if (end - sp < 2) {
                    throw corrupt(structure, "zstd sequence count truncated");
                }
                nbSeq = (src[sp] & 0xff) + ((src[sp + 1] & 0xff) << 8) + 0x7F00;
                sp += 2;
            }
            if (nbSeq == 0) {
                if (sp != end) {
                    throw corrupt(structure, "zstd block has bytes after its literals");
                }
                return copyLiterals(0, litCount, dp);
            }
            if (sp >= end) {
                throw corrupt(structure, "zstd sequence modes truncated");
            }
            int modes = src[sp++] & 0xff;
            if ((modes & 3) != 0) {
                throw corrupt(structure, "zstd sequence modes' reserved bits are set");
            }
            int[] used = new int[1];
            ll = table(modes >>> 6, ll, LL_TABLE, 35, 9, sp, end, used, "literal length");
            sp += used[0];
            of = table((modes >>> 4) & 3, of, OF_TABLE, 31, 8, sp, end, used, "offset");
            sp += used[0];
            ml = table((modes >>> 2) & 3, ml, ML_TABLE, 52, 9, sp, end, used, "match length");
            sp += used[0];

            ZstdBits bits = new ZstdBits(src, sp, end, structure);
            int llState = bits.read(ll.accuracyLog);
            int ofState = bits.read(of.accuracyLog);
            int mlState = bits.read(ml.accuracyLog);
            int lit = 0;
            for (int i = 0; i < nbSeq; i++) {
                int ofCode = of.symbol[ofState];
                int mlCode = ml.symbol[mlState];
                int llCode = ll.symbol[llState];
                if (ofCode > 31 || mlCode > 52 || llCode > 35) {
                    throw corrupt(structure, "zstd sequence code out of range");
                }
                long offsetValue = (1L << ofCode) + (ofCode == 0 ? 0 : bits.read(ofCode) & 0xffffffffL);
                int matchLen = ML_BASE[mlCode] + bits.read(ML_BITS[mlCode]);
                int litLen = LL_BASE[llCode] + bits.read(LL_BITS[llCode]);
                long offset;
                if (offsetValue > 3) {
                    offset = offsetValue - 3;
                    rep[2] = rep[1];
                    rep[1] = rep[0];
                    rep[0] = (int) Math.min(offset, Integer.MAX_VALUE);
                } else {
                    int idx = (int) offsetValue - 1 + (litLen == 0 ? 1 : 0);
                    if (idx == 0) {
                        offset = rep[0];
                    } else {
                        offset = idx == 3 ? rep[0] - 1L : rep[idx];
                        if (idx != 1) {
                            rep[2] = rep[1];
                        }
                        rep[1] = rep[0];
                        rep[0] = (int) offset;
                    }
                }
                if (i + 1 < nbSeq) {
                    llState = ll.newState[llState] + bits.read(ll.nbBits[llState]);
                    mlState = ml.newState[mlState] + bits.read(ml.nbBits[mlState]);
                    ofState = of.newState[ofState] + bits.read(of.nbBits[ofState]);
                }
                if (bits.overflowed()) {
                    throw corrupt(structure, "zstd sequence bit stream overrun");
                }
                if (litLen > litCount - lit) {
                    throw corrupt(structure, "zstd sequence takes more literals than decoded");
                }
                dp = copyLiterals(lit, litLen, dp);
                lit += litLen;
                if (offset <= 0 || offset > dp - frameStart) {
                    throw corrupt(structure, "zstd match offset " + offset + " points before the frame's output");
                }
                if (matchLen > dEnd - dp) {
                    throw corrupt(structure, "zstd match of " + matchLen + " bytes overruns the output");
                }
                Lz4Block.copyMatch(dst, dp, (int) offset, matchLen);
                dp += matchLen;
            }
            if (!bits.finished()) {
                throw corrupt(structure, "zstd sequence bit stream not consumed exactly");
            }
            return copyLiterals(lit, litCount - lit, dp);
        }

        private ZstdFse table(int mode, ZstdFse previous, ZstdFse predefined, int maxSymbol, int maxLog, int sp,
                int end, int[] used, String what) {
            used[0] = 0;
            switch (mode) {
                case 0:
                    return predefined;
                case 1:
                    if (sp >= end) {
                        throw corrupt(structure, "zstd " + what + " RLE symbol truncated");
                    }
                    used[0] = 1;
                    int sym = src[sp] & 0xff;
                    if (sym > maxSymbol) {
                        throw corrupt(structure, "zstd " + what + " RLE symbol " + sym + " above " + maxSymbol);
                    }
                    return ZstdFse.rle(sym);
                case 2:
                    return ZstdFse.read(src, sp, end, maxSymbol, maxLog, used, structure);
                default:
                    if (previous == null) {
                        throw corrupt(structure, "zstd " + what + " table repeated before any was given");
                    }
                    return previous;
            }
        }

        private void ensureLiterals(int n) {
            if (n > MAX_BLOCK) {
                throw corrupt(structure, "zstd literals of " + n + " bytes exceed a block");
            }
            if (literals.length < n) {
                literals = new byte[Math.max(n, Math.min(MAX_BLOCK, literals.length * 2))];
            }
        }

        private int copyLiterals(int from, int n, int dp) {
            if (n > dEnd - dp) {
                throw corrupt(structure, "zstd literals overrun the output");
            }
            System.arraycopy(literals, from, dst, dp, n);
            return dp + n;
        }
    }

    private static Hdf5FormatException corrupt(String structure, String problem) {
        return new Hdf5FormatException(structure, -1, problem);
    }
}

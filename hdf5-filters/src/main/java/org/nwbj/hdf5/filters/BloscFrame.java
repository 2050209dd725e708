package org.nwbj.hdf5.filters;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * A blosc1 frame ({@code c-blosc/README_HEADER.rst}): a 16-byte header (format version, codec version, flags,
 * type size, decoded size, block size, frame size; little-endian), then either the data as it is (flag 0x2) or one
 * 4-byte start offset per block and the blocks. A block holds one stream, or one per byte of the type ("split")
 * unless flag 0x10 says not to; a stream is a 4-byte size and the codec's bytes, or the bytes as they are when the
 * size equals the stream's decoded size. Flags 0x1 and 0x4 byte- or bit-shuffle each block; bits 5-7 name the
 * codec: 0 blosclz, 1 lz4 (lz4 and lz4hc), 2 snappy, 3 zlib, 4 zstd. A blosc2 chunk (format 3-5) has a 32-byte
 * header instead ({@code c-blosc2/README_CHUNK_FORMAT.rst}) holding a pipeline of up to 6 filters and, in its last
 * byte, whether the chunk is one repeated value; its streams may be runs of one byte (a negative size).
 */
final class BloscFrame {
    static final int HEADER = 16;
    static final int BYTE_SHUFFLE = 0x1;
    static final int MEMCPYED = 0x2;
    static final int BIT_SHUFFLE = 0x4;
    static final int DONT_SPLIT = 0x10;
    /** Codec format codes in the flags' top bits. */
    static final int FORMAT_BLOSCLZ = 0;
    static final int FORMAT_LZ4 = 1;
    static final int FORMAT_SNAPPY = 2;
    static final int FORMAT_ZLIB = 3;
    static final int FORMAT_ZSTD = 4;
    static final int EXTENDED_HEADER = 32;
    static final int FORMAT_USER = 6;
    static final int FILTER_SHUFFLE = 1;
    static final int FILTER_BITSHUFFLE = 2;
    static final int FILTER_DELTA = 3;
    private static final int MAX_SPLITS = 16;
    private static final int MIN_BUFFERSIZE = 128;

    private BloscFrame() {
    }

    /** Decodes one blosc1 frame at the start of {@code in}. */
    static byte[] decode(byte[] in, FilterParameters p, String structure) {
        if (in.length < HEADER) {
            throw corrupt(structure, "blosc header needs 16 bytes, found " + in.length);
        }
        int version = in[0] & 0xff;
        int flags = in[2] & 0xff;
        int typesize = in[3] & 0xff;
        long nbytes = CodecFilter.readIntLE(in, 4) & 0xffffffffL;
        long blocksize = CodecFilter.readIntLE(in, 8) & 0xffffffffL;
        long cbytes = CodecFilter.readIntLE(in, 12) & 0xffffffffL;
        if (cbytes > in.length || cbytes < HEADER) {
            throw corrupt(structure, "blosc frame size " + cbytes + " with " + in.length + " bytes stored");
        }
        int size = CodecFilter.checkedSize(structure, nbytes, in.length, p);
        byte[] out = new byte[size];
        // blosc2 (format 3-5) marks its 32-byte extended header with both shuffle bits
        boolean extended = version >= 3 && (flags & (BYTE_SHUFFLE | BIT_SHUFFLE)) == (BYTE_SHUFFLE | BIT_SHUFFLE);
        int header = extended ? EXTENDED_HEADER : HEADER;
        if (cbytes < header) {
            throw corrupt(structure, "blosc frame size " + cbytes + " is smaller than its header");
        }
        int[] filters = new int[6];
        if (extended) {
            for (int i = 0; i < 6; i++) {
                filters[i] = in[16 + i] & 0xff;
            }
            int special = (in[31] >>> 4) & 7;
            if (special != 0) {
                return special(special, in, out, typesize, (int) cbytes, structure);
            }
        } else {
            filters[0] = (flags & BYTE_SHUFFLE) != 0 && typesize > 1 ? FILTER_SHUFFLE
                    : (flags & BIT_SHUFFLE) != 0 ? FILTER_BITSHUFFLE : 0;
        }
        if ((flags & MEMCPYED) != 0) {
            if (cbytes < header + nbytes) {
                throw corrupt(structure, "uncompressed blosc frame of " + cbytes + " bytes holds less than its "
                        + nbytes + " bytes");
            }
            System.arraycopy(in, header, out, 0, size);
            return out;
        }
        if (size == 0) {
            return out;
        }
        if (typesize == 0 || blocksize == 0 || blocksize > Math.max(size, 1 << 30)) {
            throw corrupt(structure, "blosc type size " + typesize + ", block size " + blocksize);
        }
        int block = (int) Math.min(blocksize, size);
        long nblocks = (size + (long) block - 1) / block;
        if (header + 4 * nblocks > cbytes) {
            throw corrupt(structure, nblocks + " block offsets do not fit a frame of " + cbytes + " bytes");
        }
        int end = (int) cbytes;
        int codec = flags >>> 5;
        if (extended && codec == FORMAT_USER) {
            codec = formatOfCompcode(in[22] & 0xff, structure);
        }
        boolean anyShuffle = false;
        for (int f : filters) {
            if (f == FILTER_DELTA) {
                throw new Hdf5UnsupportedException(structure + ": blosc2's delta filter");
            }
            anyShuffle |= f == FILTER_SHUFFLE && typesize > 1 || f == FILTER_BITSHUFFLE;
        }
        final boolean shuffled = anyShuffle;
        final int format = codec;
        final int offsets = header + 4 * (int) nblocks;
        // every block has its start offset: they decode independently, in parallel for a large chunk
        CodecFilter.forEachBlock((int) nblocks, size, j -> {
            int start = CodecFilter.readIntLE(in, header + 4 * j);
            int op = j * block;
            int bsize = Math.min(block, size - op);
            boolean leftover = bsize < block;
            if (start < offsets || start > end) {
                throw corrupt(structure, "blosc block " + j + " starts at " + (start & 0xffffffffL)
                        + ", outside the frame of " + end + " bytes");
            }
            // blosc1 also required small types and big enough blocks (files from before its split flag)
            int splits = (flags & DONT_SPLIT) == 0 && !leftover
                    && (version >= 3 || typesize <= MAX_SPLITS && bsize / typesize >= MIN_BUFFERSIZE) ? typesize : 1;
            if (bsize % splits != 0) {
                throw corrupt(structure, "blosc block of " + bsize + " bytes does not split into " + splits);
            }
            byte[] tmp = shuffled ? CodecFilter.scratch(0, bsize) : null;
            byte[] target = shuffled ? tmp : out;
            int tp = shuffled ? 0 : op;
            int neblock = bsize / splits;
            int ip = start;
            for (int s = 0; s < splits; s++) {
                if (end - ip < 4) {
                    throw corrupt(structure, "blosc block " + j + " truncated at byte " + ip);
                }
                int stored = CodecFilter.readIntLE(in, ip);
                ip += 4;
                if (stored == 0 && version >= 3 && neblock > 0) {
                    Arrays.fill(target, tp, tp + neblock, (byte) 0); // blosc2: a stream of zeros
                } else if (stored < 0 && version >= 3) {
                    // blosc2: a negated size is a special stream, its kind in the token byte after it; kind 1 is a
                    // run of one byte value, the negated size
                    if (ip >= end) {
                        throw corrupt(structure, "blosc block " + j + " truncated at byte " + ip);
                    }
                    int token = in[ip++] & 0xff;
                    if ((token & 1) == 0 || stored < -255) {
                        throw corrupt(structure, "blosc2 special stream of block " + j + " with token " + token
                                + " and value " + -stored + " (expected token 1, a byte run)");
                    }
                    Arrays.fill(target, tp, tp + neblock, (byte) -stored);
                } else {
                    if (stored < 0 || stored > end - ip) {
                        throw corrupt(structure, "blosc stream of block " + j + " says " + (stored & 0xffffffffL)
                                + " bytes, " + (end - ip) + " remain");
                    }
                    if (stored == neblock) {
                        System.arraycopy(in, ip, target, tp, neblock);
                    } else {
                        decompress(format, in, ip, ip + stored, target, tp, tp + neblock, structure);
                    }
                    ip += stored;
                }
                tp += neblock;
            }
            if (shuffled) {
                unfilter(filters, version, tmp, CodecFilter.scratch(1, bsize), out, op, bsize, typesize);
            }
        });
        return out;
    }

    /** Undoes the filter pipeline (applied first to last on write) of one block in {@code tmp} into {@code out}. */
    private static void unfilter(int[] filters, int version, byte[] tmp, byte[] tmp2, byte[] out, int op, int bsize,
            int typesize) {
        byte[] cur = tmp;
        byte[] other = tmp2;
        for (int i = filters.length - 1; i >= 0; i--) {
            int f = filters[i];
            if (f == FILTER_SHUFFLE && typesize > 1) {
                BitTranspose.byteUnshuffle(cur, 0, other, 0, bsize, typesize);
            } else if (f == FILTER_BITSHUFFLE) {
                bitUnshuffle(version, cur, other, 0, bsize, typesize);
            } else {
                continue; // none, or trunc_prec (nothing to undo)
            }
            byte[] t = cur;
            cur = other;
            other = t;
        }
        System.arraycopy(cur, 0, out, op, bsize);
    }

    /** A blosc2 chunk of one repeated value: zeros, NaNs, the value stored after the header, or uninitialized. */
    private static byte[] special(int kind, byte[] in, byte[] out, int typesize, int cbytes, String structure) {
        switch (kind) {
            case 1, 4 -> {
                return out; // zeros; uninitialized reads as zeros
            }
            case 2 -> {
                if (typesize != 4 && typesize != 8) {
                    throw corrupt(structure, "blosc2 NaN chunk of type size " + typesize);
                }
                byte[] nan = new byte[typesize];
                if (typesize == 4) {
                    CodecFilter.writeIntLE(nan, 0, Float.floatToRawIntBits(Float.NaN));
                } else {
                    long bits = Double.doubleToRawLongBits(Double.NaN);
                    CodecFilter.writeIntLE(nan, 0, (int) bits);
                    CodecFilter.writeIntLE(nan, 4, (int) (bits >>> 32));
                }
                return repeat(nan, out, structure);
            }
            case 3 -> {
                if (cbytes < EXTENDED_HEADER + typesize || in.length < EXTENDED_HEADER + typesize) {
                    throw corrupt(structure, "blosc2 repeated-value chunk truncated");
                }
                return repeat(Arrays.copyOfRange(in, EXTENDED_HEADER, EXTENDED_HEADER + typesize), out, structure);
            }
            default -> throw corrupt(structure, "blosc2 special value kind " + kind + " is not 1-4");
        }
    }

    private static byte[] repeat(byte[] value, byte[] out, String structure) {
        if (out.length % value.length != 0) {
            throw corrupt(structure, "blosc2 chunk of " + out.length + " bytes is not whole " + value.length
                    + "-byte values");
        }
        for (int i = 0; i < out.length; i += value.length) {
            System.arraycopy(value, 0, out, i, value.length);
        }
        return out;
    }

    /** The codec format of a blosc2 compressor code (the extended header's byte 22). */
    private static int formatOfCompcode(int compcode, String structure) {
        return switch (compcode) {
            case 0 -> FORMAT_BLOSCLZ;
            case 1, 2 -> FORMAT_LZ4;
            case 3 -> FORMAT_SNAPPY;
            case 4 -> FORMAT_ZLIB;
            case 5 -> FORMAT_ZSTD;
            default -> throw new Hdf5UnsupportedException(structure + ": blosc2 codec " + compcode);
        };
    }

    /** Blosc's bitshuffle of one block: format 2 (blosc1) only shuffles blocks of a multiple of 8 elements. */
    private static void bitUnshuffle(int version, byte[] tmp, byte[] out, int op, int bsize, int typesize) {
        int n = bsize / typesize;
        if (version <= 2 && n % 8 != 0) {
            System.arraycopy(tmp, 0, out, op, bsize);
            return;
        }
        n -= n % 8;
        BitTranspose.unshuffle(tmp, 0, out, op, n, typesize);
        System.arraycopy(tmp, n * typesize, out, op + n * typesize, bsize - n * typesize);
    }

    /** Blosc1 leaves a block of a partial group of 8 elements as it is, blosc2 only the partial group. */
    private static void bitShuffle(byte[] src, int sp, byte[] tmp, int bsize, int typesize, boolean blosc2) {
        int n = bsize / typesize;
        if (n % 8 != 0 && !blosc2) {
            System.arraycopy(src, sp, tmp, 0, bsize);
            return;
        }
        n -= n % 8;
        BitTranspose.shuffle(src, sp, tmp, 0, n, typesize);
        System.arraycopy(src, sp + n * typesize, tmp, n * typesize, bsize - n * typesize);
    }

    static void decompress(int codec, byte[] in, int ip, int iEnd, byte[] out, int op, int oEnd, String structure) {
        switch (codec) {
            case FORMAT_BLOSCLZ -> BloscLz.decompress(in, ip, iEnd, out, op, oEnd, structure);
            case FORMAT_LZ4 -> Lz4Block.decompress(in, ip, iEnd, out, op, oEnd, structure);
            case FORMAT_ZLIB -> inflate(in, ip, iEnd, out, op, oEnd, structure);
            case FORMAT_ZSTD -> ZstdDecoder.decompressFrame(in, ip, iEnd, out, op, oEnd, structure);
            case FORMAT_SNAPPY -> throw new Hdf5UnsupportedException(structure + ": blosc's snappy codec");
            default -> throw corrupt(structure, "blosc codec format " + codec + " is not 0-4");
        }
    }

    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(Inflater::new);

    private static void inflate(byte[] in, int ip, int iEnd, byte[] out, int op, int oEnd, String structure) {
        Inflater inf = INFLATERS.get();
        inf.reset();
        try {
            inf.setInput(in, ip, iEnd - ip);
            int n = 0;
            int want = oEnd - op;
            while (n < want && !inf.finished()) {
                int got = inf.inflate(out, op + n, want - n);
                if (got == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != want || !inf.finished()) {
                throw corrupt(structure, "blosc zlib stream decoded to " + n + (inf.finished() ? "" : "+")
                        + " bytes, expected " + want);
            }
        } catch (DataFormatException e) {
            throw corrupt(structure, "corrupt zlib stream in a blosc block: " + e.getMessage());
        } finally {
            inf.reset();
        }
    }

    /**
     * Writes a blosc1 frame of {@code raw}: {@code codec} one of the format codes (lz4hc is written as lz4),
     * {@code shuffle} 0 none, 1 byte, 2 bit.
     */
    static byte[] encode(byte[] raw, int typesize, int level, int shuffle, int codec, int blocksize) {
        return encode(raw, typesize, level, shuffle, codec, blocksize, false);
    }

    /**
     * Writes a blosc1 frame, or with {@code blosc2} a blosc2 chunk (format 5: the 32-byte header whose first
     * flags byte sets both shuffle bits, the shuffle in the first of the 6 filter slots, the compressor's code in
     * byte 22, one stream per block).
     */
    static byte[] encode(byte[] raw, int typesize, int level, int shuffle, int codec, int blocksize, boolean blosc2) {
        return encode(raw, typesize, level, shuffle, codec, blocksize, blosc2, 1);
    }

    /** As above, lz4 streams compressed with lz4's {@code acceleration} (c-blosc asks for 10 - level). */
    static byte[] encode(byte[] raw, int typesize, int level, int shuffle, int codec, int blocksize, boolean blosc2,
            int acceleration) {
        final int hdr = blosc2 ? EXTENDED_HEADER : HEADER;
        if (typesize < 1 || typesize > 255) {
            typesize = 1;
        }
        int size = raw.length;
        int block = Math.max(1, Math.min(blocksize, size));
        block = Math.max(typesize, block / typesize * typesize);
        int nblocks = size == 0 ? 0 : (size + block - 1) / block;
        int flags = codec << 5;
        if (blosc2) {
            flags |= BYTE_SHUFFLE | BIT_SHUFFLE; // the mark of the extended header; the filters say the shuffle
        } else if (shuffle == 1) {
            flags |= BYTE_SHUFFLE;
        } else if (shuffle == 2) {
            flags |= BIT_SHUFFLE;
        }
        boolean split = !blosc2 && shuffle == 1 && (codec == FORMAT_LZ4 || codec == FORMAT_BLOSCLZ)
                && typesize <= MAX_SPLITS && block / typesize >= MIN_BUFFERSIZE;
        if (!split) {
            flags |= DONT_SPLIT;
        }
        final int splits = split ? typesize : 1;
        final int blk = block;
        final int tsz = typesize;
        byte[] out = null;
        int op = 0;
        // each stream is at most 4 bytes more than its share of the block (stored as it is when it does not shrink)
        int slot = block + 4 * splits;
        int base = hdr + 4 * nblocks;
        if (level > 0 && size >= MIN_BUFFERSIZE && base + (long) nblocks * slot < CodecFilter.MAX_ARRAY) {
            int compressBound = Math.max(Lz4Block.maxCompressedLength(block),
                    Math.max(BloscLz.maxCompressedLength(block), ZstdEncoder.maxCompressedLength(block))) + 64;
            if (!CodecFilter.parallel(nblocks, size)) {
                // in order, each stream compressed in place behind the last: one output, no slots to close up
                long cap = base + (long) nblocks * slot + compressBound;
                if (cap < CodecFilter.MAX_ARRAY) {
                    byte[] dst = CodecFilter.output((int) cap);
                    op = base;
                    for (int j = 0; j < nblocks && op < hdr + size; j++) {
                        CodecFilter.writeIntLE(dst, hdr + 4 * j, op);
                        op = encodeBlock(raw, j, blk, size, tsz, level, shuffle, codec, splits, blosc2, dst, op,
                                compressBound, true, acceleration);
                    }
                    if (op < hdr + size) {
                        out = Arrays.copyOf(dst, op); // else no gain: stored as it is below
                    }
                }
            } else {
                // each block into its own slot, in parallel; then the slots are closed up in order behind the offsets
                byte[] slots = new byte[base + nblocks * slot];
                int[] ends = new int[nblocks];
                CodecFilter.forEachBlock(nblocks, size, j -> ends[j] = encodeBlock(raw, j, blk, size, tsz, level,
                        shuffle, codec, splits, blosc2, slots, base + j * slot, compressBound, false, acceleration));
                op = base;
                for (int j = 0; j < nblocks; j++) {
                    int n = ends[j] - (base + j * slot);
                    CodecFilter.writeIntLE(slots, hdr + 4 * j, op);
                    System.arraycopy(slots, base + j * slot, slots, op, n);
                    op += n;
                }
                if (op < hdr + size) {
                    out = slots; // else no gain: stored as it is below
                }
            }
        }
        if (out == null) {
            out = new byte[hdr + size];
            System.arraycopy(raw, 0, out, hdr, size);
            op = hdr + size;
            flags |= MEMCPYED;
        }
        if (blosc2) {
            Arrays.fill(out, HEADER, EXTENDED_HEADER, (byte) 0);
            // as python-blosc2 writes an explicit filter list: the shuffle first; then the compressor's code
            out[HEADER] = (byte) (shuffle == 1 ? FILTER_SHUFFLE : shuffle == 2 ? FILTER_BITSHUFFLE : 0);
            out[HEADER + 6] = (byte) (codec == FORMAT_LZ4 ? 1 : codec == FORMAT_ZLIB ? 4 : codec == FORMAT_ZSTD ? 5 : 0);
        }
        out[0] = (byte) (blosc2 ? 5 : 2); // blosc2 format 5 (stable), blosc1 format 2
        out[1] = 1; // every codec's format version in blosc 1.x
        out[2] = (byte) flags;
        out[3] = (byte) typesize;
        CodecFilter.writeIntLE(out, 4, size);
        CodecFilter.writeIntLE(out, 8, block);
        CodecFilter.writeIntLE(out, 12, op);
        return op == out.length ? out : Arrays.copyOf(out, op);
    }

    /**
     * Shuffles and compresses block {@code j} of {@code raw} into {@code dst} at {@code at}: per stream a 4-byte
     * size and the codec's bytes, or the bytes as they are when they do not shrink; returns the end. With
     * {@code inPlace} the codec writes straight into {@code dst}, which must have {@code compressBound} bytes of
     * room at every stream; else it writes into scratch and only what fits the stream is copied (parallel slots).
     */
    private static int encodeBlock(byte[] raw, int j, int blk, int size, int tsz, int level, int shuffle, int codec,
            int splitsOfWhole, boolean blosc2, byte[] dst, int at, int compressBound, boolean inPlace, int accel) {
        int sp = j * blk;
        int bsize = Math.min(blk, size - sp);
        byte[] src = raw;
        int from = sp;
        if (shuffle == 1 && tsz > 1) {
            src = CodecFilter.scratch(0, bsize);
            BitTranspose.byteShuffle(raw, sp, src, 0, bsize, tsz);
            from = 0;
        } else if (shuffle == 2) {
            src = CodecFilter.scratch(0, bsize);
            bitShuffle(raw, sp, src, bsize, tsz, blosc2);
            from = 0;
        }
        byte[] scratch = inPlace ? dst : CodecFilter.scratch(1, compressBound);
        int splits = bsize == blk ? splitsOfWhole : 1;
        int neblock = bsize / splits;
        for (int s = 0; s < splits; s++) {
            int c = compress(codec, level, accel, src, from + s * neblock, neblock, scratch, inPlace ? at + 4 : 0,
                    inPlace ? compressBound : scratch.length);
            if (c <= 0 || c >= neblock) {
                CodecFilter.writeIntLE(dst, at, neblock);
                System.arraycopy(src, from + s * neblock, dst, at + 4, neblock);
                at += 4 + neblock;
            } else {
                CodecFilter.writeIntLE(dst, at, c);
                if (!inPlace) {
                    System.arraycopy(scratch, 0, dst, at + 4, c);
                }
                at += 4 + c;
            }
        }
        return at;
    }

    private static final ThreadLocal<Deflater[]> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater[10]);

    /** Compresses into {@code dst} at {@code dp} with {@code room} bytes; returns the size, -1 if it did not fit. */
    private static int compress(int codec, int level, int accel, byte[] src, int from, int n, byte[] dst, int dp,
            int room) {
        switch (codec) {
            case FORMAT_BLOSCLZ:
                return BloscLz.compress(src, from, n, dst, dp);
            case FORMAT_LZ4:
                return Lz4Block.compress(src, from, n, dst, dp, accel);
            case FORMAT_ZSTD:
                return ZstdEncoder.compress(src, from, n, dst, dp, level);
            case FORMAT_ZLIB: {
                Deflater[] perLevel = DEFLATERS.get();
                int l = Math.max(1, Math.min(9, level));
                if (perLevel[l] == null) {
                    perLevel[l] = new Deflater(l);
                }
                Deflater d = perLevel[l];
                d.reset();
                d.setInput(src, from, n);
                d.finish();
                int c = 0;
                while (!d.finished() && c < room) {
                    c += d.deflate(dst, dp + c, room - c);
                }
                boolean done = d.finished();
                d.reset();
                return done ? c : -1;
            }
            default:
                throw new IllegalArgumentException("blosc codec " + codec + " cannot be written");
        }
    }

    private static Hdf5FormatException corrupt(String structure, String problem) {
        return new Hdf5FormatException(structure, -1, problem);
    }
}

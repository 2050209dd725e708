package org.nwbj.hdf5.internal.filter;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * HDF5 filter 4: szip, i.e. the CCSDS 121.0-B adaptive entropy coder (Rice coding with zero-block,
 * second-extension and uncompressed options, optionally after a nearest-neighbour predictor). Decode only.
 *
 * <p>Client data (H5Zszip.c): [0] option mask, [1] pixels per block, [2] bits per pixel, [3] pixels per scanline.
 * The chunk is a 4-byte little-endian uncompressed size followed by the coded bit stream. As in the szip
 * library and libaec's szip compatibility layer, 32- and 64-bit pixels are coded as 8-bit samples after byte
 * planes are separated, and scanlines that are not a whole number of blocks are padded to one.
 */
final class SzipFilter implements Filter {
    static final String STRUCTURE = "szip filter";
    private static final int UNKNOWN_SIZE_CAP = 256 << 20;
    private static final int MSB_OPTION = 16;
    private static final int NN_OPTION = 32;
    /** Zero-block count code meaning "to the end of this segment of 64 blocks or of the RSI". */
    private static final int ROS = 5;
    private static final int MAX_SE = 90; // the second-extension code of the pair (0, 12)
    /** For each second-extension code m, the a + b of its pair: the largest s with s(s + 1)/2 <= m. */
    private static final int[] SE_SUM = new int[MAX_SE + 1];

    static {
        for (int s = 0, m = 0; m <= MAX_SE; s++) {
            for (int j = 0; j <= s && m <= MAX_SE; j++) {
                SE_SUM[m++] = s;
            }
        }
    }

    @Override
    public int id() {
        return 4;
    }

    @Override
    public String name() {
        return "szip";
    }

    /**
     * Encodes as libaec's szip layer would lay the data out (interleaving, scanline padding, predictor), choosing
     * for each block the cheapest of zero-block, second-extension, split-sample and uncompressed coding. The bit
     * stream may differ from libaec's choices but decodes identically with libaec and with {@link #decode}.
     */
    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        if (p.clientDataCount() < 4) {
            throw new Hdf5FormatException(STRUCTURE, -1, "client data has " + p.clientDataCount()
                    + " values, need 4");
        }
        int mask = p.clientData(0, 0);
        int blockSize = p.clientData(1, 0);
        int bitsPerPixel = p.clientData(2, 0);
        int pixelsPerScanline = p.clientData(3, 0);
        if (blockSize < 2 || blockSize > 64 || (blockSize & 1) != 0 || bitsPerPixel < 1
                || bitsPerPixel > 32 && bitsPerPixel != 64 || pixelsPerScanline < 1
                || pixelsPerScanline > 4096 * blockSize) {
            throw new Hdf5UnsupportedException("szip parameters: " + blockSize + " pixels per block, "
                    + bitsPerPixel + " bits per pixel, " + pixelsPerScanline + " pixels per scanline");
        }
        boolean interleave = bitsPerPixel == 32 || bitsPerPixel == 64;
        int n = interleave ? 8 : bitsPerPixel;
        int sampleBytes = n > 16 ? 4 : n > 8 ? 2 : 1;
        boolean preprocess = (mask & NN_OPTION) != 0;
        boolean msb = (mask & MSB_OPTION) != 0;
        byte[] data = raw;
        if (interleave) {
            int word = bitsPerPixel / 8;
            int count = raw.length / word;
            data = new byte[raw.length];
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < word; j++) {
                    data[j * count + i] = raw[i * word + j];
                }
            }
        }
        int total = data.length / sampleBytes;
        int[] samples = new int[total];
        long xmax = (1L << n) - 1;
        for (int i = 0, at = 0; i < total; i++, at += sampleBytes) {
            int v = 0;
            for (int j = 0; j < sampleBytes; j++) {
                v |= (data[at + (msb ? sampleBytes - 1 - j : j)] & 0xff) << (8 * j);
            }
            samples[i] = (int) (v & xmax);
        }
        int rsi = (pixelsPerScanline + blockSize - 1) / blockSize;
        if (pixelsPerScanline % blockSize != 0) {
            // pad every scanline to whole blocks: with the predictor by repeating its last pixel, else with zeros
            int line = rsi * blockSize;
            int lines = (total + pixelsPerScanline - 1) / pixelsPerScanline;
            int[] padded = new int[lines * line];
            for (int l = 0; l < lines; l++) {
                int from = l * pixelsPerScanline;
                int len = Math.min(pixelsPerScanline, total - from);
                System.arraycopy(samples, from, padded, l * line, len);
                int fill = preprocess ? samples[from + len - 1] : 0;
                java.util.Arrays.fill(padded, l * line + len, (l + 1) * line, fill);
            }
            samples = padded;
        }
        BitOutput out = new BitOutput(raw.length / 2 + 16);
        for (int i = 0; i < 4; i++) {
            out.write(raw.length >>> (8 * i), 8);
        }
        new Encoder(out, n, blockSize, rsi, preprocess).encode(samples);
        return out.toByteArray(0);
    }

    /** Chooses and writes a coding option per block; blocks past the data repeat the last sample. */
    private static final class Encoder {
        private final BitOutput out;
        private final int n;
        private final int blockSize;
        private final int rsi;
        private final boolean preprocess;
        private final int idLen;
        private final int maxK;
        private final long xmax;

        Encoder(BitOutput out, int n, int blockSize, int rsi, boolean preprocess) {
            this.out = out;
            this.n = n;
            this.blockSize = blockSize;
            this.rsi = rsi;
            this.preprocess = preprocess;
            this.idLen = n > 16 ? 5 : n > 8 ? 4 : 3;
            this.maxK = Math.min((1 << idLen) - 3, n - 1);
            this.xmax = (1L << n) - 1;
        }

        void encode(int[] samples) {
            int perRsi = rsi * blockSize;
            long[] values = new long[perRsi];
            for (int start = 0; start < samples.length; start += perRsi) {
                int count = Math.min(perRsi, samples.length - start);
                int blocks = (count + blockSize - 1) / blockSize;
                int used = blocks * blockSize;
                for (int i = 0; i < used; i++) {
                    values[i] = samples[start + Math.min(i, count - 1)] & 0xffffffffL;
                }
                if (preprocess) {
                    map(values, used);
                }
                int b = 0;
                while (b < blocks) {
                    int ref = preprocess && b == 0 ? 1 : 0;
                    if (isZero(values, b * blockSize + ref, (b + 1) * blockSize)) {
                        // a run of zero blocks, not crossing a 64-block segment
                        int run = 1;
                        while (b + run < blocks && (b + run) % 64 != 0
                                && isZero(values, (b + run) * blockSize, (b + run + 1) * blockSize)) {
                            run++;
                        }
                        out.write(0, idLen + 1);
                        if (ref == 1) {
                            out.write(values[0], n);
                        }
                        // a run to the end of the 64-block segment, the interval or the data is cheaper as ROS
                        // ("remainder of segment"); zeros the decoder adds past the data are never output
                        boolean toEnd = (b + run) % 64 == 0 || b + run == rsi
                                || b + run == blocks && start + perRsi >= samples.length;
                        writeUnary(run < ROS ? run - 1 : toEnd ? ROS - 1 : run);
                        b += run;
                        continue;
                    }
                    writeBlock(values, b * blockSize, ref);
                    b++;
                }
            }
        }

        /** CCSDS 121.0-B prediction error mapping, in place; values[0] stays the reference sample. */
        private void map(long[] v, int count) {
            long prev = v[0];
            for (int i = 1; i < count; i++) {
                long x = v[i];
                long theta = Math.min(prev, xmax - prev);
                long delta = x - prev;
                long mapped;
                if (delta >= 0 && delta <= theta) {
                    mapped = 2 * delta;
                } else if (delta < 0 && -delta <= theta) {
                    mapped = -2 * delta - 1;
                } else {
                    mapped = theta + Math.abs(delta);
                }
                v[i] = mapped;
                prev = x;
            }
        }

        private static boolean isZero(long[] v, int from, int to) {
            for (int i = from; i < to; i++) {
                if (v[i] != 0) {
                    return false;
                }
            }
            return true;
        }

        private void writeBlock(long[] v, int from, int ref) {
            int first = from + ref;
            int end = from + blockSize;
            long uncompressedBits = (long) blockSize * n;
            // second extension: pairs (a, b) coded as (a + b)(a + b + 1) / 2 + b, usable while every code <= 90
            long seBits = 1;
            for (int i = ref == 1 ? from : first; i < end && seBits < uncompressedBits; i += 2) {
                long a = i < first ? 0 : v[i];
                long b = v[i + 1];
                long m = (a + b) * (a + b + 1) / 2 + b;
                seBits = a + b > 12 || m > MAX_SE ? Long.MAX_VALUE : seBits + m + 1;
            }
            int bestK = -1;
            long bestSplit = Long.MAX_VALUE;
            for (int k = 0; k <= maxK; k++) {
                long bits = (long) (end - first) * (k + 1);
                for (int i = first; i < end && bits < bestSplit; i++) {
                    bits += v[i] >>> k;
                }
                if (bits < bestSplit) {
                    bestSplit = bits;
                    bestK = k;
                }
            }
            if (seBits < bestSplit && seBits < uncompressedBits) {
                out.write(1, idLen + 1);
                if (ref == 1) {
                    out.write(v[from], n);
                }
                for (int i = ref == 1 ? from : first; i < end; i += 2) {
                    long a = i < first ? 0 : v[i];
                    long b = v[i + 1];
                    writeUnary((a + b) * (a + b + 1) / 2 + b);
                }
            } else if (bestSplit < uncompressedBits) {
                out.write(bestK + 1, idLen);
                if (ref == 1) {
                    out.write(v[from], n);
                }
                for (int i = first; i < end; i++) {
                    writeUnary(v[i] >>> bestK);
                }
                if (bestK > 0) {
                    for (int i = first; i < end; i++) {
                        out.write(v[i], bestK);
                    }
                }
            } else {
                out.write((1 << idLen) - 1, idLen);
                for (int i = from; i < end; i++) {
                    out.write(v[i], n);
                }
            }
        }

        private void writeUnary(long zeros) {
            for (long z = zeros; z > 0; z -= Math.min(z, 32)) {
                out.write(0, (int) Math.min(z, 32));
            }
            out.write(1, 1);
        }
    }

    @Override
    public byte[] decode(byte[] encoded, FilterParameters p) {
        if (p.clientDataCount() < 4) {
            throw new Hdf5FormatException(STRUCTURE, -1, "client data has " + p.clientDataCount()
                    + " values, need 4");
        }
        int mask = p.clientData(0, 0);
        int blockSize = p.clientData(1, 0);
        int bitsPerPixel = p.clientData(2, 0);
        int pixelsPerScanline = p.clientData(3, 0);
        if (blockSize < 2 || blockSize > 64 || (blockSize & 1) != 0) {
            throw new Hdf5FormatException(STRUCTURE, -1, "pixels per block " + blockSize);
        }
        if (bitsPerPixel < 1 || bitsPerPixel > 32 && bitsPerPixel != 64) {
            throw new Hdf5FormatException(STRUCTURE, -1, "bits per pixel " + bitsPerPixel);
        }
        if (pixelsPerScanline < 1 || pixelsPerScanline > 4096 * blockSize) {
            throw new Hdf5FormatException(STRUCTURE, -1, "pixels per scanline " + pixelsPerScanline);
        }
        if (encoded.length < 4) {
            throw new Hdf5FormatException(STRUCTURE, -1, "chunk of " + encoded.length
                    + " bytes has no size header");
        }
        long outSizeRaw = (encoded[0] & 0xffL) | (encoded[1] & 0xffL) << 8 | (encoded[2] & 0xffL) << 16
                | (encoded[3] & 0xffL) << 24;
        long cap = p.chunkBytes() > 0 ? p.chunkBytes() : UNKNOWN_SIZE_CAP;
        if (outSizeRaw > cap) {
            throw new Hdf5FormatException(STRUCTURE, -1, "decoded size " + outSizeRaw + " exceeds " + cap);
        }
        int outSize = (int) outSizeRaw;

        boolean interleave = bitsPerPixel == 32 || bitsPerPixel == 64;
        int n = interleave ? 8 : bitsPerPixel;
        int sampleBytes = n > 16 ? 4 : n > 8 ? 2 : 1;
        int rsi = (pixelsPerScanline + blockSize - 1) / blockSize;
        boolean padded = pixelsPerScanline % blockSize != 0;
        long streamBytes;
        if (padded) {
            long scanlines = (outSize / sampleBytes + pixelsPerScanline - 1) / pixelsPerScanline;
            streamBytes = scanlines * rsi * blockSize * sampleBytes;
        } else {
            streamBytes = outSize;
        }
        // padding grows each scanline to whole blocks: at most twice the data when a scanline holds a block, which
        // HDF5 guarantees; anything far beyond is a corrupt pipeline message, not a reason to allocate
        if (streamBytes > Math.min(Integer.MAX_VALUE - 16, 2L * cap + (1 << 20))) {
            throw new Hdf5FormatException(STRUCTURE, -1, "decoded size " + streamBytes + " too large");
        }
        byte[] stream = new byte[(int) streamBytes];
        int samples = (int) (streamBytes / sampleBytes);
        Decoder d = new Decoder(new BitInput(encoded, 4, STRUCTURE), n, blockSize, rsi,
                (mask & NN_OPTION) != 0, (mask & MSB_OPTION) != 0, sampleBytes);
        d.decode(stream, samples);

        byte[] lines = stream;
        if (padded) {
            int lineBytes = pixelsPerScanline * sampleBytes;
            int paddedLineBytes = rsi * blockSize * sampleBytes;
            lines = new byte[outSize];
            // a size that is not a whole number of samples can leave a partial sample past the last padded line
            for (int src = 0, dst = 0; dst < outSize && src < stream.length; src += paddedLineBytes,
                    dst += lineBytes) {
                System.arraycopy(stream, src, lines, dst, Math.min(Math.min(lineBytes, outSize - dst),
                        stream.length - src));
            }
        }
        if (!interleave) {
            return lines.length == outSize ? lines : java.util.Arrays.copyOf(lines, outSize);
        }
        // the coder saw byte planes: byte j of every pixel, then byte j + 1 ...
        int word = bitsPerPixel / 8;
        int count = outSize / word;
        byte[] out = new byte[outSize];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < word; j++) {
                out[i * word + j] = lines[j * count + i];
            }
        }
        return out;
    }

    /** One pass over the coded stream; {@link #decode} writes {@code samples} samples. */
    private static final class Decoder {
        private final BitInput in;
        private final int n;
        private final int blockSize;
        private final int rsi;
        private final boolean preprocess;
        private final boolean msb;
        private final int sampleBytes;
        private final int idLen;
        private final long xmax;
        private final int[] rsiBuffer;

        Decoder(BitInput in, int n, int blockSize, int rsi, boolean preprocess, boolean msb, int sampleBytes) {
            this.in = in;
            this.n = n;
            this.blockSize = blockSize;
            this.rsi = rsi;
            this.preprocess = preprocess;
            this.msb = msb;
            this.sampleBytes = sampleBytes;
            this.idLen = n > 16 ? 5 : n > 8 ? 4 : 3;
            this.xmax = (1L << n) - 1;
            this.rsiBuffer = new int[rsi * blockSize];
        }

        void decode(byte[] out, int samples) {
            int done = 0;
            while (done < samples) {
                int used = decodeRsi(samples - done);
                int take = Math.min(used, samples - done);
                if (preprocess) {
                    unmap(used);
                }
                write(out, done, take);
                done += take;
            }
        }

        /** Decodes the blocks of one reference sample interval, stopping once {@code wanted} samples exist. */
        private int decodeRsi(int wanted) {
            int[] buf = rsiBuffer;
            int used = 0;
            int uncompressed = (1 << idLen) - 1;
            while (used < buf.length && used < wanted) {
                int ref = preprocess && used == 0 ? 1 : 0;
                int id = (int) in.read(idLen);
                if (id == 0) {
                    boolean secondExtension = in.read(1) == 1;
                    if (ref == 1) {
                        buf[used++] = (int) in.read(n);
                    }
                    if (secondExtension) {
                        // pairs (a, b) were coded as m = (a + b)(a + b + 1) / 2 + b; with a reference sample
                        // the first pair only contributes b
                        for (int i = ref; i < blockSize; ) {
                            int m = in.readUnary();
                            if (m > MAX_SE) {
                                throw new Hdf5FormatException(STRUCTURE, -1, "second-extension code " + m);
                            }
                            int sum = SE_SUM[m];
                            int b = m - sum * (sum + 1) / 2;
                            if ((i & 1) == 0) {
                                buf[used++] = sum - b;
                                i++;
                            }
                            buf[used++] = b;
                            i++;
                        }
                    } else {
                        int blocks = in.readUnary() + 1;
                        if (blocks == ROS) {
                            int b = used / blockSize;
                            blocks = Math.min(rsi - b, 64 - (b % 64));
                        } else if (blocks > ROS) {
                            blocks--;
                        }
                        long zeros = (long) blocks * blockSize - ref;
                        if (zeros > buf.length - used) {
                            throw new Hdf5FormatException(STRUCTURE, -1, blocks
                                    + " zero blocks run past the reference sample interval");
                        }
                        java.util.Arrays.fill(buf, used, used + (int) zeros, 0);
                        used += (int) zeros;
                    }
                } else if (id == uncompressed) {
                    for (int i = 0; i < blockSize; i++) {
                        buf[used++] = (int) in.read(n);
                    }
                } else {
                    int k = id - 1;
                    if (ref == 1) {
                        buf[used++] = (int) in.read(n);
                    }
                    int count = blockSize - ref;
                    for (int i = 0; i < count; i++) {
                        buf[used + i] = in.readUnary() << k;
                    }
                    if (k > 0) {
                        for (int i = 0; i < count; i++) {
                            buf[used + i] += (int) in.read(k);
                        }
                    }
                    used += count;
                }
            }
            return used;
        }

        /** Inverts the CCSDS unit-delay predictor mapping in place; buf[0] is the reference sample. */
        private void unmap(int used) {
            int[] buf = rsiBuffer;
            long x = buf[0] & xmax;
            for (int i = 1; i < used; i++) {
                long d = buf[i] & 0xffffffffL;
                boolean lowSide = x < xmax - x;
                long theta = lowSide ? x : xmax - x;
                if (d <= 2 * theta) {
                    x = (d & 1) == 0 ? x + (d >>> 1) : x - ((d + 1) >>> 1);
                } else {
                    x = lowSide ? d : xmax - d;
                }
                x &= xmax; // only corrupt data leaves the range; keep it bounded
                buf[i] = (int) x;
            }
        }

        private void write(byte[] out, int firstSample, int count) {
            int[] buf = rsiBuffer;
            int at = firstSample * sampleBytes;
            switch (sampleBytes) {
                case 1:
                    for (int i = 0; i < count; i++) {
                        out[at + i] = (byte) buf[i];
                    }
                    break;
                case 2:
                    for (int i = 0; i < count; i++, at += 2) {
                        int v = buf[i];
                        out[at + (msb ? 0 : 1)] = (byte) (v >>> 8);
                        out[at + (msb ? 1 : 0)] = (byte) v;
                    }
                    break;
                default:
                    for (int i = 0; i < count; i++, at += 4) {
                        int v = buf[i];
                        for (int j = 0; j < 4; j++) {
                            out[at + (msb ? 3 - j : j)] = (byte) (v >>> (8 * j));
                        }
                    }
                    break;
            }
        }
    }
}

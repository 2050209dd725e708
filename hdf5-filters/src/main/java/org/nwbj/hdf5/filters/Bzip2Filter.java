package org.nwbj.hdf5.filters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.nwbj.hdf5.ReadLimits;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * HDF5 filter 307, bzip2 ({@code H5Zbzip2.c}): the chunk is one bzip2 stream. Client data: {@code [block size
 * 1-9]} (in units of 100 kB; 9 when absent), which only matters on write. Uses Apache Commons Compress.
 */
public final class Bzip2Filter extends CodecFilter {
    /** The HDF5 filter id of bzip2. */
    public static final int ID = 307;

    @Override
    public int id() {
        return ID;
    }

    @Override
    public String name() {
        return "bzip2";
    }

    @Override
    byte[] decodeChunk(byte[] in, FilterParameters p) {
        try (InputStream s = new BZip2CompressorInputStream(new ByteArrayInputStream(in), false)) {
            return readCapped(s, in.length, p);
        } catch (IOException e) {
            throw corrupt("corrupt bzip2 stream of " + in.length + " bytes: " + e.getMessage());
        }
    }

    /**
     * Reads a decompressing stream whose decoded size is not stored, to its end: output beyond the chunk's own
     * size (or 64 KiB) is held to {@code maxCompressionRatio} times the stored bytes, and all of it to
     * {@code maxChunkBytes}, checked as the output grows so a bomb never buys a big array.
     */
    byte[] readCapped(InputStream s, int storedBytes, FilterParameters p) throws IOException {
        ReadLimits limits = p.limits();
        long max = Math.min(limits.maxChunkBytes(), MAX_ARRAY);
        long free = Math.max(p.chunkBytes(), 1 << 16);
        long ratioCap = Math.max(free, Math.max(1, storedBytes) * Math.min(limits.maxCompressionRatio(), 1L << 30));
        byte[] out = new byte[(int) Math.min(max, p.chunkBytes() > 0 ? p.chunkBytes() : 1 << 16)];
        int n = 0;
        while (true) {
            if (n == out.length) {
                int probe = s.read();
                if (probe < 0) {
                    return out;
                }
                long grown = Math.min(Math.max(out.length * 2L, 64), max);
                if (n + 1 > max) {
                    ReadLimits.check("maxChunkBytes", n + 1L, max, structure() + ": decoded size");
                }
                if (n + 1 > ratioCap) {
                    long stored = Math.max(1, storedBytes);
                    ReadLimits.check("maxCompressionRatio", (n + stored) / stored, limits.maxCompressionRatio(),
                            structure() + ": " + storedBytes + " stored bytes decoding past " + n + " bytes, ratio");
                }
                out = Arrays.copyOf(out, (int) Math.min(grown, Math.max(ratioCap, n + 1)));
                out[n++] = (byte) probe;
                continue;
            }
            int got = s.read(out, n, out.length - n);
            if (got < 0) {
                return n == out.length ? out : Arrays.copyOf(out, n);
            }
            n += got;
        }
    }

    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        int level = p.clientData(0, 9);
        if (level < 1 || level > 9) {
            level = 9;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length / 4 + 64);
        try (BZip2CompressorOutputStream out = new BZip2CompressorOutputStream(bytes, level)) {
            out.write(raw);
        } catch (IOException e) {
            throw new IllegalStateException("bzip2 into memory failed", e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }
}

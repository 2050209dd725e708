package org.nwbj.hdf5.internal.filter;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.ReadLimits;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;

/** HDF5 filter 1: zlib-wrapped deflate (what the C library writes with {@code compress2}). */
final class DeflateFilter implements Filter {
    static final String STRUCTURE = "deflate filter";
    /** When the chunk size is unknown, the most a chunk may inflate to; stops zip bombs from eating the heap. */
    static final int UNKNOWN_SIZE_CAP = 256 << 20;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    /** Inflater holds native state that is costly to create; one per thread, reset between chunks. */
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(Inflater::new);
    /** Likewise one Deflater per thread and level. */
    private static final ThreadLocal<Deflater[]> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater[10]);

    @Override
    public int id() {
        return 1;
    }

    @Override
    public String name() {
        return "deflate";
    }

    @Override
    public byte[] decode(byte[] encoded, FilterParameters p) {
        int expected = p.chunkBytes();
        long cap = expected > 0 ? Math.max(2L * expected, 64L << 20) : UNKNOWN_SIZE_CAP;
        cap = Math.min(cap, Math.min(MAX_ARRAY, p.limits().maxChunkBytes()));
        // a bomb is refused while streaming: output may grow only to ratio x input (deflate's own maximum is
        // about 1032), so a few stored bytes never buy a big array
        long ratioCap = Math.max(4096, encoded.length * Math.min(p.limits().maxCompressionRatio(), 1L << 30));
        Inflater inf = INFLATERS.get();
        inf.reset();
        inf.setInput(encoded);
        // the common case: the stored chunk inflates to exactly chunkBytes, so one exact array suffices
        byte[] out = new byte[(int) Math.min(Math.min(cap, ratioCap),
                expected > 0 ? expected : Math.max(64, encoded.length * 4L))];
        int n = 0;
        try {
            while (true) {
                if (n == out.length) {
                    if (inf.finished()) {
                        break;
                    }
                    // probe one byte: a stream that ends exactly here must not cost a bigger array
                    if (out.length >= cap) {
                        byte[] probe = new byte[1];
                        if (inf.inflate(probe) > 0) {
                            throw new Hdf5FormatException(STRUCTURE, -1, "deflate output exceeds " + cap
                                    + " bytes (chunk size " + expected + ")");
                        }
                        if (inf.finished()) {
                            break;
                        }
                        checkStuck(inf);
                        continue;
                    }
                    out = Arrays.copyOf(out, (int) Math.min(Math.min(cap, ratioCap + 1),
                            Math.max(out.length * 2L, 64)));
                }
                int got = inf.inflate(out, n, out.length - n);
                n += got;
                if (n > ratioCap) {
                    long len = Math.max(1, encoded.length);
                    ReadLimits.check("maxCompressionRatio", (n + len - 1) / len, p.limits().maxCompressionRatio(),
                            "deflate stream of " + encoded.length + " bytes inflating past " + ratioCap
                            + " bytes: ratio");
                }
                if (inf.finished()) {
                    break;
                }
                if (got == 0) {
                    checkStuck(inf);
                }
            }
        } catch (DataFormatException e) {
            throw new Hdf5FormatException(STRUCTURE, -1, "corrupt deflate stream: " + e.getMessage());
        } finally {
            inf.reset();
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static void checkStuck(Inflater inf) {
        if (inf.needsDictionary()) {
            throw new Hdf5FormatException(STRUCTURE, -1, "deflate stream needs a preset dictionary");
        }
        if (inf.needsInput()) {
            throw new Hdf5FormatException(STRUCTURE, -1, "deflate stream is truncated");
        }
    }

    /** This thread's deflater for {@code level} (0-9), reset: deflaters are costly to create and hold native memory. */
    static Deflater deflater(int level) {
        Deflater[] perLevel = DEFLATERS.get();
        if (perLevel[level] == null) {
            perLevel[level] = new Deflater(level);
        }
        Deflater def = perLevel[level];
        def.reset();
        return def;
    }

    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        int level = p.clientData(0, 6);
        if (level < 0 || level > 9) {
            level = 6; // the C library rejects this when the pipeline is set; be lenient on write
        }
        Deflater def = deflater(level);
        try {
            def.setInput(raw);
            def.finish();
            byte[] out = new byte[(int) Math.min(MAX_ARRAY, raw.length + (raw.length >> 9) + 64L)];
            int n = 0;
            while (!def.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, (int) Math.min(MAX_ARRAY, out.length * 2L));
                }
                n += def.deflate(out, n, out.length - n);
            }
            return Arrays.copyOf(out, n);
        } finally {
            def.reset(); // drop the reference to the input
        }
    }
}

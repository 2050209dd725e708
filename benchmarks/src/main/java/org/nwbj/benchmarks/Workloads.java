package org.nwbj.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The workload files written by workloads.py (h5py), their manifest, and the check values every peer reports. */
final class Workloads {
    static final String PYTHON = System.getProperty("nwbj.python", "/usr/bin/python3");
    static final int CHUNK_ROWS = 1000;
    static final int COLS = 10;

    final Path dir;
    final JsonNode manifest;

    Workloads(Path dir) throws IOException {
        this.dir = dir;
        this.manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    long[] rows() {
        JsonNode r = manifest.get("rows");
        long[] out = new long[r.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.get(i).asLong();
        }
        return out;
    }

    /** [offset, size] of each stored chunk of chunked.h5, in row order. */
    long[][] chunks() {
        JsonNode c = manifest.get("chunks");
        long[][] out = new long[c.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new long[] {c.get(i).get(0).asLong(), c.get(i).get(1).asLong()};
        }
        return out;
    }

    /** Generates the workload files at {@code scale} in {@code dir} unless its manifest exists (for JMH). */
    static Workloads ensure(Path dir, double scale) throws IOException, InterruptedException {
        if (!Files.exists(dir.resolve("manifest.json"))) {
            Files.createDirectories(dir);
            Path script = dir.resolve("workloads.py");
            try (InputStream in = Workloads.class.getResourceAsStream("workloads.py")) {
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            Process p = new ProcessBuilder(PYTHON, script.toString(), "generate", dir.toString(),
                    Double.toString(scale)).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("workloads.py generate failed (needs " + PYTHON + " with h5py and numpy; "
                        + "set -Dnwbj.python=...)");
            }
        }
        return new Workloads(dir);
    }

    // ---- check values: CRC-32 of the little-endian bytes, as workloads.py computes them ----

    static String crc(CRC32 c) {
        return String.format("%08x", c.getValue());
    }

    static String crcDoubles(double[]... arrays) {
        CRC32 c = new CRC32();
        ByteBuffer b = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] a : arrays) {
            for (double v : a) {
                if (!b.hasRemaining()) {
                    c.update(b.flip());
                    b.clear();
                }
                b.putDouble(v);
            }
        }
        c.update(b.flip());
        return crc(c);
    }

    static String crcLongs(long[]... arrays) {
        CRC32 c = new CRC32();
        ByteBuffer b = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        for (long[] a : arrays) {
            for (long v : a) {
                if (!b.hasRemaining()) {
                    c.update(b.flip());
                    b.clear();
                }
                b.putLong(v);
            }
        }
        c.update(b.flip());
        return crc(c);
    }

    static String crcBytes(byte[] a) {
        CRC32 c = new CRC32();
        c.update(a);
        return crc(c);
    }

    /** What the metadata walk accumulates; printed like workloads.py's metadata_check. */
    static final class Acc {
        long groups;
        long datasets;
        long attrs;
        double sum;
        long strlen;

        void value(Object v) {
            if (v instanceof Number n) {
                sum += n.doubleValue();
            } else if (v instanceof String s) {
                strlen += s.length();
            } else if (v instanceof Object[] a) {
                for (Object o : a) {
                    value(o);
                }
            } else if (v instanceof double[] a) {
                for (double d : a) {
                    sum += d;
                }
            } else if (v instanceof long[] a) {
                for (long d : a) {
                    sum += d;
                }
            } else if (v != null) {
                throw new IllegalStateException("unexpected attribute value " + v.getClass());
            }
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "groups=%d datasets=%d attrs=%d sum=%.1f strlen=%d", groups, datasets, attrs, sum,
                    strlen);
        }
    }
}

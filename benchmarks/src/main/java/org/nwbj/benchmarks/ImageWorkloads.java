package org.nwbj.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The image-stack workloads ({@code image_bslz4_*}, {@code image_blosc_*}): the FRAMES x 512 x 512 uint16 stack
 * images.py writes with bitshuffle+LZ4 and with blosc (lz4, byte shuffle), read whole, read frame by frame, and
 * written with the same filter, by nwbj with the hdf5-filters plug-ins.
 */
final class ImageWorkloads {
    interface Measure {
        void measure(String peer, String how, long bytes, Compare.Rep rep) throws Exception;
    }

    private ImageWorkloads() {
    }

    static void run(Path dir, String workload, Measure m) throws Exception {
        String[] parts = workload.split("_");
        String filter = parts[1];
        String kind = parts[2];
        Path file = dir.resolve("images_" + filter + ".h5");
        long[] dims;
        try (Hdf5File f = Hdf5File.open(file)) {
            dims = ((Dataset) f.get("/data")).space().dims();
        }
        long bytes = dims[0] * dims[1] * dims[2] * 2;
        switch (kind) {
            case "read" -> m.measure("nwbj", "Dataset.readRaw() (chunks decoded in parallel)", bytes, () -> {
                byte[] a;
                try (Hdf5File f = Hdf5File.open(file)) {
                    a = ((Dataset) f.get("/data")).readRaw();
                }
                return () -> Workloads.crcBytes(a);
            });
            case "frames" -> m.measure("nwbj", "Dataset.readRaw(Selection.box) for every frame", bytes, () -> {
                CRC32 c = new CRC32();
                try (Hdf5File f = Hdf5File.open(file)) {
                    Dataset d = (Dataset) f.get("/data");
                    for (long i = 0; i < dims[0]; i++) {
                        c.update(d.readRaw(Selection.box(new long[] {i, 0, 0}, new long[] {1, dims[1], dims[2]})));
                    }
                }
                return () -> Workloads.crc(c);
            });
            case "write" -> {
                byte[] payload;
                try (Hdf5File f = Hdf5File.open(file)) {
                    payload = ((Dataset) f.get("/data")).readRaw();
                }
                Path out = dir.resolve("write_" + filter + "_nwbj.h5");
                m.measure("nwbj", "createDataset(chunks 1x512x512)." + (filter.equals("bslz4") ? "bitshuffleLz4()"
                        : "blosc(LZ4, 5, BYTE)") + ".writeBytes", bytes, () -> {
                            try (Hdf5Writer w = Hdf5Writer.create(out)) {
                                DatasetOptions o = DatasetOptions.of(DataTypes.UINT16, dims).chunks(1, dims[1], dims[2]);
                                o = filter.equals("bslz4") ? o.bitshuffleLz4()
                                        : o.blosc(DatasetOptions.BloscCodec.LZ4, 5, DatasetOptions.BloscShuffle.BYTE);
                                w.root().createDataset("data", o).writeBytes(Selection.all(dims), payload);
                            }
                            return () -> "written";
                        });
                Files.deleteIfExists(out);
            }
            default -> throw new IllegalArgumentException("unknown image workload " + workload);
        }
    }
}

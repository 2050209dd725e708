package org.nwbj.spark.internal;

import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Selection;

/**
 * Walks the slices of a partition block by block: a block is whole chunks (about batchRows rows, at least one
 * chunk), cut only by the slice's ends, so every chunk is decoded once. A file that fails is named, or skipped
 * from there on with ignoreCorruptFiles.
 */
final class Blocks implements AutoCloseable {
    private final List<Slice> slices;
    private final String datasetPath;
    private final Columns.Kind kind;
    private final boolean ignoreCorrupt;
    private final long batchRows;
    private final Configuration conf;
    private int next;
    private Slice slice;
    private Hdf5File file;
    private Dataset dataset;
    private long[] dims;
    private long position;
    private long blockBytes; // 0: blocks of batchRows rows

    // the current block
    String fileName;
    long start;
    int rows;
    int width;
    Object data; // a primitive array of rows*width values, or Object[] for strings and compounds

    Blocks(List<Slice> slices, String datasetPath, Columns.Kind kind, boolean ignoreCorrupt, long batchRows,
            Configuration conf) {
        this.slices = slices;
        this.datasetPath = datasetPath;
        this.kind = kind;
        this.ignoreCorrupt = ignoreCorrupt;
        this.batchRows = Math.max(1, batchRows);
        this.conf = conf;
    }

    /** Blocks of about this many bytes (whole chunks, at least one) instead of batchRows rows. */
    Blocks bytesPerBlock(long bytes) {
        this.blockBytes = bytes;
        return this;
    }

    /** Moves to the next block; false at the end of the partition. */
    boolean next() {
        while (true) {
            if (slice == null || position >= slice.end()) {
                if (next >= slices.size()) {
                    return false;
                }
                Slice s = slices.get(next++);
                if (slice == null || !s.file().equals(slice.file())) {
                    closeFile();
                }
                slice = s;
                position = s.start();
            }
            try {
                read();
                return true;
            } catch (RuntimeException e) {
                if (!ignoreCorrupt) {
                    throw Hdf5Scan.named(slice.file(), e);
                }
                skipFile();
            }
        }
    }

    private void read() {
        if (file == null) {
            file = Storages.open(slice.file(), conf);
            dataset = FileShape.dataset(file, slice.file(), datasetPath);
            dims = dataset.space().dims();
            width = (int) Columns.width(java.util.Arrays.copyOfRange(dims, 1, dims.length));
        }
        long cr = slice.chunkRows();
        long want = blockBytes > 0 ? blockBytes / Math.max(1, (long) width * elementBytes()) : batchRows;
        long span = Math.max(cr, want / cr * cr);
        long end = Math.min(slice.end(), position / cr * cr + span);
        fileName = slice.file();
        start = position;
        rows = Math.toIntExact(end - position);
        Selection sel = Selection.rows(dims, position, rows);
        data = switch (kind) {
            case BYTE -> dataset.readBytes(sel);
            case SHORT -> dataset.readShorts(sel);
            case INT -> dataset.readInts(sel);
            case LONG -> dataset.readLongs(sel);
            case FLOAT -> dataset.readFloats(sel);
            case DOUBLE -> dataset.readDoubles(sel);
            case STRING, STRUCT -> dataset.readValues(sel);
        };
        position = end;
    }

    private int elementBytes() {
        return switch (kind) {
            case BYTE -> 1;
            case SHORT -> 2;
            case INT, FLOAT -> 4;
            default -> 8;
        };
    }

    /** Drops the rest of the current file's slices (ignoreCorruptFiles). */
    private void skipFile() {
        String f = slice.file();
        closeFileQuietly();
        while (next < slices.size() && slices.get(next).file().equals(f)) {
            next++;
        }
        slice = null;
    }

    private void closeFile() {
        if (file != null) {
            Hdf5File f = file;
            file = null;
            dataset = null;
            f.close();
        }
    }

    private void closeFileQuietly() {
        try {
            closeFile();
        } catch (RuntimeException e) {
            file = null;
        }
    }

    @Override
    public void close() {
        closeFile();
    }
}

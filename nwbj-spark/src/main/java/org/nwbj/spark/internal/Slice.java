package org.nwbj.spark.internal;

import java.io.Serializable;

/** Rows [start, end) of one file; start and end fall on chunk boundaries unless an index filter or the end cuts. */
public record Slice(String file, long start, long end, long chunkRows) implements Serializable {
    public long rows() {
        return end - start;
    }
}

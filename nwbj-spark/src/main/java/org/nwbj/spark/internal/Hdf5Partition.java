package org.nwbj.spark.internal;

import java.util.List;

import org.apache.spark.sql.connector.read.InputPartition;

/** The slices one task reads: whole chunks of one large file, or several small files grouped. */
public record Hdf5Partition(List<Slice> slices) implements InputPartition {
}

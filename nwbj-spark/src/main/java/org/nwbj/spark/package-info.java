/**
 * Apache Spark data sources for HDF5 and NWB files: {@code spark.read.format("hdf5")} ({@link
 * org.nwbj.spark.Hdf5DataSource}) and {@code spark.read.format("nwb")} ({@link org.nwbj.spark.NwbDataSource}).
 * See docs/spark.md for the options and how partitions are formed.
 */
package org.nwbj.spark;

package org.nwbj.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * benchmarks/spark.sh runs this: the mean of every block of rows of /data in every file of a directory, on
 * local[2]. Prints one JSON line: the seconds of each repetition, the number of blocks and the sum of the means
 * (a checksum the Python side prints too).
 * Arguments: DIRECTORY BLOCK_ROWS REPETITIONS [MASTER [scan]].
 */
public final class SparkBench {
    private SparkBench() {
    }

    public static void main(String[] args) {
        String dir = args[0];
        long block = Long.parseLong(args[1]);
        int reps = Integer.parseInt(args[2]);
        String master = args.length > 3 ? args[3] : "local[2]";
        SparkSession spark = SparkSession.builder().master(master).appName("nwbj-spark-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        List<Double> seconds = new ArrayList<>();
        long blocks = 0;
        double checksum = 0;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            org.apache.spark.sql.Dataset<Row> df = spark.read().format("hdf5").option("dataset", "/data").load(dir);
            // "scan": the read alone (a sum of every value), to tell reading from aggregating
            Row out = args.length > 4 && args[4].equals("scan")
                    ? df.agg(org.apache.spark.sql.functions.count("*"), sum("value")).first()
                    : df.groupBy(col("file"), floor(col("index").divide(block)).as("block"))
                    .agg(avg("value").as("mean"))
                    .agg(org.apache.spark.sql.functions.count("*"), sum("mean")).first();
            seconds.add((System.nanoTime() - t0) / 1e9);
            blocks = out.getLong(0);
            checksum = out.getDouble(1);
        }
        System.out.println("{\"seconds\": " + seconds + ", \"blocks\": " + blocks + ", \"checksum\": " + checksum
                + "}");
        spark.stop();
    }
}

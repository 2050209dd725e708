package org.nwbj.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * benchmarks/spark.sh runs this: the mean of every block of rows of /data in every file of a directory, on
 * local[2]. Prints one JSON line: the seconds of each repetition, the number of blocks and the sum of the means
 * (a checksum the Python side prints too) and the process CPU seconds of each (all threads: under load
 * the fairer comparison); on stderr, where each repetition's time went (creating the
 * DataFrame, planning, running; tasks, their summed run and CPU time). Each repetition is the whole user-visible
 * work: load (schema from the first file), plan (every file's shape), run, collect.
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
        AtomicLong tasks = new AtomicLong();
        AtomicLong runNanos = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong deserNanos = new AtomicLong();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                    tasks.incrementAndGet();
                    runNanos.addAndGet(end.taskMetrics().executorRunTime() * 1_000_000L);
                    cpuNanos.addAndGet(end.taskMetrics().executorCpuTime());
                    deserNanos.addAndGet(end.taskMetrics().executorDeserializeTime() * 1_000_000L);
                }
            }
        });
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<Double> seconds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        long blocks = 0;
        double checksum = 0;
        for (int r = 0; r < reps; r++) {
            tasks.set(0);
            runNanos.set(0);
            cpuNanos.set(0);
            deserNanos.set(0);
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Dataset<Row> df = spark.read().format("hdf5").option("dataset", "/data").load(dir);
            long t1 = System.nanoTime();
            // "scan": the read alone (a sum of every value), to tell reading from aggregating
            Dataset<Row> q = args.length > 4 && args[4].equals("scan")
                    ? df.agg(org.apache.spark.sql.functions.count("*"), sum("value"))
                    : df.groupBy(col("file"), floor(col("index").divide(block)).as("block"))
                    .agg(avg("value").as("mean"))
                    .agg(org.apache.spark.sql.functions.count("*"), sum("mean"));
            q.queryExecution().executedPlan();
            long t2 = System.nanoTime();
            Row out = q.collectAsList().get(0);
            long t3 = System.nanoTime();
            seconds.add((t3 - t0) / 1e9);
            cpu.add(Math.round((os.getProcessCpuTime() - c0) / 1e7) / 100.0);
            blocks = out.getLong(0);
            checksum = out.getDouble(1);
            try {
                Thread.sleep(200); // the listener bus delivers task ends asynchronously
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.err.printf("rep %d: load %.3f s, plan %.3f s, run+collect %.3f s; %d tasks, run %.2f s, cpu %.2f s,"
                    + " deserialize %.2f s%n", r, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, tasks.get(),
                    runNanos.get() / 1e9, cpuNanos.get() / 1e9, deserNanos.get() / 1e9);
        }
        System.out.println("{\"seconds\": " + seconds + ", \"cpu\": " + cpu + ", \"blocks\": " + blocks + ", \"checksum\": " + checksum
                + "}");
        spark.stop();
    }
}

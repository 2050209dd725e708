package org.nwbj.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.execution.datasources.v2.BatchScanExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.spark.internal.Hdf5Partition;
import org.nwbj.spark.internal.ReadStats;
import org.nwbj.spark.internal.Slice;

/** format("hdf5") over files nwbj writes: values, partitions, pruning, errors, the writer. */
class Hdf5SourceTest {
    static SparkSession spark;
    @TempDir
    static Path dir;
    static Path set;
    static final int FILES = 200;
    static final Map<String, Double> SUMS = new HashMap<>();
    static final Map<String, Long> ROWS = new HashMap<>();

    @BeforeAll
    static void setUp() throws Exception {
        spark = LocalSpark.start();
        spark.sparkContext().hadoopConfiguration().set("fs.nwbjtest.impl", OtherFs.class.getName());
        spark.sparkContext().hadoopConfiguration().set("fs.nwbjtest.impl.disable.cache", "true");
        set = Files.createDirectories(dir.resolve("set"));
        // 200 tiny files: /x 1-D float64 (chunks of 8 rows, gzip), /m 2-D int32 rows x 3
        for (int f = 0; f < FILES; f++) {
            int rows = 5 + f % 37;
            double[] x = new double[rows];
            int[] m = new int[rows * 3];
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                x[i] = f * 1000 + i * 0.5;
                sum += x[i];
                for (int j = 0; j < 3; j++) {
                    m[i * 3 + j] = f + i * 10 + j;
                }
            }
            Path p = set.resolve(String.format("f%03d.h5", f));
            try (Hdf5Writer w = Hdf5Writer.create(p)) {
                w.root().createDataset("x", DatasetOptions.of(DataTypes.FLOAT64, rows).chunks(8).deflate(4))
                        .writeAll(x);
                w.root().createGroup("g").createDataset("m", DatasetOptions.of(DataTypes.INT32, rows, 3)
                        .chunks(4, 3)).writeAll(m);
            }
            SUMS.put(p.toString(), sum);
            ROWS.put(p.toString(), (long) rows);
        }
    }

    @AfterAll
    static void tearDown() {
        spark.stop();
    }

    Dataset<Row> read(String dataset, String... paths) {
        return spark.read().format("hdf5").option("dataset", dataset).load(paths);
    }

    @Test
    void countsSumsAndPerFileAggregatesOfADirectory() {
        Dataset<Row> df = read("/x", set.toString());
        assertThat(df.schema().fieldNames()).containsExactly("file", "index", "value");
        long total = ROWS.values().stream().mapToLong(Long::longValue).sum();
        assertThat(df.count()).isEqualTo(total);
        double sum = SUMS.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(df.agg(org.apache.spark.sql.functions.sum("value")).first().getDouble(0))
                .isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-6 * sum));
        List<Row> per = df.groupBy("file").agg(org.apache.spark.sql.functions.sum("value"),
                org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.max("index"))
                .collectAsList();
        assertThat(per).hasSize(FILES);
        for (Row r : per) {
            assertThat(r.getDouble(1)).as(r.getString(0)).isEqualTo(SUMS.get(r.getString(0)));
            assertThat(r.getLong(2)).isEqualTo(ROWS.get(r.getString(0)));
            assertThat(r.getLong(3)).isEqualTo(ROWS.get(r.getString(0)) - 1);
        }
    }

    @Test
    void globsAndSeveralPathsAndTheRowAndColumnarPathsAgree() {
        Dataset<Row> glob = read("/g/m", set.resolve("f00*.h5").toString());
        long rows = 0;
        for (int f = 0; f < 10; f++) {
            rows += ROWS.get(set.resolve(String.format("f%03d.h5", f)).toString());
        }
        assertThat(glob.count()).isEqualTo(rows);
        Dataset<Row> two = read("/g/m", set.resolve("f001.h5").toString(), set.resolve("f002.h5").toString());
        assertThat(two.select("file").distinct().count()).isEqualTo(2);
        // N-D rows as an array column, columnar and not
        Row first = read("/g/m", set.resolve("f002.h5").toString()).where("index = 1").first();
        assertThat(first.getList(2)).containsExactly(12, 13, 14);
        assertThat(executedPlan(glob)).contains("ColumnarToRow");
        List<Row> columnar = glob.orderBy("file", "index").collectAsList();
        Dataset<Row> rowwise = spark.read().format("hdf5").option("dataset", "/g/m").option("columnar", "false")
                .load(set.resolve("f00*.h5").toString());
        assertThat(executedPlan(rowwise)).doesNotContain("ColumnarToRow");
        assertThat(rowwise.orderBy("file", "index").collectAsList()).isEqualTo(columnar);
        // flattened columns
        Dataset<Row> flat = spark.read().format("hdf5").option("dataset", "/g/m").option("flatten", "true")
                .load(set.resolve("f002.h5").toString());
        assertThat(flat.schema().fieldNames()).containsExactly("file", "index", "value_0", "value_1", "value_2");
        Row r = flat.where("index = 1").first();
        assertThat(new Object[] {r.get(2), r.get(3), r.get(4)}).containsExactly(12, 13, 14);
    }

    static String executedPlan(Dataset<Row> df) {
        return df.queryExecution().executedPlan().toString();
    }

    static List<Slice> slices(Dataset<Row> df) {
        List<Slice> out = new ArrayList<>();
        var plan = df.queryExecution().executedPlan();
        List<BatchScanExec> scans = new ArrayList<>();
        plan.foreach(node -> {
            if (node instanceof BatchScanExec b) {
                scans.add(b);
            }
            return null;
        });
        assertThat(scans).hasSize(1);
        for (InputPartition p : scans.get(0).batch().planInputPartitions()) {
            out.addAll(((Hdf5Partition) p).slices());
        }
        return out;
    }

    static ScanColumns scanSchema(Dataset<Row> df) {
        List<BatchScanExec> scans = new ArrayList<>();
        df.queryExecution().executedPlan().foreach(node -> {
            if (node instanceof BatchScanExec b) {
                scans.add(b);
            }
            return null;
        });
        assertThat(scans).hasSize(1);
        return new ScanColumns(scans.get(0).scan().readSchema().fieldNames());
    }

    record ScanColumns(String[] names) {
    }

    Dataset<Row> blockMeans(String dataset, boolean push, String... columns) {
        Dataset<Row> df = spark.read().format("hdf5").option("dataset", dataset).option("flatten", "true")
                .option("aggregatePushdown", String.valueOf(push)).load(set.toString());
        org.apache.spark.sql.Column v = functions.col(columns[0]);
        return df.groupBy(functions.col("file"), functions.floor(functions.col("index").divide(8)).as("block"))
                .agg(functions.avg(v), functions.count("*"), functions.min(v), functions.max(v),
                        functions.sum(functions.col(columns[columns.length - 1])), functions.max("index"))
                .orderBy("file", "block");
    }

    @Test
    void aggregatesGroupedByFileAndBlockArePushedAndEqualTheRowPath() {
        Dataset<Row> pushed = blockMeans("/x", true, "value");
        assertThat(scanSchema(pushed).names()).as("the scan returns partial aggregates")
                .containsExactly("file", "key1", "agg0", "agg1", "agg2", "agg3", "agg4", "agg5");
        Dataset<Row> rows = blockMeans("/x", false, "value");
        assertThat(scanSchema(rows).names()).containsExactly("file", "index", "value");
        List<Row> expected = rows.collectAsList();
        long blocks = 0;
        for (long n : ROWS.values()) {
            blocks += (n + 7) / 8;
        }
        assertThat(expected).hasSize((int) blocks);
        assertThat(pushed.collectAsList()).isEqualTo(expected);
        // integers, flattened columns, and partitions that split files
        Dataset<Row> ints = blockMeans("/g/m", true, "value_1", "value_2");
        assertThat(scanSchema(ints).names()).contains("agg0");
        assertThat(ints.collectAsList()).isEqualTo(blockMeans("/g/m", false, "value_1", "value_2").collectAsList());
        // per file, a filter Spark no longer evaluates, and a global aggregate of no rows
        Dataset<Row> df = read("/x", set.toString());
        String one = set.resolve("f005.h5").toString();
        Row r = df.where(functions.col("file").equalTo(one).and(functions.col("index").lt(3)))
                .agg(functions.count("*"), functions.sum("value")).first();
        assertThat(r.getLong(0)).isEqualTo(3);
        assertThat(r.getDouble(1)).isEqualTo(5000 * 3 + 0.5 + 1.0);
        Row none = df.where("index > 100000").agg(functions.count("*"), functions.sum("value"),
                functions.max("value")).first();
        assertThat(none.getLong(0)).isZero();
        assertThat(none.isNullAt(1)).isTrue();
        assertThat(none.isNullAt(2)).isTrue();
        assertThat(df.groupBy("file").count().count()).isEqualTo(FILES);
    }

    @Test
    void groupKeysOfEveryShapeAgreeWithTheRowPath() {
        // monotone keys (runs found by galloping, rising or falling) and others (% and int casts: row by row)
        for (String key : new String[] {"floor((100D - index) / 3)", "ceil(index * 0.3D)", "index % 5",
                "floor((100 - index) / 3)",
                "cast(index / 7 as int)", "floor(index / 4) * 2 + 1", "floor(index / 1000000)"}) {
            List<Dataset<Row>> two = new ArrayList<>();
            for (int push = 0; push < 2; push++) {
                two.add(spark.read().format("hdf5").option("dataset", "/x")
                        .option("aggregatePushdown", String.valueOf(push == 1)).load(set.toString())
                        .groupBy(functions.col("file"), functions.expr(key).as("k"))
                        .agg(functions.sum("value"), functions.count("*"), functions.min("index"))
                        .orderBy("file", "k"));
            }
            assertThat(scanSchema(two.get(1)).names()).as(key).contains("agg0");
            assertThat(two.get(1).collectAsList()).as(key).isEqualTo(two.get(0).collectAsList());
        }
    }

    @Test
    void partitionsNeverSplitAChunkAndGroupSmallFiles() {
        Dataset<Row> df = spark.read().format("hdf5").option("dataset", "/x").option("partitionBytes", "100")
                .load(set.toString());
        List<Slice> slices = slices(df);
        long rows = 0;
        for (Slice s : slices) {
            long n = ROWS.get(s.file());
            assertThat(s.start() % 8).as(s.toString()).isZero();
            assertThat(s.end() % 8 == 0 || s.end() == n).as(s.toString()).isTrue();
            rows += s.rows();
        }
        assertThat(rows).isEqualTo(ROWS.values().stream().mapToLong(Long::longValue).sum());
        // by default small files are grouped as Spark's file sources do: each counts openCostInBytes (4 MiB)
        // against maxPartitionBytes (128 MiB), so 32 files a partition
        Dataset<Row> grouped = read("/x", set.toString());
        assertThat(grouped.rdd().getNumPartitions()).isEqualTo((FILES + 31) / 32);
        assertThat(slices(grouped)).hasSize(FILES);
    }

    @Test
    void pruningReadsOnlyTheChunksNeeded() throws Exception {
        Path big = dir.resolve("big.h5");
        double[] v = new double[100_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        try (Hdf5Writer w = Hdf5Writer.create(big)) {
            w.root().createDataset("v", DatasetOptions.of(DataTypes.FLOAT64, v.length).chunks(1000)).writeAll(v);
        }
        ReadStats.reset();
        assertThat(read("/v", big.toString()).agg(org.apache.spark.sql.functions.sum("value")).first()
                .getDouble(0)).isEqualTo(99_999.0 * 100_000 / 2);
        long whole = ReadStats.bytes();
        assertThat(whole).isGreaterThan(800_000);
        ReadStats.reset();
        Dataset<Row> some = read("/v", big.toString()).where("index >= 5000 and index < 6000");
        assertThat(some.agg(org.apache.spark.sql.functions.sum("value")).first().getDouble(0))
                .isEqualTo((5000.0 + 5999.0) * 1000 / 2);
        assertThat(ReadStats.bytes()).as("bytes read for 1 of 100 chunks").isLessThan(whole / 20);
        assertThat(slices(some)).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(5000);
            assertThat(s.end()).isEqualTo(6000);
        });
        // a file filter opens only that file
        ReadStats.reset();
        String one = set.resolve("f007.h5").toString();
        assertThat(read("/x", set.toString()).where(org.apache.spark.sql.functions.col("file").equalTo(one))
                .count()).isEqualTo(ROWS.get(one));
        long oneFile = ReadStats.bytes();
        ReadStats.reset();
        read("/x", set.toString()).count();
        assertThat(oneFile).isLessThan(ReadStats.bytes() / 50);
    }

    @Test
    void aSchemaMismatchNamesTheFile() throws Exception {
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(set.resolve("f001.h5"), mixed.resolve("a.h5"));
        try (Hdf5Writer w = Hdf5Writer.create(mixed.resolve("b.h5"))) {
            w.root().createDataset("x", DatasetOptions.of(DataTypes.INT16, 4).chunks(2)).writeAll(new short[4]);
        }
        assertThatThrownBy(() -> read("/x", mixed.toString()).count())
                .hasStackTraceContaining(mixed.resolve("b.h5").toString())
                .hasStackTraceContaining("does not match");
    }

    @Test
    void aCorruptFileFailsTheJobNamingItOrIsSkipped() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.copy(set.resolve("f001.h5"), bad.resolve("a.h5"));
        Files.copy(set.resolve("f002.h5"), bad.resolve("c.h5"));
        byte[] b = Files.readAllBytes(set.resolve("f003.h5"));
        Files.write(bad.resolve("b.h5"), java.util.Arrays.copyOf(b, 300));
        assertThatThrownBy(() -> read("/x", bad.toString()).count())
                .hasStackTraceContaining(bad.resolve("b.h5").toString());
        long expected = ROWS.get(set.resolve("f001.h5").toString()) + ROWS.get(set.resolve("f002.h5").toString());
        assertThat(spark.read().format("hdf5").option("dataset", "/x").option("ignoreCorruptFiles", "true")
                .load(bad.toString()).count()).isEqualTo(expected);
        spark.conf().set("spark.sql.files.ignoreCorruptFiles", "true");
        try {
            assertThat(read("/x", bad.toString()).count()).isEqualTo(expected);
        } finally {
            spark.conf().unset("spark.sql.files.ignoreCorruptFiles");
        }
    }

    @Test
    void theWriterWritesOneChunkedDatasetPerPartition() throws Exception {
        Path out = dir.resolve("out");
        Dataset<Row> df = spark.range(0, 1000).repartition(3)
                .selectExpr("id", "cast(id * 0.5 as double) as half");
        df.write().format("hdf5").mode("overwrite").option("chunkRows", "64").option("deflate", "6")
                .save(out.toString());
        long files;
        try (var s = Files.list(out)) {
            files = s.filter(p -> p.toString().endsWith(".h5")).count();
        }
        assertThat(files).isEqualTo(3);
        Dataset<Row> back = spark.read().format("hdf5").option("dataset", "/data").option("flatten", "true")
                .load(out.toString());
        assertThat(back.count()).isEqualTo(1000);
        Row sums = back.agg(org.apache.spark.sql.functions.sum("value_0"), org.apache.spark.sql.functions.sum(
                "value_1")).first();
        assertThat(sums.getDouble(0)).isEqualTo(999.0 * 1000 / 2);
        assertThat(sums.getDouble(1)).isEqualTo(999.0 * 1000 / 4);
        try (var s = Files.list(out); org.nwbj.hdf5.Hdf5File h5 = org.nwbj.hdf5.Hdf5File.open(
                s.filter(p -> p.toString().endsWith(".h5")).findFirst().orElseThrow())) {
            assertThat(h5.dataset("data").chunkDims()).containsExactly(64, 2);
            assertThat(h5.dataset("data").filters()).isNotEmpty();
        }
    }

    @Test
    void aDataFrameIsWrittenAsOneFamilyAndReadBackAsOneFile() throws Exception {
        Path fam = Files.createDirectories(dir.resolve("family"));
        String pattern = fam.resolve("run_%d.h5").toString();
        Dataset<Row> df = spark.range(0, 200_000, 1, 3).selectExpr("id", "cast(id * 0.25 as double) as q");
        // 3.2 MB of rows in members of 256 KiB: several members, one writer
        df.write().format("hdf5").option("memberBytes", String.valueOf(256 << 10)).option("chunkRows", "4096")
                .save(pattern);
        assertThat(h5Files(fam)).isGreaterThan(5);
        try (org.nwbj.hdf5.Hdf5File h5 = org.nwbj.hdf5.Hdf5File.open(Path.of(pattern),
                org.nwbj.hdf5.OpenOptions.family(0))) {
            assertThat(h5.dataset("data").space().dims()).containsExactly(200_000, 2);
            assertThat(h5.dataset("data").chunkDims()).containsExactly(4096, 2);
        }
        Dataset<Row> back = spark.read().format("hdf5").option("dataset", "/data").option("flatten", "true")
                .option("partitionBytes", String.valueOf(1 << 20)).load(pattern);
        assertThat(back.select("file").distinct().collectAsList()).extracting(r -> r.getString(0))
                .containsExactly(pattern);
        Row sums = back.agg(functions.count("*"), functions.sum("value_0"), functions.sum("value_1"),
                functions.max(functions.abs(functions.col("value_0").minus(functions.col("index"))))).first();
        assertThat(sums.getLong(0)).isEqualTo(200_000);
        assertThat(sums.getDouble(1)).isEqualTo(199_999.0 * 200_000 / 2);
        assertThat(sums.getDouble(2)).isEqualTo(199_999.0 * 200_000 / 8);
        assertThat(sums.getDouble(3)).isZero(); // rows in order: partitions appended in their order
        assertThat(slices(back)).hasSizeGreaterThan(1); // the family's chunks spread over partitions

        assertThatThrownBy(() -> df.write().format("hdf5").save(pattern)).hasMessageContaining("run_0.h5");
        assertThatThrownBy(() -> df.write().format("hdf5").mode("append").save(pattern))
                .hasMessageContaining("append");
        spark.range(0, 10).selectExpr("id").write().format("hdf5").mode("overwrite").save(pattern);
        assertThat(h5Files(fam)).isEqualTo(1); // the longer family's members are gone
        assertThat(spark.read().format("hdf5").option("dataset", "/data").load(pattern)
                .agg(functions.sum("value")).first().getLong(0)).isEqualTo(45);
    }

    static long h5Files(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".h5")).count();
        }
    }

    @Test
    void saveModesAreSparksAndOtherFilesystemsAreWrittenThroughHadoop() throws Exception {
        Path out = dir.resolve("modes");
        Dataset<Row> df = spark.range(0, 100).repartition(2).selectExpr("id");
        df.write().format("hdf5").save(out.toString()); // errorifexists on a new directory: written
        assertThat(h5Files(out)).isEqualTo(2);
        assertThatThrownBy(() -> df.write().format("hdf5").save(out.toString()))
                .hasMessageContaining("PATH_ALREADY_EXISTS");
        df.write().format("hdf5").mode("ignore").save(out.toString());
        assertThat(h5Files(out)).isEqualTo(2);
        df.write().format("hdf5").mode("append").save(out.toString());
        assertThat(h5Files(out)).isEqualTo(4);
        assertThat(read("/data", out.toString()).count()).isEqualTo(200);
        df.write().format("hdf5").mode("overwrite").save(out.toString());
        assertThat(h5Files(out)).isEqualTo(2);
        try (var s = Files.list(out)) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("_"))).as("no staging left").isEmpty();
        }
        // a Hadoop filesystem other than the local one: local temporary files copied through the FileSystem API
        Path remote = dir.resolve("remote");
        df.write().format("hdf5").option("dataset", "ids").save("nwbjtest://" + remote);
        assertThat(h5Files(remote)).isEqualTo(2);
        assertThat(read("/ids", "nwbjtest://" + remote).agg(functions.sum("value")).first().getLong(0))
                .isEqualTo(99L * 100 / 2);
    }

    @Test
    void filesOnAnotherHadoopFilesystemAreReadThroughIt() {
        ReadStats.reset();
        Row r = read("/x", "nwbjtest://" + set.resolve("f01*.h5")).selectExpr("count(*)", "sum(value)", "min(file)")
                .first();
        long rows = 0;
        double sum = 0;
        for (int f = 10; f < 20; f++) {
            rows += ROWS.get(set.resolve(String.format("f%03d.h5", f)).toString());
            sum += SUMS.get(set.resolve(String.format("f%03d.h5", f)).toString());
        }
        assertThat(r.getLong(0)).isEqualTo(rows);
        assertThat(r.getDouble(1)).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.getString(2)).startsWith("nwbjtest:");
        assertThat(ReadStats.bytes()).isPositive();
    }
}

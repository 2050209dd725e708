package org.nwbj.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 200 small files h5py writes (gzip chunks, compounds, 2-D): what Spark aggregates equals what numpy computes. */
@Tag("interop")
class H5pyInteropTest {
    static final String WRITE = """
            import h5py, json, numpy as np, os, sys
            out = sys.argv[1]
            truth = {}
            for f in range(200):
                n = 3 + (f * 7) % 40
                p = os.path.join(out, "h5py-%03d.h5" % f)
                x = np.arange(n, dtype="f8") * 0.25 + f
                c = np.zeros(n, dtype=[("a", "<i4"), ("b", "<f8"), ("s", "S6")])
                c["a"] = np.arange(n) * 3 - f
                c["b"] = np.arange(n) / 8.0
                c["s"] = [b"r%d" % i for i in range(n)]
                m = (np.arange(n * 4, dtype="f4").reshape(n, 4) + f) / 2
                with h5py.File(p, "w") as h:
                    h.create_dataset("x", data=x, chunks=(8,), maxshape=(None,), compression="gzip", shuffle=True)
                    h.create_dataset("g/c", data=c, chunks=(5,), maxshape=(None,))
                    h.create_dataset("m", data=m, chunks=(6, 4), maxshape=(None, 4), compression="gzip")
                truth[p] = {"rows": n, "x": float(x.sum()), "a": int(c["a"].sum()), "b": float(c["b"].sum()),
                            "m": float(m.astype("f8").sum())}
            print(json.dumps(truth))
            """;
    static SparkSession spark;
    static JsonNode truth;
    @TempDir
    static Path dir;
    static Path set;

    @BeforeAll
    static void write() throws Exception {
        Python.require(false, "h5py, numpy");
        set = Files.createDirectories(dir.resolve("set"));
        truth = new ObjectMapper().readTree(Python.script(null, dir, "write.py", WRITE, set.toString()));
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    Dataset<Row> read(String dataset) {
        return spark.read().format("hdf5").option("dataset", dataset).load(set.toString());
    }

    @Test
    void gzipChunksPerFileSumsAndCountsEqualNumpy() {
        List<Row> per = read("/x").groupBy("file").agg(sum("value"), count("*")).collectAsList();
        assertThat(per).hasSize(200);
        double total = 0;
        for (Row r : per) {
            JsonNode t = truth.get(r.getString(0));
            assertThat(r.getDouble(1)).as(r.getString(0)).isCloseTo(t.get("x").asDouble(), Offset.offset(1e-9));
            assertThat(r.getLong(2)).isEqualTo(t.get("rows").asLong());
            total += t.get("x").asDouble();
        }
        assertThat(read("/x").agg(sum("value")).first().getDouble(0)).isCloseTo(total, Offset.offset(1e-6));
    }

    @Test
    void compoundsAreStructs() {
        Dataset<Row> c = read("/g/c");
        assertThat(c.schema().apply("value").dataType().simpleString()).isEqualTo("struct<a:int,b:double,s:string>");
        List<Row> per = c.groupBy("file").agg(sum("value.a"), sum("value.b")).collectAsList();
        assertThat(per).hasSize(200);
        for (Row r : per) {
            JsonNode t = truth.get(r.getString(0));
            assertThat(r.getLong(1)).isEqualTo(t.get("a").asLong());
            assertThat(r.getDouble(2)).isCloseTo(t.get("b").asDouble(), Offset.offset(1e-9));
        }
        assertThat(c.where(col("index").equalTo(2)).select("value.s").distinct().first().getString(0))
                .isEqualTo("r2");
    }

    @Test
    void twoDimensionalRowsAsArraysAndFlattened() {
        Dataset<Row> m = read("/m").selectExpr("file", "aggregate(value, cast(0 as double), (acc, v) -> acc + v) s");
        for (Row r : m.groupBy("file").agg(sum("s")).collectAsList()) {
            assertThat(r.getDouble(1)).isCloseTo(truth.get(r.getString(0)).get("m").asDouble(), Offset.offset(1e-6));
        }
        Dataset<Row> flat = spark.read().format("hdf5").option("dataset", "/m").option("flatten", "true")
                .load(set.toString()).selectExpr("value_0 + value_1 + value_2 + value_3 s");
        double expected = 0;
        for (JsonNode t : truth) {
            expected += t.get("m").asDouble();
        }
        assertThat(flat.agg(sum("s")).first().getDouble(0)).isCloseTo(expected, Offset.offset(1e-3));
    }
}

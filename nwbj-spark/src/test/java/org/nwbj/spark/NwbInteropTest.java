package org.nwbj.spark;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.nwbj.nwb.ArrayData;
import org.nwbj.nwb.NWBFile;
import org.nwbj.nwb.NwbIO;
import org.nwbj.nwb.TimeSeries;

/**
 * 50 NWB files, 25 written by pynwb (with Units) and 25 by nwbj: the series list, the samples of a series and
 * the spike times Spark reads equal what pynwb reads from the same files.
 */
@Tag("interop")
class NwbInteropTest {
    static final String WRITE_AND_READ = """
            import json, os, sys
            from datetime import datetime, timezone
            import numpy as np
            from pynwb import NWBFile, NWBHDF5IO, TimeSeries
            out = sys.argv[1]
            for f in range(25):
                nwb = NWBFile(session_description="spark", identifier="py%d" % f,
                              session_start_time=datetime(2020, 1, 1, tzinfo=timezone.utc))
                n = 10 + f
                nwb.add_acquisition(TimeSeries(name="ts", data=np.arange(n) * 1.5 + f, unit="mV", rate=100.0,
                                               starting_time=0.5, description="rated"))
                m = 4 + f % 5
                nwb.add_acquisition(TimeSeries(name="stamped", data=np.arange(m * 2, dtype="f8").reshape(m, 2),
                                               unit="m", timestamps=np.arange(m) * 0.1 + f))
                for u in range(1 + f % 3):
                    nwb.add_unit(spike_times=np.arange(u + 2) * 0.01 + f + u, id=100 * f + u)
                with NWBHDF5IO(os.path.join(out, "pynwb-%02d.nwb" % f), "w") as io:
                    io.write(nwb)
            truth = {}
            for name in sorted(os.listdir(out)):
                p = os.path.join(out, name)
                with NWBHDF5IO(p, "r") as io:
                    nwb = io.read()
                    series = [o for o in nwb.objects.values() if isinstance(o, TimeSeries)]
                    ts = nwb.acquisition["ts"]
                    data = np.asarray(ts.data[:], dtype="f8")
                    if ts.timestamps is not None:
                        t = np.asarray(ts.timestamps[:])
                    else:
                        t = ts.starting_time + np.arange(len(data)) / ts.rate
                    st = nwb.acquisition["stamped"]
                    e = {"series": len(series), "units": sorted(set(o.unit for o in series)),
                         "ts_rows": int(len(data)), "ts_sum": float(data.sum()), "ts_time": float(t.sum()),
                         "stamped_sum": float(np.asarray(st.data[:]).sum()),
                         "stamped_time": float(np.asarray(st.timestamps[:]).sum()), "spikes": 0, "spike_sum": 0.0,
                         "id_sum": 0}
                    if nwb.units is not None:
                        for i, uid in enumerate(nwb.units.id[:]):
                            s = nwb.units["spike_times"][i]
                            e["spikes"] += len(s)
                            e["spike_sum"] += float(np.sum(s))
                            e["id_sum"] += int(uid) * len(s)
                    truth[p] = e
            print(json.dumps(truth))
            """;
    static SparkSession spark;
    static JsonNode truth;
    @TempDir
    static Path dir;
    static Path set;

    @BeforeAll
    static void write() throws Exception {
        String pythonPath = Python.require(true, "pynwb");
        set = Files.createDirectories(dir.resolve("set"));
        OffsetDateTime start = OffsetDateTime.of(2021, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC);
        for (int f = 0; f < 25; f++) {
            NWBFile nwb = new NWBFile("nwbj" + f, "spark", start);
            int n = 5 + f;
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = i * 2.0 - f;
            }
            nwb.addAcquisition(new TimeSeries("ts", ArrayData.of(d), "uV").setRate(1.25, 20.0));
            int m = 3 + f % 4;
            double[] s = new double[m * 2];
            double[] t = new double[m];
            for (int i = 0; i < m; i++) {
                s[2 * i] = i;
                s[2 * i + 1] = f;
                t[i] = f + i * 0.5;
            }
            nwb.addAcquisition(new TimeSeries("stamped", ArrayData.of(s, m, 2), "m").setTimestamps(t));
            NwbIO.write(nwb, set.resolve(String.format("nwbj-%02d.nwb", f)));
        }
        truth = new ObjectMapper().readTree(Python.script(pythonPath, dir, "nwb.py", WRITE_AND_READ, set.toString()));
        assertThat(truth.size()).isEqualTo(50);
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void oneRowPerTimeSeries() {
        Dataset<Row> list = spark.read().format("nwb").load(set.toString());
        assertThat(list.schema().fieldNames()).containsExactly("file", "path", "neurodata_type", "unit", "rate",
                "starting_time", "shape", "description");
        List<Row> per = list.groupBy("file").agg(count("*")).collectAsList();
        assertThat(per).hasSize(50);
        for (Row r : per) {
            assertThat(r.getLong(1)).as(r.getString(0)).isEqualTo(truth.get(r.getString(0)).get("series").asLong());
        }
        Row ts = list.where("path = '/acquisition/ts' and file like '%pynwb-03.nwb'").first();
        assertThat(ts.getString(2)).isEqualTo("TimeSeries");
        assertThat(ts.getString(3)).isEqualTo("mV");
        assertThat(ts.getDouble(4)).isEqualTo(100.0);
        assertThat(ts.getDouble(5)).isEqualTo(0.5);
        assertThat(ts.getList(6)).containsExactly(13L);
        assertThat(ts.getString(7)).isEqualTo("rated");
    }

    @Test
    void samplesOfASeriesWithComputedAndStoredTimes() {
        Dataset<Row> ts = spark.read().format("nwb").option("series", "acquisition/ts").load(set.toString())
                .selectExpr("file", "time", "data[0] as v");
        List<Row> per = ts.groupBy("file").agg(count("*"), sum("v"), sum("time")).collectAsList();
        assertThat(per).hasSize(50);
        for (Row r : per) {
            JsonNode t = truth.get(r.getString(0));
            assertThat(r.getLong(1)).as(r.getString(0)).isEqualTo(t.get("ts_rows").asLong());
            assertThat(r.getDouble(2)).isCloseTo(t.get("ts_sum").asDouble(), Offset.offset(1e-9));
            assertThat(r.getDouble(3)).isCloseTo(t.get("ts_time").asDouble(), Offset.offset(1e-9));
        }
        Dataset<Row> stamped = spark.read().format("nwb").option("series", "acquisition/stamped")
                .load(set.toString()).selectExpr("file", "time", "data[0] + data[1] as v");
        for (Row r : stamped.groupBy("file").agg(sum("v"), sum("time")).collectAsList()) {
            JsonNode t = truth.get(r.getString(0));
            assertThat(r.getDouble(1)).isCloseTo(t.get("stamped_sum").asDouble(), Offset.offset(1e-9));
            assertThat(r.getDouble(2)).isCloseTo(t.get("stamped_time").asDouble(), Offset.offset(1e-9));
        }
    }

    @Test
    void aLargeSeriesIsCutAtItsChunksAndIndexAndTimeRangesArePushed() throws Exception {
        Path big = Files.createDirectories(dir.resolve("big"));
        int n = 10_000;
        double[] d = new double[n * 2];
        for (int i = 0; i < n; i++) {
            d[2 * i] = i;
            d[2 * i + 1] = -i;
        }
        // chunks of 500 rows, rate 1000 Hz from t = 2 s
        NWBFile nwb = new NWBFile("big", "spark", OffsetDateTime.of(2021, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC));
        nwb.addAcquisition(new TimeSeries("ts", ArrayData.of(d, org.nwbj.hdf5.DatasetOptions.of(
                org.nwbj.hdf5.type.DataTypes.FLOAT64, n, 2).chunks(500, 2).deflate(1)), "V").setRate(2.0, 1000.0));
        NwbIO.write(nwb, big.resolve("big.nwb"));
        Dataset<Row> all = spark.read().format("nwb").option("series", "acquisition/ts")
                .option("partitionBytes", "40000").load(big.toString());
        List<org.nwbj.spark.internal.Slice> slices = Hdf5SourceTest.slices(all);
        assertThat(slices.size()).as("one file over several slices").isGreaterThan(1);
        for (org.nwbj.spark.internal.Slice sl : slices) {
            assertThat(sl.start() % 500).isZero();
            assertThat(sl.end() % 500 == 0 || sl.end() == n).isTrue();
        }
        Row whole = all.selectExpr("count(*)", "sum(data[0])", "max(time)").first();
        assertThat(whole.getLong(0)).isEqualTo(n);
        assertThat(whole.getDouble(1)).isEqualTo((n - 1.0) * n / 2);
        assertThat(whole.getDouble(2)).isCloseTo(2.0 + (n - 1) / 1000.0, Offset.offset(1e-9));
        // index range: only the slices holding it are planned
        Dataset<Row> some = all.where("index >= 1200 and index < 1300");
        assertThat(Hdf5SourceTest.slices(some)).singleElement()
                .satisfies(sl -> assertThat(sl.end() - sl.start()).isEqualTo(100));
        assertThat(some.selectExpr("sum(data[1])").first().getDouble(0)).isEqualTo(-(1200.0 + 1299.0) * 100 / 2);
        // time range: the rows in [3 s, 3.5 s)
        Row t = all.where("time >= 3.0 and time < 3.5").selectExpr("count(*)", "min(index)").first();
        assertThat(t.getLong(0)).isEqualTo(500);
        assertThat(t.getLong(1)).isEqualTo(1000);
    }

    @Test
    void unitsSpikeTimesAsRows() {
        Dataset<Row> spikes = spark.read().format("nwb").option("table", "units").load(set.toString());
        assertThat(spikes.schema().fieldNames()).containsExactly("file", "unit_id", "spike_time");
        List<Row> per = spikes.groupBy("file").agg(count("*"), sum("spike_time"), sum("unit_id")).collectAsList();
        long withUnits = 0;
        for (JsonNode t : truth) {
            withUnits += t.get("spikes").asLong() > 0 ? 1 : 0;
        }
        assertThat(per).hasSize((int) withUnits).hasSize(25);
        for (Row r : per) {
            JsonNode t = truth.get(r.getString(0));
            assertThat(r.getLong(1)).isEqualTo(t.get("spikes").asLong());
            assertThat(r.getDouble(2)).isCloseTo(t.get("spike_sum").asDouble(), Offset.offset(1e-9));
            assertThat(r.getLong(3)).isEqualTo(t.get("id_sum").asLong());
        }
    }
}

package org.nwbj.nwb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.nwb.types.NWBFile;
import org.nwbj.nwb.types.TypedIO;
import org.nwbj.nwb.types.TypedObject;

/**
 * Done-when 1 of issue 16: pynwb writes one file per pynwb.testing.mock builder (mock_roundtrip.py); nwbj reads
 * each as the generated classes (every object of a core or hdmf-common type is an instance of the class of that
 * name), its every object and field equal to pynwb's (mock_roundtrip.py fields: both sides as JSON by object id,
 * fields named alike compared by value), and writes it again with TypedIO; pynwb reads nwbj's file equal, field for field, to its own
 * (mock_roundtrip.py compare), and pynwb's validator and nwbinspector report no error on it.
 */
@Tag("interop")
class MockRoundTripInteropTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void findPynwb() throws Exception {
        PynwbInteropTest.findPynwb();
    }

    @Test
    void everyMockBuilderRoundTripsThroughTheTypedClasses() throws Exception {
        Path theirs = dir.resolve("pynwb");
        Path ours = Files.createDirectories(dir.resolve("nwbj"));
        String script = Paths.get("src/test/scripts/mock_roundtrip.py").toString();
        org.nwbj.testing.Python.Result w = PynwbInteropTest.run(PynwbInteropTest.pythonPath(), "/usr/bin/python3", script,
                "write", theirs.toString());
        assertThat(w.exit()).as(w.out()).isZero();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(theirs)) {
            s.filter(p -> p.toString().endsWith(".nwb")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(31);
        List<Path> written = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Path f : files) {
            try (NWBFile nwb = TypedIO.read(f)) {
                checkClasses(nwb, Collections.newSetFromMap(new IdentityHashMap<>()));
                Files.writeString(theirs.resolve(f.getFileName() + ".json"), TypedJson.dump(nwb));
                Path out = ours.resolve(f.getFileName());
                TypedIO.write(nwb, out);
                written.add(out);
            } catch (RuntimeException | AssertionError e) {
                java.io.StringWriter trace = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(trace));
                failed.add(f.getFileName() + ": " + trace.toString().lines().limit(6)
                        .collect(java.util.stream.Collectors.joining("\n")));
            }
        }
        assertThat(failed).isEmpty();
        org.nwbj.testing.Python.Result fields = PynwbInteropTest.run(PynwbInteropTest.pythonPath(), "/usr/bin/python3",
                script, "fields", theirs.toString());
        System.out.println(fields.out());
        assertThat(fields.exit()).as(fields.out()).isZero();
        org.nwbj.testing.Python.Result c = PynwbInteropTest.run(PynwbInteropTest.pythonPath(), "/usr/bin/python3", script,
                "compare", theirs.toString(), ours.toString());
        assertThat(c.exit()).as(c.out()).isZero();
        PynwbInteropTest.nwbCheck(written.toArray(new Path[0]));
    }

    /** Objects of types with a generated class are instances of it. */
    private static void checkClasses(Object v, Set<Object> seen) {
        if (v instanceof TypedObject o) {
            if (!seen.add(o)) {
                return;
            }
            String type = o.neurodataType();
            if (type != null && ("core".equals(o.namespace()) || "hdmf-common".equals(o.namespace()))) {
                assertThat(o.getClass().getSimpleName()).as(o.toString()).isEqualTo(type);
            }
            o.fields().values().forEach(x -> checkClasses(x, seen));
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(x -> checkClasses(x, seen));
        } else if (v instanceof Object[] a) {
            for (Object x : a) {
                checkClasses(x, seen);
            }
        }
    }
}

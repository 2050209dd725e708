package org.nwbj.hdf5.fuzz;

import java.util.HashSet;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.LinkPolicy;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.ReadLimits;
import org.nwbj.hdf5.storage.MemoryStorage;

/**
 * Coverage-guided fuzzing of the whole read path: any bytes, opened as a file and walked (every object, link,
 * attribute and small dataset), either read or fail with an {@link Hdf5Exception}; any other throwable (including
 * OutOfMemoryError and StackOverflowError) is a finding. {@code ./mvnw verify} replays the seeds in
 * {@code OpenAndWalkFuzzTestInputs/openAndWalk}; {@code JAZZER_FUZZ=1} fuzzes (see README).
 */
class OpenAndWalkFuzzTest {
    /** Datasets larger than this are skipped: the fuzzer should spend its time on parsing, not copying. */
    private static final long MAX_DATASET_BYTES = 4 << 20;
    /** What a server would set: nothing a fuzzed file asks for can cost more than a few MiB at once. */
    private static final OpenOptions OPTIONS = OpenOptions.defaults()
            .withLinkPolicy(LinkPolicy.none())
            .withLimits(ReadLimits.defaults().maxReadBytes(16 << 20).maxChunkBytes(16 << 20)
                    .maxMetadataBlockBytes(16 << 20).maxVlenBytes(4 << 20).maxHeaderMessages(10_000));

    @FuzzTest(maxDuration = "10m")
    void openAndWalk(byte[] bytes) {
        fuzzerTestOneInput(bytes);
    }

    /** Jazzer's standalone entry point (the long background runs use it; the JUnit test delegates here). */
    public static void fuzzerTestOneInput(byte[] bytes) {
        try (Hdf5File f = Hdf5File.open(new MemoryStorage(bytes, "fuzzed"), OPTIONS)) {
            walk(f, f.root(), new HashSet<>());
        } catch (Hdf5Exception expected) {
            // a clean refusal is the point
        }
    }

    private static void walk(Hdf5File f, Node n, Set<Long> seen) {
        if (!seen.add(n.address()) || seen.size() > 2000) {
            return;
        }
        try {
            for (Attribute a : n.attributes()) {
                try {
                    a.readValues();
                } catch (Hdf5Exception e) {
                    // keep walking: the other attributes exercise other code
                }
            }
        } catch (Hdf5Exception e) {
            // attribute storage itself is broken
        }
        if (n instanceof Dataset d) {
            try {
                if (d.space().elementCount() * (long) d.type().size() <= MAX_DATASET_BYTES) {
                    d.readValues();
                }
            } catch (Hdf5Exception e) {
                // as above
            }
        } else if (n instanceof Group g) {
            for (Link l : g.links()) {
                try {
                    walk(f, g.get(l.name()), seen);
                } catch (Hdf5Exception e) {
                    // a broken child does not stop its siblings
                }
            }
        }
    }
}

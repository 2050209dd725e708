package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import org.nwbj.hdf5.storage.MemoryStorage;
import org.nwbj.hdf5.testing.TestFiles;

/**
 * Mutated and truncated copies of C-written files: opening and walking them (every group, attribute and dataset)
 * either works or throws an {@link Hdf5Exception}; nothing else escapes and nothing hangs. The default budget runs
 * in {@code ./mvnw verify}; {@code ./mvnw -pl hdf5-format test -Dgroups=slow} runs the long one.
 */
class MutationPropertyTest {
    private static final List<String> SEEDS = List.of("layout_earliest.h5", "links.h5", "types_int.h5",
            "types_compound.h5", "types_float.h5", "sb0_offsets4.h5", "sb2_v108.h5", "sb3_groups_latest.h5",
            "fill_resize.h5");
    private static final long MAX_DATASET_BYTES = 16 << 20;
    private static final ExecutorService EXEC = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mutation-case");
        t.setDaemon(true);
        return t;
    });

    /** A seed file, and edits: (position, new byte) pairs, and a length to truncate to. */
    record Mutation(String seed, int[] positions, byte[] values, double keep) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(SEEDS),
                Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofMinSize(1).ofMaxSize(8),
                Arbitraries.bytes().array(byte[].class).ofSize(8),
                Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.doubles().between(0.0, 1.0)))
                .as(Mutation::new);
    }

    @Property(tries = 200)
    void mutatedFilesFailCleanly(@ForAll("mutations") Mutation m) throws Exception {
        check(m);
    }

    @Property(tries = 20_000)
    @Tag("slow")
    void mutatedFilesFailCleanly_long(@ForAll("mutations") Mutation m) throws Exception {
        check(m);
    }

    private static void check(Mutation m) throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.corpus(m.seed()));
        for (int i = 0; i < m.positions().length; i++) {
            bytes[m.positions()[i] % bytes.length] = m.values()[i];
        }
        int len = (int) Math.max(0, Math.min(bytes.length, Math.round(bytes.length * m.keep())));
        byte[] cut = java.util.Arrays.copyOf(bytes, len);
        Future<?> f = EXEC.submit(() -> walkFile(cut));
        try {
            f.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            fail("walking a mutated " + m.seed() + " took over 5 s");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (!(c instanceof Hdf5Exception)) {
                throw new AssertionError("foreign exception from a mutated " + m.seed() + ": " + c, c);
            }
        }
    }

    private static void walkFile(byte[] bytes) {
        try (Hdf5File f = Hdf5File.open(new MemoryStorage(bytes, "mutated"))) {
            Set<Long> seen = new HashSet<>();
            walk(f, f.root(), seen);
        }
    }

    private static void walk(Hdf5File f, Node n, Set<Long> seen) {
        if (!seen.add(n.address()) || seen.size() > 5000 || Thread.currentThread().isInterrupted()) {
            return;
        }
        for (Attribute a : n.attributes()) {
            a.readValues();
        }
        if (n instanceof Dataset d) {
            if (d.space().elementCount() * (long) d.type().size() <= MAX_DATASET_BYTES) {
                d.readValues();
            }
        } else if (n instanceof Group g) {
            for (Link l : g.links()) {
                if (l instanceof Link.Hard h) {
                    walk(f, f.nodeAt(h.address(), g.path() + "/" + l.name()), seen);
                }
            }
        }
    }

    @Property(tries = 1)
    void unmutatedSeedsWalkWithoutError() throws IOException {
        for (String s : SEEDS) {
            walkFile(Files.readAllBytes(TestFiles.corpus(s)));
        }
        assertThat(SEEDS).isNotEmpty();
    }

    @AfterContainer
    static void shutdown() {
        EXEC.shutdownNow();
    }
}

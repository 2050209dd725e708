package org.nwbj.hdf5.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code links rebase} at random moments: a forked JVM ({@link RebaseChild}) rebases the external links of
 * eight h5py-written files (compact, dense and nested groups; default and latest format) from srcA to srcB and
 * back, round after round, and is killed with SIGKILL during its second to fourth round, after a random delay, {@code -Dnwbj.linkKills=N} times
 * (default 50; {@code -Dnwbj.killSeed=S} replays). After each kill every link must name srcA or srcB and resolve
 * (nwbj), and h5py must open every file and read every value through every link (checked on snapshots, in one
 * python run at the end). Skipped without h5py, except in CI.
 */
@Tag("interop")
class RebaseKillTest {
    static final String MAKE = String.join("\n",
            "import sys, os, h5py, numpy as np",
            "d = sys.argv[1]",
            "for s in ('srcA', 'srcB'):",
            "    os.makedirs(os.path.join(d, s), exist_ok=True)",
            "    with h5py.File(os.path.join(d, s, 't.h5'), 'w') as f:",
            "        for k in range(40):",
            "            f['v%d' % k] = np.arange(k, k + 5)",
            "for i in range(8):",
            "    kw = {'libver': 'latest'} if i >= 6 else {}",
            "    with h5py.File(os.path.join(d, 'link%d.h5' % i), 'w', **kw) as f:",
            "        f['own'] = np.arange(3)",
            "        f['r0'] = h5py.ExternalLink('srcA/t.h5', '/v%d' % i)",
            "        f['r1'] = h5py.ExternalLink('srcA/t.h5', '/v%d' % (i + 10))",
            "        g = f.create_group('many')",
            "        for k in range(12):",
            "            g['m%d' % k] = h5py.ExternalLink('srcA/t.h5', '/v%d' % (k + 20))",
            "        c = f.create_group('a/b/c')",
            "        c['n0'] = h5py.ExternalLink('srcA/t.h5', '/v%d' % (i + 1))",
            "        c['n1'] = h5py.ExternalLink('srcA/t.h5', '/v%d' % (i + 2))");

    /** Prints "DIR/FILE ok A B" (links to srcA and srcB) or "DIR/FILE wrong WHY" for every link*.h5 of each DIR. */
    static final String CHECK = String.join("\n",
            "import sys, os, glob, h5py, numpy as np",
            "for d in sys.argv[1:]:",
            "    for path in sorted(glob.glob(os.path.join(d, 'link*.h5'))):",
            "        seen = {'srcA/t.h5': 0, 'srcB/t.h5': 0}",
            "        try:",
            "            with h5py.File(path, 'r') as f:",
            "                assert list(f['own'][()]) == [0, 1, 2]",
            "                def walk(g):",
            "                    for name in g:",
            "                        l = g.get(name, getlink=True)",
            "                        if isinstance(l, h5py.ExternalLink):",
            "                            assert l.filename in seen, 'link %s names %s' % (name, l.filename)",
            "                            seen[l.filename] += 1",
            "                            k = int(l.path[2:])",
            "                            assert list(g[name][()]) == list(range(k, k + 5)), name",
            "                        elif isinstance(l, h5py.HardLink) and isinstance(g[name], h5py.Group):",
            "                            walk(g[name])",
            "                walk(f)",
            "            assert sum(seen.values()) == 16, seen",
            "            print(path, 'ok', seen['srcA/t.h5'], seen['srcB/t.h5'])",
            "        except Exception as e:",
            "            print(path, 'wrong', repr(e).replace('\\n', ' '))");

    @TempDir
    Path dir;

    @Test
    void killedRebaseLeavesEveryLinkOldOrNew() throws Exception {
        int n = Integer.getInteger("nwbj.linkKills", 50);
        long seed = Long.getLong("nwbj.killSeed", System.nanoTime());
        Random random = new Random(seed);
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Python.run(MAKE, List.of(tree.toString()));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            files.add(tree.resolve("link" + i + ".h5").toString());
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        LinkInspector inspector = new LinkInspector();
        List<String> snapshots = new ArrayList<>();
        int mixed = 0;
        int maxRound = 0;
        for (int i = 0; i < n; i++) {
            List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Xmx128m", "-cp", System.getProperty("java.class.path"), RebaseChild.class.getName()));
            cmd.addAll(files);
            Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            // killed during round 1, 2 or 3 (round 0 also loads and compiles the classes), at a random moment
            int killRound = 1 + random.nextInt(3);
            CountDownLatch started = new CountDownLatch(1);
            int[] round = {-1};
            StringBuilder other = new StringBuilder();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        synchronized (round) {
                            if (line.startsWith("round ")) {
                                round[0] = Integer.parseInt(line.substring(6));
                                if (round[0] >= killRound) {
                                    started.countDown();
                                }
                            } else if (other.length() < 4000) {
                                other.append(line).append('\n');
                            }
                        }
                    }
                } catch (java.io.IOException e) {
                    // the pipe closes when the child dies
                }
                started.countDown();
            });
            reader.start();
            assertThat(started.await(120, TimeUnit.SECONDS)).as("the rewriter started").isTrue();
            Thread.sleep(random.nextInt(600));
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            child.waitFor();
            reader.join();
            synchronized (round) {
                assertThat(round[0]).as("the rewriter ran (output: %s)", other).isGreaterThanOrEqualTo(0);
                assertThat(other.toString()).as("the rewriter failed").doesNotContain("Exception");
                maxRound = Math.max(maxRound, round[0]);
            }
            LinkReport r = inspector.inspect(List.of(tree), false);
            assertThat(r.unreadable()).as("kill %d (seed %d)", i, seed).isEmpty();
            assertThat(r.broken()).as("kill %d (seed %d)", i, seed).isEmpty();
            assertThat(r.links()).hasSize(8 * 16).allMatch(s -> s.link().targetFile().equals("srcA/t.h5")
                    || s.link().targetFile().equals("srcB/t.h5"));
            long toA = r.links().stream().filter(s -> s.link().targetFile().equals("srcA/t.h5")).count();
            if (toA != 0 && toA != r.links().size()) {
                mixed++;
            }
            Path snap = dir.resolve("snap" + i);
            copyTree(tree, snap);
            snapshots.add(snap.toString());
        }
        List<String> lines = List.of(Python.run(CHECK, snapshots).split("\n"));
        assertThat(lines).hasSize(8 * n);
        assertThat(lines).as("h5py (seed %d)", seed).allMatch(l -> l.contains(" ok "));
        System.out.println("links rebase kill test (seed " + seed + "): " + n + " kills, " + mixed
                + " inside a rebase round (links of both prefixes), rounds reached up to " + maxRound
                + "; every file opened by nwbj and h5py, every link old or new and resolving");
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}

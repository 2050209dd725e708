package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.FractalHeap;
import org.nwbj.hdf5.internal.format.FractalHeapHeader;
import org.nwbj.hdf5.storage.FileStorage;

/**
 * The C library (h5py, h5dump) reads dense storage in fractal heaps past one direct block (root indirect block,
 * child indirect blocks, huge objects), changes it in place, and nwbj reads the changed heap. Skipped without h5py
 * and h5dump, except in CI.
 */
@Tag("interop")
class DenseHeapInteropTest {
    @TempDir
    Path dir;

    static final int LINKS = 50_000;

    static String linkName(int i) {
        return "link_" + i + "_with_a_longer_name";
    }

    /** What link {@code i} points to: a soft link to a path, or (odd i) a hard link to one of ten groups. */
    static String target(int i) {
        return i % 2 == 0 ? "/nowhere/x" + i : "/targets/t" + (i % 10);
    }

    static final String CHECK_LINKS = String.join("\n",
            "import sys, h5py",
            "f = h5py.File(sys.argv[1], 'r')",
            "g = f['many']",
            "ts = [f['targets/t%d' % k] for k in range(10)]",
            "extra = {'added_soft': '/somewhere', 'added_hard': '/targets/t3'}",
            "names = set(g.keys())",
            "ok = True",
            "n = 0",
            "for i in range(" + LINKS + "):",
            "    name = 'link_%d_with_a_longer_name' % i",
            "    if name not in names:",
            "        continue",
            "    n += 1",
            "    l = g.get(name, getlink=True)",
            "    if i % 2 == 0:",
            "        ok = ok and isinstance(l, h5py.SoftLink) and l.path == '/nowhere/x%d' % i",
            "    else:",
            "        ok = ok and isinstance(l, h5py.HardLink) and g[name] == ts[i % 10]",
            "for k, v in extra.items():",
            "    if k in names:",
            "        n += 1",
            "        ok = ok and (g.get(k, getlink=True).path == v if 'soft' in k else g[k] == f[v])",
            "for i in range(3000):",
            "    if 'new_%d' % i in names:",
            "        n += 1",
            "        ok = ok and g.get('new_%d' % i, getlink=True).path == '/new/target/%d' % i",
            "print(len(names), n, ok)");

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void fiftyThousandDenseLinks_h5pyReadsChangesAndNwbjAgrees(boolean latest) throws Exception {
        Path src = dir.resolve("links_src.h5");
        try (Hdf5Writer w = Hdf5Writer.create(src)) {
            GroupWriter targets = w.root().createGroup("targets");
            GroupWriter[] t = new GroupWriter[10];
            for (int k = 0; k < 10; k++) {
                t[k] = targets.createGroup("t" + k);
            }
            GroupWriter g = w.root().createGroup("many");
            for (int i = 0; i < LINKS; i++) {
                if (i % 2 == 0) {
                    g.createSoftLink(linkName(i), target(i));
                } else {
                    g.createHardLink(linkName(i), t[i % 10]);
                }
            }
        }
        // the copy moves the links (2 MB of messages) to dense storage: a heap with child indirect blocks
        Path p = dir.resolve("links.h5");
        try (Hdf5File f = Hdf5File.open(src)) {
            f.copyTo(p, latest);
        }
        assertThat(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)).contains("FRHP", "FHIB");
        assertThat(WriterInteropTest.python(CHECK_LINKS, p)).isEqualTo(LINKS + " " + LINKS + " True");
        assertThat(WriterInteropTest.h5dump(p)).isZero();

        // the C library deletes and adds links in the heap, then both read the same
        WriterInteropTest.python(String.join("\n",
                "import sys, h5py",
                "f = h5py.File(sys.argv[1], 'a')",
                "g = f['many']",
                "for i in range(0, " + LINKS + ", 7):",
                "    del g['link_%d_with_a_longer_name' % i]",
                "g['added_soft'] = h5py.SoftLink('/somewhere')",
                "g['added_hard'] = f['targets/t3']",
                "for i in range(3000):",  // new blocks past the heap's iterator
                "    g['new_%d' % i] = h5py.SoftLink('/new/target/%d' % i)",
                "f.close()"), p);
        int deleted = (LINKS + 6) / 7;
        int left = LINKS - deleted + 2 + 3000;
        assertThat(WriterInteropTest.python(CHECK_LINKS, p)).isEqualTo(left + " " + left + " True");
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/many");
            Map<String, Link> links = new HashMap<>();
            for (Link l : g.links()) {
                links.put(l.name(), l);
            }
            assertThat(links).hasSize(left);
            long[] targetAddresses = new long[10];
            for (int k = 0; k < 10; k++) {
                targetAddresses[k] = f.get("/targets/t" + k).address();
            }
            for (int i = 0; i < LINKS; i++) {
                Link l = links.get(linkName(i));
                if (i % 7 == 0) {
                    assertThat(l).isNull();
                } else if (i % 2 == 0) {
                    assertThat(((Link.Soft) l).target()).isEqualTo(target(i));
                } else {
                    assertThat(((Link.Hard) l).address()).isEqualTo(targetAddresses[i % 10]);
                }
            }
            assertThat(((Link.Soft) links.get("added_soft")).target()).isEqualTo("/somewhere");
            assertThat(((Link.Hard) links.get("added_hard")).address()).isEqualTo(targetAddresses[3]);
            for (int i = 0; i < 3000; i++) {
                assertThat(((Link.Soft) links.get("new_" + i)).target()).isEqualTo("/new/target/" + i);
            }
        }
    }

    static long[] mebibytes(int n, long factor) {
        long[] v = new long[n * (1 << 20) / 8];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * factor;
        }
        return v;
    }

    static long[] longs(Attribute a) {
        ByteBuffer b = ByteBuffer.wrap(a.readRaw()).order(ByteOrder.LITTLE_ENDIAN);
        long[] v = new long[b.remaining() / 8];
        b.asLongBuffer().get(v);
        return v;
    }

    /** Prints the attribute count and the names of those with unexpected values (none: "[]"). */
    static final String CHECK_ATTRIBUTES = String.join("\n",
            "import sys, h5py, numpy as np",
            "f = h5py.File(sys.argv[1], 'r')",
            "a = f['g'].attrs",
            "bad = []",
            "changed = 'added' in a",
            "for i in range(200):",
            "    k = 'a%d' % i",
            "    if k in a:",
            "        want = 'changed' if changed and i == 8 else (i * i if i % 2 == 0 else 'text %d' % i)",
            "        v = a[k]",
            "        if not (v == want if isinstance(want, str) else int(v) == want):",
            "            bad.append((k, v))",
            "if 'mib1' in a and not np.array_equal(a['mib1'], np.arange(131072, dtype=np.int64) * 3):",
            "    bad.append('mib1')",
            "if not np.array_equal(a['mib20'], np.arange(2621440, dtype=np.int64) * 7):",
            "    bad.append('mib20')",
            "if 'added' in a and not np.array_equal(a['added'], np.arange(1000)):",
            "    bad.append('added')",
            "print(len(a), bad)");

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void bigAndManyAttributes_h5pyReadsChangesAndNwbjAgrees(boolean latest) throws Exception {
        Path p = dir.resolve("attributes.h5");
        long[] mib1 = mebibytes(1, 3);
        long[] mib20 = mebibytes(20, 7);
        try (Hdf5Writer w = Hdf5Writer.create(p, latest)) {
            GroupWriter g = w.root().createGroup("g");
            for (int i = 0; i < 200; i++) {
                if (i % 2 == 0) {
                    g.setAttribute("a" + i, (long) i * i);
                } else {
                    g.setAttribute("a" + i, "text " + i);
                }
            }
            g.setAttribute("mib1", mib1);
            g.setAttribute("mib20", mib20);
        }
        assertThat(WriterInteropTest.python(CHECK_ATTRIBUTES, p)).isEqualTo("202 []");
        assertThat(WriterInteropTest.h5dump(p)).isZero();
        // the copy writes the same dense storage through nwbj's reader and FileCopier
        Path copy = dir.resolve("attributes_copy.h5");
        try (Hdf5File f = Hdf5File.open(p)) {
            f.copyTo(copy, !latest);
        }
        assertThat(WriterInteropTest.python(CHECK_ATTRIBUTES, copy)).isEqualTo("202 []");

        WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'a')",
                "a = f['g'].attrs",
                "del a['a7']",
                "del a['mib1']",
                "a['a8'] = 'changed'",
                "a['added'] = np.arange(1000)",
                "f.close()"), p);
        assertThat(WriterInteropTest.python(CHECK_ATTRIBUTES, p)).isEqualTo("201 []");
        try (Hdf5File f = Hdf5File.open(p)) {
            // read once: each lookup by name would read all of them, the 20 MiB one included
            Map<String, Attribute> attrs = new HashMap<>();
            for (Attribute a : ((Group) f.get("/g")).attributes()) {
                attrs.put(a.name(), a);
            }
            assertThat(attrs).hasSize(201).doesNotContainKeys("a7", "mib1");
            for (int i = 0; i < 200; i++) {
                if (i == 8) {
                    assertThat(attrs.get("a8").readValues()).containsExactly("changed");
                } else if (i % 2 == 0) {
                    assertThat(attrs.get("a" + i).readValues()).containsExactly((long) i * i);
                } else if (i != 7) {
                    assertThat(attrs.get("a" + i).readValues()).containsExactly("text " + i);
                }
            }
            assertThat(longs(attrs.get("mib20"))).isEqualTo(mib20);
            long[] added = longs(attrs.get("added"));
            assertThat(added).hasSize(1000);
            for (int i = 0; i < 1000; i++) {
                assertThat(added[i]).isEqualTo(i);
            }
        }
    }

    /** The header of the file's only fractal heap. */
    static FractalHeapHeader onlyHeap(Path file) throws Exception {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int at = bytes.indexOf("FRHP");
        assertThat(bytes.indexOf("FRHP", at + 1)).isEqualTo(-1);
        try (FileStorage s = FileStorage.openReadOnly(file)) {
            return FractalHeap.open(FileContext.open(s), at).header();
        }
    }

    /**
     * Sixteen attribute messages of 501 bytes fill the first two rows of 1 KiB blocks exactly: the iterator is at
     * the end of the root block's span and no block has room left. The C library then frees blocks it empties
     * (moving its iterator back from the last) and grows the root block for new attributes.
     */
    @Test
    void fullBlocksAndIteratorAtTheRootsEnd_cLibraryFreesAndGrows() throws Exception {
        Path p = dir.resolve("full_rows.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root().createGroup("g");
            g.useDenseAttributes();
            for (int i = 0; i < 16; i++) {
                byte[] v = new byte[464];
                Arrays.fill(v, (byte) i);
                g.setAttribute(String.format("x%02d", i), v);
            }
        }
        FractalHeapHeader h = onlyHeap(p);
        assertThat(h.currentRootRows()).isEqualTo(2);
        assertThat(h.directBlockIteratorOffset()).isEqualTo(h.managedSpace()).isEqualTo(8192);
        assertThat(h.freeSpace()).isZero();
        String check = String.join("\n",
                "import sys, h5py, numpy as np",
                "a = h5py.File(sys.argv[1], 'r')['g'].attrs",
                "val = lambda k: int(k[1:]) + (50 if k[0] == 'y' else 0)",
                "bad = [k for k in a if not np.array_equal(a[k], np.full(len(a[k]), val(k), np.int8))]",
                "print(sorted(a.keys()), bad)");
        WriterInteropTest.python(String.join("\n",
                "import sys, h5py, numpy as np",
                "f = h5py.File(sys.argv[1], 'a')",
                "a = f['g'].attrs",
                "for k in ['x00', 'x01', 'x14', 'x15', 'x07']:",
                "    del a[k]",
                "for i in range(30):",
                "    a['y%02d' % i] = np.full(300 + 40 * i, 50 + i, np.int8)",
                "f.close()"), p);
        FractalHeapHeader after = onlyHeap(p);
        assertThat(after.managedObjectCount()).isEqualTo(41);
        assertThat(after.currentRootRows()).isGreaterThan(2); // the C library doubled the root block's rows
        StringBuilder names = new StringBuilder();
        List<String> want = new ArrayList<>();
        for (int i = 2; i < 14; i++) {
            if (i != 7) {
                want.add(String.format("x%02d", i));
            }
        }
        for (int i = 0; i < 30; i++) {
            want.add(String.format("y%02d", i));
        }
        names.append('[');
        for (String n : want) {
            names.append(names.length() > 1 ? ", " : "").append('\'').append(n).append('\'');
        }
        names.append(']');
        assertThat(WriterInteropTest.python(check, p)).isEqualTo(names + " []");
        assertThat(WriterInteropTest.h5dump(p)).isZero();
        try (Hdf5File f = Hdf5File.open(p)) {
            List<String> seen = new ArrayList<>();
            for (Attribute a : ((Group) f.get("/g")).attributes()) {
                seen.add(a.name());
                int k = Integer.parseInt(a.name().substring(1));
                byte[] v = a.readRaw();
                assertThat(v).hasSize(a.name().startsWith("x") ? 464 : 300 + 40 * k);
                for (byte b : v) {
                    assertThat(b).isEqualTo((byte) (a.name().startsWith("x") ? k : 50 + k));
                }
            }
            assertThat(seen).containsExactlyElementsOf(want);
        }
    }
}

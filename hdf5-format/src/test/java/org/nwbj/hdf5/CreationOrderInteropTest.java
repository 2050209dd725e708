package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * h5py (the C library) iterates groups that track creation order in creation order after our writer stored their
 * links densely: created, copied, or grown in modify mode; the C library then adds links through our creation order
 * index. Skipped without h5py/h5dump, except in CI.
 */
@Tag("interop")
class CreationOrderInteropTest {
    @TempDir
    Path dir;

    /** Python for {@link CreationOrderTest#names}: names(a, b) lists names a .. b-1. */
    private static final String NAMES = "names = lambda a, b: [chr(ord('z') - i % 26) + '%02d' % i for i in range(a, b)]";

    private static String python(Path file, String... lines) throws Exception {
        return WriterInteropTest.python(String.join("\n", "import sys, h5py", NAMES,
                String.join("\n", lines)), file);
    }

    /** h5py's view of a group: tracked and indexed flags, then whether it lists {@code expected} in order. */
    private static String check(String group, String expected) {
        return "g = f['" + group + "']; print(g.id.get_create_plist().get_link_creation_order(), list(g) == "
                + expected + ")";
    }

    /** h5py's view of attributes: whether it lists those of {@code path} as {@code expected}, in order. */
    private static String checkAttributes(String path, String expected) {
        return "print(list(f['" + path + "'].attrs) == " + expected + ")";
    }

    /** The C library adds 3 attributes to {@code path} (through our indexes) and lists them again. */
    private static String appendAttributes(String path, String expected, int from) {
        return String.join("\n",
                "with h5py.File(sys.argv[1], 'r+') as f:",
                "    for n in names(" + from + ", " + (from + 3) + "):",
                "        f['" + path + "'].attrs[n] = 7",
                "with h5py.File(sys.argv[1], 'r') as f:",
                "    " + checkAttributes(path, expected + " + names(" + from + ", " + (from + 3) + ")"));
    }

    /** The C library adds 3 links to {@code group} (through our indexes) and lists it again. */
    private static String append(String group, String expected, int from) {
        return String.join("\n",
                "with h5py.File(sys.argv[1], 'r+') as f:",
                "    g = f['" + group + "']",
                "    for n in names(" + from + ", " + (from + 3) + "):",
                "        g.create_group(n)",
                "with h5py.File(sys.argv[1], 'r') as f:",
                "    " + check(group, expected + " + names(" + from + ", " + (from + 3) + ")"));
    }

    @Test
    void createMode_h5pyIteratesTwentyLinksInCreationOrder() throws Exception {
        Path p = dir.resolve("create.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root().createGroupTrackingOrder("ordered");
            for (String n : CreationOrderTest.names(0, 20)) {
                g.createGroup(n);
            }
            GroupWriter plain = w.root().createGroup("plain");
            for (String n : CreationOrderTest.names(0, 20)) {
                plain.createSoftLink(n, "/ordered/" + n);
            }
        }
        assertThat(python(p, "f = h5py.File(sys.argv[1], 'r')", check("ordered", "names(0, 20)"),
                check("plain", "sorted(names(0, 20))"), "f.close()", append("ordered", "names(0, 20)", 20)))
                .isEqualTo("3 True\n0 True\n3 True");
        // the C library removes records from both indexes we wrote, then lists what is left
        assertThat(python(p, "with h5py.File(sys.argv[1], 'r+') as f:",
                "    for i in (0, 7, 19, 21):",
                "        del f['ordered'][names(i, i + 1)[0]]",
                "f = h5py.File(sys.argv[1], 'r')",
                check("ordered", "[n for i, n in enumerate(names(0, 23)) if i not in (0, 7, 19, 21)]")))
                .isEqualTo("3 True");
        assertThat(WriterInteropTest.h5dump(p)).isZero();
    }

    private static final String H5PY_FILE = String.join("\n",
            "with h5py.File(sys.argv[1], 'w', track_order=True) as f:",
            "    s = f.create_group('small', track_order=True)",
            "    for n in names(0, 5):",
            "        s.create_group(n)",
            "    b = f.create_group('big', track_order=True)",
            "    for n in names(0, 20):",
            "        b.create_group(n)",
            "    for n in names(0, 20):",
            "        f.attrs[n] = 1",
            "    for n in names(0, 5):",
            "        s.attrs[n] = 2");

    @Test
    void createMode_h5pyListsAttributesInCreationOrder() throws Exception {
        Path p = dir.resolve("attributes.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter many = w.root().createGroupTrackingOrder("many");
            for (String n : CreationOrderTest.names(0, 20)) {
                many.setAttribute(n, n);
            }
            GroupWriter few = w.root().createGroupTrackingOrder("few");
            for (String n : CreationOrderTest.names(0, 5)) {
                few.setAttribute(n, 1.5);
            }
            DatasetWriter d = w.root().createDataset("data", DatasetOptions.of(org.nwbj.hdf5.type.DataTypes.INT32, 4)
                    .chunks(2).trackOrder());
            for (String n : CreationOrderTest.names(0, 20)) {
                d.setAttribute(n, 1L);
            }
        }
        assertThat(python(p, "f = h5py.File(sys.argv[1], 'r')", checkAttributes("many", "names(0, 20)"),
                checkAttributes("few", "names(0, 5)"), checkAttributes("data", "names(0, 20)"),
                "print(f['many'].id.get_create_plist().get_attr_creation_order())", "f.close()",
                appendAttributes("many", "names(0, 20)", 20), appendAttributes("few", "names(0, 5)", 5)))
                .isEqualTo("True\nTrue\nTrue\n3\nTrue\nTrue");
        assertThat(python(p, "with h5py.File(sys.argv[1], 'r+') as f:",
                "    for i in (0, 7, 19, 21):",
                "        del f['many'].attrs[names(i, i + 1)[0]]",
                "f = h5py.File(sys.argv[1], 'r')",
                checkAttributes("many", "[n for i, n in enumerate(names(0, 23)) if i not in (0, 7, 19, 21)]")))
                .isEqualTo("True");
        assertThat(WriterInteropTest.h5dump(p)).isZero();
    }

    @Test
    void copyTo_ofAnH5pyTrackOrderFile_keepsTheOrder() throws Exception {
        Path src = dir.resolve("h5py.h5");
        python(src, H5PY_FILE);
        try (Hdf5File f = Hdf5File.open(src)) { // the C library's indexes, read by ours
            assertThat(f.root().attributesInCreationOrder()).extracting(Attribute::name)
                    .isEqualTo(CreationOrderTest.names(0, 20));
            assertThat(f.get("/small").attributesInCreationOrder()).extracting(Attribute::name)
                    .isEqualTo(CreationOrderTest.names(0, 5));
        }
        for (boolean latest : new boolean[] {false, true}) {
            Path p = dir.resolve("copy" + latest + ".h5");
            try (Hdf5File f = Hdf5File.open(src)) {
                f.copyTo(p, latest);
            }
            try (Hdf5File f = Hdf5File.open(p)) {
                assertThat(((Group) f.get("/big")).linksInCreationOrder()).extracting(Link::name)
                        .isEqualTo(CreationOrderTest.names(0, 20));
                assertThat(CreationOrderTest.orderIndexNames(f, (Group) f.get("/big")))
                        .isEqualTo(CreationOrderTest.names(0, 20));
                assertThat(CreationOrderTest.attributeOrder(f, f.root().address()))
                        .isEqualTo(CreationOrderTest.names(0, 20));
            }
            assertThat(python(p, "f = h5py.File(sys.argv[1], 'r')", check("big", "names(0, 20)"),
                    check("small", "names(0, 5)"), checkAttributes("/", "names(0, 20)"),
                    checkAttributes("small", "names(0, 5)"), "f.close()", append("big", "names(0, 20)", 20),
                    appendAttributes("/", "names(0, 20)", 20), appendAttributes("small", "names(0, 5)", 5)))
                    .as("latest=" + latest).isEqualTo("3 True\n3 True\nTrue\nTrue\n3 True\nTrue\nTrue");
            assertThat(WriterInteropTest.h5dump(p)).isZero();
        }
    }

    @Test
    void modifyMode_linksAddedToH5pyTrackOrderGroups_keepTheOrder() throws Exception {
        Path p = dir.resolve("modify.h5");
        python(p, H5PY_FILE);
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            for (String n : CreationOrderTest.names(5, 10)) {
                w.root().group("small").createSoftLink(n, "/big"); // compact becomes dense
            }
            for (String n : CreationOrderTest.names(20, 5)) {
                w.root().group("big").createGroup(n); // dense stays dense
                w.root().setAttribute(n, "ours"); // dense attributes stay dense
            }
            for (String n : CreationOrderTest.names(5, 10)) {
                w.root().group("small").setAttribute(n, 3L); // compact attributes become dense
            }
        }
        assertThat(python(p, "f = h5py.File(sys.argv[1], 'r')", check("small", "names(0, 15)"),
                check("big", "names(0, 25)"), checkAttributes("/", "names(0, 25)"),
                checkAttributes("small", "names(0, 15)"), "f.close()", append("small", "names(0, 15)", 15),
                appendAttributes("small", "names(0, 15)", 15)))
                .isEqualTo("3 True\n3 True\nTrue\nTrue\n3 True\nTrue");
        assertThat(WriterInteropTest.h5dump(p)).isZero();
        // the C library's links and ours again: the order continues
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            w.root().group("small").deleteLink(CreationOrderTest.names(3, 1).get(0));
            w.root().group("small").createSoftLink(CreationOrderTest.names(18, 1).get(0), "/big");
        }
        assertThat(python(p, "f = h5py.File(sys.argv[1], 'r')",
                check("small", "[n for n in names(0, 19) if n != names(3, 4)[0]]"))).isEqualTo("3 True");
        try (Hdf5File f = Hdf5File.open(p)) {
            Group small = (Group) f.get("/small");
            assertThat(CreationOrderTest.orderIndexNames(f, small)).hasSize(18);
        }
    }
}

package org.nwbj.nwb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Attribute;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.GroupWriter;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.Node;
import org.nwbj.hdf5.ObjectReference;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.nwb.ExportOptions;
import org.nwbj.nwb.NwbIO;
import org.nwbj.testing.SharedFolder;

/** Exports of pynwb-written files (the conformance kit) and of object references hold what the sources hold. */
class ExportConformanceTest {
    @TempDir
    Path dir;

    @Test
    void pynwbFilesExportWithEveryValueAndReferenceKept() {
        Path nwb = SharedFolder.require("conformance/nwb");
        for (String name : new String[] {"rich.nwb", "external_linkcontainer_example.nwb",
                "external_linkdataset_example.nwb", "iterative_write.nwb"}) {
            Path out = dir.resolve(name);
            NwbIO.export(nwb.resolve(name), out, ExportOptions.defaults().blockBytes(4096));
            assertThat(NwbIO.externalLinks(out)).as(name).isEmpty();
            try (Hdf5File src = Hdf5File.open(nwb.resolve(name)); Hdf5File dst = Hdf5File.open(out)) {
                List<String> compared = new ArrayList<>();
                compare(src, src.root(), dst, dst.root(), compared);
                assertThat(compared).as(name).isNotEmpty();
            }
        }
    }

    /** Same links, attributes and values; references compared by the path of their target. */
    private static void compare(Hdf5File sf, Group s, Hdf5File df, Group d, List<String> compared) {
        List<String> names = new ArrayList<>();
        for (Link l : s.links()) {
            names.add(l.name());
        }
        List<String> dnames = new ArrayList<>();
        for (Link l : d.links()) {
            dnames.add(l.name());
        }
        assertThat(dnames).as(d.path()).containsExactlyInAnyOrderElementsOf(names);
        for (String n : names) {
            Node sn = s.get(n);
            Node dn = d.get(n);
            assertThat(attributes(sf, sn)).as(dn.path()).isEqualTo(attributes(df, dn));
            if (sn instanceof Group sg) {
                compare(sf, sg, df, (Group) dn, compared);
            } else if (sn instanceof Dataset sd) {
                assertThat(values(df, (Dataset) dn)).as(dn.path()).isEqualTo(values(sf, sd));
                compared.add(dn.path());
            }
        }
    }

    private static List<String> attributes(Hdf5File f, Node n) {
        List<String> out = new ArrayList<>();
        for (Attribute a : n.attributes()) {
            out.add(a.name() + "=" + describe(f, a.readValues()));
        }
        return out;
    }

    private static String values(Hdf5File f, Dataset d) {
        return d.type() + " " + Arrays.toString(d.space().dims()) + " " + describe(f, d.readValues());
    }

    /** Values as text; an object reference as its target's object_id (addresses differ between the files). */
    private static String describe(Hdf5File f, Object[] values) {
        StringBuilder b = new StringBuilder();
        for (Object v : values) {
            b.append(text(f, v)).append(',');
        }
        return b.toString();
    }

    private static String text(Hdf5File f, Object v) {
        if (v instanceof ObjectReference r) {
            if (r.address() == 0) {
                return "null";
            }
            // NWB objects carry a UUID: the copy keeps it
            Node n = f.nodeAt(r.address(), "?");
            return "ref:" + (n.hasAttribute("object_id") ? n.attribute("object_id").readValues()[0]
                    : n.attributes().toString());
        }
        if (v instanceof java.util.Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
                b.append(e.getKey()).append('=').append(text(f, e.getValue())).append(';');
            }
            return b.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (Object x : l) {
                b.append(text(f, x)).append(';');
            }
            return b.append(']').toString();
        }
        return String.valueOf(v);
    }

    @Test
    void referencesToObjectsOfLinkedFilesPointIntoTheExport() {
        Path a = dir.resolve("a.h5");
        try (Hdf5Writer w = Hdf5Writer.create(a)) {
            GroupWriter t = w.root().createGroup("target");
            t.setAttribute("name", "the target");
            GroupWriter holder = w.root().createGroup("holder");
            DatasetWriter refs = holder.createDataset("refs", DatasetOptions.of(DataTypes.objectReference(), 3));
            w.flush();
            refs.writeBytes(org.nwbj.hdf5.Selection.all(new long[] {3}), addresses(t.address(), 0, t.address()));
            holder.setAttribute("table", DataTypes.objectReference(), org.nwbj.hdf5.Dataspace.scalar(),
                    addresses(t.address()));
        }
        Path b = dir.resolve("b.h5");
        try (Hdf5Writer w = Hdf5Writer.create(b)) {
            w.root().createExternalLink("target", "a.h5", "/target");
            w.root().createExternalLink("holder", "a.h5", "/holder");
        }
        Path e = dir.resolve("e.h5");
        NwbIO.export(b, e, ExportOptions.defaults());
        try (Hdf5File f = Hdf5File.open(e)) {
            long target = f.get("/target").address();
            Object[] refs = ((Dataset) f.get("/holder/refs")).readValues();
            assertThat(refs).containsExactly(new ObjectReference(target), null,
                    new ObjectReference(target));
            assertThat(f.get("/holder").attribute("table").readValues()).containsExactly(
                    new ObjectReference(target));
        }
        // a reference to an object the export leaves behind cannot be kept
        Path c = dir.resolve("c.h5");
        try (Hdf5Writer w = Hdf5Writer.create(c)) {
            w.root().createExternalLink("holder", "a.h5", "/holder");
        }
        assertThatThrownBy(() -> NwbIO.export(c, dir.resolve("ce.h5"), ExportOptions.defaults()))
                .isInstanceOf(Hdf5UnsupportedException.class).hasMessageContaining("did not copy");
        assertThat(dir.resolve("ce.h5")).doesNotExist();
    }

    private static byte[] addresses(long... a) {
        byte[] b = new byte[8 * a.length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < 8; k++) {
                b[8 * i + k] = (byte) (a[i] >>> (8 * k));
            }
        }
        return b;
    }
}

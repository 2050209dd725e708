package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.testing.AllTypesFile;
import org.nwbj.hdf5.testing.DenseProbe;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.StringType;

/** Every datatype and dense attribute storage written by Hdf5Writer reads back equal with nwbj's reader. */
class WriterTypesTest {
    @TempDir
    Path dir;

    @Test
    void everyDatatype_readsBackEqual_asDatasetAndAttribute() {
        Path p = dir.resolve("types.h5");
        List<AllTypesFile.Entry> entries = AllTypesFile.write(p);
        try (Hdf5File f = Hdf5File.open(p)) {
            Group attrs = (Group) f.get("/attrs");
            for (AllTypesFile.Entry e : entries) {
                Dataset d = (Dataset) f.get("/datasets/" + e.name());
                assertThat(d.type()).as(e.name()).isEqualTo(e.type());
                assertEqual(e.name(), d.readValues(), e.values());
                Attribute a = attrs.attribute(e.name());
                assertThat(a.type()).as(e.name()).isEqualTo(e.type());
                assertEqual("@" + e.name(), a.readValues(), e.values());
            }
            Object[] refs = ((Dataset) f.get("/datasets/objref")).readValues();
            assertThat(((ObjectReference) refs[0]).address()).isEqualTo(f.get("/target_group").address());
            assertThat(((ObjectReference) refs[1]).address()).isEqualTo(f.get("/datasets/i32le").address());
            assertThat(f.get("/committed_inner")).isInstanceOf(NamedDatatype.class);
            assertThat(((NamedDatatype) f.get("/committed_inner")).attribute("note").readValues())
                    .containsExactly("a committed type");
        }
    }

    @Test
    void writeOfReadValues_roundTrips() {
        Path p = dir.resolve("types.h5");
        AllTypesFile.write(p);
        Path q = dir.resolve("again.h5");
        try (Hdf5File f = Hdf5File.open(p); Hdf5Writer w = Hdf5Writer.create(q)) {
            for (AllTypesFile.Entry e : AllTypesFile.plainEntries()) {
                Dataset d = (Dataset) f.get("/datasets/" + e.name());
                w.root().createDataset(e.name(), DatasetOptions.of(d.type(), d.space().dims())).writeAll(
                        d.readValues());
            }
        }
        try (Hdf5File f = Hdf5File.open(q)) {
            for (AllTypesFile.Entry e : AllTypesFile.plainEntries()) {
                assertEqual(e.name(), ((Dataset) f.get("/" + e.name())).readValues(), e.values());
            }
        }
    }

    @Test
    void manyAttributes_goDense_andReadBack() {
        Path p = dir.resolve("dense.h5");
        byte[] big = new byte[100_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root().createGroup("many");
            for (int i = 0; i < 20; i++) {
                g.setAttribute("attr" + i, (long) i);
            }
            g.setAttribute("text", new String[] {"x", "yz"});
            w.root().createGroup("huge").setAttribute("big", big);
            GroupWriter asked = w.root().createGroup("asked");
            asked.useDenseAttributes();
            asked.setAttribute("one", 1.5);
            GroupWriter few = w.root().createGroup("few");
            for (int i = 0; i < 8; i++) {
                few.setAttribute("a" + i, i);
            }
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/many");
            assertThat(g.attributes()).hasSize(21);
            for (int i = 0; i < 20; i++) {
                assertThat(g.attribute("attr" + i).readValues()).containsExactly((long) i);
            }
            assertThat(g.attribute("text").readValues()).containsExactly("x", "yz");
            assertThat(((Group) f.get("/huge")).attribute("big").readRaw()).isEqualTo(big);
            assertThat(((Group) f.get("/asked")).attribute("one").readValues()).containsExactly(1.5);
            assertThat(((Group) f.get("/few")).attributes()).hasSize(8);
        }
        assertThat(DenseProbe.attributeInfoCount(p, "/many")).isEqualTo(1);
        assertThat(DenseProbe.attributeInfoCount(p, "/huge")).isEqualTo(1);
        assertThat(DenseProbe.attributeInfoCount(p, "/asked")).isEqualTo(1);
        assertThat(DenseProbe.attributeInfoCount(p, "/few")).isZero();
    }

    @Test
    void denseAttributes_rewrittenAfterChangesBetweenFlushes() {
        Path p = dir.resolve("dense2.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root().createGroup("g");
            for (int i = 0; i < 12; i++) {
                g.setAttribute("a" + i, (long) i);
            }
            w.flush();
            g.deleteAttribute("a3");
            g.setAttribute("a0", "changed");
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/g");
            assertThat(g.attributes()).hasSize(11);
            assertThat(g.attribute("a0").readValues()).containsExactly("changed");
            assertThat(g.attribute("a11").readValues()).containsExactly(11L);
        }
    }

    @Test
    void wrongValueForm_failsClearly() {
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("bad.h5"))) {
            assertThatThrownBy(() -> w.root().setAttribute("c", AllTypesFile.RECORD, "not a map"))
                    .isInstanceOf(Hdf5Exception.class).hasMessageContaining("expected a Map");
            assertThatThrownBy(() -> w.root().setAttribute("e", AllTypesFile.COLOR, "PURPLE"))
                    .isInstanceOf(Hdf5Exception.class).hasMessageContaining("PURPLE");
            assertThatThrownBy(() -> w.root().setAttribute("s", DataTypes.fixedString(2, StringType.Charset.ASCII),
                    "abc")).isInstanceOf(Hdf5Exception.class).hasMessageContaining("does not fit");
        }
    }

    static void assertEqual(String what, Object[] actual, Object[] expected) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(AllTypesFile.valuesEqual(actual[i], expected[i])).as(what + "[" + i + "]: " + actual[i]
                    + " vs " + expected[i]).isTrue();
        }
    }
}

package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.testing.AllTypesFile;
import org.nwbj.hdf5.testing.DenseProbe;
import org.nwbj.hdf5.type.DataTypes;
import org.nwbj.hdf5.type.VlenType;

/**
 * The create-mode writer features (dense attributes, every datatype, committed types, references) on objects of
 * a file opened with {@link Hdf5Writer#open(Path)}.
 */
class ModifyWriterFeaturesTest {
    @TempDir
    Path dir;

    @Test
    void attributesOfAnExistingObjectGoDensePastEight_andCompactAgain() {
        Path p = dir.resolve("grow.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root().createGroup("g");
            for (int i = 0; i < 3; i++) {
                g.setAttribute("a" + i, (long) i);
            }
        }
        assertThat(DenseProbe.attributeInfoCount(p, "/g")).isZero();
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            GroupWriter g = w.root().group("g");
            for (int i = 3; i < 12; i++) {
                g.setAttribute("a" + i, (long) i);
            }
            g.setAttribute("text", new String[] {"x", "yz"});
        }
        assertThat(DenseProbe.attributeInfoCount(p, "/g")).isEqualTo(1);
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/g");
            assertThat(g.attributes()).hasSize(13);
            for (int i = 0; i < 12; i++) {
                assertThat(g.attribute("a" + i).readValues()).containsExactly((long) i);
            }
            assertThat(g.attribute("text").readValues()).containsExactly("x", "yz");
        }
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            GroupWriter g = w.root().group("g");
            for (int i = 2; i < 12; i++) {
                g.deleteAttribute("a" + i);
            }
        }
        assertThat(DenseProbe.attributeInfoCount(p, "/g")).isZero();
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/g");
            assertThat(g.attributes()).hasSize(3);
            assertThat(g.attribute("a1").readValues()).containsExactly(1L);
            assertThat(g.attribute("text").readValues()).containsExactly("x", "yz");
        }
    }

    @Test
    void existingDenseStorageIsKeptWhenOtherMessagesChange_andRewrittenWhenAttributesDo() {
        Path p = dir.resolve("dense.h5");
        byte[] big = new byte[100_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 7);
        }
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root().createGroup("g");
            for (int i = 0; i < 10; i++) {
                g.setAttribute("a" + i, (long) i);
            }
            w.root().createGroup("huge").setAttribute("big", big);
        }
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            w.root().group("g").createGroup("child"); // the header changes, its attributes do not
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/g");
            assertThat(g.attributes()).hasSize(10);
            assertThat(g.attribute("a9").readValues()).containsExactly(9L);
            assertThat(f.get("/g/child")).isInstanceOf(Group.class);
        }
        assertThat(DenseProbe.attributeInfoCount(p, "/g")).isEqualTo(1);
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            w.root().group("g").setAttribute("a0", "changed");
            // an attribute over 64 KiB in existing dense storage no longer stops changes
            w.root().group("huge").setAttribute("small", 5);
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/g");
            assertThat(g.attributes()).hasSize(10);
            assertThat(g.attribute("a0").readValues()).containsExactly("changed");
            assertThat(g.attribute("a5").readValues()).containsExactly(5L);
            Group huge = (Group) f.get("/huge");
            assertThat(huge.attribute("big").readRaw()).isEqualTo(big);
            assertThat(huge.attribute("small").readValues()).containsExactly(5L);
        }
        assertThat(DenseProbe.attributeInfoCount(p, "/huge")).isEqualTo(1);
    }

    @Test
    void committedTypesReferencesAndVlenValuesInModifyMode() {
        Path p = dir.resolve("types.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createGroup("g").setAttribute("s", "first");
            w.root().createDataset("d", new int[] {1, 2, 3});
        }
        VlenType ints = new VlenType(DataTypes.INT32, 16);
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            GroupWriter g = w.root().group("g");
            DatatypeWriter t = g.commitDatatype("t", DataTypes.FLOAT64);
            g.createDataset("typed", DatasetOptions.of(DataTypes.FLOAT64, 2), t).writeAll(new double[] {1.5, 2.5});
            g.setAttribute("typed_attr", t, 4.5);
            g.setAttribute("ref", DataTypes.objectReference(), w.root().dataset("d").reference());
            g.setAttribute("seq", ints, new long[] {2}, new Object[] {List.of(1L, 2L), List.of(3L)});
            g.setAttribute("s", "second");
            w.flush();
            // string attributes replaced over flushes: their heap collections are reused, never the sequence's
            for (int i = 0; i < 5; i++) {
                g.setAttribute("s", "value " + i);
                w.flush();
            }
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/g");
            assertThat(f.get("/g/t")).isInstanceOf(NamedDatatype.class);
            assertThat(((Dataset) f.get("/g/typed")).readValues()).containsExactly(1.5, 2.5);
            assertThat(g.attribute("typed_attr").readValues()).containsExactly(4.5);
            assertThat(((ObjectReference) g.attribute("ref").readValues()[0]).address())
                    .isEqualTo(f.get("/d").address());
            Object[] seq = g.attribute("seq").readValues();
            assertThat(AllTypesFile.valuesEqual(seq[0], List.of(1L, 2L))).as("seq[0] " + seq[0]).isTrue();
            assertThat(AllTypesFile.valuesEqual(seq[1], List.of(3L))).as("seq[1] " + seq[1]).isTrue();
            assertThat(g.attribute("s").readValues()).containsExactly("value 4");
        }
    }
}

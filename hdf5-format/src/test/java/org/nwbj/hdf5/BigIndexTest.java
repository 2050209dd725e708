package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nwbj reads back the latest-format indexes past one node or one unpaged block (the C library's view of the same
 * files is checked by {@link BigIndexInteropTest}).
 */
class BigIndexTest {
    @TempDir
    Path dir;

    @Test
    void moreThan65535ChunksInAV2BTree_andPagedExtensibleArrays_readBack() throws Exception {
        Path p = dir.resolve("big.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            BigIndexInteropTest.writeBTreeDataset(w);
            BigIndexInteropTest.writeExtensibleDataset(w, true);
        }
        String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("BTIN").contains("EASB");
        Path copy = dir.resolve("copy.h5");
        try (Hdf5File f = Hdf5File.open(p)) {
            f.copyTo(copy, true);
        }
        for (Path file : new Path[] {p, copy}) {
            try (Hdf5File f = Hdf5File.open(file)) {
                long[] grid = ((Dataset) f.get("/grid")).readLongs();
                long[] rows = ((Dataset) f.get("/rows")).readLongs();
                long[] sparse = ((Dataset) f.get("/sparse")).readLongs();
                long[] wantGrid = new long[300 * 300];
                long[] wantRows = new long[140_000];
                long[] wantSparse = new long[400_000];
                for (int i = 0; i < wantGrid.length; i++) {
                    wantGrid[i] = i;
                }
                for (int i = 0; i < wantRows.length; i++) {
                    wantRows[i] = 7L * i;
                }
                for (long i : new long[] {5, 131_059, 131_060, 131_061, 200_000, 399_999}) {
                    wantSparse[(int) i] = i + 1;
                }
                assertThat(grid).isEqualTo(wantGrid);
                assertThat(rows).isEqualTo(wantRows);
                assertThat(sparse).isEqualTo(wantSparse);
            }
        }
    }

    @Test
    void seventyThousandDenseLinks_readBackAndResolve() throws Exception {
        Path src = dir.resolve("links.h5");
        try (Hdf5Writer w = Hdf5Writer.create(src, true)) {
            GroupWriter g = w.root().createGroup("many");
            for (int i = 0; i < 70_000; i++) {
                g.createSoftLink("link" + i, "/target" + i);
            }
        }
        Path p = dir.resolve("copy.h5");
        try (Hdf5File f = Hdf5File.open(src)) {
            f.copyTo(p, true);
        }
        assertThat(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)).contains("FRHP");
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/many");
            Set<String> names = new HashSet<>();
            for (Link l : g.links()) {
                names.add(l.name());
            }
            assertThat(names).hasSize(70_000).contains("link0", "link69999");
            assertThat(((Link.Soft) g.link("link12345")).target()).isEqualTo("/target12345");
        }
    }

    /** A name of 240 characters, distinct per {@code i}: soft link messages of about 250 bytes. */
    static String longName(int i) {
        StringBuilder b = new StringBuilder("link").append(i).append('_');
        while (b.length() < 240) {
            b.append((char) ('a' + (i + b.length()) % 26));
        }
        return b.toString();
    }

    /**
     * A new file keeps its links in the group's header; its copy and a modification of it move them to dense
     * storage (more than 64 KiB and 256 KiB of link messages), here a heap with child indirect blocks.
     */
    @Test
    void twentyMebibytesOfLinkMessages_copiedAndModified_toDenseStorage() throws Exception {
        Path p = dir.resolve("long_names.h5");
        int n = 90_000; // below the reader's default limit of 100,000 messages in the source's header
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            GroupWriter g = w.root().createGroup("many");
            for (int i = 0; i < n; i++) {
                g.createSoftLink(longName(i), "/t" + i);
            }
        }
        // past the 16 MiB the writer once kept in a single heap block
        assertThat(Files.size(p)).isGreaterThan(20L << 20);
        Path copy = dir.resolve("long_names_copy.h5");
        try (Hdf5File f = Hdf5File.open(p)) {
            f.copyTo(copy);
        }
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            w.root().group("many").createSoftLink("added", "/elsewhere");
        }
        for (Path file : new Path[] {copy, p}) {
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).contains("FHIB");
            try (Hdf5File f = Hdf5File.open(file)) {
                Group g = (Group) f.get("/many");
                Set<String> names = new HashSet<>();
                for (Link l : g.links()) {
                    names.add(l.name());
                }
                assertThat(names).hasSize(file == p ? n + 1 : n).contains(longName(0), longName(n - 1));
                for (int i = 0; i < n; i += 997) {
                    assertThat(((Link.Soft) g.link(longName(i))).target()).isEqualTo("/t" + i);
                }
            }
        }
    }

    @Test
    void twentyMebibyteAttribute_amongSmallOnes_isAHugeHeapObject() throws Exception {
        Path p = dir.resolve("big_attribute.h5");
        long[] big = new long[(20 << 20) / 8];
        for (int i = 0; i < big.length; i++) {
            big[i] = i * 3L;
        }
        try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
            GroupWriter g = w.root().createGroup("g");
            for (int i = 0; i < 30; i++) {
                g.setAttribute("small" + i, "value " + i);
            }
            g.setAttribute("big", big);
        }
        Path copy = dir.resolve("big_attribute_copy.h5");
        try (Hdf5File f = Hdf5File.open(p)) {
            f.copyTo(copy);
        }
        for (Path file : new Path[] {p, copy}) {
            try (Hdf5File f = Hdf5File.open(file)) {
                java.util.Map<String, Attribute> attrs = new java.util.HashMap<>();
                for (Attribute a : ((Group) f.get("/g")).attributes()) {
                    attrs.put(a.name(), a);
                }
                assertThat(attrs).hasSize(31);
                for (int i = 0; i < 30; i++) {
                    assertThat(attrs.get("small" + i).readValues()).containsExactly("value " + i);
                }
                java.nio.ByteBuffer raw = java.nio.ByteBuffer.wrap(attrs.get("big").readRaw())
                        .order(java.nio.ByteOrder.LITTLE_ENDIAN);
                long[] back = new long[big.length];
                raw.asLongBuffer().get(back);
                assertThat(back).isEqualTo(big);
            }
        }
    }
}

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

    @Test
    void denseStorageOverOneHeapBlock_isRefusedClearly() {
        Path p = dir.resolve("huge_attrs.h5");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            try (Hdf5Writer w = Hdf5Writer.create(p, true)) {
                GroupWriter g = w.root().createGroup("g");
                for (int i = 0; i < 300; i++) {
                    g.setAttribute("a" + i, new long[7000]); // 56 KB each, 16.8 MB in all
                }
            }
        }).isInstanceOf(Hdf5UnsupportedException.class).hasMessageContaining("16 MiB");
    }
}

package org.nwbj.hdf5.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.CopyOptions;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.VirtualLayout;
import org.nwbj.hdf5.VirtualSource;
import org.nwbj.hdf5.links.LinkStatus.Verdict;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The link tools beyond external links (LinkToolsTest has those): virtual dataset sources (same file, other files,
 * printf {@code %b} names) checked, graphed, planned but not rewritten; split pairs and families holding links.
 */
class LinkSourcesTest {
    @TempDir
    Path dir;

    private final LinkInspector inspector = new LinkInspector();

    private void source(String name, String dataset, long... values) throws Exception {
        Files.createDirectories(dir.resolve(name).getParent());
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve(name))) {
            w.root().createDataset(dataset, values);
        }
    }

    /** vds.h5: /stack from mod/m0.h5 and mod/m1.h5, /self from its own /local, /frames from frame_%b.h5. */
    private void virtualTree() throws Exception {
        source("mod/m0.h5", "data", 1, 2);
        source("mod/m1.h5", "data", 3, 4);
        source("frame_0.h5", "img", 5, 6);
        source("frame_1.h5", "img", 7, 8);
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("vds.h5"))) {
            w.root().createDataset("local", new long[] {9, 9});
            VirtualLayout stack = VirtualLayout.of(DataTypes.INT64, 4)
                    .map(Selection.box(new long[] {0}, new long[] {2}), VirtualSource.of("mod/m0.h5", "/data", 2))
                    .map(Selection.box(new long[] {2}, new long[] {2}), VirtualSource.of("mod/m1.h5", "/data", 2));
            w.root().createVirtualDataset("stack", stack);
            w.root().createVirtualDataset("self", VirtualLayout.of(DataTypes.INT64, 2)
                    .map(Selection.box(new long[] {0}, new long[] {2}), VirtualSource.of(".", "/local", 2)));
            w.root().createVirtualDataset("frames", VirtualLayout.of(DataTypes.INT64, 0)
                    .maxShape(Dataspace.UNLIMITED).mapBlocks(Selection.box(new long[] {0}, new long[] {2}), 0, 2,
                            VirtualSource.of("frame_%b.h5", "img", 2)));
        }
    }

    @Test
    void virtualSourcesAreCheckedWhereTheCLibraryLooksForThem() throws Exception {
        virtualTree();
        LinkReport ok = inspector.inspect(List.of(dir.resolve("vds.h5")), true);
        assertThat(ok.links()).filteredOn(s -> s.link().virtual())
                .extracting(s -> s.link().linkPath() + " " + s.link().targetFile() + ":" + s.link().targetPath())
                .containsExactlyInAnyOrder("/stack mod/m0.h5:/data", "/stack mod/m1.h5:/data", "/self .:/local",
                        "/frames frame_%b.h5:img");
        assertThat(ok.broken()).isEmpty();
        assertThat(ok.links()).filteredOn(s -> s.link().targetFile().equals("."))
                .singleElement().matches(s -> s.resolvedFile().equals(dir.resolve("vds.h5").toAbsolutePath()));

        // a missing source file, a missing source dataset, no block 0: each broken (reads give fill values)
        Files.delete(dir.resolve("mod/m1.h5"));
        source("mod/m0.h5", "other", 1, 2);
        Files.move(dir.resolve("frame_0.h5"), dir.resolve("frame_9.h5"));
        LinkReport after = inspector.inspect(List.of(dir.resolve("vds.h5")), true);
        assertThat(after.broken()).extracting(s -> s.link().targetFile() + " " + s.verdict())
                .containsExactlyInAnyOrder("mod/m0.h5 OBJECT_NOT_FOUND", "mod/m1.h5 FILE_NOT_FOUND",
                        "frame_%b.h5 FILE_NOT_FOUND");
        assertThat(after.broken()).filteredOn(s -> s.link().targetFile().startsWith("frame"))
                .singleElement().matches(s -> s.detail().contains("block 0: frame_0.h5:img"));
        try (Hdf5File f = Hdf5File.open(dir.resolve("vds.h5"))) {
            assertThat(((Dataset) f.get("/stack")).readLongs()).containsExactly(0, 0, 0, 0); // fill, as the C library
        }
    }

    @Test
    void printfNamesAndSameFileSourcesFollowTheCLibrarysRules() {
        assertThat(VirtualSourceCheck.block("frame_%b.h5", 0)).isEqualTo("frame_0.h5");
        assertThat(VirtualSourceCheck.block("100%%_%b_%b", 7)).isEqualTo("100%_7_7");
        assertThat(VirtualSourceCheck.block("plain.h5", 3)).isEqualTo("plain.h5");
        assertThat(VirtualSourceCheck.block("odd%d.h5", 3)).isEqualTo("odd%d.h5");
    }

    @Test
    void virtualSourcesAreInTheGraphAndPlannedButNotRewritten() throws Exception {
        virtualTree();
        LinkGraph g = LinkGraph.of(inspector.inspect(List.of(dir.resolve("vds.h5")), true));
        assertThat(g.edges()).extracting(LinkGraph.Edge::targetFile)
                .containsExactlyInAnyOrder("frame_%b.h5", "mod/m0.h5", "mod/m1.h5");
        assertThat(g.dot()).contains("m0.h5").contains("frame_0.h5");

        Files.move(dir.resolve("mod"), dir.resolve("modules"));
        LinkRewriter rw = new LinkRewriter(inspector);
        List<LinkChange> plan = rw.planRebase(List.of(dir.resolve("vds.h5")), "mod", "modules");
        assertThat(plan).extracting(LinkChange::newFile).containsExactly("modules/m0.h5", "modules/m1.h5");
        assertThat(plan).allMatch(LinkChange::resolves).noneMatch(LinkChange::writable);
        assertThat(rw.apply(plan, true)).isEmpty();
        assertThat(inspector.inspect(List.of(dir.resolve("vds.h5")), false).broken()).hasSize(2);

        List<Repair> repairs = rw.planRepair(inspector.inspect(List.of(dir.resolve("vds.h5")), false),
                List.of(dir.resolve("modules")));
        assertThat(repairs).hasSize(2).allMatch(Repair::fixed).allMatch(r -> !r.change().writable());
    }

    @Test
    void splitPairsAndFamiliesHoldLinksToo() throws Exception {
        source("data/source.h5", "values", 1, 2, 3);
        Path plain = dir.resolve("plain.h5");
        try (Hdf5Writer w = Hdf5Writer.create(plain)) {
            w.root().createExternalLink("values", "data/source.h5", "/values");
        }
        try (Hdf5File f = Hdf5File.open(plain)) {
            f.copyToSplit(dir.resolve("pair"), CopyOptions.defaults());
        }
        try (Hdf5Writer w = Hdf5Writer.createFamily(dir.resolve("fam_%d.h5"), 1024)) {
            w.root().createDataset("pad", new double[300]);
            w.root().createExternalLink("values", "data/source.h5", "/values");
        }
        Files.delete(plain);
        assertThat(LinkFiles.find(List.of(dir))).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("pair", "fam_%d.h5", "source.h5");
        assertThat(LinkFiles.find(List.of(dir.resolve("pair-m.h5")))).containsExactly(dir.resolve("pair"));
        LinkReport r = inspector.inspect(List.of(dir), false);
        assertThat(r.links()).extracting(s -> s.link().file().getFileName() + s.link().linkPath())
                .containsExactlyInAnyOrder("pair/values", "fam_%d.h5/values");
        assertThat(r.broken()).isEmpty();

        Files.move(dir.resolve("data"), dir.resolve("raw"));
        assertThat(inspector.inspect(List.of(dir), false).broken()).hasSize(2);
        LinkRewriter rw = new LinkRewriter(inspector);
        assertThat(rw.apply(rw.planRebase(List.of(dir), "data", "raw"), false)).hasSize(2);
        assertThat(inspector.inspect(List.of(dir), false).broken()).isEmpty();
        try (Hdf5File f = LinkFiles.open(dir.resolve("pair"), org.nwbj.hdf5.OpenOptions.defaults())) {
            assertThat(((Dataset) f.get("/values")).readLongs()).containsExactly(1, 2, 3);
        }
        try (Hdf5File f = LinkFiles.open(dir.resolve("fam_%d.h5"), org.nwbj.hdf5.OpenOptions.defaults())) {
            assertThat(((Dataset) f.get("/values")).readLongs()).containsExactly(1, 2, 3);
        }
        // a bundle of the pair copies both members
        LinkReport b = LinkGraph.bundle(dir.resolve("pair"), dir.resolve("out"), inspector);
        assertThat(b.broken()).isEmpty();
        assertThat(dir.resolve("out/pair-m.h5")).exists();
        assertThat(dir.resolve("out/pair-r.h5")).exists();
    }
}

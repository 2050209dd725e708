package org.nwbj.hdf5.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.links.LinkStatus.Verdict;

/** The link tools on files nwbj writes: check, rebase, repair, graph and bundle, loops and families included. */
class LinkToolsTest {
    @TempDir
    Path dir;

    private final LinkInspector inspector = new LinkInspector();

    /** data/source.h5 (/values, /g/more), top.h5 -> data/source.h5 twice, deep.h5 -> top.h5 -> source. */
    private void tree() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("data/source.h5"))) {
            w.root().createDataset("values", new long[] {1, 2, 3});
            w.root().createGroup("g").createDataset("more", new double[] {0.5});
        }
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("top.h5"))) {
            w.root().createExternalLink("values", "data/source.h5", "/values");
            w.root().createGroup("sub").createExternalLink("g", "data/source.h5", "/g");
            w.root().createDataset("own", new long[] {7});
        }
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("deep.h5"))) {
            w.root().createExternalLink("more", "top.h5", "/sub/g/more");
        }
    }

    @Test
    void checkFindsEveryLinkAndTheBrokenOnesAfterAMove() throws Exception {
        tree();
        LinkReport ok = inspector.inspect(List.of(dir), false);
        assertThat(ok.links()).hasSize(3);
        assertThat(ok.broken()).isEmpty();
        assertThat(ok.summary()).isEqualTo("3 links in 3 files: 0 broken");

        Files.createDirectories(dir.resolve("raw"));
        Files.move(dir.resolve("data/source.h5"), dir.resolve("raw/source.h5"));
        LinkReport after = inspector.inspect(List.of(dir.resolve("deep.h5")), true);
        assertThat(after.files()).hasSize(2); // deep.h5 and top.h5; the moved file is not reached
        assertThat(after.broken()).extracting(s -> s.link().linkPath() + " " + s.verdict()).containsExactlyInAnyOrder(
                "/more OBJECT_NOT_FOUND", "/sub/g FILE_NOT_FOUND", "/values FILE_NOT_FOUND");
        assertThat(after.summary()).isEqualTo("3 links in 2 files: 3 broken");
    }

    @Test
    void rebaseRewritesMatchingLinksInPlaceAndKeepsTheirOrder() throws Exception {
        tree();
        Files.move(dir.resolve("data"), dir.resolve("raw"));
        LinkRewriter rw = new LinkRewriter(inspector);
        assertThat(rw.planRebase(List.of(dir), "data", "nowhere")).allMatch(c -> !c.resolves());
        assertThat(rw.apply(rw.planRebase(List.of(dir), "data", "nowhere"), false)).isEmpty();
        List<LinkChange> plan = rw.planRebase(List.of(dir), "data", "raw");
        assertThat(plan).extracting(LinkChange::newFile).containsExactly("raw/source.h5", "raw/source.h5");
        assertThat(plan).allMatch(LinkChange::resolves);
        assertThat(rw.apply(plan, false)).hasSize(2);
        assertThat(inspector.inspect(List.of(dir), true).broken()).isEmpty();
        try (Hdf5File f = Hdf5File.open(dir.resolve("deep.h5"))) {
            assertThat(((Dataset) f.get("/more")).readDoubles()).containsExactly(0.5);
        }
        try (Hdf5File f = Hdf5File.open(dir.resolve("top.h5"))) {
            assertThat(f.root().links()).extracting(Link::name).containsExactly("own", "sub", "values");
            assertThat(((Dataset) f.get("/values")).readLongs()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void rebaseMatchesAbsoluteLocationsAndMakesAbsoluteLinksRelative() throws Exception {
        tree();
        Path src = dir.resolve("data/source.h5").toAbsolutePath();
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("abs.h5"))) {
            w.root().createExternalLink("values", src.toString(), "/values");
        }
        StoredLink abs = inspector.links(dir.resolve("abs.h5")).get(0);
        assertThat(LinkRewriter.rebased(abs, dir.resolve("data").toAbsolutePath().toString(), "data"))
                .isEqualTo("data/source.h5");
        StoredLink rel = inspector.links(dir.resolve("top.h5")).get(1);
        assertThat(rel.targetFile()).isEqualTo("data/source.h5");
        // by location: the stored name is relative, the prefix absolute
        assertThat(LinkRewriter.rebased(rel, dir.resolve("data").toAbsolutePath().toString(),
                dir.resolve("archive/data").toAbsolutePath().toString())).isEqualTo("archive/data/source.h5");
        assertThat(LinkRewriter.rebased(rel, "dat", "x")).isNull(); // whole components only
        assertThat(LinkRewriter.rebased(rel, "data/source.h5", "data/renamed.h5")).isEqualTo("data/renamed.h5");
    }

    @Test
    void repairFindsMovedAndNotRenamedFiles() throws Exception {
        tree();
        Files.createDirectories(dir.resolve("archive/2024"));
        Files.move(dir.resolve("data/source.h5"), dir.resolve("archive/2024/source.h5"));
        LinkRewriter rw = new LinkRewriter(inspector);
        LinkReport broken = inspector.inspect(List.of(dir.resolve("top.h5")), false);
        List<Repair> plan = rw.planRepair(broken, List.of(dir.resolve("archive")));
        assertThat(plan).hasSize(2).allMatch(Repair::fixed);
        assertThat(plan).extracting(r -> r.change().newFile()).containsOnly("archive/2024/source.h5");
        rw.apply(plan.stream().map(Repair::change).toList(), false);
        assertThat(inspector.inspect(List.of(dir), true).broken()).isEmpty();

        // renamed: plain HDF5 knows no identity, so a renamed file is not guessed
        Files.move(dir.resolve("archive/2024/source.h5"), dir.resolve("archive/2024/renamed.h5"));
        List<Repair> none = rw.planRepair(inspector.inspect(List.of(dir.resolve("top.h5")), false),
                List.of(dir.resolve("archive")));
        assertThat(none).hasSize(2).noneMatch(Repair::fixed);
        assertThat(none.get(0).note()).contains("no file named source.h5");
    }

    @Test
    void loopsBetweenFilesEndAndFamiliesAreTargets() throws Exception {
        for (String[] p : new String[][] {{"a", "b"}, {"b", "a"}}) {
            try (Hdf5Writer w = Hdf5Writer.create(dir.resolve(p[0] + ".h5"))) {
                w.root().createDataset("values", new long[] {p[0].equals("a") ? 1 : 2});
                w.root().createExternalLink("to_" + p[1], p[1] + ".h5", "/");
                w.root().createExternalLink("other", p[1] + ".h5", "/values");
            }
        }
        Files.createDirectories(dir.resolve("fam"));
        try (Hdf5Writer w = Hdf5Writer.createFamily(dir.resolve("fam/f_%d.h5"), 1024)) {
            w.root().createDataset("big", new double[500]);
        }
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("famlink.h5"))) {
            w.root().createExternalLink("big", "fam/f_%d.h5", "/big");
        }
        LinkReport r = inspector.inspect(List.of(dir.resolve("a.h5"), dir.resolve("famlink.h5")), true);
        assertThat(r.files()).hasSize(4); // a, famlink, b, the family
        assertThat(r.broken()).isEmpty();
        assertThat(r.links()).hasSize(5);
        assertThat(LinkFiles.find(List.of(dir))).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("a.h5", "b.h5", "famlink.h5", "f_%d.h5");
        try (Hdf5File f = Hdf5File.open(dir.resolve("famlink.h5"))) {
            assertThat(((Dataset) f.get("/big")).readDoubles()).hasSize(500);
        }
        // the family moves: repair finds it by its pattern's name
        Files.createDirectories(dir.resolve("moved"));
        for (Path m : LinkFiles.members(dir.resolve("fam/f_%d.h5"))) {
            Files.move(m, dir.resolve("moved").resolve(m.getFileName()));
        }
        LinkRewriter rw = new LinkRewriter(inspector);
        List<Repair> plan = rw.planRepair(inspector.inspect(List.of(dir.resolve("famlink.h5")), false),
                List.of(dir.resolve("moved")));
        assertThat(plan).singleElement().matches(Repair::fixed);
        assertThat(plan.get(0).change().newFile()).isEqualTo("moved/f_%d.h5");
        rw.apply(List.of(plan.get(0).change()), false);
        assertThat(inspector.inspect(List.of(dir.resolve("famlink.h5")), true).broken()).isEmpty();
    }

    @Test
    void linksThatLeadBackToThemselvesReachNoObject() throws Exception {
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("x.h5"))) {
            w.root().createExternalLink("l", "y.h5", "/l");
        }
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("y.h5"))) {
            w.root().createExternalLink("l", "x.h5", "/l");
        }
        LinkReport r = inspector.inspect(List.of(dir), true);
        assertThat(r.links()).hasSize(2).allMatch(s -> s.verdict() == Verdict.OBJECT_NOT_FOUND);
        assertThat(r.links().get(0).detail()).contains("maxLinkTraversals");
        assertThat(r.unreadable()).isEmpty();
    }

    @Test
    void bundlePlacesFilesFromOutsideUnderLinkedAndRewritesAbsoluteLinks() throws Exception {
        tree();
        Files.createDirectories(dir.resolve("app"));
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("app/main.h5"))) {
            w.root().createExternalLink("values", dir.resolve("data/source.h5").toAbsolutePath().toString(),
                    "/values");
            w.root().createExternalLink("up", "../top.h5", "/own");
        }
        Path out = dir.resolve("out");
        LinkReport r = LinkGraph.bundle(dir.resolve("app/main.h5"), out, inspector);
        assertThat(r.broken()).isEmpty();
        assertThat(inspector.links(out.resolve("main.h5"))).extracting(StoredLink::targetFile)
                .containsExactly("linked/top.h5", "linked/source.h5");
        assertThat(inspector.links(out.resolve("linked/top.h5"))).extracting(StoredLink::targetFile)
                .containsExactly("source.h5", "source.h5");
        try (Hdf5File f = Hdf5File.open(out.resolve("main.h5"))) {
            assertThat(((Dataset) f.get("/values")).readLongs()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void graphAndBundle() throws Exception {
        tree();
        LinkGraph g = LinkGraph.of(inspector.inspect(List.of(dir.resolve("deep.h5")), true));
        assertThat(g.edges()).hasSize(2);
        assertThat(g.text()).contains("-> top.h5 (at ").contains("-> data/source.h5 (at ").contains("2 links");
        assertThat(g.dot()).startsWith("digraph links {").contains("->");
        Path out = dir.resolve("../bundle-" + dir.getFileName()).normalize();
        LinkReport bundled = LinkGraph.bundle(dir.resolve("deep.h5"), out, inspector);
        assertThat(bundled.broken()).isEmpty();
        assertThat(bundled.files()).hasSize(3).allMatch(p -> p.toAbsolutePath().normalize().startsWith(out));
        try (Hdf5File f = Hdf5File.open(out.resolve("deep.h5"))) {
            assertThat(((Dataset) f.get("/more")).readDoubles()).containsExactly(0.5);
            assertThat(((Group) f.get("/")).links()).hasSize(1);
        }
    }
}

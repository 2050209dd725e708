package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.internal.engine.BTreeV2;
import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.FractalHeap;
import org.nwbj.hdf5.internal.engine.ObjectHeader;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.LinkInfo;
import org.nwbj.hdf5.internal.format.LinkMessage;
import org.nwbj.hdf5.internal.format.MessageType;

/** Link creation order tracked by a group survives its dense storage: create, copy and modify mode. */
class CreationOrderTest {
    @TempDir
    Path dir;

    /** Names whose name order is the reverse of their creation order: z0, y1, x2, ... */
    static List<String> names(int from, int count) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add((char) ('z' - i % 26) + String.format("%02d", i));
        }
        return out;
    }

    private static List<String> creationOrder(Group g) {
        List<String> out = new ArrayList<>();
        for (Link l : g.linksInCreationOrder()) {
            out.add(l.name());
        }
        return out;
    }

    private static LinkInfo linkInfo(Hdf5File f, Group g) {
        ObjectHeader h = f.context().header(g.address());
        return LinkInfo.decode(h.first(MessageType.LINK_INFO).reader("LinkInfoMessage", f.context().ctx()));
    }

    private static long maxCreationIndex(Hdf5File f, Group g) {
        ObjectHeader h = f.context().header(g.address());
        return LinkInfo.maxCreationIndex(h.first(MessageType.LINK_INFO).reader("LinkInfoMessage", f.context().ctx()));
    }

    /** The link names as the creation order index (record type 6) lists them, checking its keys ascend. */
    static List<String> orderIndexNames(Hdf5File f, Group g) {
        FileContext c = f.context();
        LinkInfo info = linkInfo(f, g);
        assertThat(info.isDense()).isTrue();
        assertThat(info.trackOrder()).isTrue();
        assertThat(info.indexOrder()).isTrue();
        BTreeV2 index = BTreeV2.open(c, info.orderIndexAddress());
        assertThat(index.recordType()).isEqualTo(BTreeV2Records.LINK_CREATION_ORDER);
        FractalHeap heap = FractalHeap.open(c, info.fractalHeapAddress());
        List<String> out = new ArrayList<>();
        long[] previous = {-1};
        index.forEach(rec -> {
            BTreeV2Records.LinkCreationOrder r = BTreeV2Records.linkCreationOrder(rec, c.ctx());
            assertThat(r.creationOrder()).isGreaterThan(previous[0]);
            previous[0] = r.creationOrder();
            ByteBuffer body = heap.get(r.heapId());
            LinkMessage m = LinkMessage.decode(new FormatReader(body, -1, "LinkMessage", c.ctx()));
            assertThat(m.creationOrder()).isEqualTo(r.creationOrder());
            out.add(m.name());
        });
        assertThat(index.recordCount()).isEqualTo(out.size());
        return out;
    }

    private void writeTracked(Path p, boolean latest, int count) {
        try (Hdf5Writer w = Hdf5Writer.create(p, latest)) {
            GroupWriter g = w.root().createGroupTrackingOrder("ordered");
            for (String n : names(0, count)) {
                g.createGroup(n);
            }
            GroupWriter plain = w.root().createGroup("plain");
            for (String n : names(0, count)) {
                plain.createSoftLink(n, "/ordered/" + n);
            }
        }
    }

    @Test
    void createMode_trackedGroupPastEightLinks_isDenseWithCreationOrderIndex() {
        Path p = dir.resolve("create.h5");
        writeTracked(p, false, 20);
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/ordered");
            assertThat(g.tracksCreationOrder()).isTrue();
            assertThat(creationOrder(g)).isEqualTo(names(0, 20));
            assertThat(orderIndexNames(f, g)).isEqualTo(names(0, 20));
            assertThat(maxCreationIndex(f, g)).isEqualTo(20);
            assertThat(g.links()).extracting(Link::name).isSorted();
            assertThat(f.get("/ordered/" + names(0, 20).get(7))).isInstanceOf(Group.class);

            Group plain = (Group) f.get("/plain");
            LinkInfo info = linkInfo(f, plain);
            assertThat(info.isDense()).isTrue();
            assertThat(info.trackOrder()).isFalse();
            assertThat(info.orderIndexAddress()).isEqualTo(-1);
            assertThat(plain.links()).hasSize(20);
        }
    }

    @Test
    void createMode_eightLinksStayCompact() {
        Path p = dir.resolve("eight.h5");
        writeTracked(p, false, 8);
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/ordered");
            assertThat(linkInfo(f, g).isDense()).isFalse();
            assertThat(linkInfo(f, g).indexOrder()).isTrue();
            assertThat(creationOrder(g)).isEqualTo(names(0, 8));
        }
    }

    @Test
    void copy_keepsTheCreationOrderIndex() {
        Path src = dir.resolve("src.h5");
        writeTracked(src, false, 20);
        for (boolean latest : new boolean[] {false, true}) {
            Path p = dir.resolve("copy" + latest + ".h5");
            try (Hdf5File f = Hdf5File.open(src)) {
                f.copyTo(p, latest);
            }
            try (Hdf5File f = Hdf5File.open(p)) {
                Group g = (Group) f.get("/ordered");
                assertThat(creationOrder(g)).isEqualTo(names(0, 20));
                assertThat(orderIndexNames(f, g)).isEqualTo(names(0, 20));
                assertThat(maxCreationIndex(f, g)).isEqualTo(20);
                assertThat(linkInfo(f, (Group) f.get("/plain")).trackOrder()).isFalse();
            }
        }
    }

    @Test
    void modify_compactBecomesDense_thenNewLinksContinueAfterTheMaximumCreationIndex() {
        Path p = dir.resolve("modify.h5");
        writeTracked(p, false, 5);
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            GroupWriter g = w.root().group("ordered");
            for (String n : names(5, 10)) {
                g.createSoftLink(n, "/x");
            }
        }
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/ordered");
            assertThat(creationOrder(g)).isEqualTo(names(0, 15));
            assertThat(orderIndexNames(f, g)).isEqualTo(names(0, 15));
        }
        // the last link deleted: its creation order is not given again
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            GroupWriter g = w.root().group("ordered");
            g.deleteLink(names(14, 1).get(0));
            g.deleteLink(names(3, 1).get(0));
        }
        try (Hdf5Writer w = Hdf5Writer.open(p)) {
            GroupWriter g = w.root().group("ordered");
            for (String n : names(15, 5)) {
                g.createSoftLink(n, "/x");
            }
        }
        List<String> want = new ArrayList<>(names(0, 20));
        want.remove(names(14, 1).get(0));
        want.remove(names(3, 1).get(0));
        try (Hdf5File f = Hdf5File.open(p)) {
            Group g = (Group) f.get("/ordered");
            assertThat(creationOrder(g)).isEqualTo(want);
            assertThat(orderIndexNames(f, g)).isEqualTo(want);
            assertThat(maxCreationIndex(f, g)).isEqualTo(20);
            assertThat(g.linksInCreationOrder().get(13).creationOrder()).isEqualTo(15);
        }
    }
}

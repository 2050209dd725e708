package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.BTreeV1Node;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.LinkInfo;
import org.nwbj.hdf5.internal.format.LinkMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.SymbolTableEntry;
import org.nwbj.hdf5.internal.format.SymbolTableNode;

/** Lists a group's links in any of its storage forms: symbol table, compact link messages or dense. */
public final class GroupReader {
    private static final int MAX_BTREE_DEPTH = 64;

    private GroupReader() {
    }

    /** True when the object header describes a group. */
    public static boolean isGroup(ObjectHeader h) {
        return h.has(MessageType.SYMBOL_TABLE) || h.has(MessageType.LINK_INFO) || h.has(MessageType.LINK)
                || h.has(MessageType.GROUP_INFO);
    }

    /** A group's decoded links, cached per file so that lookups by name do not re-read them. */
    private record LinkList(List<LinkMessage> links) {
    }

    /** The group's links, sorted by the bytes of their UTF-8 names (an unmodifiable list). */
    public static List<LinkMessage> links(FileContext f, ObjectHeader h) {
        return f.cached(h.address(), LinkList.class, () -> {
            List<LinkMessage> links = readLinks(f, h);
            prefetchTargets(f, links);
            return new LinkList(java.util.Collections.unmodifiableList(links));
        }).links();
    }

    /**
     * A group listed is usually walked next: its children's headers are hinted to the storage at once, which a
     * remote storage turns into a few parallel requests instead of one round trip per child.
     */
    private static void prefetchTargets(FileContext f, List<LinkMessage> links) {
        List<Long> targets = new ArrayList<>();
        for (LinkMessage l : links) {
            if (l.type() == LinkMessage.HARD) {
                targets.add(l.address());
            }
        }
        f.prefetchHeaders(targets);
    }

    private static List<LinkMessage> readLinks(FileContext f, ObjectHeader h) {
        List<LinkMessage> out = new ArrayList<>();
        HeaderMessage st = h.first(MessageType.SYMBOL_TABLE);
        if (st != null) {
            FormatReader r = st.reader("SymbolTableMessage", f.ctx());
            long btree = r.offset();
            long heap = r.offset();
            symbolTable(f, btree, heap, out);
        } else {
            HeaderMessage li = h.first(MessageType.LINK_INFO);
            LinkInfo info = li == null ? null : LinkInfo.decode(li.reader("LinkInfoMessage", f.ctx()));
            if (info != null && info.isDense()) {
                DenseStorage.links(f, info, out);
            } else {
                for (HeaderMessage m : h.all(MessageType.LINK)) {
                    out.add(LinkMessage.decode(m.reader("LinkMessage", f.ctx())));
                }
            }
        }
        out.sort(Comparator.comparing(l -> l.name().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                org.nwbj.hdf5.internal.format.Bytes::compareUnsigned));
        return out;
    }

    /** True when the group tracks link creation order (then {@link LinkMessage#creationOrder()} is set). */
    public static boolean tracksOrder(FileContext f, ObjectHeader h) {
        HeaderMessage li = h.first(MessageType.LINK_INFO);
        return li != null && LinkInfo.decode(li.reader("LinkInfoMessage", f.ctx())).trackOrder();
    }

    static void symbolTable(FileContext f, long btree, long heapAddress, List<LinkMessage> out) {
        LocalHeapData heap = LocalHeapData.load(f, heapAddress);
        int leafK = f.superblock().groupLeafK();
        int internalK = f.superblock().groupInternalK();
        Set<Long> seen = new HashSet<>();
        walk(f, btree, leafK, internalK, heap, out, seen, 0);
    }

    private static void walk(FileContext f, long address, int leafK, int internalK, LocalHeapData heap,
            List<LinkMessage> out, Set<Long> seen, int depth) {
        if (depth > MAX_BTREE_DEPTH || !seen.add(address)) {
            throw new Hdf5FormatException("GroupBTree", address, "node visited twice or tree deeper than "
                    + MAX_BTREE_DEPTH + " (a cycle)");
        }
        // read the node; its size depends on K, take the larger K to be safe
        int k = Math.max(leafK, internalK);
        long size = BTreeV1Node.size(f.ctx(), 0, k, 0);
        ByteBuffer buf = f.readUpTo(address, (int) Math.min(size, f.maxMetadataBlock()));
        BTreeV1Node node = BTreeV1Node.decode(new FormatReader(buf, address, "GroupBTreeNode", f.ctx()), 0, 0);
        // the nodes below are spread through the file as the group grew: fetch them at once, not one by one
        List<Long> below = new ArrayList<>();
        for (long c : node.children()) {
            below.add(c);
        }
        f.prefetch(below, (int) Math.min(node.level() > 0 ? size : SymbolTableNode.size(f.ctx(), leafK),
                f.maxMetadataBlock()));
        for (long child : node.children()) {
            if (node.level() > 0) {
                walk(f, child, leafK, internalK, heap, out, seen, depth + 1);
            } else {
                if (!seen.add(child)) {
                    throw new Hdf5FormatException("SymbolTableNode", child, "referenced twice (a cycle)");
                }
                ByteBuffer sb = f.readUpTo(child, SymbolTableNode.size(f.ctx(), leafK));
                SymbolTableNode snod = SymbolTableNode.decode(new FormatReader(sb, child, "SymbolTableNode",
                        f.ctx()), leafK);
                for (SymbolTableEntry e : snod.entries()) {
                    String name = heap.string(e.nameOffset());
                    if (e.cacheType() == 2) {
                        out.add(new LinkMessage(name, LinkMessage.SOFT, -1, -1, heap.string(e.softLinkOffset()),
                                null, null));
                    } else {
                        out.add(new LinkMessage(name, LinkMessage.HARD, -1, e.objectHeaderAddress(), null, null,
                                null));
                    }
                }
            }
        }
    }
}

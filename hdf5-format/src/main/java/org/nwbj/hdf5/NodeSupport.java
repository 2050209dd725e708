package org.nwbj.hdf5;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.Messages;
import org.nwbj.hdf5.internal.engine.ObjectHeader;
import org.nwbj.hdf5.internal.format.AttributeMessage;

/** What every node shares: its file, header and attributes. */
final class NodeSupport {
    private NodeSupport() {
    }

    static List<Attribute> attributes(FileContext f, ObjectHeader h) {
        List<Attribute> out = new ArrayList<>();
        for (AttributeMessage m : Messages.attributes(f, h)) {
            out.add(new Attribute(f, m.name(), Messages.datatype(f, m.datatype()), Messages.dataspace(f,
                    m.dataspace()), m.data()));
        }
        out.sort(Comparator.comparing(a -> a.name().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                org.nwbj.hdf5.internal.format.Bytes::compareUnsigned));
        return out;
    }

    /** Sorted by creation order where the header tracks it (ties and untracked: by name). */
    static List<Attribute> attributesInCreationOrder(FileContext f, ObjectHeader h) {
        if (!Messages.tracksAttributeOrder(h)) {
            return attributes(f, h);
        }
        List<Long> orders = new ArrayList<>();
        List<AttributeMessage> found = Messages.attributes(f, h, orders);
        List<Integer> rank = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            rank.add(i);
        }
        java.util.Collections.sort(rank, (x, y) -> {
            int c = Long.compare(orders.get(x), orders.get(y));
            return c != 0 ? c : org.nwbj.hdf5.internal.format.Bytes.compareUnsigned(
                    found.get(x).name().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    found.get(y).name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        List<Attribute> out = new ArrayList<>();
        for (int i : rank) {
            AttributeMessage m = found.get(i);
            out.add(new Attribute(f, m.name(), Messages.datatype(f, m.datatype()), Messages.dataspace(f,
                    m.dataspace()), m.data()));
        }
        return out;
    }

    static String child(String parent, String name) {
        return parent.endsWith("/") ? parent + name : parent + "/" + name;
    }
}

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

    static String child(String parent, String name) {
        return parent.endsWith("/") ? parent + name : parent + "/" + name;
    }
}

package org.nwbj.hdf5.internal.engine.write;

import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.LinkMessage;

/**
 * A link of a group being written; a hard link found in an existing file has no target in the model until the
 * object is touched, only its address.
 */
public record WLink(String name, int type, WObject target, String path, String file, long order, long address) {
    WLink(String name, int type, WObject target, String path, String file, long order) {
        this(name, type, target, path, file, order, -1);
    }

    /** A link as read from a file: a hard link keeps its (source) address, soft and external ones their paths. */
    public static WLink of(LinkMessage l) {
        String path = l.type() == LinkMessage.SOFT ? l.softPath()
                : l.type() == LinkMessage.EXTERNAL ? l.externalPath() : null;
        return new WLink(l.name(), l.type(), null, path, l.externalFile(), l.creationOrder(),
                l.type() == LinkMessage.HARD ? l.address() : -1);
    }

    /**
     * The link message body naming {@code targetAddress} (hard links), with the creation order where the group
     * tracks it: the one encoding of links for created, rewritten and copied groups.
     */
    public byte[] encode(boolean trackOrder, long targetAddress, FormatContext ctx) {
        return new LinkMessage(name, type, trackOrder ? order : -1, targetAddress,
                type == LinkMessage.SOFT ? path : null, file, type == LinkMessage.EXTERNAL ? path : null).encode(ctx);
    }
}

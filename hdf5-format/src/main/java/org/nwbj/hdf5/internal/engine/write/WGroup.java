package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.LinkInfo;
import org.nwbj.hdf5.internal.format.LinkMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.type.DataType;

/** A group: compact link messages (link info + group info), creation order tracked on request. */
public final class WGroup extends WObject {
    public final Map<String, WLink> links = new LinkedHashMap<>();
    final boolean trackOrder;
    public long nextOrder;

    public WGroup(WritableFile file, boolean trackOrder) {
        super(file);
        this.trackOrder = trackOrder;
    }

    void add(WLink l) {
        file.checkOpen();
        if (l.name().isEmpty() || l.name().contains("/") || l.name().equals(".")) {
            throw new Hdf5Exception("invalid link name \"" + l.name() + "\"");
        }
        if (links.containsKey(l.name())) {
            throw new Hdf5Exception("a link named " + l.name() + " exists already");
        }
        links.put(l.name(), l);
        nextOrder++;
        if (l.target() != null) {
            l.target().linkCount++;
        }
    }

    public WGroup createGroup(String name, boolean trackOrder) {
        WGroup g = new WGroup(file, trackOrder);
        g.trackAttributeOrder = trackOrder; // as h5py's track_order=True: links and attributes
        add(new WLink(name, LinkMessage.HARD, g, null, null, nextOrder));
        return g;
    }

    public WDataset createDataset(String name, DataType type, Dataspace space, long[] chunks,
            FilterPipeline filters, byte[] fill) {
        WDataset d = new WDataset(file, type, space, chunks, filters, fill);
        add(new WLink(name, LinkMessage.HARD, d, null, null, nextOrder));
        return d;
    }

    /** Commits a datatype under {@code name}: a named type that datasets and attributes can share. */
    public WDatatype commitDatatype(String name, DataType type) {
        WDatatype t = new WDatatype(file, type);
        add(new WLink(name, LinkMessage.HARD, t, null, null, nextOrder));
        return t;
    }

    public void link(String name, WObject target) {
        add(new WLink(name, LinkMessage.HARD, target, null, null, nextOrder));
    }

    public void softLink(String name, String path) {
        add(new WLink(name, LinkMessage.SOFT, null, path, null, nextOrder));
    }

    public void externalLink(String name, String fileName, String path) {
        add(new WLink(name, LinkMessage.EXTERNAL, null, path, fileName, nextOrder));
    }

    public boolean hasLink(String name) {
        return links.containsKey(name);
    }

    /**
     * Points the external link {@code name} at another file and object, keeping its place among the links
     * and its creation order (a rewrite, not a delete and add).
     */
    public void retargetExternalLink(String name, String fileName, String path) {
        file.checkOpen();
        WLink l = links.get(name);
        if (l == null) {
            throw new org.nwbj.hdf5.Hdf5NotFoundException("no link named \"" + name + "\"");
        }
        if (l.type() != LinkMessage.EXTERNAL) {
            throw new Hdf5Exception("\"" + name + "\" is not an external link");
        }
        if (fileName == null || fileName.isEmpty() || path == null || path.isEmpty()) {
            throw new IllegalArgumentException("an external link needs a file name and an object path");
        }
        links.put(name, new WLink(name, LinkMessage.EXTERNAL, null, path, fileName, l.order()));
    }

    public List<String> linkNames() {
        return new ArrayList<>(links.keySet());
    }

    /**
     * The object a link names, taken into the model from the existing file when not there yet; soft links are
     * followed within this file.
     */
    public WObject child(String name) {
        return child(name, 0);
    }

    WObject child(String name, int depth) {
        file.checkOpen();
        WLink l = links.get(name);
        if (l == null) {
            throw new org.nwbj.hdf5.Hdf5NotFoundException("no link named \"" + name + "\"");
        }
        if (l.target() != null) {
            return l.target();
        }
        if (l.type() == LinkMessage.SOFT) {
            if (depth >= org.nwbj.hdf5.Hdf5File.MAX_LINK_TRAVERSALS) {
                throw new Hdf5Exception("soft link \"" + name + "\": more than "
                        + org.nwbj.hdf5.Hdf5File.MAX_LINK_TRAVERSALS + " links followed (a loop?)");
            }
            WObject at = l.path().startsWith("/") ? file.root : this;
            for (String part : l.path().split("/")) {
                if (part.isEmpty() || part.equals(".")) {
                    continue;
                }
                if (!(at instanceof WGroup g)) {
                    throw new org.nwbj.hdf5.Hdf5NotFoundException("soft link \"" + name + "\" to " + l.path()
                            + " passes through a dataset");
                }
                at = g.child(part, depth + 1);
            }
            return at;
        }
        if (l.type() != LinkMessage.HARD || file.existing == null) {
            throw new Hdf5Exception("\"" + name + "\" is a " + (l.type() == LinkMessage.SOFT ? "soft" : "external")
                    + " link, not an object of this file");
        }
        WObject t = file.existing.adopt(l.address());
        links.put(name, new WLink(l.name(), l.type(), t, null, null, l.order(), l.address()));
        return t;
    }

    public void deleteLink(String name) {
        file.checkOpen();
        WLink l = links.remove(name);
        if (l != null && l.target() != null) {
            l.target().linkCount--;
        } else if (l != null && l.type() == LinkMessage.HARD && file.existing != null) {
            file.existing.unlinked(l.address());
        }
    }

    /** Dense link storage of the last flush (modify mode: links too large for the header), else null. */
    List<byte[]> denseLinks;
    DenseWriter.Result denseAddresses;
    List<long[]> denseBlocks;

    /**
     * An adopted group records its link message bodies as found: while the links stay the same, the group keeps
     * the storage it had (an untouched group is not rewritten; dense storage stays where it is).
     */
    @Override
    void adopted(Found found) {
        found.links = linkBodies();
    }

    /** True while an adopted group's links are those it was found with. */
    boolean asFound(List<byte[]> bodies) {
        List<byte[]> as = found == null ? null : found.links;
        if (as == null || as.size() != bodies.size()) {
            return false;
        }
        for (int i = 0; i < bodies.size(); i++) {
            if (!java.util.Arrays.equals(bodies.get(i), as.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The dense link info message of an adopted group, or null. */
    private ObjectHeaderChunk.Message foundLinkInfo() {
        return found == null ? null : found.linkInfo;
    }

    List<byte[]> linkBodies() {
        List<byte[]> out = new ArrayList<>();
        for (WLink l : links.values()) {
            long target = l.target() == null ? l.address() : Math.max(0, l.target().address);
            out.add(l.encode(trackOrder, target, file.ctx));
        }
        return out;
    }

    /**
     * After new objects have addresses: writes dense link storage to fresh space when the links need it (see
     * {@link HeaderBuilder#needsDense}), with a creation order index where order is tracked; unchanged links keep the
     * storage of the last flush.
     */
    void writeDenseLinks() {
        List<byte[]> bodies = linkBodies();
        if (asFound(bodies) && (foundLinkInfo() != null || !HeaderBuilder.tooLarge(bodies))) {
            return; // as found: dense storage kept, or link messages (of a group found with many)
        }
        if (found != null) {
            found.links = null;
            found.linkInfo = null;
        }
        if (!HeaderBuilder.needsDense(bodies)) {
            if (denseBlocks != null) {
                for (long[] b : denseBlocks) {
                    file.out.release(b[0], b[1]);
                }
            }
            denseBlocks = null;
            denseLinks = null;
            return;
        }
        if (denseLinks != null && denseLinks.size() == bodies.size()) {
            boolean same = true;
            for (int i = 0; i < bodies.size() && same; i++) {
                same = java.util.Arrays.equals(bodies.get(i), denseLinks.get(i));
            }
            if (same) {
                return;
            }
        }
        long[] orders = null;
        if (trackOrder) {
            orders = new long[links.size()];
            int i = 0;
            for (WLink l : links.values()) {
                orders[i++] = l.order();
            }
        }
        long[] creationOrders = orders;
        List<long[]> blocks = file.out.track(() -> denseAddresses = DenseWriter.links(file.out,
                new ArrayList<>(links.keySet()), bodies, creationOrders));
        if (denseBlocks != null) {
            for (long[] b : denseBlocks) {
                file.out.release(b[0], b[1]);
            }
        }
        denseBlocks = blocks;
        denseLinks = bodies;
    }

    @Override
    List<ObjectHeaderChunk.Message> ownMessages(boolean sizing) {
        List<byte[]> bodies = denseLinks != null ? null : linkBodies();
        if (foundLinkInfo() != null && asFound(bodies)) {
            return new HeaderBuilder(file.ctx).add(foundLinkInfo()).add(MessageType.GROUP_INFO, 0, new byte[] {0, 0})
                    .messages();
        }
        DenseWriter.Result dense = null;
        if (denseLinks != null || (sizing && HeaderBuilder.needsDense(bodies))) {
            // sizing before the dense storage exists: the link info message takes the place of the links
            dense = denseLinks != null ? denseAddresses : new DenseWriter.Result(0, 0, 0);
        }
        return new HeaderBuilder(file.ctx).links(trackOrder, nextOrder, dense, bodies).messages();
    }
}

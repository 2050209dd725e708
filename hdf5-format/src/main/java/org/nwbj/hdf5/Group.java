package org.nwbj.hdf5;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nwbj.hdf5.internal.engine.GroupReader;
import org.nwbj.hdf5.internal.engine.ObjectHeader;
import org.nwbj.hdf5.internal.format.LinkMessage;

/** A group: named links to other objects. */
public final class Group implements Node {
    private final Hdf5File file;
    private final ObjectHeader header;
    private final String path;

    Group(Hdf5File file, ObjectHeader header, String path) {
        this.file = file;
        this.header = header;
        this.path = path;
    }

    /**
     * {@return the links, sorted by the bytes of their UTF-8 names (h5dump's order, and h5py's for groups that do not
     * track creation order: see {@link #linksInCreationOrder()})}
     */
    public List<Link> links() {
        List<Link> out = new ArrayList<>();
        for (LinkMessage m : GroupReader.links(file.context(), header)) {
            out.add(switch (m.type()) {
                case LinkMessage.HARD -> new Link.Hard(m.name(), m.address(), m.creationOrder());
                case LinkMessage.SOFT -> new Link.Soft(m.name(), m.softPath(), m.creationOrder());
                case LinkMessage.EXTERNAL -> new Link.External(m.name(), m.externalFile(), m.externalPath(),
                        m.creationOrder());
                default -> throw new Hdf5UnsupportedException("user-defined link type " + m.type() + " ("
                        + m.name() + " in " + path + ")");
            });
        }
        return out;
    }

    /** {@return true when the group records the order in which links were created} */
    public boolean tracksCreationOrder() {
        return GroupReader.tracksOrder(file.context(), header);
    }

    /** {@return the links in creation order where tracked, else in name order} */
    public List<Link> linksInCreationOrder() {
        List<Link> l = links();
        if (tracksCreationOrder()) {
            l.sort(Comparator.comparingLong(Link::creationOrder));
        }
        return l;
    }

    /**
     * {@return the link with this name, or null}
     *
     * @param name the link's name in this group
     */
    public Link link(String name) {
        for (Link l : links()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return null;
    }

    /**
     * {@return the dataset at a path relative to this group (or absolute); throws {@link Hdf5NotFoundException} naming
     * the path when there is none, and {@link Hdf5Exception} when the object there is not a dataset}
     *
     * @param path a path relative to this group, or an absolute one
     */
    public Dataset dataset(String path) {
        return Lookup.find(this, path, Dataset.class);
    }

    /**
     * {@return the group at a path relative to this group (or absolute), as {@link #dataset(String)} finds datasets}
     *
     * @param path a path relative to this group, or an absolute one
     */
    public Group group(String path) {
        return Lookup.find(this, path, Group.class);
    }

    /**
     * {@return true when the path (relative or absolute) leads to an object, following soft and external links}
     *
     * @param path a path relative to this group, or an absolute one
     */
    public boolean exists(String path) {
        return Lookup.exists(this, path);
    }

    /**
     * Calls {@code visitor} for every object below this group, like h5py's {@code visititems}: depth first, links
     * in name order, through hard links only; each object once, under the first path that reaches it (so hard
     * links that form a loop end). The path is relative to this group.
     *
     * @param visitor called with the path and object of every object found
     */
    public void visit(Hdf5File.Visitor visitor) {
        Lookup.visit(this, visitor);
    }

    /** {@return the objects {@link #visit} reaches, in the same order} */
    public java.util.stream.Stream<Node> walk() {
        List<Node> out = new ArrayList<>();
        visit((path, node) -> out.add(node));
        return out.stream();
    }

    /**
     * {@return the object at a path relative to this group (or absolute), following soft and external links}
     *
     * @param relativePath a path relative to this group, or an absolute one
     */
    public Node get(String relativePath) {
        return file.resolve(this, relativePath);
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public long address() {
        return header.address();
    }

    Hdf5File file() {
        return file;
    }

    @Override
    public List<Attribute> attributes() {
        return NodeSupport.attributes(file.context(), header);
    }

    @Override
    public List<Attribute> attributesInCreationOrder() {
        return NodeSupport.attributesInCreationOrder(file.context(), header);
    }

    @Override
    public String toString() {
        return "Group[" + path + "]";
    }
}

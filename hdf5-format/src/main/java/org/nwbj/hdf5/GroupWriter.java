package org.nwbj.hdf5;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.internal.engine.write.WDataset;
import org.nwbj.hdf5.internal.engine.write.WGroup;
import org.nwbj.hdf5.internal.engine.write.WObject;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.type.DataType;

/** A group being written: create groups, datasets and links in it. */
public final class GroupWriter extends NodeWriter {
    private final WGroup group;

    GroupWriter(WGroup group) {
        this.group = group;
    }

    @Override
    WObject object() {
        return group;
    }

    /**
     * Creates a child group.
     *
     * @param name the new group's name
     * @return the new group
     */
    public GroupWriter createGroup(String name) {
        return new GroupWriter(group.createGroup(name, false));
    }

    /**
     * Creates a child group that records the creation order of its links and attributes, as h5py's
     * {@code track_order=True} does (h5py then lists both in creation order).
     *
     * @param name the new group's name
     * @return the new group
     */
    public GroupWriter createGroupTrackingOrder(String name) {
        return new GroupWriter(group.createGroup(name, true));
    }

    /**
     * Creates a dataset.
     *
     * @param name the new dataset's name
     * @param options type, shape, layout and filters
     * @return the new dataset
     */
    public DatasetWriter createDataset(String name, DatasetOptions options) {
        long[] chunks = options.effectiveChunks();
        FilterPipeline pipeline = null;
        if (options.hasFilters()) {
            List<FilterPipeline.FilterInfo> fs = new ArrayList<>();
            for (int[] f : options.filterIds()) {
                org.nwbj.hdf5.filter.Filters.require(f[0]); // a missing plug-in fails here, before anything is written
                int[] cd = java.util.Arrays.copyOfRange(f, 1, f.length);
                cd = DatasetOptions.clientData(f[0], cd, options.type(), chunks);
                fs.add(new FilterPipeline.FilterInfo(f[0], null, f[0] == 3 ? 0 : 0, cd));
            }
            pipeline = new FilterPipeline(fs);
        }
        Dataspace space = options.isScalar() ? Dataspace.scalar()
                : Dataspace.simple(options.dims(), options.maxDims());
        if (options.isCompact()) {
            if (options.hasFilters() || options.chunkDims() != null) {
                throw new IllegalArgumentException("a compact dataset has no chunks, filters or growable dimensions");
            }
            WDataset d = group.createDataset(name, options.type(), space, null, null,
                    options.fillValue());
            d.makeCompact();
            if (options.isTrackingOrder()) {
                d.trackAttributeOrder();
            }
            return new DatasetWriter(d);
        }
        WDataset d = group.createDataset(name, options.type(), space, chunks, pipeline,
                options.fillValue());
        if (options.isAllocatedEarly()) {
            d.allocateEarly();
        }
        if (options.isTrackingOrder()) {
            d.trackAttributeOrder();
        }
        return new DatasetWriter(d);
    }

    /**
     * Creates a virtual dataset (HDF5 1.10 VDS): its elements are read from the source datasets {@code layout} maps,
     * and cannot be written through it.
     *
     * @param name the new dataset's name
     * @param layout the sources and where their elements go
     * @return the new dataset
     */
    public DatasetWriter createVirtualDataset(String name, VirtualLayout layout) {
        WDataset d = group.createDataset(name, layout.type(), Dataspace.simple(layout.shape(),
                layout.shape()), null, null, layout.fill());
        d.makeVirtual(layout.mappings(), layout.maxShape());
        return new DatasetWriter(d);
    }

    /**
     * Creates a dataset whose type is a committed datatype of this file ({@code options.type()} must equal
     * {@code committedType.type()}).
     *
     * @param name the new dataset's name
     * @param options type, shape, layout and filters
     * @param committedType the committed datatype the dataset refers to
     * @return the new dataset
     */
    public DatasetWriter createDataset(String name, DatasetOptions options, DatatypeWriter committedType) {
        if (!options.type().equals(committedType.type())) {
            throw new Hdf5Exception("dataset type " + options.type() + " differs from the committed type "
                    + committedType.type());
        }
        DatasetWriter d = createDataset(name, options);
        d.useCommittedType(committedType);
        return d;
    }

    /**
     * Commits {@code type} under {@code name}: a named datatype that datasets and attributes can share.
     *
     * @param name the link name of the datatype
     * @param type the datatype to commit
     * @return the committed datatype
     */
    public DatatypeWriter commitDatatype(String name, DataType type) {
        return new DatatypeWriter(group.commitDatatype(name, type));
    }

    /**
     * Creates a dataset holding a Java value (see {@link NodeWriter#setAttribute(String, Object)}).
     *
     * @param name the new dataset's name
     * @param value the value to store: a boxed scalar, a String or a Java array
     * @return the new dataset
     */
    public DatasetWriter createDataset(String name, Object value) {
        DataType t = ValueBytes.typeOf(value);
        DatasetWriter d = createDataset(name, DatasetOptions.of(t, ValueBytes.dimsOf(value)));
        d.writeAll(value);
        return d;
    }

    /**
     * Adds a hard link to an object written in this file.
     *
     * @param name the link's name
     * @param target the object it points at
     */
    public void createHardLink(String name, NodeWriter target) {
        group.link(name, target.object());
    }

    /**
     * Adds a soft link: a path in this file, resolved when read.
     *
     * @param name the link's name
     * @param targetPath the path it resolves to, absolute or relative to this group
     */
    public void createSoftLink(String name, String targetPath) {
        group.softLink(name, targetPath);
    }

    /**
     * Adds an external link: an object path in another file.
     *
     * @param name the link's name
     * @param fileName the other file, as the C library searches for it
     * @param objectPath the object's absolute path in that file
     */
    public void createExternalLink(String name, String fileName, String objectPath) {
        group.externalLink(name, fileName, objectPath);
    }

    /**
     * Points the existing external link {@code name} at {@code fileName}:{@code objectPath}, keeping its place and
     * creation order; in a file opened for modification the group's header is rewritten in place at the next flush
     * (one write, so a crash leaves the old link or the new one).
     *
     * @param name the existing link's name
     * @param fileName the new file name
     * @param objectPath the new object path
     */
    public void retargetExternalLink(String name, String fileName, String objectPath) {
        group.retargetExternalLink(name, fileName, objectPath);
    }

    /**
     * {@return an existing child group, by name or by a relative path through groups ("a/b"), soft links followed; in a
     * file opened for modification the group is read from the file}
     *
     * @param path a child's name or a relative path such as {@code a/b}
     */
    public GroupWriter group(String path) {
        WObject o = resolve(path);
        if (!(o instanceof WGroup g)) {
            throw new Hdf5Exception("\"" + path + "\" is not a group");
        }
        return new GroupWriter(g);
    }

    /**
     * {@return an existing dataset, by name or relative path (see {@link #group(String)})}
     *
     * @param path a child's name or a relative path
     */
    public DatasetWriter dataset(String path) {
        WObject o = resolve(path);
        if (!(o instanceof WDataset d)) {
            throw new Hdf5Exception("\"" + path + "\" is not a dataset");
        }
        return new DatasetWriter(d);
    }

    private WObject resolve(String path) {
        WObject o = group;
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (!(o instanceof WGroup g)) {
                throw new Hdf5NotFoundException("\"" + path + "\": \"" + part + "\" is inside a dataset");
            }
            o = g.child(part);
        }
        return o;
    }

    /**
     * Names of the group's links (in a file opened for modification, the existing ones too).
     *
     * @return the link names
     */
    public List<String> linkNames() {
        return group.linkNames();
    }

    /**
     * {@return true when a link with this name exists}
     *
     * @param name a link name
     */
    public boolean has(String name) {
        return group.hasLink(name);
    }

    /**
     * Removes a link (the object stays in the file when other links reach it).
     *
     * @param name the link to remove
     */
    public void deleteLink(String name) {
        group.deleteLink(name);
    }
}

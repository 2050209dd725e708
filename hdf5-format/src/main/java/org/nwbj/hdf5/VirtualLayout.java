package org.nwbj.hdf5;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.nwbj.hdf5.internal.format.SerializedSelection;
import org.nwbj.hdf5.internal.format.VirtualMappings;
import org.nwbj.hdf5.type.DataType;

/**
 * A virtual dataset to create (h5py's {@code VirtualLayout}): its type, dimensions and maximum dimensions, fill value
 * and mappings, each sending the elements of a {@link VirtualSource} to a selection of the virtual dataset in C
 * order. Created with {@link GroupWriter#createVirtualDataset}. Immutable.
 */
public final class VirtualLayout {
    private final DataType type;
    private final long[] dims;
    private final long[] maxDims;
    private final byte[] fill;
    private final List<VirtualMappings.Mapping> mappings;

    private VirtualLayout(DataType type, long[] dims, long[] maxDims, byte[] fill,
            List<VirtualMappings.Mapping> mappings) {
        this.type = type;
        this.dims = dims;
        this.maxDims = maxDims;
        this.fill = fill;
        this.mappings = Collections.unmodifiableList(mappings);
    }

    /**
     * {@return a virtual dataset of {@code type} and dimensions {@code shape}, without mappings yet (all fill value)}
     *
     * @param type the element type
     * @param shape the dimensions
     */
    public static VirtualLayout of(DataType type, long... shape) {
        return new VirtualLayout(type, shape.clone(), shape.clone(), null, new ArrayList<>());
    }

    /**
     * Maximum dimensions ({@link Dataspace#UNLIMITED} for a dimension that unlimited mappings size).
     *
     * @return a copy with this setting
     * @param max one maximum per dimension
     */
    public VirtualLayout maxShape(long... max) {
        if (max.length != dims.length) {
            throw new IllegalArgumentException("maxShape needs " + dims.length + " dimensions");
        }
        return new VirtualLayout(type, dims, max.clone(), fill, new ArrayList<>(mappings));
    }

    /**
     * The fill value as stored bytes of one element: what no mapping (or a missing source) provides.
     *
     * @return a copy with this setting
     * @param element the stored bytes of one element
     */
    public VirtualLayout fill(byte[] element) {
        if (element.length != type.size()) {
            throw new IllegalArgumentException("fill value needs " + type.size() + " bytes");
        }
        return new VirtualLayout(type, dims, maxDims, element.clone(), new ArrayList<>(mappings));
    }

    /**
     * Maps {@code source}'s elements to the elements {@code target} selects (h5py's {@code layout[...] = source}).
     *
     * @return a copy with this mapping added
     * @param target the virtual elements to fill
     * @param source the source elements, as many as {@code target} selects
     */
    public VirtualLayout map(Selection target, VirtualSource source) {
        target.checkWithin(dims);
        if (target.elementCount() != source.elementCount()) {
            throw new IllegalArgumentException("the virtual selection has " + target.elementCount()
                    + " elements, the source " + source.elementCount());
        }
        return with(new VirtualMappings.Mapping(source.file(), source.dataset(), serialize(source.selection()),
                serialize(target)));
    }

    /**
     * An unlimited printf mapping: block {@code b} of dimension {@code dim} ({@code first} moved by {@code b * stride}
     * along it) comes from the source named with {@code %b} = b, as many blocks as such sources exist when read.
     * The dimension should be unlimited in {@link #maxShape}.
     *
     * @return a copy with this mapping added
     * @param first the virtual elements block 0 fills
     * @param dim the dimension the blocks follow each other along
     * @param stride the distance between two blocks' starts along {@code dim}
     * @param source the source, whose names may hold {@code %b}
     */
    public VirtualLayout mapBlocks(Selection first, int dim, long stride, VirtualSource source) {
        if (!source.file().contains("%b") && !source.dataset().contains("%b")) {
            throw new IllegalArgumentException("a block mapping needs %b in the source file or dataset name");
        }
        // along dim the first block must be one run of elements: its length is the block of the mapping
        boolean run = first.count()[dim] == 1 || first.stride()[dim] == first.block()[dim];
        long length = first.count()[dim] * first.block()[dim];
        if (!run || stride < length) {
            throw new IllegalArgumentException("the first block must be contiguous along dimension " + dim
                    + " and no longer than the stride " + stride);
        }
        if (first.elementCount() != source.elementCount()) {
            throw new IllegalArgumentException("a block has " + first.elementCount() + " elements, the source "
                    + source.elementCount());
        }
        long[] count = first.count().clone();
        long[] strides = first.stride().clone();
        long[] block = first.block().clone();
        count[dim] = SerializedSelection.UNLIMITED;
        strides[dim] = stride;
        block[dim] = length;
        return with(new VirtualMappings.Mapping(source.file(), source.dataset(), serialize(source.selection()),
                new SerializedSelection.Regular(first.start(), strides, count, block)));
    }

    /**
     * An unlimited mapping from a source that grows along {@code sourceDim}: the virtual elements from
     * {@code virtualStart} along {@code dim} follow the source's current extent when read, the other dimensions as
     * {@code virtualStart}'s count.
     *
     * @return a copy with this mapping added
     * @param virtualStart the virtual elements the source's first extent fills
     * @param dim the virtual dimension that grows with the source
     * @param source the source
     * @param sourceDim the source dimension that grows
     */
    public VirtualLayout mapUnlimited(Selection virtualStart, int dim, VirtualSource source, int sourceDim) {
        long[] vBlock = virtualStart.block().clone();
        long[] vCount = virtualStart.count().clone();
        vBlock[dim] = SerializedSelection.UNLIMITED;
        vCount[dim] = 1;
        long[] shape = source.shape();
        long[] sStart = new long[shape.length];
        long[] ones = new long[shape.length];
        java.util.Arrays.fill(ones, 1);
        long[] sBlock = shape.clone();
        sBlock[sourceDim] = SerializedSelection.UNLIMITED;
        return with(new VirtualMappings.Mapping(source.file(), source.dataset(),
                new SerializedSelection.Regular(sStart, ones, ones, sBlock),
                new SerializedSelection.Regular(virtualStart.start(), virtualStart.stride(), vCount, vBlock)));
    }

    private VirtualLayout with(VirtualMappings.Mapping m) {
        List<VirtualMappings.Mapping> list = new ArrayList<>(mappings);
        list.add(m);
        return new VirtualLayout(type, dims, maxDims, fill, list);
    }

    private static SerializedSelection serialize(Selection s) {
        if (s == null) {
            return new SerializedSelection.All();
        }
        return new SerializedSelection.Regular(s.start(), s.stride(), s.count(), s.block());
    }

    /** {@return the element type} */
    public DataType type() {
        return type;
    }

    /** {@return a copy of the dimensions} */
    public long[] shape() {
        return dims.clone();
    }

    /** {@return a copy of the maximum dimensions} */
    public long[] maxShape() {
        return maxDims.clone();
    }

    /** {@return the number of mappings added} */
    public int mappingCount() {
        return mappings.size();
    }

    VirtualMappings mappings() {
        return new VirtualMappings(mappings);
    }

    byte[] fill() {
        return fill == null ? null : fill.clone();
    }
}

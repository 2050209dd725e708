package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.internal.format.AttributeInfo;
import org.nwbj.hdf5.internal.format.AttributeMessage;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.FilterPipeline;
import org.nwbj.hdf5.internal.format.FormatReader;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.LinkInfo;
import org.nwbj.hdf5.internal.format.LinkMessage;
import org.nwbj.hdf5.internal.format.MessageType;

/**
 * Links and attributes kept in a fractal heap indexed by v2 B-trees ("dense" storage), and messages in the
 * shared-message (SOHM) heap.
 */
public final class DenseStorage {
    private DenseStorage() {
    }

    /** Opens a fractal heap, decoding filtered blocks through its own pipeline. */
    public static FractalHeap heap(FileContext f, long address) {
        FractalHeap plain = FractalHeap.open(f, address);
        if (!plain.header().hasFilters()) {
            return plain;
        }
        FilterPipeline p = FilterPipeline.decode(new FormatReader(ByteBuffer.wrap(plain.header().filterInfo()),
                address, "FractalHeapFilters", f.ctx()));
        return FractalHeap.open(f, address, (stored, mask, size) -> {
            byte[] b = new byte[stored.remaining()];
            stored.duplicate().get(b);
            List<FilterPipeline.FilterInfo> fs = p.filters();
            for (int i = fs.size() - 1; i >= 0; i--) {
                if ((mask & (1 << i)) == 0) {
                    FilterPipeline.FilterInfo fi = fs.get(i);
                    b = Filters.require(fi.id()).decode(b, new FilterParameters(fi.clientData(), 1,
                            size < 0 || size > Integer.MAX_VALUE ? 0 : (int) size, f.limits()));
                }
            }
            return ByteBuffer.wrap(b);
        });
    }

    static void links(FileContext f, LinkInfo info, List<LinkMessage> out) {
        FractalHeap heap = heap(f, info.fractalHeapAddress());
        BTreeV2 names = BTreeV2.open(f, info.nameIndexAddress());
        List<byte[]> ids = new ArrayList<>();
        names.forEach(rec -> ids.add(BTreeV2Records.linkName(rec, f.ctx()).heapId()));
        out.addAll(heap.getAll(ids, (i, obj) -> LinkMessage.decode(new FormatReader(obj, -1, "LinkMessage (dense)",
                f.ctx()))));
    }

    static void attributes(FileContext f, AttributeInfo info, List<AttributeMessage> out) {
        attributes(f, info, out, null);
    }

    /** As {@link #attributes(FileContext, AttributeInfo, List)}, adding each creation order to {@code orders}. */
    static void attributes(FileContext f, AttributeInfo info, List<AttributeMessage> out, List<Long> orders) {
        FractalHeap heap = heap(f, info.fractalHeapAddress());
        BTreeV2 names = BTreeV2.open(f, info.nameIndexAddress());
        List<BTreeV2Records.AttributeName> records = new ArrayList<>();
        List<byte[]> ids = new ArrayList<>();
        names.forEach(rec -> {
            BTreeV2Records.AttributeName an = BTreeV2Records.attributeName(rec, f.ctx());
            records.add(an);
            ids.add(an.heapId());
            if (orders != null) {
                orders.add(an.creationOrder());
            }
        });
        out.addAll(heap.getAll(ids, (i, obj) -> {
            HeaderMessage m = new HeaderMessage(MessageType.ATTRIBUTE.id(), records.get(i).messageFlags(), -1, obj,
                    -1);
            return AttributeMessage.decode(Messages.body(f, m, "AttributeMessage (dense)"));
        }));
    }

    /** A message stored in the shared-message heap of the index that holds messages of its type. */
    static ByteBuffer sharedMessage(FileContext f, int messageType, byte[] heapId) {
        long heapAddress = SharedMessageTable.heapFor(f, messageType);
        if (heapAddress == -1) {
            throw new Hdf5FormatException("SharedMessageTable", -1, "no shared-message index holds messages of type "
                    + messageType);
        }
        return heap(f, heapAddress).get(heapId);
    }
}

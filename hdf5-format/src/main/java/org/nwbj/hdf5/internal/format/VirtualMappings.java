package org.nwbj.hdf5.internal.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The global heap object of a virtual dataset's layout ("Global Heap Block for Virtual Dataset", written by
 * {@code H5D__virtual_store_layout}): version 0, the number of mappings (size of lengths), then per mapping the
 * source file name and source dataset name (null-terminated; "." is the virtual dataset's own file; {@code %b}
 * stands for a block number, {@code %%} for a percent sign), the source selection and the virtual selection
 * ({@link SerializedSelection}); finally a lookup3 checksum of everything before it.
 */
public record VirtualMappings(List<Mapping> mappings) {
    private static final long MAX_MAPPINGS = 1L << 24;

    public VirtualMappings {
        mappings = Collections.unmodifiableList(new ArrayList<>(mappings));
    }

    /** One mapping: the virtual selection's elements come from the source selection's, in C order. */
    public record Mapping(String sourceFile, String sourceDataset, SerializedSelection source,
            SerializedSelection virtual) {
    }

    public static VirtualMappings decode(FormatReader r) {
        int start = r.position();
        r.version("version", r.u8(), 0);
        long n = r.length();
        if (n < 0 || n > MAX_MAPPINGS || n > r.remaining()) {
            throw r.fail("virtual dataset of " + Long.toUnsignedString(n) + " mappings in " + r.remaining()
                    + " bytes");
        }
        List<Mapping> list = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            String file = r.cString();
            String dataset = r.cString();
            SerializedSelection source = SerializedSelection.decode(r);
            SerializedSelection virtual = SerializedSelection.decode(r);
            list.add(new Mapping(file, dataset, source, virtual));
        }
        r.checksum(start);
        return new VirtualMappings(list);
    }

    public byte[] encode(FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        w.u8(0).length(mappings.size());
        for (Mapping m : mappings) {
            w.bytes(m.sourceFile().getBytes(StandardCharsets.UTF_8)).u8(0);
            w.bytes(m.sourceDataset().getBytes(StandardCharsets.UTF_8)).u8(0);
            SerializedSelection.encode(m.source(), w);
            SerializedSelection.encode(m.virtual(), w);
        }
        byte[] body = w.toByteArray();
        long sum = Checksums.lookup3(body, 0, body.length);
        byte[] out = java.util.Arrays.copyOf(body, body.length + 4);
        for (int i = 0; i < 4; i++) {
            out[body.length + i] = (byte) (sum >>> (8 * i));
        }
        return out;
    }
}

package org.nwbj.hdf5.internal.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The filter pipeline message (section IV.A.2.l), versions 1 and 2. */
public record FilterPipeline(List<FilterInfo> filters) {
    /** One filter of the pipeline: id, optional name, flags (bit 0: optional) and client data. */
    public record FilterInfo(int id, String name, int flags, int[] clientData) {
        public boolean optional() {
            return (flags & 1) != 0;
        }
    }

    public static FilterPipeline decode(FormatReader r) {
        int version = r.u8();
        r.version("version", version, 1, 2);
        int n = r.u8();
        if (n > 32) {
            throw r.fail("number of filters expected at most 32, found " + n);
        }
        if (version == 1) {
            r.skip(6);
        }
        List<FilterInfo> filters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = r.u16();
            int nameLen = (version == 1 || id >= 256) ? r.u16() : 0;
            int flags = r.u16();
            int ncd = r.u16();
            String name = null;
            if (nameLen > 0) {
                byte[] b = r.bytes(nameLen);
                int end = 0;
                while (end < b.length && b[end] != 0) {
                    end++;
                }
                name = new String(b, 0, end, StandardCharsets.US_ASCII);
                if (version == 1) {
                    r.skip((8 - nameLen % 8) % 8);
                }
            }
            r.require(4L * ncd);
            int[] cd = new int[ncd];
            for (int k = 0; k < ncd; k++) {
                cd[k] = (int) r.u32();
            }
            if (version == 1 && ncd % 2 == 1) {
                r.skip(Math.min(4, r.remaining()));
            }
            filters.add(new FilterInfo(id, name, flags, cd));
        }
        return new FilterPipeline(filters);
    }

    /** Encodes the pipeline message, version 2 (names only for filters with ids of 256 and above). */
    public byte[] encode(FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        w.u8(2).u8(filters.size());
        for (FilterInfo f : filters) {
            w.u16(f.id());
            byte[] name = f.id() >= 256 && f.name() != null
                    ? (f.name() + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII) : new byte[0];
            if (f.id() >= 256) {
                w.u16(name.length);
            }
            w.u16(f.flags()).u16(f.clientData().length);
            w.bytes(name);
            for (int cd : f.clientData()) {
                w.u32(cd & 0xffffffffL);
            }
        }
        return w.toByteArray();
    }
}

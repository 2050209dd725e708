package org.nwbj.hdf5.internal.format;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Hdf5UnsupportedException;

/**
 * A metadata cache image (HDF5 1.10 {@code H5Pset_mdc_image_config}): the metadata cache's entries written as one
 * block at file close, found through the superblock extension's cache image message (type 0x0018). The C library
 * writes the entries it saves there <em>instead of</em> at their own addresses (their home space is allocated but
 * left unwritten), so a reader must take those addresses' bytes from the image.
 *
 * <p>The message ({@link Message}): version 0, the block's address and length. The block (written by
 * {@code H5C__prep_image_for_file_close}/{@code H5C__encode_cache_image_header} and {@code _entry}): signature
 * "MDCI", version 0, flags (bit 0: the cache's resize status follows, never written by 1.10-1.14), the block length
 * (size of lengths), the number of entries (4 bytes), then each entry: type id, flags, ring, age (1 byte each),
 * flush-dependency child count, dirty child count, parent count (2 bytes each), LRU rank (4 bytes), the entry's
 * address (size of offsets) and size (size of lengths), its flush-dependency parents' addresses, then its image;
 * finally a lookup3 checksum of everything before it.
 */
public record CacheImage(List<Entry> entries) {
    private static final int MAX_ENTRIES = 1 << 24;

    public CacheImage {
        entries = java.util.Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** One cached entry: its type id as the C library numbers them (5 = object header, ...) and its bytes. */
    public record Entry(int typeId, int flags, int ring, int age, int lruRank, long address, byte[] image,
            List<Long> parents) {
        public Entry {
            image = image.clone();
            parents = java.util.Collections.unmodifiableList(new ArrayList<>(parents));
        }

        @Override
        public byte[] image() {
            return image.clone();
        }

        /** The entry's bytes without a copy, for the reader's overlay. */
        public int size() {
            return image.length;
        }

        /**
         * Copies {@code n} of the entry's bytes, from file address {@code from}, into {@code dst} at index
         * {@code dstIndex}, whatever backs the buffer (heap or direct); its position and limit are left alone.
         */
        public void copyTo(long from, java.nio.ByteBuffer dst, int dstIndex, int n) {
            java.nio.ByteBuffer d = dst.duplicate();
            ((java.nio.Buffer) d).position(dstIndex);
            d.put(image, (int) (from - address), n);
        }
    }

    /** The superblock extension's metadata cache image message (0x0018). */
    public record Message(long address, long length) {
        public static Message decode(FormatReader r) {
            r.version("version", r.u8(), 0);
            return new Message(r.offset(), r.length());
        }

        public byte[] encode(FormatContext ctx) {
            return new FormatWriter(ctx).u8(0).offset(address).length(length).toByteArray();
        }
    }

    /** Decodes a whole block (its length as the message gives it), verifying signature, sizes and checksum. */
    public static CacheImage decode(FormatReader r) {
        int start = r.position();
        r.signature("MDCI");
        r.version("version", r.u8(), 0);
        int flags = r.u8();
        if (flags != 0) {
            throw new Hdf5UnsupportedException("metadata cache image flags 0x" + Integer.toHexString(flags)
                    + " (a saved resize status) at 0x" + Long.toHexString(r.address()));
        }
        long length = r.length();
        if (length != r.remaining() + (r.position() - start)) {
            throw r.fail("cache image length field says " + length + " bytes, the message says "
                    + (r.remaining() + r.position() - start));
        }
        long n = r.u32();
        if (n > MAX_ENTRIES) {
            throw r.fail("cache image of " + n + " entries (at most " + MAX_ENTRIES + ")");
        }
        List<Entry> entries = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            int type = r.u8();
            int entryFlags = r.u8();
            int ring = r.u8();
            int age = r.u8();
            r.u16(); // flush-dependency children: only the cache's bookkeeping
            r.u16(); // dirty children
            int parentCount = r.u16();
            int lru = (int) r.u32();
            long address = r.offset();
            long size = r.length();
            List<Long> parents = new ArrayList<>();
            for (int p = 0; p < parentCount; p++) {
                parents.add(r.offset());
            }
            if (size < 0 || size > r.remaining() - 4) {
                throw r.fail("cache image entry " + i + " at 0x" + Long.toHexString(address) + " of " + size
                        + " bytes, the block holds " + Math.max(0, r.remaining() - 4) + " more");
            }
            entries.add(new Entry(type, entryFlags, ring, age, lru, address, r.bytes((int) size), parents));
        }
        r.checksum(start);
        if (r.remaining() != 0) {
            throw r.fail(r.remaining() + " bytes after the cache image's checksum");
        }
        return new CacheImage(entries);
    }

    /** Encodes the block; the inverse of {@link #decode}. */
    public byte[] encode(FormatContext ctx) {
        FormatWriter w = new FormatWriter(ctx);
        w.bytes("MDCI".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).u8(0).u8(0);
        int lengthAt = w.position();
        w.length(0).u32(entries.size());
        for (Entry e : entries) {
            w.u8(e.typeId()).u8(e.flags()).u8(e.ring()).u8(e.age()).u16(0).u16(0).u16(e.parents().size())
                    .u32(e.lruRank() & 0xffffffffL).offset(e.address()).length(e.size());
            for (long p : e.parents()) {
                w.offset(p);
            }
            w.bytes(e.image);
        }
        byte[] body = w.toByteArray();
        int total = body.length + 4;
        FormatWriter len = new FormatWriter(ctx).length(total);
        byte[] lb = len.toByteArray();
        System.arraycopy(lb, 0, body, lengthAt, lb.length);
        long sum = Checksums.lookup3(body, 0, body.length);
        byte[] out = java.util.Arrays.copyOf(body, total);
        for (int i = 0; i < 4; i++) {
            out[body.length + i] = (byte) (sum >>> (8 * i));
        }
        return out;
    }
}

package org.nwbj.hdf5.internal.format;

import java.nio.ByteBuffer;

/**
 * The superblock (format specification section II.A), versions 0 to 3.
 *
 * @param version            superblock version
 * @param ctx                sizes of offsets and lengths
 * @param groupLeafK         group leaf node K (v0/v1; 4 by default)
 * @param groupInternalK     group internal node K (v0/v1; 16 by default)
 * @param chunkBTreeK        indexed storage internal node K (v1 only; 32 otherwise)
 * @param flags              file consistency flags
 * @param baseAddress        the address every other address is relative to
 * @param extensionAddress   superblock extension object header (v2/v3), or -1
 * @param freeSpaceAddress   free-space info (v0/v1), or -1
 * @param endOfFileAddress   end of allocated space
 * @param driverInfoAddress  driver information block (v0/v1), or -1
 * @param rootObjectHeader   the root group's object header address
 * @param rootScratchBTree   root symbol table entry's cached B-tree address (v0/v1), or -1
 * @param rootScratchHeap    root symbol table entry's cached local heap address (v0/v1), or -1
 */
public record Superblock(int version, FormatContext ctx, int groupLeafK, int groupInternalK, int chunkBTreeK,
        int flags, long baseAddress, long extensionAddress, long freeSpaceAddress, long endOfFileAddress,
        long driverInfoAddress, long rootObjectHeader, long rootScratchBTree, long rootScratchHeap) {

    public static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    /** Bytes enough to decode any superblock version with 8-byte offsets and lengths. */
    public static final int MAX_SIZE = 8 + 16 + 4 + 4 + 4 * 8 + 40 + 16;

    /** True when {@code buf} holds the signature at its position. */
    public static boolean hasSignature(ByteBuffer buf) {
        if (buf.remaining() < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (buf.get(buf.position() + i) != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decodes a superblock found at file address {@code at}. */
    public static Superblock decode(ByteBuffer buf, long at) {
        FormatReader r = new FormatReader(buf, at, "Superblock", FormatContext.DEFAULT);
        int start = r.position();
        r.skip(8);
        int version = r.u8();
        r.version("version", version, 0, 1, 2, 3);
        if (version <= 1) {
            r.u8(); // free-space storage version
            r.u8(); // root group symbol table entry version
            r.u8();
            r.u8(); // shared header message format version
            FormatContext ctx = new FormatContext(r.u8(), r.u8());
            r.u8();
            int leafK = r.u16();
            int internalK = r.u16();
            int flags = (int) r.u32();
            int chunkK = 32;
            if (version == 1) {
                chunkK = r.u16();
                r.u16();
            }
            FormatReader a = new FormatReader(r.buffer(), at - start, "Superblock", ctx);
            long base = a.offset();
            long freeSpace = a.offset();
            long eof = a.offset();
            long driver = a.offset();
            SymbolTableEntry root = SymbolTableEntry.decode(a);
            if (leafK == 0 || internalK == 0) {
                throw r.fail("group B-tree K must be positive, found leaf " + leafK + ", internal " + internalK);
            }
            return new Superblock(version, ctx, leafK, internalK, chunkK, flags, base, -1, freeSpace, eof, driver,
                    root.objectHeaderAddress(), root.scratchBTree(), root.scratchHeap());
        }
        FormatContext ctx = new FormatContext(r.u8(), r.u8());
        int flags = r.u8();
        FormatReader a = new FormatReader(r.buffer(), at - start, "Superblock", ctx);
        long base = a.offset();
        long ext = a.offset();
        long eof = a.offset();
        long root = a.offset();
        a.checksum(start);
        return new Superblock(version, ctx, 4, 16, 32, flags, base, ext, -1, eof, -1, root, -1, -1);
    }

    /** Encodes a version 2 superblock (no user block: base address 0) with its checksum. */
    /** Encoded size of this superblock (of its version and sizes of offsets and lengths). */
    public int encodedSize() {
        return switch (version) {
            case 0 -> sizeV0(ctx);
            case 1 -> sizeV0(ctx) + 4;
            default -> sizeV2(ctx);
        };
    }

    /**
     * Any version's bytes; the mirror of {@link #decode}. Versions 0 and 1 carry the root group's symbol table
     * entry, with a scratch-pad cache (type 1) when {@code rootScratchBTree} is defined.
     */
    public byte[] encode() {
        FormatWriter w = new FormatWriter(ctx, encodedSize());
        w.bytes(SIGNATURE).u8(version);
        if (version >= 2) {
            w.u8(ctx.offsetSize()).u8(ctx.lengthSize()).u8(flags);
            w.offset(baseAddress).offset(extensionAddress).offset(endOfFileAddress).offset(rootObjectHeader);
            w.checksum(0);
            return w.toByteArray();
        }
        w.u8(0).u8(0).u8(0).u8(0).u8(ctx.offsetSize()).u8(ctx.lengthSize()).u8(0);
        w.u16(groupLeafK).u16(groupInternalK).u32(flags & 0xffffffffL);
        if (version == 1) {
            w.u16(chunkBTreeK).u16(0);
        }
        w.offset(baseAddress).offset(freeSpaceAddress).offset(endOfFileAddress).offset(driverInfoAddress);
        boolean cached = rootScratchBTree != -1;
        new SymbolTableEntry(0, rootObjectHeader, cached ? 1 : 0, rootScratchBTree, rootScratchHeap, -1).encode(w);
        return w.toByteArray();
    }

    public static byte[] encodeV2(FormatContext ctx, long extensionAddress, long endOfFile, long rootHeader) {
        return encodeV2(ctx, 0, extensionAddress, endOfFile, rootHeader);
    }

    /**
     * A version 2 superblock at {@code baseAddress} (the size of the user block before it); the other addresses
     * are relative to it.
     */
    public static byte[] encodeV2(FormatContext ctx, long baseAddress, long extensionAddress, long endOfFile,
            long rootHeader) {
        FormatWriter w = new FormatWriter(ctx);
        w.bytes(SIGNATURE).u8(2).u8(ctx.offsetSize()).u8(ctx.lengthSize()).u8(0);
        w.offset(baseAddress).offset(extensionAddress).offset(endOfFile).offset(rootHeader);
        w.checksum(0);
        return w.toByteArray();
    }

    /** Bytes of a version 2 superblock. */
    public static int sizeV2(FormatContext ctx) {
        return 8 + 4 + 4 * ctx.offsetSize() + 4;
    }

    /** Encodes a version 3 superblock (the layout of version 2; the version HDF5 1.10 writes for "latest"). */
    public static byte[] encodeV3(FormatContext ctx, long extensionAddress, long endOfFile, long rootHeader) {
        return encodeV3(ctx, 0, extensionAddress, endOfFile, rootHeader);
    }

    /** A version 3 superblock at {@code baseAddress} (see {@link #encodeV2(FormatContext, long, long, long, long)}). */
    public static byte[] encodeV3(FormatContext ctx, long baseAddress, long extensionAddress, long endOfFile,
            long rootHeader) {
        return encodeV3(ctx, baseAddress, extensionAddress, endOfFile, rootHeader, 0);
    }

    /** File consistency flag: the file is open for writing (the C library's H5F_SUPER_WRITE_ACCESS). */
    public static final int FLAG_WRITE_ACCESS = 0x01;
    /** File consistency flag, superblock 3: the file is open for SWMR writing (H5F_SUPER_SWMR_WRITE_ACCESS). */
    public static final int FLAG_SWMR_WRITE_ACCESS = 0x04;

    /**
     * A version 3 superblock with file consistency {@code flags} (section "Superblock", versions 2 and 3: bit 0
     * write access, bit 2 SWMR write access, which only version 3 defines).
     */
    public static byte[] encodeV3(FormatContext ctx, long baseAddress, long extensionAddress, long endOfFile,
            long rootHeader, int flags) {
        byte[] b = encodeV2(ctx, baseAddress, extensionAddress, endOfFile, rootHeader);
        b[8] = 3;
        b[11] = (byte) flags;
        FormatWriter w = new FormatWriter(ctx);
        w.bytes(b, 0, b.length - 4);
        w.checksum(0);
        return w.toByteArray();
    }

    /**
     * Encodes a version 0 superblock whose root group is {@code rootHeader} (no cached symbol table), pointing at a
     * driver information block.
     */
    public static byte[] encodeV0(FormatContext ctx, long endOfFile, long driverInfo, long rootHeader) {
        FormatWriter w = new FormatWriter(ctx);
        w.bytes(SIGNATURE).u8(0).u8(0).u8(0).u8(0).u8(0).u8(ctx.offsetSize()).u8(ctx.lengthSize()).u8(0);
        w.u16(4).u16(16).u32(0);
        w.offset(0).offset(-1).offset(endOfFile).offset(driverInfo);
        w.length(0).offset(rootHeader).u32(0).u32(0).zeros(16); // root symbol table entry, no cache
        return w.toByteArray();
    }

    /** Bytes of a version 0 superblock. */
    public static int sizeV0(FormatContext ctx) {
        return 24 + 4 * ctx.offsetSize() + ctx.lengthSize() + ctx.offsetSize() + 24;
    }

    /** A family driver information block ("NCSAfami": the member size); see {@link FamilyDriverInfo}. */
    public static byte[] encodeFamilyDriverInfo(long memberSize, FormatContext ctx) {
        return new FamilyDriverInfo(memberSize).encode(ctx);
    }
}

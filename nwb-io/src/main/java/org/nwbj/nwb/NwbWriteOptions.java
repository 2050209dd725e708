package org.nwbj.nwb;

/**
 * How {@link NwbIO#write(NWBFile, java.nio.file.Path, NwbWriteOptions)} writes: whether datasets of other files
 * are linked (the default, as pynwb's {@code write(link_data=True)}) or copied, and whether the file is one file or
 * a family of fixed-size members. Immutable; each setter returns a new value.
 */
public final class NwbWriteOptions {
    private final boolean linkData;
    private final long familyMemberSize;
    private final long blockBytes;

    private NwbWriteOptions(boolean linkData, long familyMemberSize, long blockBytes) {
        this.linkData = linkData;
        this.familyMemberSize = familyMemberSize;
        this.blockBytes = blockBytes;
    }

    /**
     * {@return link data of other files, one file, copies in blocks of at most 1 MiB (plus the reader's chunk cache)}
     */
    public static NwbWriteOptions defaults() {
        return new NwbWriteOptions(true, 0, 1L << 20);
    }

    /**
     * With true (default), a dataset read from another file is written as an external link to it; with false it is
     * copied. {@link ArrayData#link} and {@link ArrayData#copy} decide for one dataset regardless.
     *
     * @return a copy with this setting
     * @param link true to link, false to copy
     */
    public NwbWriteOptions linkData(boolean link) {
        return new NwbWriteOptions(link, familyMemberSize, blockBytes);
    }

    /**
     * Writes a family: the path is a pattern with one {@code %d} ({@code name_%d.nwb}), each member
     * {@code memberSize} bytes (the last one shorter), as h5py's {@code driver='family', memb_size=...}.
     *
     * @return a copy with this setting
     * @param memberSize the size of every member but the last, in bytes
     */
    public NwbWriteOptions family(long memberSize) {
        if (memberSize <= 0) {
            throw new IllegalArgumentException("family member size must be positive, not " + memberSize);
        }
        return new NwbWriteOptions(linkData, memberSize, blockBytes);
    }

    /**
     * Most bytes of values held in memory while copying a dataset (at least one row is).
     *
     * @return a copy with this setting
     * @param bytes the most bytes in memory
     */
    public NwbWriteOptions blockBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("block size must be positive, not " + bytes);
        }
        return new NwbWriteOptions(linkData, familyMemberSize, bytes);
    }

    /** {@return true when data of other files is linked, false when copied} */
    public boolean linkData() {
        return linkData;
    }

    /** {@return the family member size, or 0 for a single file} */
    public long familyMemberSize() {
        return familyMemberSize;
    }

    /** {@return the most bytes of values held in memory while copying a dataset} */
    public long blockBytes() {
        return blockBytes;
    }
}

package org.nwbj.hdf5;

/** Facts about an open file: superblock version, sizes of offsets and lengths, user block size, driver. */
public record FileInfo(int superblockVersion, int offsetSize, int lengthSize, long userBlockSize,
        long endOfFileAddress, String driver) {
}

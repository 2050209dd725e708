package org.nwbj.hdf5;

/**
 * Facts about an open file: superblock version, sizes of offsets and lengths, user block size, driver.
 *
 * @param superblockVersion the superblock version, 0 to 3
 * @param offsetSize bytes of a file address
 * @param lengthSize bytes of a length field
 * @param userBlockSize bytes before the superblock
 * @param endOfFileAddress the end-of-file address the superblock stores
 * @param driver the file driver the file was opened with
 */
public record FileInfo(int superblockVersion, int offsetSize, int lengthSize, long userBlockSize,
        long endOfFileAddress, String driver) {
}

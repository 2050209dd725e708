package org.nwbj.hdf5.internal.engine;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.FormatContext;

/** Guards shared by the traversals: every metadata block is size-checked before it is read. */
final class Blocks {
    private Blocks() {
    }

    /** No metadata block of a sane file comes near this; larger sizes come from corrupt headers. */
    static final long MAX_METADATA_BLOCK = 64L << 20;

    static ByteBuffer read(BlockReader r, long address, long size, String structure) {
        // only all ones is undefined: addresses are unsigned, a split file's raw data lies at 2^63 - 1 and above
        if (address == FormatContext.UNDEFINED) {
            throw new Hdf5FormatException(structure, address, "undefined address");
        }
        // the upper bound is the reader's: FileContext applies ReadLimits.maxMetadataBlockBytes
        if (size <= 0 || (size > MAX_METADATA_BLOCK && !(r instanceof FileContext))) {
            throw new Hdf5FormatException(structure, address,
                    "block size " + size + " outside 1.." + MAX_METADATA_BLOCK);
        }
        ByteBuffer b = r.read(address, size, structure);
        if (b.remaining() != size) {
            throw new Hdf5FormatException(structure, address, "read " + b.remaining() + " of " + size + " bytes");
        }
        return b.slice().order(java.nio.ByteOrder.LITTLE_ENDIAN);
    }
}

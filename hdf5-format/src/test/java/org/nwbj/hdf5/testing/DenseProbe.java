package org.nwbj.hdf5.testing;

import java.nio.file.Path;

import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.storage.FileStorage;

/** Looks at the messages of an object header, to check which storage the writer chose. */
public final class DenseProbe {
    private DenseProbe() {
    }

    /** Number of attribute info messages that point at dense storage in the header of {@code path}. */
    public static int attributeInfoCount(Path file, String path) {
        long address;
        try (Hdf5File f = Hdf5File.open(file)) {
            address = f.get(path).address();
        }
        try (FileStorage s = FileStorage.openReadOnly(file)) {
            FileContext c = FileContext.open(s);
            return c.header(address).all(MessageType.ATTRIBUTE_INFO).size();
        }
    }
}

package org.nwbj.hdf5.internal.engine.write;

/**
 * A link of a group being written; a hard link found in an existing file has no target in the model until the
 * object is touched, only its address.
 */
public record WLink(String name, int type, WObject target, String path, String file, long order, long address) {
    WLink(String name, int type, WObject target, String path, String file, long order) {
        this(name, type, target, path, file, order, -1);
    }
}

package org.nwbj.hdf5.internal.filter;

import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;

/** A third-party filter found through ServiceLoader: reverses the bytes. */
public final class TestPlugin implements Filter {
    static final int ID = 65000;

    @Override
    public int id() {
        return ID;
    }

    @Override
    public String name() {
        return "reverse (test plug-in)";
    }

    @Override
    public byte[] decode(byte[] encoded, FilterParameters parameters) {
        byte[] out = new byte[encoded.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = encoded[encoded.length - 1 - i];
        }
        return out;
    }
}

package org.nwbj.hdf5.internal.filter;

import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;

/**
 * HDF5 filter 2: byte shuffle. Byte {@code j} of every element goes to plane {@code j}; bytes past the last whole
 * element are left unchanged at the end, as H5Zshuffle.c does.
 */
final class ShuffleFilter implements Filter {
    @Override
    public int id() {
        return 2;
    }

    @Override
    public String name() {
        return "shuffle";
    }

    private static int typeSize(FilterParameters p) {
        return p.clientData(0, p.elementSize());
    }

    @Override
    public byte[] decode(byte[] encoded, FilterParameters p) {
        int size = typeSize(p);
        byte[] out = encoded.clone();
        if (size <= 1) {
            return out;
        }
        int n = encoded.length / size;
        if (n <= 1) {
            return out;
        }
        for (int j = 0; j < size; j++) {
            int src = j * n;
            for (int i = 0, dst = j; i < n; i++, dst += size) {
                out[dst] = encoded[src + i];
            }
        }
        return out;
    }

    @Override
    public byte[] encode(byte[] raw, FilterParameters p) {
        int size = typeSize(p);
        byte[] out = raw.clone();
        if (size <= 1) {
            return out;
        }
        int n = raw.length / size;
        if (n <= 1) {
            return out;
        }
        for (int j = 0; j < size; j++) {
            int dst = j * n;
            for (int i = 0, src = j; i < n; i++, src += size) {
                out[dst + i] = raw[src];
            }
        }
        return out;
    }
}

package org.nwbj.spark.internal;

import java.io.Serializable;
import java.util.Arrays;

import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Node;

/**
 * What the planner needs of one file's dataset: rows (the first dimension), the trailing dimensions, the rows a
 * chunk holds and the bytes of a row.
 */
record FileShape(String file, long rows, long[] trailing, long chunkRows, long rowBytes) implements Serializable {

    static Dataset dataset(Hdf5File h5, String file, String path) {
        Node n;
        try {
            n = h5.get(path);
        } catch (Hdf5Exception e) {
            throw new Hdf5Exception(file + ": no dataset " + path + " (" + e.getMessage() + ")", e);
        }
        if (!(n instanceof Dataset d)) {
            throw new Hdf5Exception(file + ": " + path + " is a " + n.getClass().getSimpleName() + ", not a dataset");
        }
        return d;
    }

    static FileShape of(String file, Dataset d) {
        Dataspace s = d.space();
        if (s.kind() != Dataspace.Kind.SIMPLE || s.rank() == 0) {
            throw new Hdf5Exception(file + ": dataset " + d.path() + " is " + s.kind()
                    + "; rows need at least one dimension");
        }
        long[] dims = s.dims();
        long[] trailing = Arrays.copyOfRange(dims, 1, dims.length);
        long rowBytes = Math.max(1, Columns.width(trailing) * d.type().size());
        long[] chunk = d.chunkDims();
        // contiguous data has no chunks to respect: blocks of about 1 MiB stand in for them
        long chunkRows = chunk != null ? Math.max(1, chunk[0]) : Math.max(1, (1L << 20) / rowBytes);
        return new FileShape(file, dims[0], trailing, chunkRows, rowBytes);
    }
}

package org.nwbj.hdf5.internal.filter;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.nwbj.hdf5.filter.Filter;

/** The filters nwbj implements itself; {@link org.nwbj.hdf5.filter.Filters} registers them. */
public final class BuiltinFilters {
    private static final List<Filter> ALL = Collections.unmodifiableList(Arrays.asList(
            new DeflateFilter(), new ShuffleFilter(), new Fletcher32Filter(), new SzipFilter(), new NbitFilter(),
            new ScaleOffsetFilter(), new LzfFilter()));

    private BuiltinFilters() {
    }

    /** One instance of every built-in filter; they are stateless. */
    public static List<Filter> all() {
        return ALL;
    }
}

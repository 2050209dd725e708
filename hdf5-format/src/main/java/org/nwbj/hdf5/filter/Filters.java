package org.nwbj.hdf5.filter;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.internal.filter.BuiltinFilters;

/**
 * Looks up {@link Filter} implementations by HDF5 filter id: the built-in standard filters (deflate, shuffle,
 * fletcher32, szip, nbit, scaleoffset, lzf) plus any found through {@link ServiceLoader}.
 */
public final class Filters {
    private Filters() {
    }

    /** Initialization-on-demand holder: the JVM runs the (possibly slow) ServiceLoader scan once, lazily. */
    private static final class Registry {
        static final Map<Integer, Filter> FILTERS = load();

        private static Map<Integer, Filter> load() {
            Map<Integer, Filter> map = new HashMap<>();
            // plug-ins first so that a built-in wins on a clash: the built-ins are tested against the C library
            try {
                Iterator<Filter> it = ServiceLoader.load(Filter.class, Filters.class.getClassLoader()).iterator();
                while (it.hasNext()) {
                    try {
                        Filter f = it.next();
                        map.put(f.id(), f);
                    } catch (ServiceConfigurationError e) {
                        // one broken plug-in must not hide the others or the built-ins
                    }
                }
            } catch (ServiceConfigurationError e) {
                // ignore: the built-ins still work
            }
            for (Filter f : BuiltinFilters.all()) {
                map.put(f.id(), f);
            }
            return map;
        }
    }

    /**
     * {@return the filter with this id, if a built-in or a plug-in provides it}
     *
     * @param id the HDF5 filter id
     */
    public static Optional<Filter> find(int id) {
        return Optional.ofNullable(Registry.FILTERS.get(id));
    }

    /**
     * {@return the filter with this id}
     *
     * @throws Hdf5UnsupportedException when no implementation is available; the message names well-known ids
     * @param id the HDF5 filter id
     */
    public static Filter require(int id) {
        Filter f = Registry.FILTERS.get(id);
        if (f == null) {
            String known = knownName(id);
            if (inFiltersModule(id)) {
                throw new Hdf5UnsupportedException("filter " + id + " (" + known + ") needs nwbj-hdf5-filters on the "
                        + "class path (Maven org.nwbj:hdf5-filters)");
            }
            throw new Hdf5UnsupportedException("filter id " + (id & 0xffffffffL)
                    + (known == null ? "" : " (" + known + ")")
                    + " is not available; add a Filter implementation via ServiceLoader");
        }
        return f;
    }

    /** Ids the optional hdf5-filters module implements (lz4, bitshuffle, blosc, blosc2, bzip2, zstd). */
    static boolean inFiltersModule(int id) {
        return id == 307 || id == 32001 || id == 32004 || id == 32008 || id == 32015 || id == 32026;
    }

    /**
     * Names of registered filter ids
     * (https://github.com/HDFGroup/hdf5_plugins/blob/master/docs/RegisteredFilterPlugins.md).
     */
    static String knownName(int id) {
        switch (id) {
            case 1: return "deflate";
            case 2: return "shuffle";
            case 3: return "fletcher32";
            case 4: return "szip";
            case 5: return "nbit";
            case 6: return "scaleoffset";
            case 305: return "lzo";
            case 307: return "bzip2";
            case 32000: return "lzf";
            case 32001: return "blosc";
            case 32002: return "mafisc";
            case 32003: return "snappy";
            case 32004: return "lz4";
            case 32005: return "apax";
            case 32006: return "cbf";
            case 32007: return "jpeg-xr";
            case 32008: return "bitshuffle";
            case 32009: return "spdp";
            case 32010: return "lpc-rice";
            case 32011: return "ccsds-123";
            case 32012: return "jpeg-ls";
            case 32013: return "zfp";
            case 32014: return "fpzip";
            case 32015: return "zstd";
            case 32016: return "b3d";
            case 32017: return "sz";
            case 32018: return "fcidecomp";
            case 32019: return "jpeg";
            case 32020: return "vbz";
            case 32022: return "fapec";
            case 32023: return "bitgroom";
            case 32024: return "granular bitround";
            case 32025: return "sz3";
            case 32026: return "blosc2";
            case 32028: return "bitround";
            default: return null;
        }
    }
}

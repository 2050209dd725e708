package org.nwbj.cli;

import java.util.Map;
import java.util.StringJoiner;

import org.nwbj.hdf5.Dataspace;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.Filters;
import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.BitfieldType;
import org.nwbj.hdf5.type.ByteOrderKind;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.EnumType;
import org.nwbj.hdf5.type.FloatType;
import org.nwbj.hdf5.type.IntegerType;
import org.nwbj.hdf5.type.OpaqueType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.TimeType;
import org.nwbj.hdf5.type.VlenType;

/** Short names of types, shapes and filters for listings: numpy's names where there is one. */
final class TypeNames {
    /** Names of the filters HDF5 registers that nwbj may not have an implementation of. */
    private static final Map<Integer, String> KNOWN_FILTERS = Map.ofEntries(Map.entry(1, "deflate"),
            Map.entry(2, "shuffle"), Map.entry(3, "fletcher32"), Map.entry(4, "szip"), Map.entry(5, "nbit"),
            Map.entry(6, "scaleoffset"), Map.entry(307, "bzip2"), Map.entry(32000, "lzf"), Map.entry(32001, "blosc"),
            Map.entry(32004, "lz4"), Map.entry(32008, "bitshuffle"), Map.entry(32015, "zstd"), Map.entry(32026, "blosc2"));

    private TypeNames() {
    }

    /** {@code int64}, {@code float32 (big-endian)}, {@code string(variable, utf8)}, {@code compound{a: int8}}... */
    static String of(DataType t) {
        if (t instanceof IntegerType i) {
            return (i.signed() ? "int" : "uint") + i.size() * 8 + order(i.order());
        } else if (t instanceof FloatType f) {
            return "float" + f.size() * 8 + order(f.order());
        } else if (t instanceof StringType s) {
            return "string(" + (s.isVariable() ? "variable" : s.size()) + ", "
                    + (s.charset() == StringType.Charset.UTF8 ? "utf8" : "ascii") + ")";
        } else if (t instanceof EnumType e) {
            if (e.members().size() == 2 && e.members().get(0).name().equals("FALSE")) {
                return "bool";
            }
            StringJoiner j = new StringJoiner(", ", "enum(" + of(e.base()) + "){", "}");
            e.members().forEach(m -> j.add(m.name()));
            return j.toString();
        } else if (t instanceof CompoundType c) {
            StringJoiner j = new StringJoiner(", ", "compound{", "}");
            c.members().forEach(m -> j.add(m.name() + ": " + of(m.type())));
            return j.toString();
        } else if (t instanceof ArrayType a) {
            StringJoiner j = new StringJoiner(", ", of(a.base()) + "[", "]");
            a.dims().forEach(d -> j.add(String.valueOf(d)));
            return j.toString();
        } else if (t instanceof VlenType v) {
            return v.base() instanceof StringType ? "string(variable)" : "vlen(" + of(v.base()) + ")";
        } else if (t instanceof ReferenceType r) {
            return r.kind() == ReferenceType.Kind.OBJECT ? "object reference" : "region reference";
        } else if (t instanceof OpaqueType o) {
            return "opaque(" + o.size() + (o.tag().isEmpty() ? "" : ", " + o.tag()) + ")";
        } else if (t instanceof BitfieldType b) {
            return "bitfield" + b.size() * 8;
        } else if (t instanceof TimeType tt) {
            return "time" + tt.size() * 8;
        }
        return t.getClass().getSimpleName();
    }

    private static String order(ByteOrderKind o) {
        return o == ByteOrderKind.BIG_ENDIAN ? " (big-endian)" : "";
    }

    /** h5ls's shape: {@code {10/Inf, 4}} (current/maximum where they differ), {@code {SCALAR}}, {@code {NULL}}. */
    static String shape(Dataspace s) {
        return switch (s.kind()) {
            case SCALAR -> "{SCALAR}";
            case NULL -> "{NULL}";
            case SIMPLE -> {
                StringJoiner j = new StringJoiner(", ", "{", "}");
                long[] dims = s.dims();
                long[] max = s.maxDims();
                for (int i = 0; i < dims.length; i++) {
                    long m = max == null ? dims[i] : max[i];
                    j.add(m == dims[i] ? String.valueOf(dims[i])
                            : dims[i] + "/" + (m == Dataspace.UNLIMITED ? "Inf" : String.valueOf(m)));
                }
                yield j.toString();
            }
        };
    }

    /** {@code deflate(6)}, {@code shuffle}, {@code filter 32015(3)}: a filter's name and its client data. */
    static String filter(org.nwbj.hdf5.FilterInfo f) {
        int id = f.id();
        int[] client = f.clientData();
        String name = Filters.find(id).map(Filter::name).orElse(KNOWN_FILTERS.getOrDefault(id, "filter " + id));
        if (id == 2 || id == 3 || client.length == 0) {
            return name; // shuffle's element size and fletcher32's nothing say nothing new
        }
        StringJoiner j = new StringJoiner(", ", name + "(", ")");
        for (int c : client) {
            j.add(String.valueOf(c));
        }
        return j.toString();
    }
}

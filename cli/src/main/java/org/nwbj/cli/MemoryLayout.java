package org.nwbj.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.VlenType;

/**
 * The C library's in-memory view of a datatype, which is what the reference dump describes (H5Dget_type hands out
 * the type converted to memory location): variable-length strings become 8-byte pointers and sequences 16-byte
 * {length, pointer} pairs, and compound members after them move by the accumulated size change.
 */
final class MemoryLayout {
    private MemoryLayout() {
    }

    static boolean hasVariableLength(DataType t) {
        if (t instanceof VlenType) {
            return true;
        }
        if (t instanceof StringType s) {
            return s.isVariable();
        }
        if (t instanceof ArrayType a) {
            return hasVariableLength(a.base());
        }
        if (t instanceof CompoundType c) {
            for (CompoundType.Member m : c.members()) {
                if (hasVariableLength(m.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The type as the C library shows it in memory; unchanged when it holds no variable-length part. */
    static DataType of(DataType t) {
        if (!hasVariableLength(t)) {
            return t;
        }
        if (t instanceof StringType s) {
            return new StringType(8, true, s.charset(), s.padding());
        }
        if (t instanceof VlenType v) {
            return new VlenType(of(v.base()), 16);
        }
        if (t instanceof ArrayType a) {
            return new ArrayType(of(a.base()), a.dims());
        }
        CompoundType c = (CompoundType) t;
        List<CompoundType.Member> sorted = new ArrayList<>(c.members());
        sorted.sort(Comparator.comparingInt(CompoundType.Member::offset));
        List<CompoundType.Member> out = new ArrayList<>();
        int change = 0;
        for (CompoundType.Member m : sorted) {
            DataType mt = of(m.type());
            out.add(new CompoundType.Member(m.name(), m.offset() + change, mt));
            change += mt.size() - m.type().size();
        }
        return new CompoundType(c.size() + change, out);
    }
}

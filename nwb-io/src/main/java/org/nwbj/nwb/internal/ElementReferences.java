package org.nwbj.nwb.internal;

import java.util.function.LongUnaryOperator;

import org.nwbj.hdf5.type.ArrayType;
import org.nwbj.hdf5.type.CompoundType;
import org.nwbj.hdf5.type.DataType;
import org.nwbj.hdf5.type.ReferenceType;
import org.nwbj.hdf5.type.StringType;
import org.nwbj.hdf5.type.VlenType;

/**
 * Object references inside stored elements (alone, in compounds, in arrays): which types hold them, and rewriting
 * them to the addresses their targets got in a copy. A stored object reference is the target's address, 8 bytes
 * little-endian; 0 is the null reference.
 */
public final class ElementReferences {
    private ElementReferences() {
    }

    /** True when elements of {@code t} hold object references. */
    public static boolean holdsObjectReferences(DataType t) {
        if (t instanceof ReferenceType rt) {
            return rt.kind() == ReferenceType.Kind.OBJECT;
        }
        if (t instanceof ArrayType at) {
            return holdsObjectReferences(at.base());
        }
        if (t instanceof CompoundType ct) {
            for (CompoundType.Member m : ct.members()) {
                if (holdsObjectReferences(m.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Why stored bytes of {@code t} cannot be copied as they are (with object references rewritten), or null when
     * they can: region references and variable-length data point into the source file's heaps. A variable-length
     * string alone is fine (copied as values), nested in a compound or array it is not.
     */
    public static String whyNotCopyable(DataType t, boolean top) {
        if (t instanceof ReferenceType rt) {
            return rt.kind() == ReferenceType.Kind.REGION ? "region references"
                    : rt.size() != 8 ? "object references of " + rt.size() + " bytes" : null;
        }
        if (t instanceof VlenType) {
            return "variable-length sequences";
        }
        if (t instanceof StringType st) {
            return st.isVariable() && !top ? "variable-length strings inside compounds or arrays" : null;
        }
        if (t instanceof ArrayType at) {
            return whyNotCopyable(at.base(), false);
        }
        if (t instanceof CompoundType ct) {
            for (CompoundType.Member m : ct.members()) {
                String why = whyNotCopyable(m.type(), false);
                if (why != null) {
                    return why;
                }
            }
        }
        return null;
    }

    /** Rewrites, in place, every object reference of the elements of {@code t} stored in {@code bytes}. */
    public static byte[] remap(DataType t, byte[] bytes, LongUnaryOperator newAddress) {
        int size = t.size();
        for (int at = 0; at + size <= bytes.length; at += size) {
            remapElement(t, bytes, at, newAddress);
        }
        return bytes;
    }

    private static void remapElement(DataType t, byte[] b, int at, LongUnaryOperator newAddress) {
        if (t instanceof ReferenceType) {
            long a = 0;
            for (int i = 7; i >= 0; i--) {
                a = (a << 8) | (b[at + i] & 0xff);
            }
            long n = a == 0 ? 0 : newAddress.applyAsLong(a);
            for (int i = 0; i < 8; i++) {
                b[at + i] = (byte) (n >>> (8 * i));
            }
        } else if (t instanceof ArrayType arr) {
            int base = arr.base().size();
            for (int i = 0; i < arr.size() / base; i++) {
                remapElement(arr.base(), b, at + i * base, newAddress);
            }
        } else if (t instanceof CompoundType ct) {
            for (CompoundType.Member m : ct.members()) {
                if (holdsObjectReferences(m.type())) {
                    remapElement(m.type(), b, at + m.offset(), newAddress);
                }
            }
        }
    }
}

package org.nwbj.hdf5.type;

import java.util.ArrayList;

import java.util.Collections;

import java.util.List;

/**
 * An enumeration over an integer base type: named values in stored order.
 *
 * @param base the integer type of the values
 * @param members the named values, in stored order
 */
public record EnumType(IntegerType base, List<Member> members) implements DataType {
    /**
     * One named value.
     *
     * @param name the member's name
     * @param value its integer value
     */
    public record Member(String name, long value) {
    }

    /**
     * Copies the members into an unmodifiable list.
     *
     * @param base the integer type of the values
     * @param members the named values, in stored order
     */
    public EnumType {
        members = Collections.unmodifiableList(new ArrayList<>(members));
    }

    @Override
    public int size() {
        return base.size();
    }

    /**
     * {@return the name of {@code value}, or null when no member has it}
     *
     * @param value an integer value
     */
    public String nameOf(long value) {
        for (Member m : members) {
            if (m.value() == value) {
                return m.name();
            }
        }
        return null;
    }
}

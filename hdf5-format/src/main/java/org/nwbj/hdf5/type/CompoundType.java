package org.nwbj.hdf5.type;

import java.util.ArrayList;

import java.util.Collections;

import java.util.List;

/**
 * A compound type: named members at byte offsets, in stored order.
 *
 * @param size the size of one element in bytes
 * @param members the members, in stored order
 */
public record CompoundType(int size, List<Member> members) implements DataType {
    /**
     * One member of a compound type.
     *
     * @param name the member's name
     * @param offset its byte offset in the element
     * @param type its type
     */
    public record Member(String name, int offset, DataType type) {
    }

    /**
     * Copies the members into an unmodifiable list.
     *
     * @param size the size of one element in bytes
     * @param members the members, in stored order
     */
    public CompoundType {
        members = Collections.unmodifiableList(new ArrayList<>(members));
    }
}

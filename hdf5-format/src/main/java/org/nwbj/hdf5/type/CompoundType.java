package org.nwbj.hdf5.type;

import java.util.ArrayList;

import java.util.Collections;

import java.util.List;

/** A compound type: named members at byte offsets, in stored order. */
public record CompoundType(int size, List<Member> members) implements DataType {
    /** One member of a compound type. */
    public record Member(String name, int offset, DataType type) {
    }

    public CompoundType {
        members = Collections.unmodifiableList(new ArrayList<>(members));
    }
}

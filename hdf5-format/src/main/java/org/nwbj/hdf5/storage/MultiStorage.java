package org.nwbj.hdf5.storage;

import java.util.Collections;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The multi/split driver: disjoint ranges of the logical address space live in separate files; a member starting
 * at logical address A stores logical address x at its own offset x - A. The split driver is the case of two
 * members: metadata (from 0) and raw data.
 */
public final class MultiStorage implements Storage {
    /**
     * One member: the first logical address it holds and its storage.
     *
     * @param startAddress the first logical address the member holds
     * @param storage the member's bytes
     */
    public record Member(long startAddress, Storage storage) {
    }

    private final List<Member> members;
    private final String name;

    /**
     * A storage made of members, each holding the addresses from its start address to the next member's.
     *
     * @param members the members, in any order
     * @param name the name used in messages
     */
    public MultiStorage(List<Member> members, String name) {
        List<Member> sorted = new ArrayList<>(members);
        // addresses are unsigned: a member at 2^63 or above sorts last
        sorted.sort((a, b) -> Long.compareUnsigned(a.startAddress(), b.startAddress()));
        this.members = Collections.unmodifiableList(new ArrayList<>(sorted));
        this.name = name;
    }

    private Member memberFor(long position) {
        Member found = null;
        for (Member m : members) {
            if (Long.compareUnsigned(m.startAddress(), position) <= 0) {
                found = m;
            }
        }
        return found;
    }

    @Override
    public int read(long position, ByteBuffer dst) {
        Member m = memberFor(position);
        if (m == null) {
            return 0;
        }
        return m.storage().read(position - m.startAddress(), dst);
    }

    @Override
    public long size() {
        // members sit at their start addresses (the split driver's raw member at 2^63 - 1): saturate
        Member last = members.get(members.size() - 1);
        long end = last.startAddress() + last.storage().size();
        return end < last.startAddress() ? Long.MAX_VALUE : end;
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void close() {
        for (Member m : members) {
            m.storage().close();
        }
    }
}

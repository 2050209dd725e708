package org.nwbj.hdf5.storage;

import java.nio.file.Paths;

import java.nio.Buffer;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nwbj.hdf5.Hdf5IoException;

/**
 * The family driver: one logical file split into members named by a printf pattern with one integer conversion
 * ({@code name_%d.h5}); member k holds logical addresses {@code [k * memberSize, (k + 1) * memberSize)}.
 */
public final class FamilyStorage implements Storage {
    private final String pattern;
    private final long memberSize;
    private final List<Storage> members;

    private final boolean writable;
    /** Whether members opened for writing are locked. */
    private boolean lock;

    private FamilyStorage(String pattern, long memberSize, List<Storage> members) {
        this(pattern, memberSize, members, false);
    }

    private FamilyStorage(String pattern, long memberSize, List<Storage> members, boolean writable) {
        this.pattern = pattern;
        this.memberSize = memberSize;
        this.members = members;
        this.writable = writable;
    }

    /**
     * Creates a new family (members are created as writes reach them; existing members are truncated).
     *
     * @param pattern the member name pattern, such as {@code name_%d.h5}
     * @param memberSize the size of every member but the last, in bytes
     * @return the family
     */
    public static FamilyStorage create(Path pattern, long memberSize) {
        return create(pattern, memberSize, false);
    }

    /**
     * Like {@link #create(Path, long)}; with {@code lock}, every member is locked exclusively as it is opened, as
     * the C library's family driver locks all members (see {@link FileStorage#openReadWrite(Path, boolean,
     * boolean)}).
     *
     * @param pattern the member name pattern, such as {@code name_%d.h5}
     * @param memberSize the size of every member but the last, in bytes
     * @param lock whether to lock members exclusively
     * @return the family
     */
    public static FamilyStorage create(Path pattern, long memberSize, boolean lock) {
        String p = pattern.toString();
        if (!p.contains("%")) {
            throw new Hdf5IoException("family pattern " + p + " has no %d conversion for the member number");
        }
        if (memberSize <= 0) {
            throw new Hdf5IoException("family member size must be positive, found " + memberSize);
        }
        List<Storage> members = new ArrayList<>();
        members.add(FileStorage.openReadWrite(java.nio.file.Paths.get(memberName(p, 0)), true, lock));
        FamilyStorage f = new FamilyStorage(p, memberSize, members, true);
        f.lock = lock;
        return f;
    }

    @Override
    public synchronized void write(long position, ByteBuffer src) {
        if (!writable) {
            Storage.super.write(position, src);
        }
        while (src.hasRemaining()) {
            long k = position / memberSize;
            long within = position % memberSize;
            while (members.size() <= k) {
                // every member before the last is full size, as the C library's family driver expects
                Storage last = members.get(members.size() - 1);
                if (last.size() < memberSize) {
                    last.write(memberSize - 1, ByteBuffer.wrap(new byte[1]));
                }
                members.add(FileStorage.openReadWrite(java.nio.file.Paths.get(memberName(pattern, members.size())),
                        true, lock));
            }
            int n = (int) Math.min(src.remaining(), memberSize - within);
            ByteBuffer part = src.slice();
            ((java.nio.Buffer) part).limit(n);
            members.get((int) k).write(within, part);
            ((java.nio.Buffer) src).position(src.position() + n);
            position += n;
        }
    }

    /**
     * {@return true when {@code pattern} names no file itself but is a printf pattern ({@code name_%d.h5}) whose member
     * 0 is a regular file: how an external link names a family}
     *
     * @param pattern the path to test
     */
    public static boolean exists(Path pattern) {
        Path name = pattern.getFileName();
        if (name == null || !name.toString().contains("%") || Files.exists(pattern)) {
            return false;
        }
        try {
            return Files.isRegularFile(Paths.get(memberName(pattern.toString(), 0)));
        } catch (java.util.IllegalFormatException e) {
            return false; // a '%' that is no member number
        }
    }

    /**
     * {@return the file name of member {@code k} for a printf pattern such as {@code data_%05d.h5}}
     *
     * @param pattern the printf pattern
     * @param k the member number
     */
    public static String memberName(String pattern, int k) {
        return String.format(Locale.ROOT, pattern, k);
    }

    /**
     * Opens the existing members of a family, 0, 1, ... until one is missing.
     *
     * @param memberSize the member size, or 0 to use the size of member 0 (the driver info block in the
     *                   superblock confirms it when the file is opened)
     * @param pattern the member name pattern
     * @return the family
     */
    public static FamilyStorage openReadOnly(Path pattern, long memberSize) {
        return open(pattern, memberSize, false, false);
    }

    /**
     * Opens the existing members of a family for reading and writing (nothing truncated; writes past the last
     * member add members, every one before the last full-size); with {@code lock}, each member is locked
     * exclusively.
     *
     * @param memberSize as for {@link #openReadOnly(Path, long)}
     * @param pattern the member name pattern
     * @param lock whether to lock members exclusively
     * @return the family
     */
    public static FamilyStorage openReadWrite(Path pattern, long memberSize, boolean lock) {
        return open(pattern, memberSize, true, lock);
    }

    private static FamilyStorage open(Path pattern, long memberSize, boolean writable, boolean lock) {
        String p = pattern.toString();
        if (!p.contains("%")) {
            throw new Hdf5IoException("family pattern " + p + " has no %d conversion for the member number");
        }
        List<Storage> members = new ArrayList<>();
        try {
            for (int k = 0; ; k++) {
                Path m = Paths.get(memberName(p, k));
                if (!Files.exists(m)) {
                    break;
                }
                members.add(writable ? FileStorage.openReadWrite(m, false, lock) : FileStorage.openReadOnly(m));
            }
        } catch (java.util.IllegalFormatException e) {
            closeAll(members);
            throw new Hdf5IoException("family pattern " + p + " is not a valid printf pattern: " + e.getMessage());
        } catch (RuntimeException e) {
            closeAll(members); // a member that is locked or unreadable: release the ones opened before it
            throw e;
        }
        FamilyStorage f = of(p, memberSize, members, writable);
        f.lock = lock;
        return f;
    }

    /**
     * {@return a read-only family of already opened members (remote files, say), member k holding logical addresses
     * {@code [k * memberSize, (k + 1) * memberSize)}; {@code memberSize} 0 takes member 0's size}
     *
     * @param pattern the member name pattern, for messages
     * @param memberSize the logical size of every member but the last, in bytes
     * @param members the open members, in order
     */
    public static FamilyStorage ofMembers(String pattern, long memberSize, List<? extends Storage> members) {
        return of(pattern, memberSize, new ArrayList<>(members), false);
    }

    private static FamilyStorage of(String p, long memberSize, List<Storage> members, boolean writable) {
        if (members.isEmpty()) {
            throw new Hdf5IoException("no member of family " + p + " exists (looked for " + memberName(p, 0) + ")");
        }
        long size = memberSize > 0 ? memberSize : members.get(0).size();
        if (size <= 0) {
            throw new Hdf5IoException("family member " + memberName(p, 0) + " is empty");
        }
        return new FamilyStorage(p, size, members, writable);
    }

    private static void closeAll(List<Storage> members) {
        for (Storage m : members) {
            m.close();
        }
    }

    /** {@return the logical size of every member but the last, in bytes} */
    public long memberSize() {
        return memberSize;
    }

    /**
     * {@return the same members with another member size (after the superblock's driver info names the true one)}
     *
     * @param size the member size in bytes
     */
    public FamilyStorage withMemberSize(long size) {
        if (size <= 0) {
            throw new Hdf5IoException("family member size must be positive, found " + size);
        }
        FamilyStorage f = new FamilyStorage(pattern, size, members, writable);
        f.lock = lock;
        return f;
    }

    @Override
    public int read(long position, ByteBuffer dst) {
        if (position < 0) {
            return 0; // 2^63 and above, unsigned: no member is there
        }
        int total = 0;
        while (dst.hasRemaining()) {
            long pos = position + total;
            long k = pos / memberSize;
            if (k >= members.size()) {
                break;
            }
            long within = pos % memberSize;
            int want = (int) Math.min(dst.remaining(), memberSize - within);
            ByteBuffer part = dst.slice();
            ((Buffer) part).limit(want);
            int n = members.get((int) k).read(within, part);
            if (n < want) {
                // a short member: the rest of its range reads as zeros, like the C library's family driver
                // (HDF5 extends members lazily); stop only past the last member
                if (k == members.size() - 1) {
                    ((Buffer) dst).position(dst.position() + n);
                    total += n;
                    break;
                }
                for (int i = n; i < want; i++) {
                    part.put(i, (byte) 0);
                }
            }
            ((Buffer) dst).position(dst.position() + want);
            total += want;
        }
        return total;
    }

    @Override
    public long size() {
        int last = members.size() - 1;
        return last * memberSize + members.get(last).size();
    }

    @Override
    public String describe() {
        return pattern;
    }

    @Override
    public void close() {
        for (Storage m : members) {
            m.close();
        }
    }
}

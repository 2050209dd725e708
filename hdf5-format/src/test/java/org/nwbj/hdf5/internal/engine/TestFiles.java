package org.nwbj.hdf5.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.Hdf5FormatException;
import org.nwbj.hdf5.internal.format.FormatContext;

/** Test files of src/test/resources/heaps (made by src/test/scripts/gen_heaps.py) and a BlockReader over bytes. */
final class TestFiles {
    private TestFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/heaps/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8).lines().toList();
    }

    /** Addresses where {@code signature} followed by a version 0 byte occurs (structures of these files are v0). */
    static List<Long> find(byte[] file, String signature) {
        byte[] sig = signature.getBytes(StandardCharsets.ISO_8859_1);
        List<Long> out = new ArrayList<>();
        outer:
        for (int i = 0; i + sig.length < file.length; i++) {
            for (int k = 0; k < sig.length; k++) {
                if (file[i + k] != sig[k]) {
                    continue outer;
                }
            }
            if (file[i + sig.length] == 0) {
                out.add((long) i);
            }
        }
        return out;
    }

    static long findOne(byte[] file, String signature) {
        List<Long> all = find(file, signature);
        if (all.size() != 1) {
            throw new IllegalStateException(signature + " found " + all.size() + " times");
        }
        return all.get(0);
    }

    /** Sizes of offsets and lengths from the superblock (versions 0/1 keep them 5 bytes further on). */
    static FormatContext ctx(byte[] file) {
        int at = file[8] >= 2 ? 9 : 13;
        return new FormatContext(file[at], file[at + 1]);
    }

    /** Reads from an in-memory file; out-of-range reads fail like a real file's would. */
    static BlockReader reader(byte[] file) {
        // synthetic images (no superblock at 0) use 8-byte offsets and lengths
        boolean hdf5 = file.length > 16 && file[0] == (byte) 0x89 && file[1] == 'H' && file[2] == 'D' && file[3] == 'F';
        FormatContext ctx = hdf5 ? ctx(file) : FormatContext.DEFAULT;
        return new BlockReader() {
            @Override
            public ByteBuffer read(long address, long length, String structure) {
                if (address < 0 || length < 0 || address > file.length || length > file.length - address) {
                    throw new Hdf5FormatException(structure, address,
                            length + " bytes outside the file of " + file.length + " bytes");
                }
                return ByteBuffer.wrap(file, (int) address, (int) length).slice().order(ByteOrder.LITTLE_ENDIAN);
            }

            @Override
            public FormatContext ctx() {
                return ctx;
            }
        };
    }
}

package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.nwbj.hdf5.Hdf5Exception;
import org.nwbj.hdf5.internal.format.BTreeV2Header;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.Checksums;
import org.nwbj.hdf5.internal.format.ExtensibleArrayHeader;
import org.nwbj.hdf5.internal.format.FixedArrayHeader;
import org.nwbj.hdf5.internal.format.FormatContext;
import org.nwbj.hdf5.internal.format.FractalHeapHeader;

/** Damaged files must fail with an Hdf5Exception (or still decode), never with another exception or a hang. */
class CorruptionPropertiesTest {
    private static final String[] SIGNATURES = {"FRHP", "FHDB", "FHIB", "BTHD", "BTIN", "BTLF", "FAHD", "FADB",
        "EAHD", "EAIB", "EASB", "EADB"};
    /** Header sizes (no heap filters): their checksum is the last 4 bytes. */
    private static Map<String, Integer> headerSizes(FormatContext ctx) {
        return Map.of("FRHP", FractalHeapHeader.baseSize(ctx), "BTHD", BTreeV2Header.encodedSize(ctx),
                "FAHD", FixedArrayHeader.encodedSize(ctx), "EAHD", ExtensibleArrayHeader.encodedSize(ctx));
    }
    private static final Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.of("group_small", "group_big", "attrs_dense", "fa_plain", "fa_filtered", "fa_paged",
                "ea_plain", "ea_filtered", "bt2_plain", "bt2_filtered", "group_o4", "fa_filtered_o4", "ea_plain_o4",
                "bt2_filtered_o4");
    }

    private static byte[] file(String name) {
        return FILES.computeIfAbsent(name, n -> TestFiles.bytes(n + ".h5")).clone();
    }

    /** Reads everything the tests read from a file of the given kind. */
    static void traverse(String name, byte[] file) {
        BlockReader r = TestFiles.reader(file);
        FormatContext ctx = r.ctx();
        if (name.startsWith("group") || name.startsWith("attrs")) {
            List<Long> heaps = TestFiles.find(file, "FRHP");
            FractalHeap heap = heaps.isEmpty() ? null : FractalHeap.open(r, heaps.get(0));
            for (long a : TestFiles.find(file, "BTHD")) {
                BTreeV2 tree = BTreeV2.open(r, a);
                int type = tree.recordType();
                tree.forEach(rec -> {
                    byte[] id = switch (type) {
                        case BTreeV2Records.LINK_NAME -> BTreeV2Records.linkName(rec, ctx).heapId();
                        case BTreeV2Records.LINK_CREATION_ORDER -> BTreeV2Records.linkCreationOrder(rec, ctx).heapId();
                        case BTreeV2Records.ATTRIBUTE_NAME -> BTreeV2Records.attributeName(rec, ctx).heapId();
                        case BTreeV2Records.ATTRIBUTE_CREATION_ORDER ->
                                BTreeV2Records.attributeCreationOrder(rec, ctx).heapId();
                        default -> {
                            BTreeV2Records.hugeObject(type, rec, ctx);
                            yield null;
                        }
                    };
                    if (id != null && heap != null) {
                        heap.get(id);
                    }
                });
            }
        } else if (name.startsWith("fa")) {
            for (long a : TestFiles.find(file, "FAHD")) {
                FixedArrayIndex fa = FixedArrayIndex.open(r, a, 4);
                fa.forEach((i, address, size, mask) -> { });
                if (fa.size() > 0) {
                    fa.get(fa.size() - 1);
                }
            }
        } else if (name.startsWith("ea")) {
            for (long a : TestFiles.find(file, "EAHD")) {
                ExtensibleArrayIndex ea = ExtensibleArrayIndex.open(r, a, 4);
                long[] n = {0};
                ea.forEach((i, address, size, mask) -> n[0]++);
                ea.get(Math.max(0, ea.size() - 1));
                ea.get(ea.size() / 2);
            }
        } else {
            for (long a : TestFiles.find(file, "BTHD")) {
                BTreeV2 tree = BTreeV2.open(r, a);
                int type = tree.recordType();
                tree.forEach(rec -> {
                    if (type == BTreeV2Records.CHUNK) {
                        BTreeV2Records.chunk(rec, 2, ctx);
                    } else {
                        BTreeV2Records.filteredChunk(rec, 2,
                                BTreeV2Records.filteredChunkSizeLength(tree.recordSize(), 2, ctx), ctx);
                    }
                });
            }
        }
    }

    static void expectOnlyHdf5Exceptions(String name, byte[] file, String what) {
        try {
            traverse(name, file);
            Statistics.collect("decoded");
        } catch (Hdf5Exception expected) {
            // the damage was detected; the statistics show which checks catch it
            Statistics.collect(expected.getClass().getSimpleName());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(name + " " + what + ": " + e, e);
        }
    }

    static List<Integer> structures(byte[] file) {
        List<Integer> out = new ArrayList<>();
        for (String s : SIGNATURES) {
            for (long a : TestFiles.find(file, s)) {
                out.add((int) a);
            }
        }
        out.sort(null);
        return out;
    }

    @Property(tries = 400)
    void mutatedMetadataByte(@ForAll("files") String name, @ForAll @IntRange(min = 0, max = 10_000) int which,
            @ForAll @IntRange(min = 0, max = 600) int offset, @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] file = file(name);
        List<Integer> at = structures(file);
        int pos = at.get(which % at.size()) + offset;
        if (pos >= file.length) {
            return;
        }
        file[pos] ^= (byte) xor;
        expectOnlyHdf5Exceptions(name, file, "byte " + pos + " ^ " + xor);
    }

    /** Damage inside a header whose checksum is then fixed, so that the field checks themselves are exercised. */
    @Property(tries = 600)
    void mutatedHeaderWithValidChecksum(@ForAll("files") String name,
            @ForAll @IntRange(min = 4, max = 141) int offset, @ForAll @IntRange(min = 0, max = 7) int bit,
            @ForAll boolean setHighBytes) {
        byte[] file = file(name);
        for (Map.Entry<String, Integer> h : headerSizes(TestFiles.ctx(file)).entrySet()) {
            int size = h.getValue();
            for (long a : TestFiles.find(file, h.getKey())) {
                int start = (int) a;
                int pos = start + 4 + (offset - 4) % (size - 8);
                file[pos] ^= (byte) (1 << bit);
                if (setHighBytes) {
                    file[pos] = (byte) 0xff;
                }
                long sum = Checksums.lookup3(file, start, size - 4);
                ByteBuffer.wrap(file, start + size - 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                        .putInt((int) sum);
            }
        }
        expectOnlyHdf5Exceptions(name, file, "header byte " + offset + " bit " + bit);
    }

    @Property(tries = 200)
    void truncatedFile(@ForAll("files") String name, @ForAll @IntRange(min = 0, max = 1000) int permille) {
        byte[] whole = file(name);
        byte[] file = Arrays.copyOf(whole, (int) ((long) whole.length * permille / 1000));
        expectOnlyHdf5Exceptions(name, file, "truncated to " + file.length);
    }

    @Property(tries = 20)
    void undamagedFilesDecode(@ForAll("files") String name) {
        traverse(name, file(name));
        assertThat(name).isNotEmpty();
    }
}

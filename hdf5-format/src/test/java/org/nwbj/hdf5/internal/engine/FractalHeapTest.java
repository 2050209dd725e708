package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nwbj.hdf5.internal.format.BTreeV2Records;
import org.nwbj.hdf5.internal.format.Checksums;

/** Dense groups and attributes of files written by HDF5 1.10 (h5py, libver='latest'). */
class FractalHeapTest {
    /** Name of a link message (spec IV.A.2.g) stored in the heap. */
    static String linkName(ByteBuffer msg) {
        ByteBuffer b = msg.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.get() & 0xff).isEqualTo(1);
        int flags = b.get() & 0xff;
        if ((flags & 0x08) != 0) {
            b.get();
        }
        if ((flags & 0x04) != 0) {
            b.getLong();
        }
        if ((flags & 0x10) != 0) {
            b.get();
        }
        long len = switch (flags & 3) {
            case 0 -> b.get() & 0xff;
            case 1 -> b.getShort() & 0xffff;
            case 2 -> b.getInt() & 0xffffffffL;
            default -> b.getLong();
        };
        byte[] name = new byte[(int) len];
        b.get(name);
        return new String(name, StandardCharsets.UTF_8);
    }

    /** Name of a version 3 attribute message (spec IV.A.2.m). */
    static String attributeName(ByteBuffer msg) {
        ByteBuffer b = msg.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.get() & 0xff).isEqualTo(3);
        b.get();
        int nameSize = b.getShort() & 0xffff;
        b.getShort();
        b.getShort();
        b.get();
        byte[] name = new byte[nameSize - 1];
        b.get(name);
        return new String(name, StandardCharsets.UTF_8);
    }

    static BTreeV2 tree(byte[] file, BlockReader r, int type) {
        for (long a : TestFiles.find(file, "BTHD")) {
            if (file[(int) a + 5] == type) {
                return BTreeV2.open(r, a);
            }
        }
        throw new IllegalStateException("no B-tree of type " + type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"group_small", "group_big", "group_o4"})
    void linksInCreationOrder(String name) {
        byte[] file = TestFiles.bytes(name + ".h5");
        BlockReader r = TestFiles.reader(file);
        List<String> expected = TestFiles.lines(name + ".txt");
        FractalHeap heap = FractalHeap.open(r, TestFiles.findOne(file, "FRHP"));
        assertThat(heap.header().heapIdLength()).isEqualTo(7);

        BTreeV2 order = tree(file, r, BTreeV2Records.LINK_CREATION_ORDER);
        List<String> names = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        order.forEach(rec -> {
            BTreeV2Records.LinkCreationOrder lc = BTreeV2Records.linkCreationOrder(rec, r.ctx());
            orders.add(lc.creationOrder());
            names.add(linkName(heap.get(lc.heapId())));
        });
        assertThat(names).containsExactlyElementsOf(expected);
        for (int i = 0; i < orders.size(); i++) {
            assertThat(orders.get(i)).isEqualTo(i);
        }
        assertThat(order.recordCount()).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"group_small", "group_big", "group_o4"})
    void linksByNameHash(String name) {
        byte[] file = TestFiles.bytes(name + ".h5");
        BlockReader r = TestFiles.reader(file);
        List<String> expected = TestFiles.lines(name + ".txt");
        FractalHeap heap = FractalHeap.open(r, TestFiles.findOne(file, "FRHP"));
        BTreeV2 byName = tree(file, r, BTreeV2Records.LINK_NAME);
        List<String> names = new ArrayList<>();
        long[] last = {-1};
        byName.forEach(rec -> {
            BTreeV2Records.LinkName ln = BTreeV2Records.linkName(rec, r.ctx());
            String n = linkName(heap.get(ln.heapId()));
            byte[] utf8 = n.getBytes(StandardCharsets.UTF_8);
            // the key is the lookup3 hash of the name; records come sorted by it
            assertThat(ln.hash()).isEqualTo(Checksums.lookup3(utf8, 0, utf8.length));
            assertThat(ln.hash()).isGreaterThanOrEqualTo(last[0]);
            last[0] = ln.hash();
            names.add(n);
        });
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);

        // binary search by hash finds each link
        for (String n : List.of(expected.get(0), expected.get(expected.size() - 1))) {
            byte[] utf8 = n.getBytes(StandardCharsets.UTF_8);
            long h = Checksums.lookup3(utf8, 0, utf8.length);
            ByteBuffer found = byName.find(rec -> Long.compare(h, BTreeV2Records.linkName(rec, r.ctx()).hash()));
            assertThat(found).isNotNull();
            assertThat(linkName(heap.get(BTreeV2Records.linkName(found, r.ctx()).heapId()))).isEqualTo(n);
        }
        assertThat(byName.find(rec -> Long.compare(0xffffffffL + 1, BTreeV2Records.linkName(rec, r.ctx()).hash())))
                .isNull();
    }

    @Test
    void bigGroupUsesNestedStructures() {
        byte[] file = TestFiles.bytes("group_big.h5");
        BlockReader r = TestFiles.reader(file);
        FractalHeap heap = FractalHeap.open(r, TestFiles.findOne(file, "FRHP"));
        assertThat(heap.header().currentRootRows()).isGreaterThan(0);
        assertThat(heap.header().managedObjectCount()).isEqualTo(1000);
        assertThat(tree(file, r, BTreeV2Records.LINK_CREATION_ORDER).header().depth()).isEqualTo(2);
        assertThat(tree(file, r, BTreeV2Records.LINK_NAME).header().depth()).isEqualTo(1);
    }

    @Test
    void denseAttributesIncludingHugeObject() {
        byte[] file = TestFiles.bytes("attrs_dense.h5");
        BlockReader r = TestFiles.reader(file);
        List<String> expected = TestFiles.lines("attrs_dense.txt");
        FractalHeap heap = FractalHeap.open(r, TestFiles.findOne(file, "FRHP"));
        assertThat(heap.header().hugeObjectCount()).isEqualTo(1);

        List<String> names = new ArrayList<>();
        List<ByteBuffer> messages = new ArrayList<>();
        tree(file, r, BTreeV2Records.ATTRIBUTE_CREATION_ORDER).forEach(rec -> {
            BTreeV2Records.AttributeCreationOrder ac = BTreeV2Records.attributeCreationOrder(rec, r.ctx());
            assertThat(ac.creationOrder()).isEqualTo(names.size());
            ByteBuffer msg = heap.get(ac.heapId());
            names.add(attributeName(msg));
            messages.add(msg);
        });
        List<String> expectedNames = expected.stream().map(l -> l.split(" ")[0]).toList();
        assertThat(names).containsExactlyElementsOf(expectedNames);
        for (int i = 0; i < names.size(); i++) {
            int dataBytes = Integer.parseInt(expected.get(i).split(" ")[1]);
            ByteBuffer msg = messages.get(i);
            // the data (little-endian int32 0, 1, 2, ...) ends the attribute message
            int last = msg.getInt(msg.limit() - 4);
            assertThat(last).isEqualTo(dataBytes / 4 - 1);
            assertThat(msg.limit()).isGreaterThan(dataBytes);
        }

        BTreeV2 byName = tree(file, r, BTreeV2Records.ATTRIBUTE_NAME);
        HashSet<String> seen = new HashSet<>();
        byName.forEach(rec -> {
            BTreeV2Records.AttributeName an = BTreeV2Records.attributeName(rec, r.ctx());
            String n = attributeName(heap.get(an.heapId()));
            byte[] utf8 = n.getBytes(StandardCharsets.UTF_8);
            assertThat(an.hash()).isEqualTo(Checksums.lookup3(utf8, 0, utf8.length));
            seen.add(n);
        });
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expectedNames);

        BTreeV2 huge = tree(file, r, BTreeV2Records.HUGE_INDIRECT);
        List<BTreeV2Records.HugeObject> hugeRecords = new ArrayList<>();
        huge.forEach(rec -> hugeRecords.add(BTreeV2Records.hugeObject(huge.recordType(), rec, r.ctx())));
        assertThat(hugeRecords).hasSize(1);
        assertThat(hugeRecords.get(0).length()).isEqualTo(messages.get(messages.size() - 1).limit());
    }

    @Test
    void tinyObjectsLiveInTheId() {
        byte[] file = TestFiles.bytes("group_small.h5");
        FractalHeap heap = FractalHeap.open(TestFiles.reader(file), TestFiles.findOne(file, "FRHP"));
        // type 2 (tiny), length 3 encoded as 2, in a 7-byte ID
        ByteBuffer b = heap.get(new byte[] {0x22, 'a', 'b', 'c', 0, 0, 0});
        assertThat(b.remaining()).isEqualTo(3);
        assertThat(b.get(0)).isEqualTo((byte) 'a');
        assertThat(b.get(2)).isEqualTo((byte) 'c');
    }
}

package org.nwbj.hdf5.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every codec of {@code internal/format} has a round-trip test: the table below names it, and a new file in the
 * package fails this test until it is added (with its test) or listed as a helper that is not a codec.
 */
class CodecChecklistTest {
    /** Codec -> test class (and method) that encodes, decodes and compares it. */
    static final Map<String, String> ROUND_TRIPS = new TreeMap<>();
    /** Classes of the package that are not on-disk structures. */
    static final Set<String> HELPERS = new TreeSet<>();

    static {
        String heap = "HeapCodecsRoundTripTest#";
        String tree = "TreeCodecsRoundTripTest#";
        String chunk = "ChunkIndexCodecsRoundTripTest#";
        String driver = "DriverAndSuperblockRoundTripTest#";
        String msg = "MessageCodecsRoundTripTest#";
        ROUND_TRIPS.put("AttributeInfo", msg + "attributeInfo");
        ROUND_TRIPS.put("AttributeMessage", msg + "attributeMessage");
        ROUND_TRIPS.put("BTreeV1Node", tree + "btreeV1ChunkNode, btreeV1GroupNode");
        ROUND_TRIPS.put("BTreeV2Header", tree + "btreeV2Header");
        ROUND_TRIPS.put("BTreeV2Node", tree + "btreeV2Node");
        ROUND_TRIPS.put("BTreeV2Records", tree + "btreeV2Records, btreeV2ChunkRecords");
        ROUND_TRIPS.put("CacheImage", "CacheImageTest (C bytes re-encoded; random images)");
        ROUND_TRIPS.put("ChunkIndexElement", chunk + "fixedArray, extensibleArray (elements and pages)");
        ROUND_TRIPS.put("DataspaceCodec", msg + "dataspace");
        ROUND_TRIPS.put("DatatypeCodec", msg + "datatype (integers); DatatypeRoundTripTest (every other class)");
        ROUND_TRIPS.put("DriverInfoBlock", driver + "driverInfoBlock");
        ROUND_TRIPS.put("ExtensibleArrayBlocks", chunk + "extensibleArray");
        ROUND_TRIPS.put("ExtensibleArrayHeader", chunk + "extensibleArray");
        ROUND_TRIPS.put("FamilyDriverInfo", driver + "familyDriverInfo");
        ROUND_TRIPS.put("FillValue", msg + "fillValue");
        ROUND_TRIPS.put("FilterPipeline", msg + "filterPipeline");
        ROUND_TRIPS.put("FixedArrayDataBlock", chunk + "fixedArray");
        ROUND_TRIPS.put("FixedArrayHeader", chunk + "fixedArray");
        ROUND_TRIPS.put("FractalHeapDirectBlock", heap + "fractalHeapDirectBlock");
        ROUND_TRIPS.put("FractalHeapHeader", heap + "fractalHeapHeader");
        ROUND_TRIPS.put("FractalHeapId", heap + "fractalHeapId");
        ROUND_TRIPS.put("FractalHeapIndirectBlock", heap + "fractalHeapIndirectBlock");
        ROUND_TRIPS.put("GlobalHeapCollection", heap + "globalHeapCollection");
        ROUND_TRIPS.put("Layout", msg + "layout");
        ROUND_TRIPS.put("LinkInfo", msg + "linkInfo");
        ROUND_TRIPS.put("LinkMessage", msg + "linkMessage");
        ROUND_TRIPS.put("LocalHeap", heap + "localHeap");
        ROUND_TRIPS.put("MultiDriverInfo", driver + "splitDriverInfo");
        ROUND_TRIPS.put("ObjectHeaderChunk", msg + "objectHeaderV2, objectHeaderV1");
        ROUND_TRIPS.put("SerializedSelection", "VirtualMappingsTest (C bytes re-encoded; random mappings)");
        ROUND_TRIPS.put("RegionSelection", "SelectionRoundTripTest");
        ROUND_TRIPS.put("SharedMessageRef", msg + "sharedMessageRef");
        ROUND_TRIPS.put("SharedMessageTableCodec", tree + "sharedMessageTable");
        ROUND_TRIPS.put("SplitDriverInfo", driver + "splitDriverInfo");
        ROUND_TRIPS.put("Superblock", driver + "superblock, clibSuperblocks");
        ROUND_TRIPS.put("SymbolTableEntry", tree + "symbolTableNode");
        ROUND_TRIPS.put("SymbolTableNode", tree + "symbolTableNode, clibSymbolTableNodes");
        ROUND_TRIPS.put("VirtualMappings", "VirtualMappingsTest (C bytes re-encoded; random mappings)");
        HELPERS.add("Bytes");
        HELPERS.add("Checksums");
        HELPERS.add("FormatContext");
        HELPERS.add("FormatReader");
        HELPERS.add("FormatWriter");
        HELPERS.add("HeaderMessage");
        HELPERS.add("MessageType");
    }

    @Test
    void everyCodecHasARoundTripTest() throws IOException {
        Path dir = Paths.get("src/main/java/org/nwbj/hdf5/internal/format");
        Set<String> classes = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .forEach(n -> classes.add(n.substring(0, n.length() - 5)));
        }
        assertThat(classes).isNotEmpty();
        Set<String> listed = new TreeSet<>(ROUND_TRIPS.keySet());
        listed.addAll(HELPERS);
        assertThat(listed).as("codecs of internal/format and their round-trip tests").isEqualTo(classes);
        for (String test : ROUND_TRIPS.values()) {
            String cls = test.split("[# ]")[0];
            assertThat(Paths.get("src/test/java/org/nwbj/hdf5/internal/format/" + cls + ".java")).exists();
        }
    }
}

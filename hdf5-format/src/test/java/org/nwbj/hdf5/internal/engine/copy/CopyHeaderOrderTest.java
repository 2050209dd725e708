package org.nwbj.hdf5.internal.engine.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.internal.engine.FileContext;
import org.nwbj.hdf5.internal.engine.ObjectHeader;
import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.testing.RecordingStorage;
import org.nwbj.hdf5.type.DataTypes;

/**
 * The writer and the copier give a dataset's header the same messages in the same order, with the same flags (both
 * go through HeaderBuilder.dataset): a copy of a writer-made file has the writer's dataset message sequence.
 */
class CopyHeaderOrderTest {
    private static final List<Integer> DATASET_MESSAGES = List.of(MessageType.DATASPACE.id(),
            MessageType.DATATYPE.id(), MessageType.FILL_VALUE.id(), MessageType.FILTER_PIPELINE.id(),
            MessageType.LAYOUT.id());

    @Test
    void copiedDatasetHeadersKeepTheWritersMessageOrder() {
        RecordingStorage original = new RecordingStorage();
        try (Hdf5Writer w = Hdf5Writer.create(original)) {
            w.root().createDataset("chunked", DatasetOptions.of(DataTypes.INT64, 100, 4).chunks(10, 4).deflate(3))
                    .writeAll(new long[400]);
            w.root().createDataset("plain", DatasetOptions.of(DataTypes.FLOAT32, 7)).writeAll(new float[7]);
            w.root().dataset("chunked").setAttribute("unit", "volts");
        }
        RecordingStorage copy = new RecordingStorage();
        FileCopier.copy(FileContext.open(RecordingStorage.of(original.snapshot())), copy);
        for (String name : new String[] {"chunked", "plain"}) {
            List<String> written = datasetMessages(original, name);
            assertThat(datasetMessages(copy, name)).as(name).isEqualTo(written);
            assertThat(written).as(name).isNotEmpty();
        }
        assertThat(datasetMessages(original, "chunked")).extracting(s -> s.substring(0, s.indexOf('/')))
                .containsExactly("1", "3", "5", "11", "8");
    }

    /** "type/flags" of the dataset messages of /{@code name}'s header, in header order. */
    static List<String> datasetMessages(RecordingStorage s, String name) {
        long address;
        try (Hdf5File f = Hdf5File.open(RecordingStorage.of(s.snapshot()))) {
            address = ((Link.Hard) f.root().link(name)).address();
        }
        ObjectHeader h = FileContext.open(RecordingStorage.of(s.snapshot())).header(address);
        List<String> out = new ArrayList<>();
        for (HeaderMessage m : h.messages()) {
            if (DATASET_MESSAGES.contains(m.typeId())) {
                out.add(m.typeId() + "/" + m.flags());
            }
        }
        return out;
    }
}

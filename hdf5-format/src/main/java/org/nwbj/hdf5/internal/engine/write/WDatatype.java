package org.nwbj.hdf5.internal.engine.write;

import java.util.ArrayList;
import java.util.List;

import org.nwbj.hdf5.internal.format.HeaderMessage;
import org.nwbj.hdf5.internal.format.DatatypeCodec;
import org.nwbj.hdf5.internal.format.MessageType;
import org.nwbj.hdf5.internal.format.ObjectHeaderChunk;
import org.nwbj.hdf5.type.DataType;

/** A committed (named) datatype: an object header holding a datatype message (and attributes). */
public final class WDatatype extends WObject {
    final DataType type;

    WDatatype(WritableFile file, DataType type) {
        super(file);
        this.type = type;
    }

    public DataType type() {
        return type;
    }

    @Override
    List<ObjectHeaderChunk.Message> ownMessages(boolean sizing) {
        List<ObjectHeaderChunk.Message> msgs = new ArrayList<>();
        msgs.add(new ObjectHeaderChunk.Message(MessageType.DATATYPE.id(), HeaderMessage.FLAG_CONSTANT,
                DatatypeCodec.encode(type, file.ctx)));
        return msgs;
    }
}

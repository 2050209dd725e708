package org.nwbj.hdf5;

import java.nio.ByteBuffer;

import org.nwbj.hdf5.storage.Storage;

/**
 * The writer's storage as a read view sees it: reads pass through until the writer flushes again or closes,
 * after which they are refused (the flush may rewrite headers in place and reuse space the view's objects point
 * to). Closing the view leaves the writer's storage open.
 */
final class WriterView implements Storage {
    private final Storage storage;
    private volatile String invalid;

    WriterView(Storage storage) {
        this.storage = storage;
    }

    void invalidate(String why) {
        invalid = why;
    }

    private void check() {
        String why = invalid;
        if (why != null) {
            throw new Hdf5Exception("this read view of " + storage.describe() + " shows the file as of an earlier "
                    + "flush, and the writer has " + why + " since: take Hdf5Writer.reader() again");
        }
    }

    @Override
    public int read(long position, ByteBuffer dst) {
        check();
        return storage.read(position, dst);
    }

    @Override
    public long size() {
        check();
        return storage.size();
    }

    @Override
    public String describe() {
        return storage.describe();
    }

    @Override
    public void close() {
        invalid = "closed this view";
    }
}

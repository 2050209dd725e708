package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.storage.MemoryStorage;
import org.nwbj.hdf5.storage.Storage;

/**
 * The metadata cache image overlay (resources/clib/cache_image_latest.h5: object headers exist only in the image)
 * works whatever backs the buffer: a direct buffer must get the image's bytes too, not the unwritten home bytes.
 */
class CacheImageOverlayTest {
    private static byte[] file() throws Exception {
        try (InputStream in = CacheImageOverlayTest.class.getResourceAsStream("/clib/cache_image_latest.h5")) {
            return in.readAllBytes();
        }
    }

    /** A storage that moves every read through a direct buffer, as a channel- or network-backed one may. */
    private static final class DirectStorage implements Storage {
        private final MemoryStorage mem;

        DirectStorage(byte[] bytes) {
            mem = new MemoryStorage(bytes, "direct");
        }

        @Override
        public int read(long position, ByteBuffer dst) {
            ByteBuffer direct = ByteBuffer.allocateDirect(dst.remaining());
            int n = mem.read(position, direct);
            ((Buffer) direct).flip();
            dst.put(direct);
            return n;
        }

        @Override
        public long size() {
            return mem.size();
        }

        @Override
        public String describe() {
            return "direct";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void directBufferGetsTheImageBytesNotTheHomeBytes() throws Exception {
        byte[] bytes = file();
        long root = ByteBuffer.wrap(bytes, 36, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        int n = 64;
        FileContext f = FileContext.open(new DirectStorage(bytes));
        assertThat(f.hasCacheImage()).isTrue();
        byte[] expected = new byte[n];
        f.read(root, n, "ObjectHeader").get(expected);
        assertThat(expected).as("the image holds the root header").isNotEqualTo(new byte[n]);

        ByteBuffer direct = ByteBuffer.allocateDirect(n);
        direct.put(bytes, (int) root, n); // the home bytes: unwritten
        ((Buffer) direct).flip();
        assertThat(direct.hasArray()).isFalse();
        f.overlayImage(root, direct);
        byte[] got = new byte[n];
        direct.duplicate().get(got);
        assertThat(got).isEqualTo(expected);
        assertThat(direct.position()).as("position untouched").isZero();
    }

    @Test
    void fileReadThroughDirectBuffersReadsFromTheImage() throws Exception {
        try (Hdf5File f = Hdf5File.open(new DirectStorage(file()))) {
            assertThat(((Dataset) f.get("/group/data")).readLongs()).containsExactly(0, 3, 6, 9, 12, 15, 18, 21,
                    24, 27, 30, 33);
        }
    }
}

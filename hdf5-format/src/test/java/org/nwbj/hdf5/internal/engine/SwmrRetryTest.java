package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Hdf5ChecksumException;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.storage.FileStorage;

/** SWMR reads retry a checksum failure (a block torn by the writer) a bounded number of times. */
class SwmrRetryTest {
    @TempDir
    Path dir;

    private FileContext file() {
        Path p = dir.resolve("x.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            w.root().createDataset("x", new long[] {1, 2, 3});
        }
        return FileContext.open(FileStorage.openReadOnly(p));
    }

    @Test
    void aTornBlockIsReadAgainAndOnlyASWMRReaderRetries() {
        FileContext f = file();
        AtomicInteger calls = new AtomicInteger();
        java.util.function.Supplier<String> tornTwice = () -> {
            if (calls.incrementAndGet() <= 2) {
                throw new Hdf5ChecksumException("ObjectHeader", 48, 1, 2);
            }
            return "ok";
        };
        assertThatThrownBy(() -> f.swmrRetried(tornTwice)).isInstanceOf(Hdf5ChecksumException.class);
        assertThat(calls).hasValue(1);
        f.startSwmrReads();
        calls.set(0);
        assertThat(f.swmrRetried(tornTwice)).isEqualTo("ok");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aChecksumThatNeverMatchesIsReportedAfterTheBoundedAttempts() {
        FileContext f = file();
        f.startSwmrReads();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> f.swmrRetried(() -> {
            calls.incrementAndGet();
            throw new Hdf5ChecksumException("ExtensibleArrayIndexBlock", 96, 1, 2);
        })).isInstanceOf(Hdf5ChecksumException.class).hasMessageContaining("checksum expected 0x1");
        assertThat(calls).hasValue(FileContext.SWMR_READ_ATTEMPTS);
    }
}

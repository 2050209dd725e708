package org.nwbj.hdf5.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.Link;
import org.nwbj.hdf5.storage.ByteRange;
import org.nwbj.hdf5.storage.Storage;
import org.nwbj.hdf5.testing.RecordingStorage;

/**
 * Listing a group hints its children's object headers to the storage in one {@link Storage#prefetch} call, so that
 * a remote storage fetches them together instead of one round trip per child.
 */
class GroupPrefetchTest {
    @TempDir
    Path dir;

    @Test
    void listingAGroupHintsAllChildHeadersAtOnce() throws Exception {
        Path p = dir.resolve("many.h5");
        try (Hdf5Writer w = Hdf5Writer.create(p)) {
            for (int g = 0; g < 40; g++) {
                w.root().createGroup("g" + g).setAttribute("index", (long) g);
            }
        }
        RecordingStorage storage = RecordingStorage.of(Files.readAllBytes(p));
        try (Hdf5File f = Hdf5File.open(storage)) {
            Group root = f.root();
            storage.hints.clear();
            List<Link> links = root.links();
            assertThat(links).hasSize(40);
            List<Long> expected = new ArrayList<>();
            for (Link l : links) {
                expected.add(((Link.Hard) l).address());
            }
            assertThat(storage.hints).hasSize(1);
            assertThat(storage.hints.get(0)).extracting(ByteRange::position)
                    .containsExactlyInAnyOrderElementsOf(expected);
            root.links(); // cached: no second hint
            assertThat(storage.hints).hasSize(1);
        }
    }
}

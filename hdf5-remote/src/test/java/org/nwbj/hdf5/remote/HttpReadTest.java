package org.nwbj.hdf5.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.DatasetOptions;
import org.nwbj.hdf5.DatasetWriter;
import org.nwbj.hdf5.Group;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.Hdf5LinkPolicyException;
import org.nwbj.hdf5.Hdf5Writer;
import org.nwbj.hdf5.LinkPolicy;
import org.nwbj.hdf5.OpenOptions;
import org.nwbj.hdf5.Selection;
import org.nwbj.hdf5.type.DataTypes;

/** Files served by a real nginx on 127.0.0.1, read with range requests. */
@Tag("interop")
class HttpReadTest {
    @TempDir
    static Path dir;
    static Nginx nginx;
    static final int ROWS = 100_000;

    @BeforeAll
    static void serve() throws Exception {
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("main.h5"))) {
            DatasetWriter d = w.root().createDataset("series", DatasetOptions.of(DataTypes.INT64, ROWS, 4)
                    .chunks(1000, 4).deflate(4));
            long[] v = new long[ROWS * 4];
            for (int i = 0; i < v.length; i++) {
                v[i] = i;
            }
            d.writeAll(v);
            for (int g = 0; g < 50; g++) {
                w.root().createGroup("g" + g).setAttribute("index", (long) g);
            }
            w.root().createExternalLink("linked", "other.h5", "/values");
            w.root().createExternalLink("linked_abs", "/no/such/dir/other.h5", "/values");
        }
        try (Hdf5Writer w = Hdf5Writer.create(dir.resolve("other.h5"))) {
            w.root().createDataset("values", new double[] {1.5, 2.5, 3.5});
        }
        Files.copy(dir.resolve("main.h5"), dir.resolve("changing.h5"));
        nginx = Nginx.serve(dir);
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
    }

    private static Hdf5File open(String name) {
        return Hdf5File.open(URI.create(nginx.url(name)));
    }

    @Test
    void readsLikeTheLocalFileWithFewRequests() {
        org.nwbj.hdf5.storage.CachedStorage storage = RemoteStorage.open(URI.create(nginx.url("main.h5")));
        try (Hdf5File remote = Hdf5File.open(storage); Hdf5File local = Hdf5File.open(dir.resolve("main.h5"))) {
            HttpStorage http = RemoteStorage.http(storage);
            assertThat(remote.root().links()).isEqualTo(local.root().links());
            for (int g = 0; g < 50; g++) {
                assertThat(((Group) remote.get("/g" + g)).attribute("index").readValues()).containsExactly((long) g);
            }
            long afterWalk = http.requests();
            assertThat(afterWalk).as("opening and listing 50 groups").isLessThanOrEqualTo(3);
            Dataset d = (Dataset) remote.get("/series");
            long[] rows = d.readLongs(Selection.rows(d.space().dims(), 50_000, 1000));
            assertThat(rows).isEqualTo(((Dataset) local.get("/series")).readLongs(
                    Selection.rows(d.space().dims(), 50_000, 1000)));
            assertThat(d.readLongs()).isEqualTo(((Dataset) local.get("/series")).readLongs());
            assertThat(remote.uri()).isEqualTo(URI.create(nginx.url("main.h5")));
        }
    }

    @Test
    void aSmallFileIsReadWholeInOneRoundOfRequestsAtOpen() throws Exception {
        long size = Files.size(dir.resolve("main.h5"));
        assertThat(size).as("small enough for one background part").isLessThan(4L << 20);
        long logged = nginx.requestsLogged();
        org.nwbj.hdf5.storage.CachedStorage storage = RemoteStorage.open(URI.create(nginx.url("main.h5")));
        try (Hdf5File remote = Hdf5File.open(storage); Hdf5File local = Hdf5File.open(dir.resolve("main.h5"))) {
            HttpStorage http = RemoteStorage.http(storage);
            for (int g = 0; g < 50; g++) {
                assertThat(((Group) remote.get("/g" + g)).attribute("index").readValues()).containsExactly((long) g);
            }
            assertThat(((Dataset) remote.get("/series")).readLongs())
                    .isEqualTo(((Dataset) local.get("/series")).readLongs());
            // the first block, then the rest in one part: nothing asked twice, nothing asked later
            assertThat(http.requests()).isEqualTo(2);
            assertThat(http.bytesReceived()).isEqualTo(size);
        }
        assertThat(nginx.requestsLogged() - logged).isEqualTo(2);
    }

    @Test
    void theWholeFileRuleCanBeTurnedOffAndRespectsTheCacheBound() throws Exception {
        long size = Files.size(dir.resolve("main.h5"));
        RemoteOptions off = RemoteOptions.defaults().withWholeFileBytes(0).withBlockSize(4096).withCoalesceGap(0);
        RemoteOptions small = RemoteOptions.defaults().withBlockSize(4096).withCoalesceGap(0).withCacheBytes(size);
        for (RemoteOptions o : new RemoteOptions[] {off, small}) {
            org.nwbj.hdf5.storage.CachedStorage storage = RemoteStorage.open(URI.create(nginx.url("main.h5")), o);
            try (Hdf5File remote = Hdf5File.open(storage)) {
                assertThat(remote.root().links()).hasSize(53);
                assertThat(RemoteStorage.http(storage).bytesReceived()).isLessThan(size / 2);
            }
        }
    }

    @Test
    void chunksOfOneSelectionAreFetchedTogether() {
        RemoteOptions o = RemoteOptions.defaults().withBlockSize(4096).withWholeFileBytes(0);
        org.nwbj.hdf5.storage.CachedStorage storage = RemoteStorage.open(URI.create(nginx.url("main.h5")), o);
        try (Hdf5File f = Hdf5File.open(storage)) {
            HttpStorage http = RemoteStorage.http(storage);
            Dataset d = (Dataset) f.get("/series");
            long before = http.requests();
            long[] v = d.readLongs(Selection.rows(d.space().dims(), 0, 20_000)); // 20 chunks
            assertThat(v[79_999]).isEqualTo(79_999);
            // chunks lie next to each other: one request for them (besides the chunk index), not one per chunk
            // (the row-streaming read path once skipped the hint and asked for the 20 chunks one by one)
            assertThat(http.requests() - before).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void externalLinksResolveAgainstTheUrlAndNeverToLocalPaths() {
        try (Hdf5File f = open("main.h5")) {
            assertThat(((Dataset) f.get("/linked")).readDoubles()).containsExactly(1.5, 2.5, 3.5);
            // an absolute name falls back to its last component beside the linking file, as the C library does
            assertThat(((Dataset) f.get("/linked_abs")).readDoubles()).containsExactly(1.5, 2.5, 3.5);
        }
        try (Hdf5File f = Hdf5File.open(URI.create(nginx.url("main.h5")), OpenOptions.defaults()
                .withLinkPolicy(LinkPolicy.none()))) {
            assertThatThrownBy(() -> f.get("/linked")).isInstanceOf(Hdf5LinkPolicyException.class);
        }
        try (Hdf5File f = Hdf5File.open(URI.create(nginx.url("main.h5")), OpenOptions.defaults()
                .withLinkPolicy(LinkPolicy.confined(dir)))) {
            assertThatThrownBy(() -> f.get("/linked")).isInstanceOf(Hdf5LinkPolicyException.class);
        }
    }

    @Test
    void familiesAndSplitPairsByUrl() throws Exception {
        try (Hdf5File local = Hdf5File.open(dir.resolve("main.h5"))) {
            local.copyToFamily(dir.resolve("fam_%d.h5"), 64 * 1024);
            local.copyToSplit(dir.resolve("pair"), org.nwbj.hdf5.CopyOptions.defaults());
        }
        long[] expect;
        try (Hdf5File local = Hdf5File.open(dir.resolve("main.h5"))) {
            expect = ((Dataset) local.get("/series")).readLongs();
        }
        try (Hdf5File f = Hdf5File.open(URI.create(nginx.url("fam_%25d.h5")), OpenOptions.family(0))) {
            assertThat(((Dataset) f.get("/series")).readLongs()).isEqualTo(expect);
            assertThat(f.info().driver()).isEqualTo("family");
        }
        try (Hdf5File f = Hdf5File.open(URI.create(nginx.url("pair")), OpenOptions.split())) {
            assertThat(((Dataset) f.get("/series")).readLongs()).isEqualTo(expect);
        }
    }

    @Test
    void aFileReplacedWhileOpenIsAnErrorNotMixedData() throws Exception {
        // read whole at open, the file would be one consistent snapshot: here every read asks the server
        RemoteOptions o = RemoteOptions.defaults().withBlockSize(1024).withRetries(0).withWholeFileBytes(0);
        try (Hdf5File f = Hdf5File.open(RemoteStorage.open(URI.create(nginx.url("changing.h5")), o))) {
            assertThat(f.root().link("series")).isNotNull();
            byte[] b = Files.readAllBytes(dir.resolve("changing.h5"));
            b[b.length - 1] ^= 1;
            Files.write(dir.resolve("changing.h5"), b);
            Files.setLastModifiedTime(dir.resolve("changing.h5"), java.nio.file.attribute.FileTime.from(
                    java.time.Instant.now().plusSeconds(5)));
            Dataset d = (Dataset) f.get("/series");
            assertThatThrownBy(d::readLongs).isInstanceOf(Hdf5IoException.class)
                    .hasMessageContaining("changed on the server");
        }
    }

    @Test
    void missingFilesAndTheAndroidTransport() {
        assertThatThrownBy(() -> open("nope.h5")).isInstanceOf(org.nwbj.hdf5.Hdf5NotFoundException.class)
                .hasMessageContaining("nope.h5").hasMessageContaining("404");
        HttpStorage s = HttpStorage.open(URI.create(nginx.url("main.h5")), RemoteOptions.defaults(),
                new UrlConnectionTransport(Duration.ofSeconds(5)));
        try (Hdf5File f = Hdf5File.open(org.nwbj.hdf5.storage.CachedStorage.over(s))) {
            assertThat(((Dataset) f.get("/series")).readLongs()).hasSize(ROWS * 4).endsWith(ROWS * 4L - 1);
        }
    }
}

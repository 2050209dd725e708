package org.nwbj.hdf5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.nwbj.hdf5.testing.FilePatches;
import org.nwbj.hdf5.testing.TestFiles;

/**
 * External links under each {@link LinkPolicy}. links.h5 links to links_target.h5; a copy of it with the target
 * file name patched (same length, 15 characters) tries the traversals.
 */
class LinkPolicyTest {
    private static final String TARGET = "links_target.h5";

    @TempDir
    Path tmp;

    /** Writes links.h5 into {@code dir}, its external links naming {@code targetName} instead. */
    private Path linking(Path dir, String targetName) throws IOException {
        assertThat(targetName).hasSize(TARGET.length());
        byte[] file = FilePatches.replaceAll(Files.readAllBytes(TestFiles.corpus("links.h5")), TARGET, targetName);
        Files.createDirectories(dir);
        return Files.write(dir.resolve("links.h5"), file);
    }

    private static Path target(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.copy(TestFiles.corpus(TARGET), file);
    }

    private static double[] readExt(Path file, LinkPolicy policy) {
        try (Hdf5File f = Hdf5File.open(file, OpenOptions.defaults().withLinkPolicy(policy))) {
            return ((Dataset) f.get("/ext_ds")).readDoubles();
        }
    }

    private static void assertRefused(Path file, LinkPolicy policy, String... mentions) {
        assertThatThrownBy(() -> readExt(file, policy)).isInstanceOf(Hdf5LinkPolicyException.class)
                .hasMessageContaining("/ext_ds").hasMessageContaining(policy.toString())
                .hasMessageContaining("withLinkPolicy").hasMessageContaining(mentions.length > 0 ? mentions[0] : "");
    }

    @Test
    void defaultAndConfinedPoliciesFollowLinksWithinTheRoot() throws IOException {
        Path dir = tmp.resolve("root");
        Path file = linking(dir, TARGET);
        target(dir.resolve(TARGET));
        assertThat(readExt(file, LinkPolicy.defaults())).hasSize(2);
        assertThat(readExt(file, LinkPolicy.confined(dir))).hasSize(2);
        // a root given with .. segments is normalised too
        assertThat(readExt(file, LinkPolicy.confined(dir.resolve("../root")))).hasSize(2);
    }

    @Test
    void noneFollowsNoExternalLink() throws IOException {
        Path dir = tmp.resolve("root");
        Path file = linking(dir, TARGET);
        target(dir.resolve(TARGET));
        assertRefused(file, LinkPolicy.none(), TARGET);
        try (Hdf5File f = Hdf5File.open(file, OpenOptions.defaults().withLinkPolicy(LinkPolicy.none()))) {
            assertThat(f.get("/alias_a/ds_link")).isInstanceOf(Dataset.class); // hard links still work
        }
    }

    @Test
    void dotDotOutOfTheRootIsRefused() throws IOException {
        Path root = tmp.resolve("root");
        Path file = linking(root.resolve("a"), "../../target.h5");
        target(tmp.resolve("target.h5"));
        assertThat(readExt(file, LinkPolicy.defaults())).hasSize(2); // the C library would follow it
        assertRefused(file, LinkPolicy.confined(root), "../../target.h5");
    }

    @Test
    void embeddedDotDotSegmentsAreResolvedBeforeChecking() throws IOException {
        Path root = tmp.resolve("root");
        Files.createDirectories(root.resolve("a/s"));
        Path file = linking(root.resolve("a"), "s/../../tgt1.h5");
        target(root.resolve("tgt1.h5"));
        // inside root (root/a/s/../../tgt1.h5 = root/tgt1.h5), outside root/a
        assertThat(readExt(file, LinkPolicy.confined(root))).hasSize(2);
        assertRefused(file, LinkPolicy.confined(root.resolve("a")), "s/../../tgt1.h5");
    }

    @Test
    void symbolicLinkInsideTheRootPointingOutIsRefused() throws IOException {
        Path root = tmp.resolve("root");
        Path file = linking(root, TARGET);
        Path outside = target(tmp.resolve("outside/" + TARGET));
        Files.createSymbolicLink(root.resolve(TARGET), outside);
        assertRefused(file, LinkPolicy.confined(root), outside.toRealPath().toString());
        assertThat(readExt(file, LinkPolicy.confined(root, tmp.resolve("outside")))).hasSize(2);
    }

    @Test
    void absolutePathsAreAdmittedOnlyInsideARoot() throws IOException {
        Path root = tmp.resolve("root");
        Path inside = target(root.resolve("in.h5")).toAbsolutePath();
        Path elsewhere = target(tmp.resolve("elsewhere/out.h5")).toAbsolutePath();
        LinkPolicy p = LinkPolicy.confined(root);
        assertThat(p.admit("/x", inside.toString(), inside)).isEqualTo(inside.toRealPath());
        assertThatThrownBy(() -> p.admit("/x", elsewhere.toString(), elsewhere))
                .isInstanceOf(Hdf5LinkPolicyException.class).hasMessageContaining(elsewhere.toString());
        // the root itself is a directory, never a target
        assertThatThrownBy(() -> p.admit("/x", root.toString(), root)).isInstanceOf(Hdf5LinkPolicyException.class);
    }

    @Test
    void filesOpenedThroughExternalLinksInheritThePolicyAndLimits() throws IOException {
        // links_target.h5 itself links on? It does not; check the options the target file is opened with instead
        Path dir = tmp.resolve("root");
        Path file = linking(dir, TARGET);
        target(dir.resolve(TARGET));
        ReadLimits limits = ReadLimits.defaults().maxReadBytes(8);
        OpenOptions o = OpenOptions.defaults().withLinkPolicy(LinkPolicy.confined(dir)).withLimits(limits);
        try (Hdf5File f = Hdf5File.open(file, o)) {
            Dataset d = (Dataset) f.get("/ext_ds"); // 2 float64 values: 16 bytes
            assertThatThrownBy(d::readDoubles).isInstanceOf(Hdf5LimitException.class);
            Hdf5File other = f.externalFile(TARGET);
            assertThatThrownBy(() -> other.externalFile("../elsewhere.h5"))
                    .isInstanceOf(Hdf5Exception.class);
        }
    }
}

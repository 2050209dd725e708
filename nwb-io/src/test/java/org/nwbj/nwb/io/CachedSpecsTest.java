package org.nwbj.nwb.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.nwb.schema.Namespace;
import org.nwbj.testing.SharedFolder;

class CachedSpecsTest {
    @Test
    void releasesAreNewerThanTheirPreReleasesAndPartsCompareAsNumbers() {
        assertThat(CachedSpecs.compareVersions("2.6.0", "2.6.0-alpha")).isPositive();
        assertThat(CachedSpecs.compareVersions("2.6.0-alpha", "2.6.0")).isNegative();
        assertThat(CachedSpecs.compareVersions("1.10.0", "1.9.1")).isPositive();
        assertThat(CachedSpecs.compareVersions("2.7.0", "2.7.0")).isZero();
        assertThat(CachedSpecs.newest(Arrays.asList("2.5.0", "2.10.0", "2.6.0-alpha"))).isEqualTo("2.10.0");
    }

    @Test
    void includedNamespacesMissingFromTheCacheComeFromOurSchemas() {
        Namespace core = null;
        for (Namespace ns : org.nwbj.nwb.schema.CoreSchemas.load()) {
            if (ns.name().equals("core")) {
                core = ns;
            }
        }
        List<Namespace> all = CachedSpecs.withIncludes(java.util.Collections.singletonList(core));
        assertThat(all).extracting(Namespace::name).containsExactly("core", "hdmf-common");
        assertThat(org.nwbj.nwb.schema.SpecCatalog.of(all).isA("core", "Units", "DynamicTable")).isTrue();
    }

    @Test
    void loadsEveryNamespaceCachedInAPynwbFile() {
        try (Hdf5File f = Hdf5File.open(SharedFolder.require("conformance/nwb").resolve("minimal.nwb"))) {
            List<Namespace> cached = CachedSpecs.load(f);
            assertThat(cached).extracting(Namespace::name)
                    .containsExactlyInAnyOrder("core", "hdmf-common", "hdmf-experimental");
            assertThat(cached).filteredOn(n -> n.name().equals("core")).extracting(Namespace::version)
                    .containsExactly("2.6.0-alpha");
            assertThat(CachedSpecs.catalog(f).hasType("core", "NWBFile")).isTrue();
        }
    }
}

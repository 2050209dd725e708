package org.nwbj.nwb.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Loads the specifications cached in the conformance NWB files (core 2.6.0-alpha, hdmf-common 1.5.1,
 * hdmf-experimental 0.2.0), extracted to test resources by {@code src/test/scripts/extract_cached_specs.py}.
 */
class CachedSpecsTest {
    private static final String[][] CACHED = {
        {"hdmf-common", "1.5.1", "base", "table", "sparse"},
        {"hdmf-experimental", "0.2.0", "experimental", "resources"},
        {"core", "2.6.0-alpha", "nwb.base", "nwb.device", "nwb.epoch", "nwb.image", "nwb.file", "nwb.misc",
            "nwb.behavior", "nwb.ecephys", "nwb.icephys", "nwb.ogen", "nwb.ophys", "nwb.retinotopy"},
    };

    static Map<String, String> cachedStrings(String[] entry) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("namespace", resource(entry[0], entry[1], "namespace"));
        for (int i = 2; i < entry.length; i++) {
            out.put(entry[i], resource(entry[0], entry[1], entry[i]));
        }
        return out;
    }

    static List<Namespace> loadAll() {
        List<Namespace> all = new ArrayList<>();
        for (String[] entry : CACHED) {
            Map<String, String> strings = cachedStrings(entry);
            all.add(SpecLoader.loadCached(strings.get("namespace"), strings));
        }
        return all;
    }

    @Test
    void loadsNamesAndVersions() {
        List<Namespace> all = loadAll();
        assertThat(all).extracting(Namespace::name).containsExactly("hdmf-common", "hdmf-experimental", "core");
        assertThat(all).extracting(Namespace::version).containsExactly("1.5.1", "0.2.0", "2.6.0-alpha");
        Namespace core = all.get(2);
        assertThat(core.sources().keySet()).containsExactly(CACHED[2][2], CACHED[2][3], CACHED[2][4],
                CACHED[2][5], CACHED[2][6], CACHED[2][7], CACHED[2][8], CACHED[2][9], CACHED[2][10],
                CACHED[2][11], CACHED[2][12], CACHED[2][13]);
        assertThat(core.sources().get("nwb.base").typeKeys()).isEqualTo(SchemaSource.TypeKeys.NEURODATA);
        assertThat(all.get(0).sources().get("base").typeKeys()).isEqualTo(SchemaSource.TypeKeys.DATA);
    }

    @Test
    void everyTypeResolves() {
        SpecCatalog catalog = SpecCatalog.of(loadAll());
        int resolved = 0;
        for (Namespace ns : catalog.namespaces()) {
            for (String type : catalog.definedTypes(ns.name())) {
                StorageSpec spec = catalog.resolve(ns.name(), type);
                assertThat(spec.typeDef()).isEqualTo(type);
                resolved++;
            }
        }
        assertThat(resolved).isGreaterThan(80);
        assertThat(catalog.isA("core", "Units", "DynamicTable")).isTrue();
        assertThat(catalog.isA("hdmf-experimental", "EnumData", "VectorData")).isTrue();
        assertThat(catalog.ancestors("core", "CurrentClampSeries"))
                .containsExactly("PatchClampSeries", "TimeSeries", "NWBDataInterface", "NWBContainer", "Container");
        GroupSpec file = (GroupSpec) catalog.resolve("core", "NWBFile");
        // the cached 2.6.0-alpha spec fixes nwb_version to the release number
        assertThat(file.attribute("nwb_version").value()).isEqualTo("2.6.0");
        assertThat(file.group("acquisition").quantity()).isEqualTo(Quantity.ONE);
        assertThat(file.dataset("session_start_time").dtype()).isEqualTo(new Dtype.Simple("isodatetime"));
    }

    @Test
    void cachedFormRoundTripsThroughTheWriter() {
        for (Namespace ns : loadAll()) {
            Map<String, String> written = SpecWriter.toCachedJson(ns);
            assertThat(written.keySet()).containsAll(ns.sources().keySet());
            assertThat(SpecLoader.loadCached(written.get(SpecWriter.NAMESPACE_KEY), written)).isEqualTo(ns);
        }
    }

    private static String resource(String ns, String version, String source) {
        String name = "/cached-specs/" + ns + "/" + version + "/" + source + ".json";
        try (InputStream in = CachedSpecsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

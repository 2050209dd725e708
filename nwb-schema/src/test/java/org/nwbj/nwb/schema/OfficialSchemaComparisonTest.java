package org.nwbj.nwb.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nwbj.testing.SharedFolder;

/**
 * Compares nwbj's own core schemas with the official NWB core 2.7.0 / hdmf-common 1.8.0 YAML in the shared folder,
 * type by type, ignoring descriptions. Skipped without the shared folder, except under {@code CI=true}.
 */
class OfficialSchemaComparisonTest {
    private static List<Namespace> official;
    private static SpecCatalog officialCatalog;
    private static final List<Namespace> OURS = CoreSchemas.load();
    private static final SpecCatalog OUR_CATALOG = CoreSchemas.catalog();

    /** Per test (not @BeforeAll) so that a missing folder shows as skipped tests with the reason. */
    @BeforeEach
    void loadOfficial() {
        Path schemas = SharedFolder.require("schemas");
        if (official != null) {
            return;
        }
        List<Namespace> all = new ArrayList<>();
        all.addAll(SpecLoader.loadYaml(schemas.resolve("hdmf-common-1.8.0/namespace.yaml")));
        all.addAll(SpecLoader.loadYaml(schemas.resolve("nwb-core-2.7.0/nwb.namespace.yaml")));
        officialCatalog = SpecCatalog.of(all);
        official = all;
    }

    @Test
    void sameNamespacesSourcesAndMetadata() {
        assertThat(OURS).extracting(Namespace::name).containsExactlyElementsOf(
                official.stream().map(Namespace::name).toList());
        for (int i = 0; i < OURS.size(); i++) {
            Namespace ours = OURS.get(i);
            Namespace theirs = official.get(i);
            assertThat(ours.version()).as(ours.name()).isEqualTo(theirs.version());
            assertThat(ours.fullName()).as(ours.name()).isEqualTo(theirs.fullName());
            assertThat(ours.sources().keySet()).as(ours.name()).containsExactlyElementsOf(theirs.sources().keySet());
            assertThat(WithoutDocs.of(ours).schema()).as(ours.name()).isEqualTo(WithoutDocs.of(theirs).schema());
        }
    }

    @Test
    void sameTypesTypeByType() {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Namespace ns : official) {
            assertThat(OUR_CATALOG.definedTypes(ns.name())).as("types of " + ns.name())
                    .containsExactlyElementsOf(officialCatalog.definedTypes(ns.name()));
            for (String type : officialCatalog.definedTypes(ns.name())) {
                compared++;
                compare(differences, ns.name(), type, "as written", officialCatalog.type(ns.name(), type),
                        OUR_CATALOG.type(ns.name(), type));
                compare(differences, ns.name(), type, "resolved", officialCatalog.resolve(ns.name(), type),
                        OUR_CATALOG.resolve(ns.name(), type));
                assertThat(OUR_CATALOG.ancestors(ns.name(), type)).as(type)
                        .isEqualTo(officialCatalog.ancestors(ns.name(), type));
            }
        }
        assertThat(compared).as("types compared: 10 hdmf-common, 2 hdmf-experimental, 75 core").isEqualTo(87);
        assertThat(differences).as("structural differences").isEmpty();
    }

    @Test
    void wholeSourcesEqualIgnoringDocs() {
        for (int i = 0; i < OURS.size(); i++) {
            assertThat(WithoutDocs.of(OURS.get(i))).isEqualTo(WithoutDocs.of(official.get(i)));
        }
    }

    @Test
    void comparisonNoticesAStructuralChange() {
        GroupSpec ts = (GroupSpec) OUR_CATALOG.type("core", "TimeSeries");
        DatasetSpec data = ts.dataset("data");
        DatasetSpec changed = new DatasetSpec(data.typeDef(), data.typeInc(), data.name(), data.defaultName(),
                data.doc(), Quantity.ZERO_OR_ONE, data.linkable(), data.dtype(), data.shape(), data.dims(),
                data.value(), data.defaultValue(), data.attributes());
        assertThat(WithoutDocs.of(changed)).isNotEqualTo(WithoutDocs.of(data));
        assertThat(WithoutDocs.of(data)).isEqualTo(
                WithoutDocs.of(((GroupSpec) officialCatalog.type("core", "TimeSeries")).dataset("data")));
    }

    @Test
    void noOfficialDescriptionIsReused() {
        Set<String> theirs = new HashSet<>();
        official.forEach(ns -> collectDocs(ns, theirs));
        Set<String> ours = new HashSet<>();
        OURS.forEach(ns -> collectDocs(ns, ours));
        assertThat(ours).hasSizeGreaterThan(100);
        ours.retainAll(theirs);
        assertThat(ours).as("descriptions copied from the official schema").isEmpty();
    }

    private static void compare(List<String> out, String ns, String type, String how, StorageSpec theirs,
            StorageSpec ours) {
        StorageSpec a = WithoutDocs.of(theirs);
        StorageSpec b = WithoutDocs.of(ours);
        if (!a.equals(b)) {
            out.add(ns + ":" + type + " (" + how + ")\n  official: " + a + "\n  ours:     " + b);
        }
    }

    private static void collectDocs(Namespace ns, Set<String> docs) {
        add(docs, ns.doc());
        for (Namespace.SchemaRef r : ns.schema()) {
            if (r instanceof Namespace.SourceRef s) {
                add(docs, s.doc());
                add(docs, s.title());
            }
        }
        for (SchemaSource s : ns.sources().values()) {
            s.groups().forEach(g -> collectDocs(g, docs));
            s.datasets().forEach(d -> collectDocs(d, docs));
        }
    }

    private static void collectDocs(Spec spec, Set<String> docs) {
        add(docs, spec.doc());
        if (spec instanceof StorageSpec st) {
            st.attributes().forEach(a -> collectDocs(a, docs));
        }
        if (spec instanceof GroupSpec g) {
            g.groups().forEach(c -> collectDocs(c, docs));
            g.datasets().forEach(c -> collectDocs(c, docs));
            g.links().forEach(c -> collectDocs(c, docs));
        }
        if (spec instanceof DatasetSpec d && d.dtype() instanceof Dtype.Compound c) {
            c.fields().forEach(f -> add(docs, f.doc()));
        }
        if (spec instanceof AttributeSpec a && a.dtype() instanceof Dtype.Compound c) {
            c.fields().forEach(f -> add(docs, f.doc()));
        }
    }

    private static void add(Set<String> docs, String doc) {
        if (doc != null) {
            docs.add(doc);
        }
    }
}

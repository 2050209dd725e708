package org.nwbj.nwb.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The committed classes of org.nwbj.nwb.types are what TypesGenerator makes of the schema (regenerate: -Dnwbj.regenerate=true). */
class GeneratedTypesTest {
    @Test
    void committedSourcesEqualTheGeneratorsOutput() throws Exception {
        TypesGenerator g = new TypesGenerator();
        if (Boolean.getBoolean("nwbj.regenerate")) {
            g.writeTo(TypesGenerator.PACKAGE_DIR);
        }
        Map<String, String> sources = g.sources();
        assertThat(sources.size()).isGreaterThan(80);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            assertThat(Files.readString(TypesGenerator.PACKAGE_DIR.resolve(e.getKey()))).as(e.getKey())
                    .isEqualTo(e.getValue());
        }
    }
}

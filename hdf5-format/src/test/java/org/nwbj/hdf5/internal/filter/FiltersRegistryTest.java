package org.nwbj.hdf5.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nwbj.hdf5.Hdf5UnsupportedException;
import org.nwbj.hdf5.filter.Filter;
import org.nwbj.hdf5.filter.FilterParameters;
import org.nwbj.hdf5.filter.Filters;

class FiltersRegistryTest {
    @Test
    void builtinsAreRegisteredUnderTheirIds() {
        int[] ids = {1, 2, 3, 4, 5, 6, 32000};
        String[] names = {"deflate", "shuffle", "fletcher32", "szip", "nbit", "scaleoffset", "lzf"};
        for (int i = 0; i < ids.length; i++) {
            Filter f = Filters.require(ids[i]);
            assertThat(f.id()).isEqualTo(ids[i]);
            assertThat(f.name()).isEqualTo(names[i]);
            assertThat(Filters.find(ids[i])).containsSame(f);
        }
    }

    @Test
    void unknownWellKnownIdIsNamed() {
        assertThat(Filters.find(32004)).isEmpty();
        assertThatThrownBy(() -> Filters.require(32004))
                .isInstanceOf(Hdf5UnsupportedException.class)
                .hasMessageContaining("filter 32004 (lz4) needs nwbj-hdf5-filters on the class path");
    }

    @Test
    void unknownIdWithoutName() {
        assertThatThrownBy(() -> Filters.require(61234))
                .isInstanceOf(Hdf5UnsupportedException.class)
                .hasMessageContaining("filter id 61234 is not available");
    }

    @Test
    void serviceLoaderPluginIsFound() {
        // registered in src/test/resources/META-INF/services/org.nwbj.hdf5.filter.Filter
        Filter f = Filters.require(TestPlugin.ID);
        assertThat(f).isInstanceOf(TestPlugin.class);
        assertThat(f.decode(new byte[] {1, 2, 3}, null)).containsExactly(3, 2, 1);
    }

    @Test
    void szipEncodeRefusesParametersItCannotCode() {
        FilterParameters p = new FilterParameters(new int[] {128, 8, 40, 64}, 5, 40);
        assertThatThrownBy(() -> Filters.require(4).encode(new byte[40], p))
                .isInstanceOf(Hdf5UnsupportedException.class).hasMessageContaining("40 bits per pixel");
    }
}

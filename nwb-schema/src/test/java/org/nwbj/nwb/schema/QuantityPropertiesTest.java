package org.nwbj.nwb.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** jqwik properties (kept apart from JUnit classes so both engines' reports survive). */
class QuantityPropertiesTest {
    @Property
    void quantitySpecFormRoundTrips(@ForAll @IntRange(min = 1, max = 1000) int n) {
        for (Quantity q : List.of(Quantity.exactly(n), Quantity.ZERO_OR_ONE, Quantity.ZERO_OR_MANY,
                Quantity.ONE_OR_MANY)) {
            assertThat(Quantity.parse(q.toSpecValue())).isEqualTo(q);
        }
    }
}

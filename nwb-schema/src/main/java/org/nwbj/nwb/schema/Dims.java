package org.nwbj.nwb.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nwbj.nwb.schema.internal.Lists;

/**
 * The dimension names of a dataset or attribute, one list per alternative of its {@link Shape}.
 *
 * @param alternatives the allowed lists of dimension names
 */
public record Dims(List<List<String>> alternatives) {
    /**
     * Copies the alternatives into unmodifiable lists.
     *
     * @param alternatives the allowed lists of dimension names
     */
    public Dims {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> a : alternatives) {
            copy.add(Lists.copy(a));
        }
        alternatives = Collections.unmodifiableList(copy);
    }

    /**
     * {@return a single list of dimension names}
     *
     * @param names the dimension names
     */
    public static Dims of(String... names) {
        return new Dims(Lists.of(Lists.of(names)));
    }
}

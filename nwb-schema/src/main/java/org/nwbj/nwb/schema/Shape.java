package org.nwbj.nwb.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nwbj.nwb.schema.internal.Lists;

/**
 * The allowed shapes of a dataset or attribute: one or more alternatives, each a list of dimension sizes where
 * {@code null} means any size. A spec writes a single shape as {@code [null, 3]} and alternatives as
 * {@code [[null], [null, null]]}.
 *
 * @param alternatives the allowed shapes; null entries mean any size
 */
public record Shape(List<List<Integer>> alternatives) {
    /**
     * Checks that there is an alternative and copies them into unmodifiable lists.
     *
     * @param alternatives the allowed shapes; null entries mean any size
     */
    public Shape {
        if (alternatives.isEmpty()) {
            throw new SpecException("a shape needs at least one alternative");
        }
        List<List<Integer>> copy = new ArrayList<>();
        for (List<Integer> a : alternatives) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(a)));
        }
        alternatives = Collections.unmodifiableList(copy);
    }

    /**
     * {@return a single shape; {@code null} entries mean any size}
     *
     * @param dims the sizes, null for any
     */
    public static Shape of(Integer... dims) {
        List<Integer> one = new ArrayList<>();
        Collections.addAll(one, dims);
        return new Shape(Lists.of(one));
    }

    /**
     * {@return true when {@code dims} (actual sizes) fits one of the alternatives}
     *
     * @param dims the actual sizes
     */
    public boolean matches(long[] dims) {
        return matchingAlternative(dims) >= 0;
    }

    /**
     * {@return index of the first alternative that {@code dims} fits, or -1}
     *
     * @param dims the actual sizes
     */
    public int matchingAlternative(long[] dims) {
        outer:
        for (int i = 0; i < alternatives.size(); i++) {
            List<Integer> a = alternatives.get(i);
            if (a.size() != dims.length) {
                continue;
            }
            for (int d = 0; d < dims.length; d++) {
                Integer want = a.get(d);
                if (want != null && want != dims[d]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

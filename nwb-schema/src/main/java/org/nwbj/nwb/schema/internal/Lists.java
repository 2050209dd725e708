package org.nwbj.nwb.schema.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Unmodifiable list copies without the Java 9+ {@code List.of}/{@code List.copyOf}, which Android API 26 lacks.
 */
public final class Lists {
    private Lists() {
    }

    /** An unmodifiable copy; throws on null elements. */
    public static <T> List<T> copy(Collection<? extends T> in) {
        List<T> out = new ArrayList<>(in.size());
        for (T t : in) {
            out.add(Objects.requireNonNull(t, "null list element"));
        }
        return Collections.unmodifiableList(out);
    }

    /** An unmodifiable list of the given elements; throws on null elements. */
    @SafeVarargs
    public static <T> List<T> of(T... items) {
        List<T> out = new ArrayList<>(items.length);
        for (T t : items) {
            out.add(Objects.requireNonNull(t, "null list element"));
        }
        return Collections.unmodifiableList(out);
    }
}

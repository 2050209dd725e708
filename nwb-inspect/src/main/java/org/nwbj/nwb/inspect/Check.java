package org.nwbj.nwb.inspect;

import java.util.List;
import java.util.Objects;

/**
 * One best-practice check: a name (nwbinspector's function name), an importance, the neurodata type it looks at
 * (null for every object) and the rule itself. A check reads only the object it is given (and what it links to).
 */
public abstract class Check {
    private final String name;
    private final Importance importance;
    private final String neurodataType;

    protected Check(String name, Importance importance, String neurodataType) {
        this.name = Objects.requireNonNull(name);
        this.importance = Objects.requireNonNull(importance);
        this.neurodataType = neurodataType;
    }

    public final String name() {
        return name;
    }

    public final Importance importance() {
        return importance;
    }

    /** {@return the most general type the check applies to (subtypes included), or {@code null} for every object} */
    public final String neurodataType() {
        return neurodataType;
    }

    /** Adds one message text per finding on {@code object} to {@code out}. */
    public abstract void check(NeurodataObject object, List<String> out);

    @Override
    public String toString() {
        return name + " (" + importance + ")";
    }
}

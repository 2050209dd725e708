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

    /**
     * A check.
     *
     * @param name the check's name, as nwbinspector names it
     * @param importance how much a finding matters
     * @param neurodataType the type it inspects (subtypes included)
     */
    protected Check(String name, Importance importance, String neurodataType) {
        this.name = Objects.requireNonNull(name);
        this.importance = Objects.requireNonNull(importance);
        this.neurodataType = neurodataType;
    }

    /** {@return the check's name, as nwbinspector names it} */
    public final String name() {
        return name;
    }

    /** {@return how much a finding of this check matters} */
    public final Importance importance() {
        return importance;
    }

    /** {@return the most general type the check applies to (subtypes included), or {@code null} for every object} */
    public final String neurodataType() {
        return neurodataType;
    }

    /**
     * Adds one message text per finding on {@code object} to {@code out}.
     *
     * @param object the object inspected
     * @param out where finding texts are added
     */
    public abstract void check(NeurodataObject object, List<String> out);

    @Override
    public String toString() {
        return name + " (" + importance + ")";
    }
}

package org.nwbj.nwb.schema;

/**
 * How many instances of a group, dataset or link a parent may hold: {@code min..max}, with {@link #UNBOUNDED} for
 * no upper limit. Written in a spec as {@code ?} (zero_or_one), {@code *} (zero_or_many), {@code +} (one_or_many)
 * or an exact positive integer.
 *
 * @param min the fewest instances
 * @param max the most instances, {@link #UNBOUNDED} for no limit
 */
public record Quantity(int min, int max) {
    /** Upper bound meaning "any number". */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /** Exactly one (the default). */
    public static final Quantity ONE = new Quantity(1, 1);
    /** Zero or one ({@code ?}). */
    public static final Quantity ZERO_OR_ONE = new Quantity(0, 1);
    /** Any number ({@code *}). */
    public static final Quantity ZERO_OR_MANY = new Quantity(0, UNBOUNDED);
    /** At least one ({@code +}). */
    public static final Quantity ONE_OR_MANY = new Quantity(1, UNBOUNDED);

    /**
     * Checks the bounds: min at least 0, max at least min and at least 1.
     *
     * @param min the fewest instances
     * @param max the most instances, {@link #UNBOUNDED} for no limit
     */
    public Quantity {
        if (min < 0 || max < min || max == 0) {
            throw new SpecException("invalid quantity: min " + min + ", max " + max);
        }
    }

    /**
     * {@return exactly {@code n} instances (n >= 1)}
     *
     * @param n the number of instances
     */
    public static Quantity exactly(int n) {
        return n == 1 ? ONE : new Quantity(n, n);
    }

    /**
     * Parses a quantity as it appears in a spec; {@code null} means the default, exactly one.
     *
     * @param value the spec's value: a number, a symbol or a name, or null
     * @return the quantity
     */
    public static Quantity parse(Object value) {
        if (value == null) {
            return ONE;
        }
        if (value instanceof Number n) {
            return exactly(checkedInt(n.longValue(), value));
        }
        String s = value.toString().trim();
        switch (s) {
            case "?": case "zero_or_one": return ZERO_OR_ONE;
            case "*": case "zero_or_many": return ZERO_OR_MANY;
            case "+": case "one_or_many": return ONE_OR_MANY;
            default:
                try {
                    return exactly(checkedInt(Long.parseLong(s), value));
                } catch (NumberFormatException e) {
                    throw new SpecException("invalid quantity: '" + s + "'");
                }
        }
    }

    private static int checkedInt(long n, Object original) {
        if (n < 1 || n > Integer.MAX_VALUE - 1) {
            throw new SpecException("invalid quantity: " + original);
        }
        return (int) n;
    }

    /** {@return the spec form: {@code "?"}, {@code "*"}, {@code "+"} or an Integer} */
    public Object toSpecValue() {
        if (equals(ZERO_OR_ONE)) return "?";
        if (equals(ZERO_OR_MANY)) return "*";
        if (equals(ONE_OR_MANY)) return "+";
        if (min == max) return min;
        throw new SpecException("quantity " + this + " has no spec form");
    }

    /** {@return true when at least one instance must be present} */
    public boolean isRequired() {
        return min > 0;
    }

    /**
     * {@return true when {@code count} instances satisfy this quantity}
     *
     * @param count a number of instances
     */
    public boolean allows(int count) {
        return count >= min && count <= max;
    }

    @Override
    public String toString() {
        return max == UNBOUNDED ? min + "..*" : min == max ? Integer.toString(min) : min + ".." + max;
    }
}

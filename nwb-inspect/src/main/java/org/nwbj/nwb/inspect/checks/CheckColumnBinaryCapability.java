package org.nwbj.nwb.inspect.checks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * A column the user added (not one the table type defines) holding only two values such as 0/1, 'yes'/'no' or
 * 'hit'/'miss' (in its first 200 rows) could be boolean, one byte per value.
 */
public final class CheckColumnBinaryCapability extends Check {
    /** The check nwbinspector names {@code check_column_binary_capability}. */
    public CheckColumnBinaryCapability() {
        super("check_column_binary_capability", Importance.BEST_PRACTICE_SUGGESTION, "DynamicTable");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (String name : Tables.columns(o)) {
            Dataset c = o.dataset(name);
            if (c == null || o.specDeclares(name) || Tables.isIndex(c) || c.type().size() == 1) {
                continue;
            }
            boolean numeric = NeurodataObject.isNumeric(c);
            boolean text = c.type() instanceof org.nwbj.hdf5.type.StringType;
            if (!numeric && !text) {
                continue;
            }
            Object[] values = NeurodataObject.values(c, 200);
            if (values == null) {
                continue;
            }
            java.util.TreeSet<String> unique = new java.util.TreeSet<>();
            java.util.TreeSet<Double> numbers = new java.util.TreeSet<>();
            for (Object v : values) {
                if (numeric && v instanceof Number n) {
                    numbers.add(n.doubleValue());
                } else if (v instanceof String s) {
                    unique.add(s);
                }
            }
            boolean floats = c.type() instanceof org.nwbj.hdf5.type.FloatType;
            String shown;
            if (numeric) {
                if (!numbers.equals(new java.util.TreeSet<>(Arrays.asList(0.0, 1.0)))) {
                    continue;
                }
                shown = floats ? "[0. 1.]" : "[0 1]";
            } else {
                if (unique.size() != 2 || PAIRS.stream().noneMatch(p -> p.equals(unique))) {
                    continue;
                }
                shown = "['" + unique.first() + "' '" + unique.last() + "']";
            }
            long[] shape = NeurodataObject.shapeOf(c);
            long count = 1;
            for (long d : shape) {
                count *= d;
            }
            long itemBytes = numeric ? c.type().size() : 8; // numpy holds h5py's strings as 8-byte object pointers
            String kind = numeric ? (floats ? "floats" : "integers") : "object";
            out.add("Column '" + name + "' uses '" + kind + "' but has binary values " + shown + ". Consider making it "
                    + "boolean instead and renaming the column to start with 'is_'; doing so will save "
                    + byteSize((itemBytes - 1) * count) + ".");
        }
    }

    private static final List<Set<String>> PAIRS = Arrays.asList(pair("yes", "no"), pair("y", "n"),
            pair("true", "false"), pair("t", "f"), pair("hit", "miss"));

    private static Set<String> pair(String a, String b) {
        return new java.util.TreeSet<>(Arrays.asList(a, b));
    }

    /** nwbinspector's {@code format_byte_size}: SI prefixes, two decimals. */
    static String byteSize(double bytes) {
        String[] prefixes = {"", "K", "M", "G", "T", "P", "E", "Z"};
        double n = bytes;
        for (String p : prefixes) {
            if (Math.abs(n) < 1000.0) {
                return String.format(Locale.ROOT, "%3.2f%sB", n, p);
            }
            n /= 1000.0;
        }
        return String.format(Locale.ROOT, "%.2fYB", n);
    }
}

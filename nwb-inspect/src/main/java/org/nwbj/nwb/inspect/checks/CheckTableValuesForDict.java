package org.nwbj.nwb.inspect.checks;

import java.util.List;
import java.util.regex.Pattern;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * No text column holds a Python or JSON dictionary written as a string (in its first 200 values).
 */
public final class CheckTableValuesForDict extends Check {
    /** The check nwbinspector names {@code check_table_values_for_dict}. */
    public CheckTableValuesForDict() {
        super("check_table_values_for_dict", Importance.BEST_PRACTICE_VIOLATION, "DynamicTable");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (String name : Tables.columns(o)) {
            Dataset c = o.dataset(name);
            if (c == null || Tables.isIndex(c) || !(c.type() instanceof org.nwbj.hdf5.type.StringType)) {
                continue;
            }
            Object[] values = NeurodataObject.values(c, 200);
            for (Object v : values == null ? new Object[0] : values) {
                if (v instanceof String s && DICT.matcher(s).find()) {
                    out.add("The column '" + name + "' contains a string value that contains a dictionary! Please unpack "
                            + "dictionaries as additional rows or columns of the table."
                            + (Tables.isJsonObject(s) ? " This string is also JSON loadable, so call `json.loads(...)` on the "
                            + "string to unpack." : ""));
                }
            }
        }
    }

    /** nwbinspector's test for a dictionary in a string: braces around a colon on one line. */
    private static final Pattern DICT = Pattern.compile("(\\{.+:.+\\})");
}

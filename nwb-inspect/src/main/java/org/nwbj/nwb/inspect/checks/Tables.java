package org.nwbj.nwb.inspect.checks;

import java.util.ArrayList;
import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.NeurodataObject;

/** Reads of DynamicTables shared by the table checks. */
final class Tables {
    private Tables() {
    }

    /** The number of rows (the length of {@code id}), or -1 when the object is no table or has no id. */
    static long rows(NeurodataObject table) {
        if (table == null) {
            return -1;
        }
        long[] id = table.shape("id");
        return id == null || id.length == 0 ? -1 : id[0];
    }

    /** The table's column names, as its {@code colnames} attribute lists them. */
    static List<String> columns(NeurodataObject table) {
        List<String> out = new ArrayList<>();
        Object v = table.attribute("colnames");
        if (v instanceof String s) {
            out.add(s);
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** True when a dataset is a VectorIndex (the index of a ragged column). */
    static boolean isIndex(Dataset d) {
        Object t = NeurodataObject.attributeOf(d, "neurodata_type");
        return "VectorIndex".equals(t == null ? NeurodataObject.attributeOf(d, "data_type") : t);
    }

    /** True when values never decrease, NaN left out. */
    static boolean ascending(double[] v) {
        double last = Double.NaN;
        for (double d : v) {
            if (Double.isNaN(d)) {
                continue;
            }
            if (d < last) {
                return false;
            }
            last = d;
        }
        return true;
    }

    /** True when the text is a JSON document (what {@code json.loads} accepts, NaN and Infinity included). */
    static boolean isJsonObject(String s) {
        Json j = new Json(s);
        return j.value() && j.end();
    }

    /** A JSON syntax check by recursive descent; depth is bounded by the text's length. */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        boolean end() {
            ws();
            return i == s.length();
        }

        private void ws() {
            while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        private boolean lit(String w) {
            if (s.startsWith(w, i)) {
                i += w.length();
                return true;
            }
            return false;
        }

        boolean value() {
            ws();
            if (i >= s.length()) {
                return false;
            }
            char c = s.charAt(i);
            if (c == '{') {
                return container('}', true);
            }
            if (c == '[') {
                return container(']', false);
            }
            if (c == '"') {
                return string();
            }
            if (lit("true") || lit("false") || lit("null") || lit("NaN") || lit("Infinity") || lit("-Infinity")) {
                return true;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (i == start) {
                return false;
            }
            try {
                Double.parseDouble(s.substring(start, i));
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private boolean container(char close, boolean object) {
            i++;
            ws();
            if (i < s.length() && s.charAt(i) == close) {
                i++;
                return true;
            }
            while (true) {
                if (object) {
                    ws();
                    if (i >= s.length() || s.charAt(i) != '"' || !string()) {
                        return false;
                    }
                    ws();
                    if (!lit(":")) {
                        return false;
                    }
                }
                if (!value()) {
                    return false;
                }
                ws();
                if (lit(",")) {
                    continue;
                }
                return lit(String.valueOf(close));
            }
        }

        private boolean string() {
            i++;
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return true;
                }
                if (c == '\\') {
                    i++;
                } else if (c < 0x20) {
                    return false;
                }
            }
            return false;
        }
    }
}

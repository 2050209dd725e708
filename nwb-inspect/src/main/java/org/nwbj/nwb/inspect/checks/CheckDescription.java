package org.nwbj.nwb.inspect.checks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * Every object whose type has a {@code description}: it is given and not a placeholder such as
 * 'no description' (pynwb writes that default for a TimeSeries).
 */
public final class CheckDescription extends Check {
    /** The check nwbinspector names {@code check_description}. */
    public CheckDescription() {
        super("check_description", Importance.BEST_PRACTICE_SUGGESTION, null);
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        if (!o.specDeclares("description")) {
            return;
        }
        String d = o.text("description");
        if (d == null && o.field("description") == null && o.specDefault("description") instanceof String def) {
            d = def;
        }
        if (d == null || d.replace(" ", "").isEmpty()) {
            out.add("Description is missing.");
            return;
        }
        if (PLACEHOLDERS.contains(stripDots(d.toLowerCase(Locale.ROOT)))) {
            out.add("Description ('" + d + "') is a placeholder.");
        }
    }

    private static final List<String> PLACEHOLDERS = Arrays.asList("no description", "no desc", "none", "placeholder");

    /** Python's {@code str.strip(".")}. */
    static String stripDots(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '.') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '.') {
            b--;
        }
        return s.substring(a, b);
    }
}

package org.nwbj.nwb.inspect.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO 8601 durations as subject ages use them ('P90D', 'P2Y6M', 'PT12H'). */
final class Durations {
    private static final Pattern DURATION = Pattern.compile("^P(?!$)(\\d+(?:\\.\\d+)?Y)?(\\d+(?:\\.\\d+)?M)?"
            + "(\\d+(?:\\.\\d+)?W)?(\\d+(?:\\.\\d+)?D)?(T(?=\\d)(\\d+(?:\\.\\d+)?H)?(\\d+(?:\\.\\d+)?M)?"
            + "(\\d+(?:\\.\\d+)?S)?)?$");
    private static final double DAY = 86400;

    private Durations() {
    }

    static boolean isDuration(String s) {
        return DURATION.matcher(s).matches();
    }

    /** The length in seconds, years and months taken at their average length. */
    static double seconds(String s) {
        Matcher m = DURATION.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO 8601 duration: " + s);
        }
        double[] unit = {0, 365.2425 * DAY, 30.436875 * DAY, 7 * DAY, DAY, 0, 3600, 60, 1};
        double total = 0;
        for (int g = 1; g <= 8; g++) {
            String part = m.group(g);
            if (part != null && g != 5) {
                total += Double.parseDouble(part.substring(0, part.length() - 1)) * unit[g];
            }
        }
        return total;
    }
}

package org.nwbj.nwb.schema;

/** Orders specification version strings such as {@code 2.6.0-alpha}, {@code 2.0b} and {@code 1.10.0}. */
public final class Versions {
    private Versions() {
    }

    /**
     * Compares two versions part by part (parts split at dots and dashes), numerically where both parts are
     * numbers; a release is newer than its pre-release ({@code 2.6.0} after {@code 2.6.0-alpha}).
     *
     * @param a a version
     * @param b another version
     * @return negative, zero or positive as {@code a} is older than, equal to or newer than {@code b}
     */
    public static int compare(String a, String b) {
        String[] x = a.split("[.\\-]");
        String[] y = b.split("[.\\-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return y[i].matches("\\d+") ? -1 : 1;
            }
            if (i >= y.length) {
                return x[i].matches("\\d+") ? 1 : -1;
            }
            int c;
            if (x[i].matches("\\d{1,18}") && y[i].matches("\\d{1,18}")) {
                c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * {@return true when {@code version} is older than {@code than}}
     *
     * @param version a version
     * @param than the version to compare with
     */
    public static boolean before(String version, String than) {
        return compare(version, than) < 0;
    }
}

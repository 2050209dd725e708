package org.nwbj.nwb;

/** Checks on container names shared by the typed classes. */
final class Names {
    private Names() {
    }

    static String check(String name, String what) {
        if (name == null || name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("a " + what + " name must be non-empty and contain no '/': " + name);
        }
        return name;
    }
}

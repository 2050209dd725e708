package org.nwbj.nwb.inspect.checks;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Comparisons of an ISO 8601 session time, in its own time zone when it has one (as Python compares them). */
final class SessionTimes {
    private SessionTimes() {
    }

    /** Negative, zero or positive as the time is before, at or after midnight of the date; 1 when unparsable. */
    static int compareTo(String iso, int year, int month, int day) {
        LocalDateTime local = local(iso);
        return local == null ? 1 : local.compareTo(LocalDateTime.of(year, month, day, 0, 0));
    }

    /** True when the time is now or later; false when unparsable. */
    static boolean isFuture(String iso) {
        try {
            return !OffsetDateTime.parse(iso).isBefore(OffsetDateTime.now());
        } catch (DateTimeParseException e) {
            LocalDateTime local = local(iso);
            return local != null && !local.isBefore(LocalDateTime.now());
        }
    }

    /** The wall-clock time of the text (its offset dropped), or null. */
    private static LocalDateTime local(String iso) {
        try {
            return OffsetDateTime.parse(iso).toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}

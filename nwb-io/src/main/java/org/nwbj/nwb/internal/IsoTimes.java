package org.nwbj.nwb.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Date-times as NWB files store them: Python's {@code datetime.isoformat()} text. */
public final class IsoTimes {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private IsoTimes() {
    }

    /**
     * Formats like Python's isoformat: microseconds only when not zero, the offset always as {@code +hh:mm}
     * (never {@code Z}), so that files match pynwb's byte for byte.
     */
    public static String format(OffsetDateTime t) {
        OffsetDateTime micros = t.truncatedTo(ChronoUnit.MICROS);
        return (micros.getNano() == 0 ? SECONDS : MICROS).format(micros);
    }

    /** Parses ISO 8601 with an offset; text without one (older files) is taken as UTC. */
    public static OffsetDateTime parse(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                e.addSuppressed(e2);
                throw e;
            }
        }
    }
}

package org.nwbj.nwb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IsoTimesTest {
    @Test
    void formatsAsPythonsIsoformat() {
        assertThat(IsoTimes.format(OffsetDateTime.of(2017, 4, 3, 11, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2017-04-03T11:00:00+00:00");
        assertThat(IsoTimes.format(OffsetDateTime.of(2026, 11, 25, 13, 36, 17, 61127000, ZoneOffset.ofHours(-5))))
                .isEqualTo("2026-11-25T13:36:17.061127-05:00");
        // Python keeps microseconds only
        assertThat(IsoTimes.format(OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 999, ZoneOffset.ofHoursMinutes(5, 30))))
                .isEqualTo("2020-01-01T00:00:00+05:30");
    }

    @Test
    void readsTextWithoutOffsetAsUtc() {
        assertThat(IsoTimes.parse("2017-04-03T11:00:00")).isEqualTo(OffsetDateTime.of(2017, 4, 3, 11, 0, 0, 0,
                ZoneOffset.UTC));
    }

    @Property
    void parseUndoesFormatToTheMicrosecond(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
            @ForAll @IntRange(min = -12 * 60, max = 14 * 60) int offsetMinutes) {
        OffsetDateTime t = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos),
                ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        String text = IsoTimes.format(t);
        assertThat(text).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?[+-]\\d\\d:\\d\\d");
        assertThat(IsoTimes.parse(text)).isEqualTo(t.truncatedTo(ChronoUnit.MICROS));
    }
}

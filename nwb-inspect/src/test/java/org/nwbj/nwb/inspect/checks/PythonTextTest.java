package org.nwbj.nwb.inspect.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The helpers that make messages read as nwbinspector's: Python's text of values, durations, JSON detection. */
class PythonTextTest {
    @Test
    void floatsAsPythonReprsThem() {
        assertThat(Py.repr(0.0)).isEqualTo("0.0");
        assertThat(Py.repr(10.0)).isEqualTo("10.0");
        assertThat(Py.repr(0.1)).isEqualTo("0.1");
        assertThat(Py.repr(1e-5)).isEqualTo("1e-05");
        assertThat(Py.repr(0.0001)).isEqualTo("0.0001");
        assertThat(Py.repr(1.5e16)).isEqualTo("1.5e+16");
        assertThat(Py.repr(123456789.0)).isEqualTo("123456789.0");
        assertThat(Py.repr(-2.5)).isEqualTo("-2.5");
        assertThat(Py.repr(Double.NaN)).isEqualTo("nan");
        assertThat(Py.number(3L)).isEqualTo("3");
    }

    @Test
    void datesAndTuplesAsPythonPrintsThem() {
        assertThat(Py.datetime("2020-01-01T12:00:00-05:00")).isEqualTo("2020-01-01 12:00:00-05:00");
        assertThat(Py.datetime("2020-01-01T12:00:00.5+00:00")).isEqualTo("2020-01-01 12:00:00.500000+00:00");
        assertThat(Py.tuple(new long[] {8, 8})).isEqualTo("(8, 8)");
        assertThat(Py.tuple(new long[] {8})).isEqualTo("(8,)");
    }

    @Test
    void isoDurations() {
        assertThat(Durations.isDuration("P90D")).isTrue();
        assertThat(Durations.isDuration("P2Y6M")).isTrue();
        assertThat(Durations.isDuration("PT12H")).isTrue();
        assertThat(Durations.isDuration("P")).isFalse();
        assertThat(Durations.isDuration("90 days")).isFalse();
        assertThat(Durations.seconds("P1D")).isEqualTo(86400.0);
        assertThat(Durations.seconds("P1W")).isGreaterThan(Durations.seconds("P6D"));
        assertThat(Durations.seconds("PT1M")).isEqualTo(60.0);
    }

    @Test
    void jsonObjectsAreRecognised() {
        assertThat(Tables.isJsonObject("{\"a\": 1, \"b\": [true, null, 2.5e3]}")).isTrue();
        assertThat(Tables.isJsonObject("{'a': 1}")).isFalse();
        assertThat(Tables.isJsonObject("{\"a\": 1")).isFalse();
        assertThat(Tables.isJsonObject("{\"a\": 1} x")).isFalse();
    }

    @Test
    void windowsAndPosixAbsolutePaths() {
        assertThat(ExternalFiles.isAbsolute("/data/m.avi")).isTrue();
        assertThat(ExternalFiles.isAbsolute("C:\\m.avi")).isTrue();
        assertThat(ExternalFiles.isAbsolute("movies/m.avi")).isFalse();
        assertThat(CheckDescription.stripDots("..no description.")).isEqualTo("no description");
    }
}

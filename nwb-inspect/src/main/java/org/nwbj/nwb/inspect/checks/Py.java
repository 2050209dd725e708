package org.nwbj.nwb.inspect.checks;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.StringJoiner;

/** Python's text for values, so messages read as nwbinspector prints them. */
final class Py {
    private Py() {
    }

    /** {@code repr(float)}: {@code 1.0}, {@code 0.0001}, {@code 1e-05}, {@code 1.5e+16}, {@code nan}. */
    static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale();
        String sign = d < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain = bd.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** A number as Python shows it: integers without a fraction, others as {@link #repr(double)}. */
    static String number(Object v) {
        if (v instanceof Long || v instanceof Integer) {
            return v.toString();
        }
        return v instanceof Number n ? repr(n.doubleValue()) : String.valueOf(v);
    }

    /** {@code str(tuple_of_int)}: {@code (8, 8)}, {@code (8,)}, {@code ()}. */
    static String tuple(long[] v) {
        StringJoiner j = new StringJoiner(", ", "(", v.length == 1 ? ",)" : ")");
        for (long x : v) {
            j.add(Long.toString(x));
        }
        return j.toString();
    }

    /** {@code str(list_of_str)}: {@code ['a', 'b']}. */
    static String strList(List<String> items) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (String s : items) {
            j.add("'" + s + "'");
        }
        return j.toString();
    }

    /**
     * {@code str(datetime)} of an ISO 8601 text: {@code 2020-01-01 12:00:00-05:00}, microseconds when there are
     * any ({@code 12:00:00.500000}); the text itself when unparsable.
     */
    static String datetime(String iso) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(iso);
            return wallClock(t.toLocalDateTime()) + (t.getOffset().getTotalSeconds() == 0 ? "+00:00"
                    : t.getOffset().getId());
        } catch (DateTimeParseException e) {
            try {
                return wallClock(LocalDateTime.parse(iso));
            } catch (DateTimeParseException e2) {
                return iso;
            }
        }
    }

    private static String wallClock(LocalDateTime t) {
        String s = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d", t.getYear(),
                t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        return micros == 0 ? s : s + String.format(java.util.Locale.ROOT, ".%06d", micros);
    }
}

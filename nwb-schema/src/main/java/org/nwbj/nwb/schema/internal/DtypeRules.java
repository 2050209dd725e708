package org.nwbj.nwb.schema.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.nwbj.nwb.schema.BasicType;
import org.nwbj.nwb.schema.Dtype;
import org.nwbj.nwb.schema.StoredType;

/**
 * Which stored types satisfy a spec dtype, following the conversions the Python reference validator accepts: a
 * wider integer of the same signedness, float64 for float32, ASCII for text, any integer or float for numeric, and
 * text in ISO 8601 form for isodatetime.
 */
public final class DtypeRules {
    private static final Pattern ISO_8601 = Pattern.compile(
            "^-?\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])"
                    + "(T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)?)?$");

    private DtypeRules() {
    }

    /** True when {@code stored} can hold values of the spec dtype {@code expected}; {@code value} may be null. */
    public static boolean allows(Dtype expected, StoredType stored, Object value) {
        if (expected == null) {
            return true;
        }
        if (expected instanceof Dtype.Simple s) {
            return stored instanceof StoredType.Basic b && allows(s.type(), b.type(), value);
        }
        if (expected instanceof Dtype.Reference r) {
            return stored instanceof StoredType.Ref ref && ref.refType() == r.refType();
        }
        List<Dtype.Field> want = ((Dtype.Compound) expected).fields();
        if (!(stored instanceof StoredType.Compound c) || c.fields().size() < want.size()) {
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            if (!allows(want.get(i).dtype(), c.fields().get(i).type(), null)) {
                return false;
            }
        }
        return true;
    }

    static boolean allows(BasicType expected, BasicType stored, Object value) {
        switch (expected) {
            case NUMERIC:
                return stored.isNumeric();
            case TEXT:
                return stored == BasicType.TEXT || stored == BasicType.ASCII || stored == BasicType.ISODATETIME;
            case ASCII:
                return stored == BasicType.ASCII;
            case BOOL:
                return stored == BasicType.BOOL;
            case ISODATETIME:
                return (stored == BasicType.TEXT || stored == BasicType.ASCII || stored == BasicType.ISODATETIME)
                        && isoValues(value);
            case FLOAT32:
                return stored.isFloat();
            case FLOAT64:
                return stored == BasicType.FLOAT64;
            default:
                return stored.isInteger() && stored.isUnsigned() == expected.isUnsigned()
                        && stored.byteSize() >= expected.byteSize();
        }
    }

    private static boolean isoValues(Object value) {
        if (value instanceof CharSequence s) {
            return ISO_8601.matcher(s).matches();
        }
        if (value instanceof List<?> l) {
            return l.stream().allMatch(DtypeRules::isoValues);
        }
        if (value instanceof Object[] a) {
            return Lists.of(a).stream().allMatch(DtypeRules::isoValues);
        }
        return true; // not read or not text: nothing to check
    }
}

package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The SpatialSeries of a CompassDirection are angles: unit 'degrees' or 'radians'.
 */
public final class CheckCompassDirectionUnit extends Check {
    /** The check nwbinspector names {@code check_compass_direction_unit}. */
    public CheckCompassDirectionUnit() {
        super("check_compass_direction_unit", Importance.BEST_PRACTICE_VIOLATION, "CompassDirection");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        for (NeurodataObject s : o.children()) {
            if (!s.isA("SpatialSeries")) {
                continue;
            }
            Dataset data = s.dataset("data");
            Object unit = data == null ? null : NeurodataObject.attributeOf(data, "unit");
            if (!"degrees".equals(unit) && !"radians".equals(unit)) {
                out.add("SpatialSeries objects inside a CompassDirection object should be angular and should have a unit of "
                        + "'degrees' or 'radians', but '" + s.name() + "' has units '" + unit + "'.");
            }
        }
    }
}

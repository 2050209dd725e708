package org.nwbj.nwb.inspect.checks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.nwbj.hdf5.Dataset;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The order_of_images of an Images container names each image once.
 */
public final class CheckOrderOfImagesUnique extends Check {
    /** The check nwbinspector names {@code check_order_of_images_unique}. */
    public CheckOrderOfImagesUnique() {
        super("check_order_of_images_unique", Importance.BEST_PRACTICE_VIOLATION, "Images");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        Dataset order = o.dataset("order_of_images");
        Object[] refs = order == null ? null : NeurodataObject.values(order, -1);
        if (refs != null && new HashSet<>(Arrays.asList(refs)).size() != refs.length) {
            out.add("order_of_images should have unique values.");
        }
    }
}

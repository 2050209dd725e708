package org.nwbj.nwb.inspect.checks;

import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The order_of_images of an Images container is as long as the number of its images.
 */
public final class CheckOrderOfImagesLen extends Check {
    /** The check nwbinspector names {@code check_order_of_images_len}. */
    public CheckOrderOfImagesLen() {
        super("check_order_of_images_len", Importance.BEST_PRACTICE_VIOLATION, "Images");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        long[] order = o.shape("order_of_images");
        if (order == null || order.length == 0) {
            return;
        }
        int images = 0;
        for (NeurodataObject c : o.children()) {
            if (c.isA("Image")) {
                images++;
            }
        }
        if (order[0] != images) {
            out.add("Length of order_of_images (" + order[0] + ") does not match the number of images (" + images + ").");
        }
    }
}

package org.nwbj.nwb.inspect.checks;

import java.util.Arrays;
import java.util.List;
import org.nwbj.nwb.inspect.Check;
import org.nwbj.nwb.inspect.Importance;
import org.nwbj.nwb.inspect.NeurodataObject;

/**
 * The image masks of a PlaneSegmentation have the frame shape of each of its reference images.
 */
public final class CheckPlaneSegmentationImageMaskShapeAgainstRefImages extends Check {
    /** The check nwbinspector names {@code check_plane_segmentation_image_mask_shape_against_ref_images}. */
    public CheckPlaneSegmentationImageMaskShapeAgainstRefImages() {
        super("check_plane_segmentation_image_mask_shape_against_ref_images", Importance.BEST_PRACTICE_VIOLATION, "PlaneSegmentation");
    }

    @Override
    public void check(NeurodataObject o, List<String> out) {
        long[] mask = o.shape("image_mask");
        if (mask == null || !Tables.columns(o).contains("image_mask")) {
            return;
        }
        long[] maskFrame = Arrays.copyOfRange(mask, Math.min(1, mask.length), mask.length);
        for (String name : o.childNames("reference_images")) {
            long[] ref = o.shape("reference_images/" + name + "/data");
            if (ref == null) {
                continue;
            }
            long[] refFrame = Arrays.copyOfRange(ref, Math.min(1, ref.length), ref.length);
            if (!Arrays.equals(maskFrame, refFrame)) {
                out.add("image_mask of shape " + Py.tuple(maskFrame) + " does not match reference image " + name
                        + " with shape " + Py.tuple(refFrame) + ".");
            }
        }
    }
}

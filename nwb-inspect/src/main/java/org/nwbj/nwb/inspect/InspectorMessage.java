package org.nwbj.nwb.inspect;

/**
 * One finding, with nwbinspector's fields.
 *
 * @param checkName the check's name, as nwbinspector's function ({@code check_data_orientation})
 * @param objectType the neurodata type of the object the check looked at
 * @param objectName the object's name ({@code root} for the file)
 * @param location the object's path as nwbinspector reports it, or {@code null} where it reports none
 * @param filePath the file, as given to the inspector
 * @param importance how much the finding matters
 * @param message what was found, in nwbinspector's words for the check
 */
public record InspectorMessage(String checkName, Importance importance, String message, String objectType,
        String objectName, String location, String filePath) {
}

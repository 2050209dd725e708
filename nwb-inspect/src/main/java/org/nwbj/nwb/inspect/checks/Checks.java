package org.nwbj.nwb.inspect.checks;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.nwbj.nwb.inspect.Check;

/** Every check nwbj implements, one instance each. */
public final class Checks {
    private Checks() {
    }

    /** {@return fresh instances of every implemented check, sorted by name} */
    public static List<Check> all() {
        return Collections.unmodifiableList(Arrays.asList(
                new CheckColNotNan(),
                new CheckColumnBinaryCapability(),
                new CheckCompassDirectionUnit(),
                new CheckDataOrientation(),
                new CheckDescription(),
                new CheckDoiPublications(),
                new CheckDynamicTableRegionDataValidity(),
                new CheckElectricalSeriesDims(),
                new CheckElectricalSeriesReferenceElectrodesTable(),
                new CheckEmptyStringForOptionalAttribute(),
                new CheckEmissionLambdaInNm(),
                new CheckEmptyTable(),
                new CheckExcitationLambdaInNm(),
                new CheckExperimentDescription(),
                new CheckExperimenterExists(),
                new CheckExperimenterForm(),
                new CheckIdsUnique(),
                new CheckImageSeriesDataSize(),
                new CheckImageSeriesExternalFileRelative(),
                new CheckImageSeriesExternalFileValid(),
                new CheckIndexSeriesPointsToImage(),
                new CheckInstitution(),
                new CheckIntracellularElectrodeCellIdExists(),
                new CheckKeywords(),
                new CheckLargeDatasetCompression(),
                new CheckMissingUnit(),
                new CheckNameSlashes(),
                new CheckNegativeSpikeTimes(),
                new CheckOptogeneticStimulusSiteHasOptogeneticSeries(),
                new CheckOrderOfImagesLen(),
                new CheckOrderOfImagesUnique(),
                new CheckPlaneSegmentationImageMaskShapeAgainstRefImages(),
                new CheckProcessingModuleName(),
                new CheckRateIsNotZero(),
                new CheckRegularTimestamps(),
                new CheckResolution(),
                new CheckRoiResponseSeriesDims(),
                new CheckRoiResponseSeriesLinkToPlaneSegmentation(),
                new CheckSessionStartTimeFutureDate(),
                new CheckSessionStartTimeOldDate(),
                new CheckSingleRow(),
                new CheckSmallDatasetCompression(),
                new CheckSpatialSeriesDegreesMagnitude(),
                new CheckSpatialSeriesDims(),
                new CheckSpikeTimesNotInUnobservedInterval(),
                new CheckSpatialSeriesRadiansMagnitude(),
                new CheckSubjectAge(),
                new CheckSubjectExists(),
                new CheckSubjectIdExists(),
                new CheckSubjectProperAgeRange(),
                new CheckSubjectSex(),
                new CheckSubjectSpeciesExists(),
                new CheckSubjectSpeciesForm(),
                new CheckTableTimeColumnsAreNotNegative(),
                new CheckTableValuesForDict(),
                new CheckTimeIntervalTimeColumns(),
                new CheckTimeIntervalsStopAfterStart(),
                new CheckTimestampOfTheFirstSampleIsNotNegative(),
                new CheckTimestampsAscending(),
                new CheckTimestampsMatchFirstDimension(),
                new CheckTimestampsWithoutNans()));
    }
}

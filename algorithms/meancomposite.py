"""terrascope:meancomposite: the per-pixel mean of the valid, cloud-free observations of a time series."""


from qgis.core import QgsProcessingParameterRasterDestination

from ..core.meancomposite import mean_composite
from ..core.masking import DEFAULT_CLASSES, DILATABLE_CLASSES
from .base import (
    COG,
    GROUP_TIMESERIES,
    FeedbackProgress,
    add_cog_parameter,
    geotiff_output,
    run_core,
    style_output_on_load,
)
from .series_parameters import (
    SeriesAlgorithm,
    add_period_parameter,
    add_series_parameters,
    add_target_grid_parameters,
    class_list,
    period_from_parameters,
    series_from_parameters,
)
from .styles import COUNT, default_style, series_label

class MeanCompositeAlgorithm(SeriesAlgorithm):
    """Mean of the valid observations per pixel over the dates, and their number."""

    ALGORITHM_ID = "meancomposite"
    GROUP_ID = GROUP_TIMESERIES

    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def displayName(self):  # noqa: N802 (Qt naming)
        return self.tr("Mean composite")

    def tags(self):
        return self.tr("terrascope,sentinel-2,composite,mean,average,cloud free,time series,scl,cloud mask,"
                       "dilation,buffer,ndvi,count").split(",")

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        return self.tr(
            "The cloud-free mean of a time series: for each pixel, the average of its valid observations "
            "over the input dates, and optionally how many there were.\n\n"
            "Inputs: Terrascope GeoTIFFs of one content (e.g. every NDVI_10M of a tile over a season) on one "
            "grid. Inputs of another content, CRS or grid are refused with the names of the offending files "
            "('Find products' lists matching files), unless a target grid is set.\n\n"
            "Any area (advanced 'Target extent', 'Target CRS', 'Target resolution'): set any of them and the "
            "inputs may come from several tiles and UTM zones. Each input is masked on its own grid, then "
            "put onto the target grid by nearest neighbour; one acquisition (mission and time) seen in two "
            "overlapping tiles is one observation: where both are valid the tile first in file name order "
            "wins, and the number of valid observations counts it once. A target in the inputs' own CRS and "
            "resolution lies exactly on their pixels and gives there exactly the single-tile result.\n\n"
            "Valid observations, per date:\n"
            "• the DN is not the nodata value and lies in the valid range (e.g. NDVI 0–250: the nodata 255 "
            "and 251–254 are left out);\n"
            "• the pixel's scene classification (SCL) is not one of the 'Scene classification classes to "
            "mask'. The SCL is the file …_SCENECLASSIFICATION_20M_… beside each input (in the same folder, "
            "or in the sibling 20M folder of a biophysical product), put onto the input's grid by nearest "
            "neighbour (the 20 m SCL on 10 m inputs). SCL 0 (no data) is a class like the others although "
            "the files do not declare it. Default classes: {defaults}. Choose no class to average every "
            "valid DN without any SCL;\n"
            "• with 'Grow clouds and shadows by (m)' set to d metres, pixels within d metres (rounded to "
            "whole pixels, centre to centre: a disk) of a pixel of a chosen cloud or shadow class "
            "({dilatable}) are left out too. Snow, no data and saturated pixels are never grown. The "
            "advanced 'SCL mask method' offers openEO's two-kernel buffer instead (see its help).\n\n"
            "Values: with 'Scale to physical values' ticked (default), the mean of physical values, value = "
            "scale × DN + offset from the product table (e.g. NDVI = DN/250 − 0.08); unticked, the mean of "
            "the DNs. Either way the output is Float32 with nodata NaN where a pixel has no valid "
            "observation.\n\n"
            "Number of valid observations (optional): UInt16, how many valid observations each pixel had; 0 "
            "means none (no nodata is declared).\n\n"
            "Advanced 'One band per period': a composite per year, season, month or dekad in one run, one "
            "band per period with at least one date, in time order, described by its period (2020-06, "
            "2020 JJA, 2020-06 d2); the number of valid observations likewise.\n\n"
            "Memory and safety: the work streams window by window over the dates on all cores, so memory "
            "does not grow with the number of dates or the raster size. Outputs are tiled, compressed "
            "GeoTIFFs on the inputs' (or the target) grid, written to temporary files and put in place only "
            "when complete: a failure or a cancel leaves no partial output and never replaces an existing file."
        ).replace("{defaults}", class_list(DEFAULT_CLASSES)).replace("{dilatable}", class_list(DILATABLE_CLASSES))

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        add_series_parameters(self, preset=True)
        add_target_grid_parameters(self)

        output = QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Mean composite"))
        output.setHelp(self.tr(
            "Float32 GeoTIFF: the mean of the valid observations per pixel (physical values with 'Scale to "
            "physical values' ticked, DNs without); NaN where there is none."))
        self.addParameter(output)

        count = QgsProcessingParameterRasterDestination(
            self.COUNT, self.tr("Number of valid observations"), optional=True, createByDefault=False)
        count.setHelp(self.tr(
            "Optional UInt16 GeoTIFF: how many dates had a valid, unmasked observation of each pixel "
            "(0 = none)."))
        self.addParameter(count)
        add_period_parameter(self)
        add_cog_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (Qt naming)
        output = geotiff_output(self, parameters, self.OUTPUT, context)
        count = geotiff_output(self, parameters, self.COUNT, context) or None
        period = period_from_parameters(self, parameters, context)

        with series_from_parameters(self, parameters, context, feedback) as series:
            result = run_core(mean_composite, series, output, count, progress=FeedbackProgress(feedback),
                              cog=self.parameterAsBool(parameters, COG, context), period=period)
            label = series_label(series)

        feedback.pushInfo(self.tr("Mean of {} dates written to {}").format(result.dates, output))
        if result.periods:
            feedback.pushInfo(self.tr("One band per period: {}").format(", ".join(result.periods)))
        style_output_on_load(context, output, default_style(result.content, physical=result.physical),
                             self.tr("{series} mean composite").format(series=label))
        if count:
            style_output_on_load(context, count, default_style(COUNT, dates=result.dates),
                                 self.tr("{series} valid observation count").format(series=label))
        return {self.OUTPUT: output, self.COUNT: count}

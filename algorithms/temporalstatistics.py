"""terrascope:temporalstatistics: per-pixel statistics of a masked time series, one band per statistic."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..core import temporalstatistics as core_statistics
from .base import (
    COG,
    GROUP_TIMESERIES,
    FeedbackProgress,
    add_cog_parameter,
    core_errors,
    geotiff_output,
    style_output_on_load,
)
from .series_parameters import (
    SeriesAlgorithm,
    add_period_parameter,
    add_series_parameters,
    add_target_grid_parameters,
    period_from_parameters,
    series_from_parameters,
)
from .styles import default_style, series_label

# The STATISTICS enum: its order is part of the contract (saved models store indices).
STATISTIC_KEYS = core_statistics.STATISTICS  # mean, median, minimum, maximum, std, count, percentiles, best_pixel


class TemporalStatisticsAlgorithm(SeriesAlgorithm):
    """Mean, median, minimum, maximum, standard deviation, count, percentiles, best pixel by max NDVI."""

    ALGORITHM_ID = "temporalstatistics"
    GROUP_ID = GROUP_TIMESERIES

    STATISTICS = "STATISTICS"
    PERCENTILES = "PERCENTILES"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802 (Qt naming)
        return self.tr("Temporal statistics")

    def tags(self):
        return self.tr("terrascope,sentinel-2,time series,median,percentile,minimum,maximum,standard deviation,"
                       "count,best pixel,max ndvi,composite,cloud mask,scl").split(",")

    def statistic_names(self):
        return [
            self.tr("Mean"),
            self.tr("Median"),
            self.tr("Minimum"),
            self.tr("Maximum"),
            self.tr("Standard deviation"),
            self.tr("Count of valid observations"),
            self.tr("Percentiles"),
            self.tr("Best pixel by maximum NDVI"),
        ]

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        return self.tr(
            "Per-pixel statistics of a time series of one Terrascope content on one grid (e.g. every NDVI "
            "image of a tile in a season), after leaving out cloudy and invalid pixels.\n\n"
            "For each pixel, only the valid observations count: the nodata DN and DNs outside the valid "
            "range are left out, and so are pixels whose scene classification (SCL, found beside each "
            "input) is one of the chosen classes, optionally grown around clouds and shadows (or, with the "
            "advanced 'SCL mask method', buffered as openEO's two-kernel mask does).\n\n"
            "Statistics (one output band each, named by its description):\n"
            "• mean — the average of the valid values;\n"
            "• median — the middle value (the mean of the two middle values for an even count);\n"
            "• minimum, maximum — the smallest and largest valid value;\n"
            "• std — the population standard deviation (divided by the count, not count − 1: one "
            "observation gives 0);\n"
            "• count — the number of valid observations (0 where there is none: this band is 0, not "
            "nodata, there);\n"
            "• percentiles — one band per percentile given in Percentiles (p10, p50, p90 …), with linear "
            "interpolation between the two nearest values as numpy's default (p50 is the median, p0 the "
            "minimum, p100 the maximum);\n"
            "• best_pixel — a 'greenest pixel' composite: for a TOC band series (e.g. TOC-B04), the value "
            "on the date whose NDVI is highest, NDVI = (B08 − B04) / (B08 + B04) from the TOC-B04 and "
            "TOC-B08 files of the same product, found beside each input; only dates where the band and "
            "the NDVI are both valid compete, and on a tie the earliest input wins. For an NDVI series it "
            "is the maximum. Other contents are refused.\n\n"
            "The output is a Float32 GeoTIFF on the grid of the inputs with nodata NaN where a pixel has "
            "no valid observation. Advanced 'One band per period': the statistics per year, season, month "
            "or dekad in one run, each over that period's dates: the bands of the first period (in the "
            "order above), then of the next, in time order, described '2020-06 median'. Memory stays bounded for any number of dates: the median and the "
            "percentiles are computed on windows sized so that all dates of a window fit a fixed memory "
            "budget."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        add_series_parameters(self, preset=True)
        add_target_grid_parameters(self)

        statistics = QgsProcessingParameterEnum(
            self.STATISTICS, self.tr("Statistics"), options=self.statistic_names(), allowMultiple=True,
            defaultValue=[0, 1, 5])
        statistics.setHelp(self.tr(
            "Which statistics to compute; each gives one band (percentiles one band per percentile), in "
            "this order: mean, median, minimum, maximum, std (population), count, the percentiles, "
            "best_pixel. Default: mean, median and count."))
        self.addParameter(statistics)

        percentiles = QgsProcessingParameterString(
            self.PERCENTILES, self.tr("Percentiles (0–100, comma-separated)"), defaultValue="10,50,90",
            optional=True)
        percentiles.setHelp(self.tr(
            "The percentiles to compute when 'Percentiles' is chosen, numbers from 0 to 100 separated by "
            "commas, e.g. 10,50,90 or 2.5,97.5. Ignored otherwise."))
        self.addParameter(percentiles)

        output = QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Temporal statistics"))
        output.setHelp(self.tr(
            "Float32 GeoTIFF, one band per statistic with the statistic's name as band description "
            "(mean, median, minimum, maximum, std, count, p10 …, best_pixel), nodata NaN."))
        self.addParameter(output)
        add_period_parameter(self)
        add_cog_parameter(self)

    def checkParameterValues(self, parameters, context):  # noqa: N802 (Qt naming)
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self._choice(parameters, context)
        except QgsProcessingException as error:
            return False, str(error)
        return True, ""

    def _choice(self, parameters, context):
        indices = self.parameterAsEnums(parameters, self.STATISTICS, context)
        if not indices:
            raise QgsProcessingException(self.tr("Choose at least one statistic."))
        chosen = [STATISTIC_KEYS[index] for index in indices]
        percentiles = []
        if core_statistics.PERCENTILES in chosen:
            text = self.parameterAsString(parameters, self.PERCENTILES, context)
            with core_errors():
                percentiles = core_statistics.parse_percentiles(text)
            if not percentiles:
                raise QgsProcessingException(self.tr(
                    "'Percentiles' is chosen but no percentile was given: give numbers from 0 to 100, "
                    "e.g. 10,50,90."))
        return chosen, percentiles

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (Qt naming)
        chosen, percentiles = self._choice(parameters, context)
        output = geotiff_output(self, parameters, self.OUTPUT, context)
        period = period_from_parameters(self, parameters, context)
        with series_from_parameters(self, parameters, context, feedback) as series:
            labels = core_statistics.band_labels(chosen, percentiles)
            with core_errors():
                bands = core_statistics.temporal_statistics(series, chosen, percentiles, output,
                                                            FeedbackProgress(feedback),
                                                            cog=self.parameterAsBool(parameters, COG, context),
                                                            period=period)
            feedback.pushInfo(self.tr("Bands: {}").format(", ".join(bands)))
            style = self._style(labels[0], series)
            name = self.tr("{series} {statistics}").format(series=series_label(series), statistics=", ".join(labels))
        style_output_on_load(context, output, style, name)
        return {self.OUTPUT: output}

    @staticmethod
    def _style(first_band, series):
        """The content's ramp on band 1 when it holds values of the content; the count ramp for count."""
        if first_band == core_statistics.COUNT:
            return default_style("COUNT", dates=len(series.acquisitions))
        if first_band == core_statistics.STD:
            return None
        return default_style(series.content, physical=series.physical)

"""terrascope:histogram: the histogram of a masked series' values, summed over all inputs, as a table
(and optionally a plot)."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import histogram as core_histogram
from .base import GROUP_TIMESERIES, FeedbackProgress, core_errors, raise_if_cancelled, style_output_on_load
from .plots import add_plot_parameter, write_plot
from .series_parameters import SeriesAlgorithm, add_series_parameters, series_by_grid_from_parameters
from .styles import series_label


class HistogramAlgorithm(SeriesAlgorithm):
    """Histogram table (bin_min, bin_max, count) of all valid values of a series; optional plot."""

    ALGORITHM_ID = "histogram"
    GROUP_ID = GROUP_TIMESERIES

    BINS = "BINS"
    MINIMUM = "MINIMUM"
    MAXIMUM = "MAXIMUM"
    OUTPUT = "OUTPUT"
    PLOT = "PLOT"

    def displayName(self):  # noqa: N802 (Qt naming)
        return self.tr("Histogram of a series")

    def tags(self):
        return self.tr("terrascope,sentinel-2,histogram,distribution,frequency,time series,ndvi,cloud mask,"
                       "scl").split(",")

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        return self.tr(
            "Counts the values of every given Terrascope product of one content in equal bins and sums "
            "the counts over all of them — the histogram of a whole time series or of several images at "
            "once.\n\n"
            "The products may lie on different grids (several tiles, UTM zones or resolutions): each is "
            "counted on its own grid, so a place seen by two overlapping tiles counts in both.\n\n"
            "Only valid values count: the nodata DN and DNs outside the valid range are left out, and so "
            "are pixels whose scene classification (SCL, found beside each input) is one of the chosen "
            "classes (advanced: grown around clouds and shadows, or buffered as openEO's two-kernel mask "
            "does).\n\n"
            "Range: from 'Minimum' to 'Maximum' in 'Number of bins' equal bins. Left empty, they default "
            "to the content's physical range (NDVI −0.08 to 0.92, FAPAR and FCOVER 0 to 1, LAI 0 to 10, TOC "
            "reflectance 0 to 1) with 'Scale to physical values' ticked, or to the valid range of the "
            "digital numbers without (NDVI and LAI 0 to 250, FAPAR and FCOVER 0 to 200, TOC 0 to 10000). Every bin holds its lower edge; the "
            "last bin holds its upper edge too. Values outside the range are in no bin: how many fell "
            "below and above it is written to the log.\n\n"
            "Output: a table without geometry, one row per bin, with the fields bin_min, bin_max and "
            "count. Histogram plot (optional): a bar chart, as a PNG image when matplotlib is available "
            "(it ships with QGIS on most systems) or as an HTML page with an SVG chart (no extra library)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        add_series_parameters(self, dilation_advanced=True, preset=True)

        bins = QgsProcessingParameterNumber(
            self.BINS, self.tr("Number of bins"), type=QgsProcessingParameterNumber.Integer,
            defaultValue=core_histogram.DEFAULT_BINS, minValue=1, maxValue=core_histogram.MAX_BINS)
        bins.setHelp(self.tr("How many equal bins divide the range from 'Minimum' to 'Maximum'."))
        self.addParameter(bins)

        for name, label, help_text in (
            (self.MINIMUM, self.tr("Minimum (lower edge of the first bin)"),
             self.tr("Empty: the content's physical range ('Scale to physical values' ticked) or valid DN "
                     "range (unticked).")),
            (self.MAXIMUM, self.tr("Maximum (upper edge of the last bin)"),
             self.tr("Empty: the content's physical range ('Scale to physical values' ticked) or valid DN "
                     "range (unticked).")),
        ):
            parameter = QgsProcessingParameterNumber(
                name, label, type=QgsProcessingParameterNumber.Double, optional=True)
            parameter.setHelp(help_text)
            self.addParameter(parameter)

        table = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Histogram"), type=QgsProcessing.TypeVector)
        table.setHelp(self.tr("A table without geometry: one row per bin with bin_min, bin_max and count."))
        self.addParameter(table)

        add_plot_parameter(self, self.PLOT, self.tr("Histogram plot"), self.tr(
            "Optional bar chart of the histogram: a .png image (needs matplotlib) or an .html page with "
            "an inline SVG chart. A .png asked for without matplotlib is written as .html beside it."))

    def _optional_number(self, parameters, name, context):
        value = parameters.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return self.parameterAsDouble(parameters, name, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (Qt naming)
        bins = self.parameterAsInt(parameters, self.BINS, context)
        minimum = self._optional_number(parameters, self.MINIMUM, context)
        maximum = self._optional_number(parameters, self.MAXIMUM, context)
        plot_path = self.parameterAsFileOutput(parameters, self.PLOT, context) if parameters.get(self.PLOT) else ""

        with series_by_grid_from_parameters(self, parameters, context, feedback) as series:
            content, physical = series[0].content, series[0].physical
            dates = sum(len(part.paths) for part in series)
            label = series_label(series)
            with core_errors():
                result = core_histogram.histogram(series, bins, minimum, maximum, FeedbackProgress(feedback))

        feedback.pushInfo(self.tr("Range {} to {} in {} bins: {} values counted").format(
            f"{result.edges[0]:g}", f"{result.edges[-1]:g}", len(result.counts), result.total))
        if result.outside:
            feedback.pushWarning(self.tr(
                "{} valid values fell outside the range and are in no bin: {} below {} and {} above {}"
            ).format(result.outside, result.below, f"{result.edges[0]:g}", result.above,
                     f"{result.edges[-1]:g}"))
        raise_if_cancelled(feedback)

        fields = QgsFields()
        fields.append(QgsField("bin_min", QVariant.Double))
        fields.append(QgsField("bin_max", QVariant.Double))
        fields.append(QgsField("count", QVariant.LongLong))
        sink, sink_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for bin_min, bin_max, count in result.rows():
            feature = QgsFeature(fields)
            feature.setAttributes([bin_min, bin_max, count])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)

        style_output_on_load(context, sink_id, name=self.tr("{series} histogram").format(series=label))
        outputs = {self.OUTPUT: sink_id}
        if plot_path:
            outputs[self.PLOT] = self._plot(result, plot_path, content, physical, dates, feedback)
        return outputs

    def _plot(self, result, path, content, physical, dates, feedback):
        title = self.tr("{} histogram of {} input(s)").format(content, dates)
        x_label = content + ("" if physical else self.tr(" (digital numbers)"))
        return write_plot(
            path, lambda png: core_histogram.write_png(result, png, title=title, x_label=x_label),
            lambda html: core_histogram.write_svg(result, html, title=title, x_label=x_label), feedback)

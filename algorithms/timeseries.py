"""terrascope:timeseries: the mean of the valid pixels under points or inside polygons, per input date."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant

from ..core import timeseries as core_timeseries
from ..core import timeseries_plot
from .base import GROUP_TIMESERIES, FeedbackProgress, core_errors, raise_if_cancelled
from .plots import add_plot_parameter, write_plot
from .series_parameters import SeriesAlgorithm, add_series_parameters, series_by_grid_from_parameters


class TimeSeriesAlgorithm(SeriesAlgorithm):
    """One row per feature and date: mean, valid pixels and pixels under a point or inside a polygon."""

    ALGORITHM_ID = "timeseries"
    GROUP_ID = GROUP_TIMESERIES

    LOCATIONS = "LOCATIONS"
    OUTPUT = "OUTPUT"
    PLOT = "PLOT"

    def displayName(self):  # noqa: N802 (Qt naming)
        return self.tr("Time series at points or fields")

    def tags(self):
        return self.tr("terrascope,sentinel-2,proba-v,time series,ndvi curve,profile,point,field,parcel,"
                       "zonal statistics,plot,cloud mask,scl").split(",")

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        return self.tr(
            "The curve of a time series at places: for every feature of the locations layer and every input "
            "date, the mean of the valid pixels under it.\n\n"
            "Points: the pixel under the point. Polygons: the pixels whose centres fall inside the polygon "
            "(a polygon smaller than a pixel may hold none). The locations may be in any CRS: they are "
            "reprojected to each input's grid. Inputs may come from several tiles or UTM zones; each "
            "feature gets a row for every input date, with 0 pixels and no mean where it is outside that "
            "input.\n\n"
            "Valid pixels are those the composites use: a valid DN (not nodata, in the valid range), not "
            "masked by the chosen scene classification classes (grown by 'Grow clouds and shadows by', or "
            "the advanced openEO buffer). 'Scale to physical values' on (default): means of physical "
            "values; off: of the digital numbers.\n\n"
            "Output: a table without geometry, one row per feature and date, sorted by feature and then "
            "acquisition: feature (the feature's id), acquisition (UTC), mean (NULL when no pixel is "
            "valid: masked, nodata or outside), valid (the valid pixels), pixels (the pixels under the "
            "feature in that input) and path (the input file).\n\n"
            "Plot (optional): one line per feature over time, the dates without a valid pixel left out; "
            "a PNG image with matplotlib (it ships with QGIS on most systems), else an HTML page with an "
            "SVG chart.\n\n"
            "Each date's window is read once for all the features in it: thousands of fields over a "
            "season cost about one read of the parts of the inputs that hold them."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        add_series_parameters(self, dilation_advanced=False, preset=True)
        inputs = self.parameterDefinition(self.INPUTS)
        inputs.setDescription(self.tr("Input rasters (one content)"))
        inputs.setHelp(self.tr(
            "The dates of the series: Terrascope products of one content (e.g. all NDVI_10M), on one grid "
            "or several (tiles, UTM zones). The output of 'Find products' (its LAYERS) fits here."))

        locations = QgsProcessingParameterFeatureSource(
            self.LOCATIONS, self.tr("Points or fields"),
            types=[QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon])
        locations.setHelp(self.tr(
            "Points (the pixel under each) or polygons (the pixels whose centres fall inside), in any CRS."))
        self.addParameter(locations)

        table = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Time series"), type=QgsProcessing.TypeVector)
        table.setHelp(self.tr(
            "A table without geometry: feature, acquisition, mean (NULL when none is valid), valid, pixels, path."))
        self.addParameter(table)

        add_plot_parameter(self, self.PLOT, self.tr("Time series plot"), self.tr(
            "Optional line chart, one line per feature over time (dates without a valid pixel left out): "
            "a .png image (needs matplotlib) or an .html page with an inline SVG chart. A .png asked for "
            "without matplotlib is written as .html beside it."))

    @staticmethod
    def _locations(source, feedback):
        """``(feature id, WKB)`` of every feature (curves segmentized; None without a geometry)."""
        locations = []
        request = QgsFeatureRequest().setNoAttributes()
        for feature in source.getFeatures(request):
            raise_if_cancelled(feedback)
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                locations.append((feature.id(), None))
                continue
            if QgsWkbTypes.isCurvedType(geometry.wkbType()):
                geometry = QgsGeometry(geometry.constGet().segmentize())
            locations.append((feature.id(), bytes(geometry.asWkb())))
        return locations

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (Qt naming)
        source = self.parameterAsSource(parameters, self.LOCATIONS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LOCATIONS))
        plot_path = self.parameterAsFileOutput(parameters, self.PLOT, context) if parameters.get(self.PLOT) else ""
        locations = self._locations(source, feedback)
        crs_wkt = source.sourceCrs().toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)

        with series_by_grid_from_parameters(self, parameters, context, feedback) as parts:
            content, physical = parts[0].content, parts[0].physical
            feedback.pushInfo(self.tr("{} input(s) of {} on {} grid(s); {} feature(s)").format(
                sum(len(series.paths) for series in parts), content, len(parts), len(locations)))
            with core_errors():
                rows = core_timeseries.time_series(parts, locations, crs_wkt, FeedbackProgress(feedback))
        raise_if_cancelled(feedback)

        fields = QgsFields()
        fields.append(QgsField("feature", QVariant.LongLong))
        fields.append(QgsField("acquisition", QVariant.DateTime))
        fields.append(QgsField("mean", QVariant.Double))
        fields.append(QgsField("valid", QVariant.Int))
        fields.append(QgsField("pixels", QVariant.Int))
        fields.append(QgsField("path", QVariant.String))
        sink, sink_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for row in rows:
            feature = QgsFeature(fields)
            acquisition = QDateTime.fromSecsSinceEpoch(int(row.acquisition.timestamp()), Qt.UTC)
            feature.setAttributes([row.feature, acquisition, row.mean, row.valid, row.pixels, row.path])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        empty = len({row.feature for row in rows} - {row.feature for row in rows if row.pixels})
        if empty:
            feedback.pushWarning(self.tr("{} feature(s) hold no pixel of any input (outside, or smaller than a "
                                         "pixel): their means are NULL.").format(empty))

        outputs = {self.OUTPUT: sink_id}
        if plot_path:
            title = self.tr("{} at {} feature(s)").format(content, len(locations))
            y_label = self.tr("mean {}").format(content) + ("" if physical else self.tr(" (digital numbers)"))
            outputs[self.PLOT] = write_plot(
                plot_path, lambda png: timeseries_plot.write_png(rows, png, title=title, y_label=y_label),
                lambda html: timeseries_plot.write_svg(rows, html, title=title, y_label=y_label), feedback)
        return outputs

"""terrascope:findproducts: find Terrascope Sentinel-2 and PROBA-V products in a folder tree, as
footprints and a layer list ready for the composites."""

import re
from datetime import date, datetime, time, timezone

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from ..core.findproducts import scan
from .base import GROUP_PRODUCTS, FeedbackProgress, TerrascopeAlgorithm, run_core, style_output_on_load
from .styles import date_range, file_label, style_added_layer

WGS84 = "EPSG:4326"
_DATE_ONLY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")


def _field(name, variant_type, length=0, precision=0):
    return QgsField(name, variant_type, "", length, precision)


def output_fields():
    """The fields of the footprint layer, in order."""
    fields = QgsFields()
    fields.append(_field("path", QVariant.String))
    fields.append(_field("mission", QVariant.String))
    fields.append(_field("acquisition", QVariant.DateTime))
    fields.append(_field("tile", QVariant.String))
    fields.append(_field("content", QVariant.String))
    fields.append(_field("resolution", QVariant.String))
    fields.append(_field("version", QVariant.String))
    fields.append(_field("cloud_cover", QVariant.Double, 10, 3))
    fields.append(_field("scl_path", QVariant.String))
    return fields


def _utc_qdatetime(value):
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second, value.microsecond // 1000), Qt.UTC)


class FindProductsAlgorithm(TerrascopeAlgorithm):
    """Scan a folder tree for Terrascope product rasters, filter them, keep the highest versions."""

    ALGORITHM_ID = "findproducts"
    GROUP_ID = GROUP_PRODUCTS

    INPUT = "INPUT"
    CONTENT = "CONTENT"
    START = "START"
    END = "END"
    TILES = "TILES"
    MISSION = "MISSION"
    EXTENT = "EXTENT"
    MAX_CLOUD = "MAX_CLOUD"
    RESOLUTION = "RESOLUTION"
    KEEP_UNKNOWN_CLOUD = "KEEP_UNKNOWN_CLOUD"
    LOAD_PRODUCTS = "LOAD_PRODUCTS"
    OUTPUT = "OUTPUT"
    LAYERS = "LAYERS"

    def displayName(self):  # noqa: N802 (Qt naming)
        return self.tr("Find products")

    def tags(self):
        return self.tr("terrascope,sentinel-2,archive,catalogue,search,find,footprint,time series,tiles").split(",")

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        return self.tr(
            "Finds Terrascope Sentinel-2 and PROBA-V product rasters in a folder and all its subfolders, "
            "filtered by "
            "content, dates, tiles, mission, extent and cloud cover, ready for the composites.\n\n"
            "Where it looks: a copy of the Terrascope archive (COLLECTION/YYYY/MM/DD/product/[10M|20M/]files, "
            "e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2; PROBA-V: COLLECTION/YYYY/YYYYMMDD/product/files, "
            "e.g. /data/MTDA/TIFFDERIVED/PROBAV_L3_S1_TOC_333M, V001 without the year) or any folder of "
            "Terrascope files. Only file "
            "names are listed, then the XML sidecar (cloud cover, footprint) and at most the GeoTIFF header of the "
            "matching files are read, never pixels: large archives are scanned in seconds. Files whose "
            "names do not follow the Terrascope convention are ignored.\n\n"
            "Filters (all optional, all combined):\n"
            "- Content: e.g. NDVI, FAPAR, TOC-B04; several separated by commas. A resolution may be "
            "appended (FAPAR_10M). Empty: every product raster except the quicklooks and the masks. The "
            "scene classification (SCL) of each product is given in its scl_path field; SCL files "
            "themselves are listed only when asked for (SCENECLASSIFICATION or SCL).\n"
            "- Start and end: acquisition date-times, both inclusive, in UTC (a time without a zone is "
            "UTC). An end given as a date alone includes that whole day.\n"
            "- Tiles: MGRS tiles separated by commas, e.g. 31UFS,31UES, or PROBA-V tiles (X18Y02). Mission: "
            "S2A, S2B, S2C or PROBAV. PROBA-V contents are the layers (NDVI, RADIOMETRY, SM…); the status map "
            "of each PROBA-V product is given in scl_path.\n"
            "- Extent: in any CRS; products whose footprint intersects it are kept. The footprint comes "
            "from the XML sidecar, else from the GeoTIFF header; products with neither are left out, "
            "with a warning.\n"
            "- Maximum cloud cover (%): from the XML sidecar. Products whose cloud cover is unknown (no "
            "sidecar) are kept, with a warning, unless 'Keep products of unknown cloud cover' is "
            "unticked: masking with the scene classification removes their clouds pixel by pixel "
            "later.\n\n"
            "Where several versions of one acquisition exist (e.g. V200 and V210), only the highest is "
            "kept, per content and resolution.\n\n"
            "Outputs: a layer of footprint polygons (EPSG:4326), one feature per product file, sorted by "
            "acquisition time then tile, with the fields path, mission, acquisition (UTC), tile, content, "
            "resolution, version, cloud_cover (empty when unknown) and scl_path; and the list of the files "
            "('Product files'), to connect to the inputs of the composites, temporal statistics or histogram in a "
            "model. For a composite, choose one content and one resolution so that all files share a grid."
        )

    def _add(self, parameter, help_text, advanced=False):
        parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(parameter)

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        self._add(QgsProcessingParameterFile(
            self.INPUT, self.tr("Folder to scan (with its subfolders)"),
            behavior=QgsProcessingParameterFile.Folder),
            self.tr("A Terrascope archive folder (e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) or any "
                    "folder holding Terrascope files; it is scanned recursively."))
        self._add_content_dates_tiles()
        self._add(QgsProcessingParameterString(
            self.MISSION, self.tr("Mission (S2A, S2B, S2C)"), defaultValue="", optional=True),
            self.tr("Satellites to keep (S2A, S2B, S2C, PROBAV), separated by commas; empty: all."))
        self._add_extent_and_cloud()
        self._add(QgsProcessingParameterString(
            self.RESOLUTION, self.tr("Resolution (10M, 20M, 60M)"), defaultValue="", optional=True),
            self.tr("Resolutions to keep, separated by commas, e.g. 10M (biophysical products come at 10M "
                    "and 20M; PROBA-V at 1KM, 333M or 100M); empty: all."), advanced=True)
        self._add(QgsProcessingParameterBoolean(
            self.KEEP_UNKNOWN_CLOUD, self.tr("Keep products of unknown cloud cover"), defaultValue=True),
            self.tr("With a maximum cloud cover: keep (ticked) or leave out (unticked) the products whose "
                    "cloud cover is unknown because they have no XML sidecar."), advanced=True)
        self._add(QgsProcessingParameterBoolean(
            self.LOAD_PRODUCTS, self.tr("Add the product files to the project"), defaultValue=False,
            optional=True),
            self.tr("Ticked: when run from the dialog, every product file found is added to the project as "
                    "a raster layer, styled by its content, ready to be chosen in 'Input rasters' of the "
                    "composites. Scripts and qgis_process use the 'Product files' output instead."))
        self._add_outputs()

    def _add_content_dates_tiles(self):
        """CONTENT, START, END and TILES (shared with searchcatalogue)."""
        self._add(QgsProcessingParameterString(
            self.CONTENT, self.tr("Content (e.g. NDVI, TOC-B04; empty: all)"), defaultValue="", optional=True),
            self.tr("Product contents separated by commas, e.g. NDVI or TOC-B04,TOC-B08; a resolution may "
                    "be appended (FAPAR_10M). Empty: every product raster except quicklooks and masks; "
                    "SCENECLASSIFICATION (or SCL) lists the scene classification files."))
        self._add(QgsProcessingParameterDateTime(
            self.START, self.tr("Start (UTC, inclusive)"), type=QgsProcessingParameterDateTime.DateTime,
            optional=True),
            self.tr("Earliest acquisition time, inclusive; a time without a zone is UTC."))
        self._add(QgsProcessingParameterDateTime(
            self.END, self.tr("End (UTC, inclusive)"), type=QgsProcessingParameterDateTime.DateTime,
            optional=True),
            self.tr("Latest acquisition time, inclusive; a time without a zone is UTC. A date alone "
                    "(YYYY-MM-DD) includes that whole day."))
        self._add(QgsProcessingParameterString(
            self.TILES, self.tr("Tiles (comma-separated, e.g. 31UFS,31UES)"), defaultValue="", optional=True),
            self.tr("MGRS tiles (or PROBA-V tiles, e.g. X18Y02) to keep, separated by commas; empty: all tiles."))

    def _add_extent_and_cloud(self):
        """EXTENT and MAX_CLOUD (shared with searchcatalogue)."""
        self._add(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True),
                  self.tr("Keep products whose footprint intersects this extent (any CRS: it is "
                          "transformed to EPSG:4326). An extent without a CRS is taken as EPSG:4326."))
        self._add(QgsProcessingParameterNumber(
            self.MAX_CLOUD, self.tr("Maximum cloud cover (%)"), type=QgsProcessingParameterNumber.Double,
            minValue=0.0, maxValue=100.0, optional=True),
            self.tr("Keep products whose cloud cover (from the XML sidecar, or the catalogue's item) is at "
                    "most this percentage. Products of unknown cloud cover are kept, with a warning."))

    def _add_outputs(self):
        """The OUTPUT footprints and the LAYERS list (shared with searchcatalogue)."""
        self._add(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Product footprints"), type=QgsProcessing.TypeVectorPolygon),
            self.tr("One footprint polygon (EPSG:4326) per product file found, sorted by time."))
        self.addOutput(QgsProcessingOutputMultipleLayers(self.LAYERS, self.tr("Product files")))

    # --- parameter conversion ------------------------------------------------------------------------

    def _datetime(self, parameters, name, context, end_of_day=False):
        raw = parameters.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, datetime):
            return raw if raw.tzinfo else raw.replace(tzinfo=timezone.utc)
        if isinstance(raw, date):
            return datetime.combine(raw, time.max if end_of_day else time.min).replace(
                microsecond=0, tzinfo=timezone.utc)
        if isinstance(raw, QDate) or (isinstance(raw, str) and _DATE_ONLY.match(raw)):
            day = raw if isinstance(raw, QDate) else QDate.fromString(raw.strip(), Qt.ISODate)
            if day.isValid():
                clock = time(23, 59, 59) if end_of_day else time(0, 0, 0)
                return datetime(day.year(), day.month(), day.day(), clock.hour, clock.minute, clock.second,
                                tzinfo=timezone.utc)
        value = self.parameterAsDateTime(parameters, name, context)
        if value is None or not value.isValid():
            raise QgsProcessingException(
                self.tr("{}: {!r} is not a date-time (expected e.g. 2019-03-07T10:50:21)").format(name, raw))
        if value.timeSpec() != Qt.LocalTime:  # a zone was given: convert; none given: it is UTC
            value = value.toUTC()
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), clock.second(),
                        clock.msec() * 1000, tzinfo=timezone.utc)

    def _bbox(self, parameters, context, feedback):
        raw = parameters.get(self.EXTENT)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        rectangle = self.parameterAsExtent(parameters, self.EXTENT, context)
        if rectangle is None or rectangle.isNull():
            return None
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        if not crs.isValid():
            feedback.pushInfo(self.tr("The extent has no CRS: taken as EPSG:4326 (longitude, latitude)."))
            crs = wgs84
        if crs != wgs84:
            try:
                transform = QgsCoordinateTransform(crs, wgs84, context.transformContext())
                rectangle = transform.transformBoundingBox(rectangle)
            except Exception as error:  # QgsCsException: outside the CRS's area of use
                raise QgsProcessingException(self.tr("The extent cannot be transformed from {} to EPSG:4326: {}")
                                             .format(crs.authid(), error)) from error
        return (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum())

    # --- run -------------------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (Qt naming)
        folder = self.parameterAsFile(parameters, self.INPUT, context)
        if not folder:
            raise QgsProcessingException(self.tr("No input folder was given"))
        result = run_core(
            scan, folder,
            missions=self.parameterAsString(parameters, self.MISSION, context),
            resolutions=self.parameterAsString(parameters, self.RESOLUTION, context),
            keep_unknown_cloud=self.parameterAsBoolean(parameters, self.KEEP_UNKNOWN_CLOUD, context),
            progress=FeedbackProgress(feedback),
            **self._filters(parameters, context, feedback),
        )
        feedback.pushInfo(self.tr(
            "{} files listed, {} Terrascope rasters, {} older or duplicate versions set aside: {} products "
            "found.").format(result.files_seen, result.names_parsed, result.superseded, len(result.records)))
        return self._write_records(parameters, context, feedback, result, folder)

    def _filters(self, parameters, context, feedback):
        """CONTENT, START, END, TILES, EXTENT and MAX_CLOUD as the core's keyword arguments."""
        max_cloud = None
        if parameters.get(self.MAX_CLOUD) not in (None, ""):
            max_cloud = self.parameterAsDouble(parameters, self.MAX_CLOUD, context)
        return dict(
            content=self.parameterAsString(parameters, self.CONTENT, context),
            start=self._datetime(parameters, self.START, context),
            end=self._datetime(parameters, self.END, context, end_of_day=True),
            tiles=self.parameterAsString(parameters, self.TILES, context),
            bbox=self._bbox(parameters, context, feedback),
            max_cloud=max_cloud,
        )

    def _write_records(self, parameters, context, feedback, result, where):
        """Report ``result`` (a ``core.findproducts.CatalogueResult`` found in ``where``) and write its records:
        the OUTPUT footprints and the LAYERS list (shared with searchcatalogue)."""
        for warning in result.warnings:
            feedback.pushWarning(warning)
        if not result.records:
            feedback.pushWarning(self.tr("No product in {} matches the filters.").format(where))

        fields = output_fields()
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon,
                                                 QgsCoordinateReferenceSystem(WGS84))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for record in result.records:
            feature = QgsFeature(fields)
            if record.footprint_wkt:
                geometry = QgsGeometry.fromWkt(record.footprint_wkt)
                if not geometry.isNull():
                    geometry.convertToMultiType()
                    feature.setGeometry(geometry)
            feature.setAttributes([
                record.path, record.mission, _utc_qdatetime(record.acquisition), record.tile, record.content,
                record.resolution, record.version, record.cloud_cover, record.scl_path,
            ])
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        feedback.setProgress(100)
        paths = [record.path for record in result.records]
        subject = self.parameterAsString(parameters, self.CONTENT, context).strip() or self.tr("Terrascope")
        dates = date_range([record.acquisition for record in result.records])
        style_output_on_load(context, destination,
                             name=self.tr("{content} products {dates}").format(content=subject, dates=dates).strip())
        if self.parameterAsBoolean(parameters, self.LOAD_PRODUCTS, context):
            self._load_products(paths, context, feedback)
        return {self.OUTPUT: destination, self.LAYERS: paths}

    def _load_products(self, paths, context, feedback):
        """Have the dialog add every product file to the project when the run completes."""
        if context.project() is None:
            feedback.pushWarning(self.tr("No project to add the product files to: use the 'Product files' "
                                         "output."))
            return
        for path in paths:
            details = QgsProcessingContext.LayerDetails(file_label(path), context.project(), self.LAYERS)
            details.layerTypeHint = QgsProcessingUtils.LayerHint.Raster
            context.addLayerToLoadOnCompletion(path, details)
            style_output_on_load(context, path, style_added_layer)

"""terrascope:parseproduct: what a Terrascope file's name, header and XML sidecar say about it."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
)

from ..core.errors import MetadataError, TerrascopeError, UnknownContentError
from ..core.naming import NAME_PATTERN, parse_name
from ..core.products import content_spec
from .base import GROUP_PRODUCTS, TerrascopeAlgorithm, core_errors

RASTER_EXTENSIONS = (".tif", ".tiff")
XML_EXTENSION = ".xml"


class ParseProductAlgorithm(TerrascopeAlgorithm):
    """Mission, acquisition, tile, content, resolution, version, DN scaling, cloud cover, footprint."""

    ALGORITHM_ID = "parseproduct"
    GROUP_ID = GROUP_PRODUCTS

    INPUT = "INPUT"
    MISSION = "MISSION"
    ACQUISITION = "ACQUISITION"
    TILE = "TILE"
    CONTENT = "CONTENT"
    RESOLUTION = "RESOLUTION"
    VERSION = "VERSION"
    SCALE = "SCALE"
    OFFSET = "OFFSET"
    NODATA = "NODATA"
    CLOUD_COVER = "CLOUD_COVER"
    FOOTPRINT = "FOOTPRINT"

    def displayName(self):  # noqa: N802 (Qt naming)
        return self.tr("Parse product name and metadata")

    def tags(self):
        return self.tr("terrascope,sentinel-2,name,metadata,scale,offset,nodata,cloud cover,footprint").split(",")

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        return self.tr(
            "Reads what a Terrascope Sentinel-2 file says about itself: its name, its GeoTIFF header and "
            "its XML sidecar.\n\n"
            "Input: a product GeoTIFF (e.g. S2A_20230220T074941_38SKG_TOC-B8A_20M_V210.tif) or its XML "
            "sidecar (e.g. S2A_20230220T074941_38SKG_TOC_V210.xml). The name must follow the pattern "
            "{pattern}.\n\n"
            "Outputs from the name: MISSION (S2A, S2B, S2C), ACQUISITION (the UTC sensing start as ISO 8601, "
            "e.g. 2023-02-20T07:49:41Z), TILE (MGRS), CONTENT (e.g. TOC-B04, NDVI, SCENECLASSIFICATION), "
            "RESOLUTION (10M, 20M, 60M; empty when the name has none, as on quicklooks and TOC XML files) "
            "and VERSION (digits, e.g. 210).\n\n"
            "SCALE and OFFSET turn digital numbers into physical values (value = SCALE × DN + OFFSET), from "
            "the Terrascope product table. NODATA is the digital number that marks missing data: the one the "
            "GeoTIFF declares, else the table's. They are empty for the scene classification (class codes "
            "are never scaled), quicklooks and contents without a published scale.\n\n"
            "CLOUD_COVER (%) and FOOTPRINT (WKT polygon in EPSG:4326, from the bounding box) come from the "
            "XML sidecar when there is one beside the GeoTIFF (or when the input is the XML itself); they "
            "are empty otherwise."
        ).replace("{pattern}", NAME_PATTERN)

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        parameter = QgsProcessingParameterFile(
            self.INPUT,
            self.tr("Terrascope product file (.tif or .xml)"),
            behavior=QgsProcessingParameterFile.File,
            fileFilter=self.tr("Terrascope products (*.tif *.tiff *.xml *.TIF *.TIFF *.XML);;All files (*)"),
        )
        parameter.setHelp(self.tr(
            "A Terrascope Sentinel-2 GeoTIFF or XML sidecar whose name follows {pattern}"
        ).replace("{pattern}", NAME_PATTERN))
        self.addParameter(parameter)

        self.addOutput(QgsProcessingOutputString(self.MISSION, self.tr("Mission")))
        self.addOutput(QgsProcessingOutputString(self.ACQUISITION, self.tr("Acquisition (UTC, ISO 8601)")))
        self.addOutput(QgsProcessingOutputString(self.TILE, self.tr("MGRS tile")))
        self.addOutput(QgsProcessingOutputString(self.CONTENT, self.tr("Content")))
        self.addOutput(QgsProcessingOutputString(self.RESOLUTION, self.tr("Resolution")))
        self.addOutput(QgsProcessingOutputString(self.VERSION, self.tr("Version")))
        self.addOutput(QgsProcessingOutputNumber(self.SCALE, self.tr("Scale of the digital numbers")))
        self.addOutput(QgsProcessingOutputNumber(self.OFFSET, self.tr("Offset of the digital numbers")))
        self.addOutput(QgsProcessingOutputNumber(self.NODATA, self.tr("Nodata digital number")))
        self.addOutput(QgsProcessingOutputNumber(self.CLOUD_COVER, self.tr("Cloud cover (%)")))
        self.addOutput(QgsProcessingOutputString(self.FOOTPRINT, self.tr("Footprint (WKT, EPSG:4326)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (Qt naming)
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise QgsProcessingException(self.tr("No input file was given"))
        if os.path.isdir(path):
            raise QgsProcessingException(
                self.tr("{}: is a folder; give one of its .tif files or its .xml sidecar").format(path))
        if not os.path.isfile(path):
            raise QgsProcessingException(self.tr("{}: no such file").format(path))

        try:
            name = parse_name(path)
        except TerrascopeError as error:  # the message gives the expected pattern and an example
            raise QgsProcessingException(self.tr("{}: {}").format(path, error)) from error
        extension = os.path.splitext(path)[1].lower()
        if extension not in RASTER_EXTENSIONS + (XML_EXTENSION,):
            raise QgsProcessingException(self.tr(
                "{}: expected a .tif or .xml file named {}").format(path, NAME_PATTERN))

        scale, offset, nodata = self._scaling(path, name, extension)
        cloud_cover, footprint = self._sidecar(path, extension, feedback)

        return {
            self.MISSION: name.mission,
            self.ACQUISITION: name.acquisition_iso,
            self.TILE: name.tile,
            self.CONTENT: name.content,
            self.RESOLUTION: name.resolution,
            self.VERSION: name.version,
            self.SCALE: scale,
            self.OFFSET: offset,
            self.NODATA: nodata,
            self.CLOUD_COVER: cloud_cover,
            self.FOOTPRINT: footprint,
        }

    def _scaling(self, path, name, extension):
        """(scale, offset, nodata) of the digital numbers; None where there is none or it is unknown."""
        if name.is_scene_classification or name.is_quicklook:
            return None, None, None  # class codes and RGB previews: nothing to scale
        try:
            spec = content_spec(name.content)
        except UnknownContentError:
            return None, None, None  # e.g. "TOC" of the product-level XML: one file, many contents
        if extension == XML_EXTENSION:
            return spec.scale, spec.offset, spec.nodata

        from ..core.raster import open_raster
        from ..core.scaling import scaling_for

        with core_errors():
            dataset = open_raster(path)
            band = dataset.GetRasterBand(1)
            try:
                scaling = scaling_for(path, band, name.content)
            except UnknownContentError:
                return None, None, None
            except TerrascopeError:
                # No published scale and no scale tags in the file (CCC, CWC): report what is known.
                declared = band.GetNoDataValue()
                return None, None, declared if declared is not None else spec.nodata
            return scaling.scale, scaling.offset, scaling.nodata

    def _sidecar(self, path, extension, feedback):
        """(cloud cover, footprint WKT) from the XML sidecar; (None, None) when there is none."""
        from ..core.metadata import find_sidecar, read_sidecar

        if extension == XML_EXTENSION:
            with core_errors():
                metadata = read_sidecar(path)  # the input itself: unreadable is an error
            return metadata.cloud_cover, metadata.footprint_wkt
        with core_errors():
            sidecar = find_sidecar(path)
        if sidecar is None:
            return None, None
        try:
            metadata = read_sidecar(sidecar)
        except MetadataError as error:
            # The GeoTIFF and its name stay the authority; say why the XML facts are missing.
            feedback.pushWarning(self.tr("The XML sidecar was not used: {}").format(error))
            return None, None
        return metadata.cloud_cover, metadata.footprint_wkt

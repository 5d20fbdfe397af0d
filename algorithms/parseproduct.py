"""terrascope:parseproduct: what a Terrascope file's name, header and XML sidecar say about it."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
)

from ..core.naming import NAME_PATTERN
from ..core.parseproduct import describe_product
from .base import GROUP_PRODUCTS, TerrascopeAlgorithm, core_errors, plain_text


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
        return self.tr("terrascope,sentinel-2,proba-v,name,metadata,scale,offset,nodata,cloud cover,"
                       "footprint").split(",")

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        return self.tr(
            "Reads what a Terrascope Sentinel-2 or PROBA-V file says about itself: its name, its GeoTIFF "
            "header and its XML sidecar.\n\n"
            "Input: a product GeoTIFF (e.g. S2A_20230220T074941_38SKG_TOC-B8A_20M_V210.tif) or its XML "
            "sidecar (e.g. S2A_20230220T074941_38SKG_TOC_V210.xml). The name must follow the pattern "
            "{pattern}.\n\n"
            "Outputs from the name: MISSION (S2A, S2B, S2C), ACQUISITION (the UTC sensing start as ISO 8601, "
            "e.g. 2023-02-20T07:49:41Z), TILE (MGRS), CONTENT (e.g. TOC-B04, NDVI, SCENECLASSIFICATION), "
            "RESOLUTION (10M, 20M, 60M; empty when the name has none, as on quicklooks and TOC XML files) "
            "and VERSION (digits, e.g. 210).\n\n"
            "PROBA-V names (e.g. PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif): MISSION PROBAV, TILE the "
            "plate carrée tile (X18Y02), ACQUISITION the synthesis date at 00:00:00Z, CONTENT the layer "
            "(NDVI, RADIOMETRY, SM for the status map, TIME, GEOMETRY), RESOLUTION 1KM, 333M or 100M.\n\n"
            "SCALE and OFFSET turn digital numbers into physical values (value = SCALE × DN + OFFSET), from "
            "the Terrascope product table. NODATA is the digital number that marks missing data: the one the "
            "GeoTIFF declares, else the table's. They are empty for the quality layers (the scene "
            "classification and the PROBA-V status map: class codes are never scaled), quicklooks and contents "
            "without a published scale (unless the GeoTIFF declares its own).\n\n"
            "CLOUD_COVER (%) and FOOTPRINT (WKT polygon in EPSG:4326, from the bounding box) come from the "
            "XML sidecar when there is one beside the GeoTIFF (or when the input is the XML itself); they "
            "are empty otherwise."
        ).replace("{pattern}", plain_text(NAME_PATTERN))

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        parameter = QgsProcessingParameterFile(
            self.INPUT,
            self.tr("Terrascope product file (.tif or .xml)"),
            behavior=QgsProcessingParameterFile.File,
            fileFilter=self.tr("Terrascope products (*.tif *.tiff *.xml *.TIF *.TIFF *.XML);;All files (*)"),
        )
        parameter.setHelp(self.tr(
            "A Terrascope Sentinel-2 or PROBA-V GeoTIFF, or a Sentinel-2 XML sidecar, whose name follows {pattern}"
        ).replace("{pattern}", plain_text(NAME_PATTERN)))
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
        with core_errors():
            return describe_product(path, warn=feedback.pushWarning)

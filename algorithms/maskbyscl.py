"""terrascope:maskbyscl: set the pixels that a product's scene classification masks to nodata."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..core.maskraster import mask_raster
from ..core.masking import DEFAULT_CLASSES, DILATABLE_CLASSES
from ..core.naming import NAME_PATTERN
from .base import (
    COG,
    GROUP_PREPARATION,
    FeedbackProgress,
    TerrascopeAlgorithm,
    add_cog_parameter,
    geotiff_output,
    plain_text,
    run_core,
    style_output_on_load,
)
from .inputs import raster_path
from .series_parameters import add_mask_parameters, class_list, mask_settings_from_parameters
from .styles import default_style

class MaskBySclAlgorithm(TerrascopeAlgorithm):
    """Pixels of the chosen SCL classes (optionally grown) become the input's nodata."""

    ALGORITHM_ID = "maskbyscl"
    GROUP_ID = GROUP_PREPARATION

    INPUT = "INPUT"
    SCL = "SCL"
    CLASSES = "CLASSES"
    DILATION = "DILATION"
    MASK_PRESET = "MASK_PRESET"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802 (Qt naming)
        return self.tr("Mask by scene classification")

    def tags(self):
        return self.tr("terrascope,sentinel-2,scl,scene classification,cloud,shadow,mask,dilation,buffer,"
                       "nodata").split(",")

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        return self.tr(
            "Sets to nodata the pixels of a Terrascope raster that its scene classification (SCL) marks as "
            "clouds, shadows or other unwanted classes. Everything else is copied unchanged: the output has "
            "the input's data type, bands, grid and scale tags.\n\n"
            "Scene classification (SCL): the file …_SCENECLASSIFICATION_20M_… of the same product, found "
            "beside the input by the naming convention ({pattern}; same folder, or the sibling 20M folder of "
            "a biophysical product) unless given. It is put onto the input's grid by nearest neighbour (the "
            "20 m SCL on 10 m bands, on 60 m bands), never interpolated. SCL 0 (no data) is a class like the "
            "others although the files do not declare it.\n\n"
            "Scene classification classes to mask: the SCL values whose pixels are masked. Default: "
            "{defaults}. Choose none to copy the input unmasked.\n\n"
            "Grow clouds and shadows by (m): a distance by which the masked cloud and shadow classes grow: "
            "every pixel whose centre lies within that distance (rounded to whole pixels of the input) of a "
            "pixel of a chosen class among {dilatable} is masked too. Snow, no data and saturated pixels are "
            "not grown. The advanced 'SCL mask method' offers openEO's two-kernel buffer instead.\n\n"
            "Masked raster: masked pixels get the input's nodata value; where the input declares none, the "
            "product table's nodata DN for its content (255 for NDVI, FAPAR, FCOVER, LAI; 32767 for TOC "
            "bands) is used and declared on the output (the log says so). The output is a tiled, compressed "
            "GeoTIFF, written to a temporary file and put in place only when complete."
        ).replace("{pattern}", plain_text(NAME_PATTERN)).replace("{defaults}", class_list(DEFAULT_CLASSES)).replace(
            "{dilatable}", class_list(DILATABLE_CLASSES))

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        layer = QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Terrascope raster"))
        layer.setHelp(self.tr(
            "A Terrascope Sentinel-2 GeoTIFF (e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif or a TOC "
            "band). It is never modified."))
        self.addParameter(layer)

        scl = QgsProcessingParameterRasterLayer(self.SCL, self.tr("Scene classification (SCL)"), optional=True)
        scl.setHelp(self.tr(
            "The product's …_SCENECLASSIFICATION_20M_….tif. Leave empty to use the one found beside the "
            "input by the naming convention."))
        self.addParameter(scl)

        add_mask_parameters(self, preset=True)

        output = QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Masked raster"))
        output.setHelp(self.tr("The input with masked pixels set to its nodata value; same data type."))
        self.addParameter(output)
        add_cog_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (Qt naming)
        path = raster_path(self, parameters, self.INPUT, context)
        if path is None:
            raise QgsProcessingException(self.tr("No input raster was given"))
        scl = raster_path(self, parameters, self.SCL, context)
        settings = mask_settings_from_parameters(self, parameters, context, feedback)
        output = geotiff_output(self, parameters, self.OUTPUT, context)

        result = run_core(mask_raster, path, output, settings, scl_path=scl, progress=FeedbackProgress(feedback),
                          cog=self.parameterAsBool(parameters, COG, context))

        if result.scl_path:
            feedback.pushInfo(self.tr("Scene classification: {}").format(result.scl_path))
        feedback.pushInfo(settings.describe())
        values = ", ".join(f"{value:g}" for value in sorted(set(result.nodata)))
        if result.nodata_from_table:
            feedback.pushWarning(self.tr(
                "{} declares no nodata value: masked pixels were set to {}, the product table's nodata "
                "DN for {}, which the output declares.").format(path, values, result.content))
        else:
            feedback.pushInfo(self.tr("Masked pixels set to the nodata value {}").format(values))
        feedback.pushInfo(self.tr("{} pixels masked").format(result.masked_pixels))
        style = default_style(result.content or "", physical=False)
        if style is not None:
            style_output_on_load(context, output, style)
        return {self.OUTPUT: output}

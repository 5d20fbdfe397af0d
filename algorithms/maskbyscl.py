"""terrascope:maskbyscl: set the pixels that a product's scene classification masks to nodata."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..core.maskbyscl import mask_raster
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
from .help_texts import atomic_output_sentence, nodata_facts, quality_layer_paragraph
from .inputs import raster_path
from .series_parameters import (add_mask_parameters, class_list, mask_settings_from_parameters,
                                radiometric_quality)
from .styles import default_style, file_label

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
        return self.tr("terrascope,sentinel-2,proba-v,scl,scene classification,status map,cloud,shadow,mask,"
                       "dilation,buffer,nodata").split(",")

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        text = self.tr(
            "Sets to nodata the pixels of a Terrascope raster that its scene classification (SCL) marks as "
            "clouds, shadows or other unwanted classes. Everything else is copied unchanged: the output has "
            "the input's data type, bands, grid and scale tags.\n\n"
            "{quality_layer}\n\n"
            "File names follow {pattern}.\n\n"
            "Scene classification classes to mask: the SCL values whose pixels are masked. Default: "
            "{defaults}. Choose none to copy the input unmasked.\n\n"
            "Grow clouds and shadows by (m): a distance by which the masked cloud and shadow classes grow: "
            "every pixel whose centre lies within that distance (rounded to whole pixels of the input) of a "
            "pixel of a chosen class among {dilatable} is masked too. Snow, no data and saturated pixels are "
            "not grown. The advanced 'SCL mask method' offers openEO's two-kernel buffer instead.\n\n"
            "Masked raster: masked pixels get the input's nodata value; where the input declares none, the "
            "product table's nodata DN for its content ({nodata}) is used and declared on the output (the log "
            "says so). {atomic}"
        )
        facts = {"pattern": plain_text(NAME_PATTERN), "quality_layer": quality_layer_paragraph(),
                 "nodata": nodata_facts(), "atomic": atomic_output_sentence(),
                 "defaults": class_list(DEFAULT_CLASSES), "dilatable": class_list(DILATABLE_CLASSES)}
        for key, value in facts.items():
            text = text.replace("{" + key + "}", value)
        return text

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        layer = QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Terrascope raster"))
        layer.setHelp(self.tr(
            "A Terrascope GeoTIFF (e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, a TOC band, or "
            "PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif). It is never modified."))
        self.addParameter(layer)

        scl = QgsProcessingParameterRasterLayer(self.SCL, self.tr("Scene classification (SCL)"), optional=True)
        scl.setHelp(self.tr(
            "The product's …_SCENECLASSIFICATION_20M_….tif (PROBA-V: its status map …_SM.tif). Leave empty "
            "to use the one found beside the input by the naming convention."))
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
                          cog=self.parameterAsBool(parameters, COG, context),
                          radiometric_quality=radiometric_quality(self, parameters, context))

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
        style_output_on_load(context, output, default_style(result.content or "", physical=False),
                             self.tr("{input} masked").format(input=file_label(path)))
        return {self.OUTPUT: output}

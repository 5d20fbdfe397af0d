"""terrascope:scaletophysical: a Terrascope raster's digital numbers to Float32 physical values."""

import math
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..core.scaletophysical import scale_to_physical
from ..core.products import SCALABLE_CONTENTS
from .base import (
    COG,
    GROUP_PREPARATION,
    FeedbackProgress,
    TerrascopeAlgorithm,
    add_cog_parameter,
    geotiff_output,
    run_core,
    style_output_on_load,
    style_path,
)
from .help_texts import atomic_output_sentence, formula_text, number_text, scaling_lines
from .inputs import raster_path
from .styles import file_label



class ScaleToPhysicalAlgorithm(TerrascopeAlgorithm):
    """PV = scale × DN + offset for every band; invalid DNs become NaN."""

    ALGORITHM_ID = "scaletophysical"
    GROUP_ID = GROUP_PREPARATION

    INPUT = "INPUT"
    CONTENT = "CONTENT"
    SCALE = "SCALE"
    OFFSET = "OFFSET"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802 (Qt naming)
        return self.tr("Scale to physical values")

    def tags(self):
        return self.tr("terrascope,sentinel-2,scale,offset,digital number,DN,reflectance,NDVI,LAI,FAPAR,"
                       "FCOVER,physical").split(",")

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        return self.tr(
            "Turns the digital numbers (DN) of a Terrascope Sentinel-2 or PROBA-V raster into physical "
            "values:\n\n"
            "value = scale × DN + offset\n\n"
            "The scale and offset come from the Terrascope product table:\n{table}\n\n"
            "The nodata DN (the one the file declares, else the table's: RAA of V220 is uint16 with "
            "nodata 65535) and DNs outside the valid range (e.g. 251–254 for NDVI and LAI, 201–254 for "
            "FAPAR and FCOVER) become NaN, the output's nodata. Every band of a multi-band raster is "
            "scaled.\n\n"
            "The content is read from the Terrascope file name (e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, "
            "PROBAV_S1_TOC_X18Y02_20170420_333M_V101_RADIOMETRY.tif) unless chosen in 'Content', which is "
            "needed for files that were renamed. Contents without a published scale (CCC, CWC, PROBA-V TIME "
            "and GEOMETRY): the file's own scale/offset tags are used, else give 'Scale' and 'Offset' "
            "(advanced parameters), which also override the table. "
            "Quality layers (the scene classification, the PROBA-V status map: class codes) and quicklooks "
            "(RGB previews) are refused, and so is a file of floating-point values where the product has "
            "integer DNs (e.g. an NDVI already scaled): scaling it again would be wrong. Giving 'Scale' or "
            "'Offset' takes its values as they are.\n\n"
            "The output is Float32. {atomic}"
        ).replace("{table}", "\n".join("• " + line for line in scaling_lines())).replace(
            "{atomic}", atomic_output_sentence())

    def initAlgorithm(self, config=None):  # noqa: N802 (Qt naming)
        layer = QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Terrascope raster"))
        layer.setHelp(self.tr(
            "A Terrascope GeoTIFF of digital numbers, e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, a "
            "TOC band or a PROBA-V NDVI or RADIOMETRY file. It is never modified."))
        self.addParameter(layer)

        content = QgsProcessingParameterEnum(
            self.CONTENT, self.tr("Content"),
            options=[self.tr("From the file name")] + list(SCALABLE_CONTENTS), defaultValue=0)
        content.setHelp(self.tr(
            "What the DNs are. 'From the file name' reads it from a Terrascope name such as "
            "S2A_20190307T105021_31UFS_NDVI_10M_V200.tif; choose it explicitly for a file with another "
            "name."))
        self.addParameter(content)

        for name, label, text in (
            (self.SCALE, self.tr("Scale"), self.tr(
                "Multiplies the DN. Required for CCC and CWC when the file declares no scale; otherwise "
                "leave empty to use the product table (a value given here overrides it).")),
            (self.OFFSET, self.tr("Offset"), self.tr(
                "Added after scaling. Leave empty to use the product table or the file's tags (0 when "
                "neither gives one); a value given here overrides them.")),
        ):
            number = QgsProcessingParameterNumber(
                name, label, type=QgsProcessingParameterNumber.Double, optional=True)
            number.setFlags(number.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            number.setHelp(text)
            self.addParameter(number)

        output = QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Physical values"))
        output.setHelp(self.tr("Float32 GeoTIFF of the physical values, NaN where the DN was not valid."))
        self.addParameter(output)
        add_cog_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (Qt naming)
        path = raster_path(self, parameters, self.INPUT, context)
        choice = self.parameterAsEnum(parameters, self.CONTENT, context)
        content = SCALABLE_CONTENTS[choice - 1] if choice > 0 else None
        scale = self._optional_number(parameters, self.SCALE, context)
        offset = self._optional_number(parameters, self.OFFSET, context)
        output = geotiff_output(self, parameters, self.OUTPUT, context)

        result = run_core(scale_to_physical, path, output, content=content, scale=scale, offset=offset,
                          progress=FeedbackProgress(feedback), cog=self.parameterAsBool(parameters, COG, context))

        for index, scaling in enumerate(result.scalings, start=1):
            invalid = []
            if scaling.nodata is not None:
                invalid.append(self.tr("DN {} (nodata)").format(number_text(scaling.nodata)))
            if scaling.valid_min is not None:
                invalid.append(self.tr("DNs outside {}–{}").format(
                    number_text(scaling.valid_min), number_text(scaling.valid_max)))
            feedback.pushInfo(self.tr("{} band {}: value = {}; NaN for {}").format(
                result.content, index, formula_text(scaling.scale, scaling.offset),
                self.tr(" and ").join(invalid) or self.tr("no DN")))
        qml = style_path(result.content.lower())
        style = qml if len(result.scalings) == 1 and os.path.isfile(qml) else None
        style_output_on_load(context, output, style,
                             self.tr("{input} physical values").format(input=file_label(path)))
        return {self.OUTPUT: output}

    def _optional_number(self, parameters, name, context):
        """The number given for an optional parameter, or None when it was left empty."""
        value = parameters.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        number = self.parameterAsDouble(parameters, name, context)
        if not math.isfinite(number):
            raise QgsProcessingException(self.tr("{} must be a finite number").format(name))
        return number

"""The parameters every series algorithm shares (mean composite, temporal statistics, histogram):
``INPUTS``, ``CLASSES``, ``DILATION``, ``SCALE``, the target grid's ``EXTENT``, ``TARGET_CRS`` and
``RESOLUTION``, defined once here, and the ``Series`` built from them.

    class MyAlgorithm(SeriesAlgorithm):            # INPUTS, CLASSES, ... as class constants
        def initAlgorithm(self, config=None):
            add_series_parameters(self)                 # INPUTS, CLASSES, DILATION, SCALE
            ...
        def processAlgorithm(self, parameters, context, feedback):
            with series_from_parameters(self, parameters, context, feedback) as series:
                ...

Ids and defaults follow docs/design.md: ``CLASSES`` defaults to 0,1,3,8,9,10,11 and an explicit empty
list means no SCL masking; ``DILATION`` (m) grows the chosen cloud and shadow classes (3, 8, 9, 10), never
snow or nodata; ``SCALE`` (default true) works on physical values.
"""

import contextlib
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessing,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.masking import DEFAULT_CLASSES, DILATABLE_CLASSES, SCL_LABELS, MaskSettings
from ..core.probav import RADIOMETRY_BANDS
from ..core.remote import is_network_path
from ..core.statusmap import SCL_READING
from .base import TerrascopeAlgorithm, core_errors
from .inputs import layers_without_pam, raster_paths, unreadable_raster_input
from .network import authenticated_reads

INPUTS = "INPUTS"
CLASSES = "CLASSES"
DILATION = "DILATION"
SCALE = "SCALE"
BAND = "BAND"  # advanced, optional: the band of multi-band inputs (PROBA-V RADIOMETRY)
RADIOMETRIC_QUALITY = "RADIOMETRIC_QUALITY"  # advanced, optional: PROBA-V status map's radiometric flags
MASK_PRESET = "MASK_PRESET"  # advanced, only where an algorithm asks for it (add_series_parameters(preset=True))
PERIOD = "PERIOD"  # advanced, on the composites (add_period_parameter)
EXTENT = "EXTENT"  # the target grid (add_target_grid_parameters): advanced, optional
TARGET_CRS = "TARGET_CRS"
RESOLUTION = "RESOLUTION"


class SeriesAlgorithm(TerrascopeAlgorithm):
    """Base of the algorithms over a series: the shared parameter names as class constants."""

    INPUTS = INPUTS
    CLASSES = CLASSES
    DILATION = DILATION
    SCALE = SCALE
    BAND = BAND
    RADIOMETRIC_QUALITY = RADIOMETRIC_QUALITY
    MASK_PRESET = MASK_PRESET
    PERIOD = PERIOD
    EXTENT = EXTENT
    TARGET_CRS = TARGET_CRS
    RESOLUTION = RESOLUTION


def _tr(text):
    return QCoreApplication.translate("SeriesParameters", text)


def class_list(values):
    """SCL values with their labels for help texts, e.g. ``"3 CLOUD_SHADOWS, 8 CLOUD_MEDIUM_PROBABILITY"``."""
    return ", ".join(f"{value} {SCL_LABELS[value]}" for value in values)


def class_options():
    """The CLASSES choices: ``"<value> <label>"`` for SCL values 0..11."""
    return [f"{value} {label}" for value, label in enumerate(SCL_LABELS)]


def add_series_parameters(algorithm, dilation=True, dilation_advanced=False, preset=False):
    """Add INPUTS, the mask parameters (``add_mask_parameters``) and SCALE to ``algorithm``."""
    inputs = QgsProcessingParameterMultipleLayers(
        INPUTS, _tr("Input rasters (one content, one grid)"), layerType=QgsProcessing.TypeRaster)
    inputs.setHelp(_tr(
        "The dates of the series: Terrascope GeoTIFFs of one content (e.g. all NDVI_10M, or all TOC-B04) "
        "on one grid (one tile at one resolution), or of several tiles where the algorithm has a target grid "
        "(advanced 'Target extent', 'Target CRS', 'Target resolution') and one is set. Inputs of other "
        "contents, or on other grids without a target grid, are refused with the names of the offending "
        "files, and so are a file given twice (also through a link: its dates would count twice), files "
        "without georeference, and floating-point files of a content delivered as integer DNs (already "
        "scaled). The 'Product files' output of 'Find products' fits here."))
    algorithm.addParameter(inputs)
    add_mask_parameters(algorithm, dilation, dilation_advanced, preset)
    add_scale_parameter(algorithm)

    band = QgsProcessingParameterNumber(
        BAND, _tr("Band of multi-band inputs"), type=QgsProcessingParameterNumber.Integer, minValue=1,
        optional=True)
    band.setFlags(band.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    band.setHelp(_tr(
        "The band to use, counted from 1, when the inputs have several (PROBA-V RADIOMETRY: {bands}). "
        "Empty: the inputs must have one band; multi-band inputs are refused with their band names.").replace(
        "{bands}", ", ".join(f"{number} {name}" for number, name in enumerate(RADIOMETRY_BANDS, start=1))))
    algorithm.addParameter(band)


def add_scale_parameter(algorithm):
    """Add SCALE (default on: physical values) to ``algorithm``."""
    scale = QgsProcessingParameterBoolean(SCALE, _tr("Scale to physical values"), defaultValue=True)
    scale.setHelp(_tr(
        "On (default): work on physical values, value = scale × DN + offset from the Terrascope product "
        "table (e.g. NDVI = DN / 250 − 0.08). Off: work on the digital numbers as delivered. Either way "
        "the nodata DN and DNs outside the valid range are left out."))
    algorithm.addParameter(scale)


def add_mask_parameters(algorithm, dilation=True, dilation_advanced=False, preset=False):
    """Add CLASSES, DILATION (unless ``dilation`` is False) and, with ``preset``, the advanced
    MASK_PRESET (``add_mask_preset_parameter``) to ``algorithm``."""
    classes = QgsProcessingParameterEnum(
        CLASSES, _tr("Scene classification classes to mask"), options=class_options(),
        allowMultiple=True, defaultValue=list(DEFAULT_CLASSES), optional=True)
    classes.setHelp(_tr(
        "Pixels whose scene classification (SCL) is one of these classes are masked (left out, or set "
        "to nodata). The SCL of each input is found beside it by the naming convention unless given "
        "(the 20 m SCL is used on 10 m inputs, nearest neighbour). Default: 0 no data, 1 saturated or defective, 3 cloud shadows, 8 and 9 cloud "
        "medium and high probability, 10 thin cirrus, 11 snow — the set openEO's Terrascope examples "
        "use. Choose none to use every valid pixel without an SCL.\n"
        "PROBA-V: the status map (…_SM.tif) beside each product plays the part of the SCL, its classes "
        "read as SCL classes: {reading}. The default thus masks every pixel that is not clear; add 6 to "
        "mask the sea too.").replace("{reading}", SCL_READING))
    algorithm.addParameter(classes)

    quality = QgsProcessingParameterBoolean(
        RADIOMETRIC_QUALITY, _tr("PROBA-V: mask pixels of bad radiometric quality"), defaultValue=False,
        optional=True)
    quality.setFlags(quality.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    quality.setHelp(_tr(
        "PROBA-V only. On: a clear pixel whose status map flags a bad radiometric quality in a band its "
        "values depend on (NDVI: RED and NIR; RADIOMETRY: the chosen band, or all four) reads as class 1 "
        "(saturated or defective) and is masked when class 1 is chosen (as by default). Off (default): "
        "only the status map's classes count."))
    algorithm.addParameter(quality)

    if dilation:
        grow = QgsProcessingParameterNumber(
            DILATION, _tr("Grow clouds and shadows by (m)"), type=QgsProcessingParameterNumber.Double,
            defaultValue=0.0, minValue=0.0, optional=True)
        grow.setHelp(_tr(
            "Distance in metres by which the masked cloud and shadow pixels grow: every pixel whose "
            "centre lies within this distance of a pixel of a chosen class among {classes} (cloud "
            "shadows, cloud medium and high probability, thin cirrus) is masked too; snow, no data and "
            "saturated pixels are not grown. Rounded to whole pixels of the input grid. 0 = no growth."
        ).replace("{classes}", ", ".join(map(str, DILATABLE_CLASSES))))
        if dilation_advanced:
            grow.setFlags(grow.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        algorithm.addParameter(grow)
        if preset:
            add_mask_preset_parameter(algorithm)


def preset_options():
    """The MASK_PRESET choices, in the order of ``core.masking.PRESETS`` (saved models store indices)."""
    return [_tr("SCL classes, with clouds and shadows grown"),
            _tr("openEO two-kernel buffer (to_scl_dilation_mask defaults)")]


def _add_advanced_choice(algorithm, name, label, options, help_text):
    """An advanced, optional enum defaulting to its first option (a saved model without it stays valid)."""
    choice = QgsProcessingParameterEnum(name, label, options=options, defaultValue=0, optional=True)
    choice.setFlags(choice.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    choice.setHelp(help_text)
    algorithm.addParameter(choice)


def add_mask_preset_parameter(algorithm):
    """The advanced MASK_PRESET enum: plain classes (+ DILATION) or openEO's two-kernel preset."""
    _add_advanced_choice(algorithm, MASK_PRESET, _tr("SCL mask method"), preset_options(), _tr(
        "How the chosen classes become a mask. 'SCL classes' (default): pixels of the chosen classes, "
        "with cloud and shadow classes grown by 'Grow clouds and shadows by (m)'. 'openEO two-kernel "
        "buffer': openEO's to_scl_dilation_mask as implemented in openeo-geotrellis-extensions — the chosen classes "
        "smoothed by a 17 px Gaussian kernel (sigma 17/6 px) and kept above 0.057, or the chosen ones "
        "among 3, 8, 9, 10, 11 (snow included, as openEO does) smoothed by a 201 px Gaussian kernel "
        "(sigma 201/6 px) and kept above 0.025. Sizes are pixels at 10 m, scaled to the same ground "
        "distance on other grids (9 and 101 px at 20 m, 3 and 33 px at 60 m). Large clouds get a buffer "
        "of up to about 600 m; isolated pixels of a chosen class may stay unmasked. 'Grow clouds and "
        "shadows by (m)' is not used."))


def period_options():
    """The PERIOD choices, in the order of ``core.periods.PERIOD_KINDS`` (saved models store indices)."""
    return [_tr("Whole series (one band)"), _tr("Year"), _tr("Season (DJF, MAM, JJA, SON)"), _tr("Month"),
            _tr("Dekad (days 1–10, 11–20, 21–end)")]


def add_period_parameter(algorithm):
    """The advanced, optional PERIOD enum: one output band per year, season, month or dekad."""
    _add_advanced_choice(algorithm, PERIOD, _tr("One band per period"), period_options(), _tr(
        "Whole series (default): one band over all dates. Otherwise one band per period that holds at "
        "least one input date, in time order, each computed over that period's dates only, with band "
        "descriptions naming the period: years (2020), meteorological seasons (2020 JJA; December counts "
        "with the following year's winter: December 2020 is in 2021 DJF), months (2020-06) or dekads "
        "(2020-06 d1, d2, d3: days 1–10, 11–20 and 21 to the end of the month, as PROBA-V S10). Dates are "
        "the acquisition times in UTC. Every date is read once, whatever the number of periods."))


def period_from_parameters(algorithm, parameters, context):
    """The ``core.periods`` kind chosen by PERIOD (``whole`` when absent)."""
    from ..core.periods import PERIOD_KINDS, period_kind

    if parameters.get(PERIOD) is None:
        return PERIOD_KINDS[0]
    with core_errors():
        return period_kind(algorithm.parameterAsEnum(parameters, PERIOD, context))


def mask_settings_from_parameters(algorithm, parameters, context, feedback=None):
    """The ``MaskSettings`` of CLASSES, DILATION and, where the algorithm has it, MASK_PRESET (an empty
    CLASSES: no SCL masking); ``feedback`` is warned when DILATION is given to a preset that ignores it."""
    from ..core.masking import PRESETS

    classes = algorithm.parameterAsEnums(parameters, CLASSES, context)
    dilation = 0.0
    if algorithm.parameterDefinition(DILATION) is not None and parameters.get(DILATION) is not None:
        dilation = algorithm.parameterAsDouble(parameters, DILATION, context)
    preset = PRESETS[0]
    if algorithm.parameterDefinition(MASK_PRESET) is not None and parameters.get(MASK_PRESET) is not None:
        index = algorithm.parameterAsEnum(parameters, MASK_PRESET, context)
        preset = PRESETS[index] if 0 <= index < len(PRESETS) else PRESETS[0]
    if feedback is not None and preset != PRESETS[0] and dilation > 0:
        feedback.pushWarning(_tr("'Grow clouds and shadows by (m)' is not used with the openEO two-kernel "
                                 "buffer, which has its own buffer."))
    with core_errors():
        return MaskSettings(classes=tuple(classes), dilation_m=dilation, preset=preset)


def _raw_inputs(parameters):
    """The values of INPUTS as given (paths, URLs, layers, ids), in a list."""
    raw = parameters.get(INPUTS)
    return list(raw) if isinstance(raw, (list, tuple)) else [] if raw is None else [raw]


def radiometric_quality(algorithm, parameters, context):
    """RADIOMETRIC_QUALITY, False where the algorithm has no such parameter or it is not given."""
    return (algorithm.parameterDefinition(RADIOMETRIC_QUALITY) is not None
            and parameters.get(RADIOMETRIC_QUALITY) is not None
            and algorithm.parameterAsBoolean(parameters, RADIOMETRIC_QUALITY, context))


def input_paths(algorithm, parameters, context):
    """The file paths of INPUTS (layers, paths, or GDAL network paths from a catalogue search), in the
    given order."""
    raw = _raw_inputs(parameters)
    if any(is_network_path(value) for value in raw if isinstance(value, str)):
        paths = []
        for value in raw:  # QGIS 3.22 loads no layer from a network path: keep those as they are
            if isinstance(value, str) and is_network_path(value):
                paths.append(value)
            else:
                paths += raster_paths(algorithm, {INPUTS: [value]}, INPUTS, context)
    else:
        paths = raster_paths(algorithm, parameters, INPUTS, context)
    if not paths:
        raise QgsProcessingException(_tr("No input rasters were given: choose at least one."))
    return paths


@dataclass(frozen=True)
class SeriesChoice:
    """What the series parameters ask for: the input ``paths``, the ``masking``, ``physical`` values or
    DNs, the ``band`` of multi-band inputs (None: single-band inputs) and whether the PROBA-V status
    map's ``radiometric_quality`` flags mask too."""

    paths: list
    masking: MaskSettings
    physical: bool
    band: int | None
    radiometric_quality: bool = False


@contextlib.contextmanager
def series_choice_from_parameters(algorithm, parameters, context, feedback=None):
    """The ``SeriesChoice`` of INPUTS, CLASSES/DILATION/MASK_PRESET, SCALE and BAND, as a context
    manager: inputs from a catalogue search are read with the search's authentication inside it."""
    with authenticated_reads([value for value in _raw_inputs(parameters) if isinstance(value, str)]):
        paths = input_paths(algorithm, parameters, context)
        masking = mask_settings_from_parameters(algorithm, parameters, context, feedback)
        physical = algorithm.parameterAsBoolean(parameters, SCALE, context)
        band = None
        if algorithm.parameterDefinition(BAND) is not None and parameters.get(BAND) is not None:
            band = algorithm.parameterAsInt(parameters, BAND, context)
        yield SeriesChoice(paths, masking, physical, band, radiometric_quality(algorithm, parameters, context))


def add_target_grid_parameters(algorithm):
    """Add the advanced, optional EXTENT, TARGET_CRS and RESOLUTION: the grid of a composite over any area."""
    extent = QgsProcessingParameterExtent(EXTENT, _tr("Target extent (any CRS)"), optional=True)
    extent.setHelp(_tr(
        "The area to compute, in any CRS (an extent without a CRS is taken in the project's CRS, else in "
        "the target CRS). Setting any of the target grid parameters lets the inputs come from several "
        "tiles, UTM zones or resolutions: each input is masked on its own grid, then put onto the target "
        "grid by nearest neighbour; one acquisition seen in two overlapping tiles counts once (where both "
        "are valid, the tile first in file name order wins). Empty: the union of the inputs' footprints. "
        "The edges are snapped outward to whole multiples of the resolution, so a target in the inputs' "
        "own CRS and resolution lies exactly on their pixels."))
    crs = QgsProcessingParameterCrs(TARGET_CRS, _tr("Target CRS"), optional=True)
    crs.setHelp(_tr(
        "The CRS of the output. Empty: the CRS of the target extent, else of the first input (also when the "
        "extent is in longitude and latitude and no target resolution is given)."))
    resolution = QgsProcessingParameterNumber(
        RESOLUTION, _tr("Target resolution (target CRS units)"), type=QgsProcessingParameterNumber.Double,
        optional=True, minValue=0.0)
    resolution.setHelp(_tr(
        "The output pixel size in units of the target CRS. Empty: the inputs' (finest) pixel size, "
        "expressed in the target CRS's units (needed for a geographic target CRS)."))
    for parameter in (extent, crs, resolution):
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        algorithm.addParameter(parameter)


def _given(parameters, name):
    value = parameters.get(name)
    return value is not None and not (isinstance(value, str) and not value.strip())


def _wkt(crs):
    return crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL) if crs.isValid() else None


def target_grid_from_parameters(algorithm, parameters, context, paths, feedback=None):
    """The target ``core.raster.Grid`` of EXTENT, TARGET_CRS and RESOLUTION, or None when none is given
    (or the algorithm has none); ``feedback`` is warned about a target larger than four full tiles."""
    from ..core.series import group_by_grid
    from ..core.target_grid import LARGE_TARGET_PIXELS, target_grid

    if algorithm.parameterDefinition(EXTENT) is None or not any(
            _given(parameters, name) for name in (EXTENT, TARGET_CRS, RESOLUTION)):
        return None
    extent = extent_crs = crs = resolution = None
    if _given(parameters, EXTENT):
        rectangle = algorithm.parameterAsExtent(parameters, EXTENT, context)
        extent = (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum())
        extent_crs = _wkt(algorithm.parameterAsExtentCrs(parameters, EXTENT, context))
    if _given(parameters, TARGET_CRS):
        crs = _wkt(algorithm.parameterAsCrs(parameters, TARGET_CRS, context))
    if _given(parameters, RESOLUTION):
        resolution = algorithm.parameterAsDouble(parameters, RESOLUTION, context)
    with core_errors():
        grid = target_grid([grid for grid, _ in group_by_grid(paths)], extent, extent_crs, crs, resolution)
    pixels = grid.width * grid.height
    if feedback is not None and pixels > LARGE_TARGET_PIXELS:
        feedback.pushWarning(_tr(
            "The target grid is large: {} x {} px ({:.0f} million pixels, {:.1f} times a full 10 m "
            "Sentinel-2 tile), about {:.1f} GB per uncompressed Float32 band. Check EXTENT and RESOLUTION "
            "if this is not what you meant.").format(
                grid.width, grid.height, pixels / 1e6, pixels / (LARGE_TARGET_PIXELS / 4), pixels * 4 / 1e9))
    return grid


def _report(series, feedback, target=None):
    if feedback is None:
        return
    if target is not None:
        feedback.pushInfo(_tr("{} input(s) of {}: {} acquisition(s) on the target grid of {}").format(
            len(series.paths), series.content, len(series.acquisitions), series.grid.describe()))
        feedback.pushInfo(series.masking.describe())  # dilations are measured on each input's own grid
    else:
        feedback.pushInfo(_tr("{} input(s) of {} on a grid of {}").format(
            len(series.paths), series.content, series.grid.describe()))
        feedback.pushInfo(series.masking.describe(series.grid.ground_pixel_size))
    feedback.pushInfo(_tr("Values: physical (scale × DN + offset)") if series.physical
                      else _tr("Values: digital numbers as delivered"))




@contextlib.contextmanager
def series_from_parameters(algorithm, parameters, context, feedback=None):
    """A ``core.series.Series`` of INPUTS masked by CLASSES/DILATION, physical when SCALE is on, on the
    target grid of EXTENT/TARGET_CRS/RESOLUTION where the algorithm has them and any is given, as a
    context manager (it holds in-memory SCL views; inputs from a catalogue search are read with the
    search's authentication inside it). Bad inputs raise ``QgsProcessingException`` naming the files.
    """
    from ..core.series import Series

    with series_choice_from_parameters(algorithm, parameters, context, feedback) as choice:
        target = target_grid_from_parameters(algorithm, parameters, context, choice.paths, feedback)
        with core_errors():
            series = Series(choice.paths, choice.masking, physical=choice.physical, band=choice.band,
                            radiometric_quality=choice.radiometric_quality, target=target)
        with series:
            _report(series, feedback, target)
            yield series


@contextlib.contextmanager
def series_by_grid_from_parameters(algorithm, parameters, context, feedback=None):
    """One ``core.series.Series`` per grid among INPUTS (``core.series.series_by_grid``), as a context
    manager giving the list: for work that sums per input, such as a histogram."""
    from ..core.series import series_by_grid

    with series_choice_from_parameters(algorithm, parameters, context, feedback) as choice:
        with core_errors():
            parts = series_by_grid(choice.paths, choice.masking, choice.physical, choice.band,
                                   choice.radiometric_quality)
        try:
            for series in parts:
                _report(series, feedback)
            yield parts
        finally:
            for series in parts:
                series.close()

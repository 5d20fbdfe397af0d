"""Default styles of the Terrascope outputs, chosen by content, from the QML files in resources/styles/.

- NDVI, FAPAR, FCOVER, LAI: a colour ramp over the physical range (``ndvi.qml``: -0.08..0.92,
  ``fapar.qml``/``fcover.qml``: 0..1, ``lai.qml``: 0..10); for an output of DNs (SCALE off, or a masked
  product of DNs) the same ramp is stretched over the DNs of that range.
- COUNT (valid observations): ``count.qml``, stretched from 0 to the number of dates.
- SCENECLASSIFICATION: ``scl.qml``, paletted, one labelled class per SCL value in the ESA colours.

``apply_default_style(layer, content, physical=True, dates=None)`` styles a loaded layer;
``default_style(...)`` gives the callable that ``base.style_output_on_load`` applies on load.
"""

import os

from qgis.core import Qgis, QgsMapLayerType, QgsProviderRegistry, QgsSingleBandPseudoColorRenderer

from ..core.naming import SCL_CONTENT, try_parse_name
from ..core.products import PRODUCT_TABLE
from .base import style_path

COUNT = "COUNT"
INTEGER_TYPES = (Qgis.Byte, Qgis.UInt16, Qgis.Int16, Qgis.UInt32, Qgis.Int32)
STYLE_FOR_CONTENT = {
    "NDVI": "ndvi",
    "FAPAR": "fapar",
    "FCOVER": "fcover",
    "LAI": "lai",
    SCL_CONTENT: "scl",
    "SCL": "scl",
    COUNT: "count",
}


def style_name(content):
    """The QML name (in resources/styles/) for ``content``, or None when there is no default style."""
    return STYLE_FOR_CONTENT.get((content or "").upper())


def _stretch(layer, transform, decimals):
    """Move every stop of a pseudocolour ramp through ``transform`` (value -> value)."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        return
    renderer = renderer.clone()
    function = renderer.shader().rasterShaderFunction()
    items = function.colorRampItemList()
    for item in items:
        item.value = transform(item.value)
        item.label = f"{item.value:.{decimals}f}"
    function.setColorRampItemList(items)
    minimum, maximum = transform(function.minimumValue()), transform(function.maximumValue())
    function.setMinimumValue(minimum)
    function.setMaximumValue(maximum)
    renderer.setClassificationMin(minimum)
    renderer.setClassificationMax(maximum)
    layer.setRenderer(renderer)


def apply_default_style(layer, content, physical=True, dates=None):
    """Give ``layer`` the default style of ``content`` (``"COUNT"`` for a count of observations).

    ``physical=False`` stretches a physical ramp over the matching DNs; ``dates`` stretches the count
    ramp to 0..dates. Returns True when a style was applied.
    """
    name = style_name(content)
    if name is None or layer is None or not layer.isValid():
        return False
    path = style_path(name)
    if not os.path.isfile(path):
        return False
    _message, ok = layer.loadNamedStyle(path)
    if not ok:
        return False
    key = content.upper()
    if key == COUNT and dates:
        top = float(layer.renderer().shader().rasterShaderFunction().maximumValue()) \
            if isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer) else 0.0
        if top > 0:
            _stretch(layer, lambda value: value * float(dates) / top, 1 if dates < 10 else 0)
    elif not physical and key in PRODUCT_TABLE and PRODUCT_TABLE[key].scalable:
        spec = PRODUCT_TABLE[key]
        _stretch(layer, lambda value: (value - spec.offset) / spec.scale, 0)
    layer.triggerRepaint()
    return True


def default_style(content, physical=True, dates=None):
    """A callable ``style(layer, context, feedback)`` for ``base.style_output_on_load``, or None when
    ``content`` has no default style."""
    if style_name(content) is None:
        return None

    def style(layer, context=None, feedback=None):
        apply_default_style(layer, content, physical=physical, dates=dates)

    return style


def style_added_layer(layer, context=None, feedback=None):
    """Give a Terrascope raster that still has QGIS's default grey rendering (an SCL, NDVI or LAI file a
    user added by hand or 'Find products' loaded) the default style of its content, known from its file
    name. A layer the user styled already is left alone. Returns True when a style was applied."""
    if layer is None or layer.type() != QgsMapLayerType.RasterLayer or layer.providerType() != "gdal":
        return False
    if layer.renderer() is None or layer.renderer().type() != "singlebandgray":
        return False
    path = QgsProviderRegistry.instance().decodeUri("gdal", layer.source()).get("path") or ""
    parsed = try_parse_name(path)
    if parsed is None:
        return False
    integer = layer.dataProvider().dataType(1) in INTEGER_TYPES  # DNs as delivered; floats are physical
    return apply_default_style(layer, parsed.content, physical=not integer)


# --- layer names -------------------------------------------------------------------------------------------

MAX_TILES_IN_NAMES = 3


def date_range(acquisitions):
    """The UTC dates of ``acquisitions`` for a layer name: "2019-03-07", "2019-03-07 – 2019-03-12" or ""."""
    days = sorted({moment.date().isoformat() for moment in acquisitions})
    if not days:
        return ""
    return days[0] if len(days) == 1 else f"{days[0]} – {days[-1]}"


def series_label(series):
    """What a series (or a list of series, one per grid) holds, for the names of the layers made from
    it: content, tile(s) and dates, e.g. "NDVI 31UFS 2019-03-07 – 2019-03-12" (batch runs over other
    tiles or dates get other names)."""
    parts = list(series) if isinstance(series, (list, tuple)) else [series]
    paths = [path for part in parts for path in part.paths]
    acquisitions = [moment for part in parts for moment in part.acquisitions]
    tiles = sorted({getattr(try_parse_name(path), "tile", None) or "" for path in paths} - {""})
    tile_text = ",".join(tiles) if len(tiles) <= MAX_TILES_IN_NAMES else f"{len(tiles)}×"
    return " ".join(part for part in (parts[0].content, tile_text, date_range(acquisitions)) if part)


def file_label(path):
    """A file's name without folder and extension, for the name of a layer made from that one file."""
    return os.path.splitext(os.path.basename(path))[0]

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

from qgis.core import QgsSingleBandPseudoColorRenderer

from ..core.naming import SCL_CONTENT
from ..core.products import PRODUCT_TABLE
from .base import style_path

COUNT = "COUNT"
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

"""Write the default QML styles of resources/styles/ with the QGIS API (so they match QGIS's format).

Run with the Python that has QGIS: ``QT_QPA_PLATFORM=offscreen python3 scripts/make_styles.py``.
The styles (symbology only):

- ``scl.qml``: the scene classification, paletted, one labelled class per SCL value in the ESA colours;
- ``ndvi.qml`` (-0.08..0.92), ``fapar.qml`` and ``fcover.qml`` (0..1), ``lai.qml`` (0..10): colour ramps
  over the physical range, brown (bare) to dark green (dense vegetation);
- ``count.qml``: the number of valid observations, a ramp from 0 (red: no observation) to 12; the
  plugin stretches it to the number of dates when it loads a count.
"""

import os
import sys
import tempfile

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLES = os.path.join(REPO_ROOT, "resources", "styles")
sys.path.insert(0, REPO_ROOT)

from core.masking import SCL_COLOURS, SCL_LABELS  # noqa: E402  (core imports no qgis)

VEGETATION_RAMP = ("#8c510a", "#d8b365", "#f6e8c3", "#c7e9b4", "#7fbc41", "#4d9221", "#1b5e20")
COUNT_RAMP = ("#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6")
RAMPS = {
    "ndvi": (-0.08, 0.92, VEGETATION_RAMP, 2),
    "fapar": (0.0, 1.0, VEGETATION_RAMP, 2),
    "fcover": (0.0, 1.0, VEGETATION_RAMP, 2),
    "lai": (0.0, 10.0, VEGETATION_RAMP, 1),
    "count": (0.0, 12.0, COUNT_RAMP, 0),
}


def main():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from osgeo import gdal
    from qgis.core import (
        QgsApplication,
        QgsColorRampShader,
        QgsMapLayer,
        QgsPalettedRasterRenderer,
        QgsRasterLayer,
        QgsRasterShader,
        QgsSingleBandPseudoColorRenderer,
    )
    from qgis.PyQt.QtGui import QColor

    application = QgsApplication([], False)
    application.initQgis()
    folder = tempfile.mkdtemp()
    sample = os.path.join(folder, "sample.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(sample, 2, 2, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((0, 1, 0, 0, 0, -1))
    dataset = None
    os.makedirs(STYLES, exist_ok=True)

    def save(layer, name):
        path = os.path.join(STYLES, name + ".qml")
        message, ok = layer.saveNamedStyle(path, QgsMapLayer.Symbology)
        if not ok:
            raise RuntimeError(f"{path}: {message}")
        print(path)

    layer = QgsRasterLayer(sample, "scl")
    classes = [QgsPalettedRasterRenderer.Class(value, QColor(colour), f"{value} {label}")
               for value, (label, colour) in enumerate(zip(SCL_LABELS, SCL_COLOURS))]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    save(layer, "scl")

    for name, (minimum, maximum, colours, decimals) in RAMPS.items():
        layer = QgsRasterLayer(sample, name)
        function = QgsColorRampShader(minimum, maximum)
        function.setColorRampType(QgsColorRampShader.Interpolated)
        function.setClip(False)
        items = []
        for index, colour in enumerate(colours):
            value = minimum + (maximum - minimum) * index / (len(colours) - 1)
            items.append(QgsColorRampShader.ColorRampItem(value, QColor(colour), f"{value:.{decimals}f}"))
        function.setColorRampItemList(items)
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(function)
        renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
        renderer.setClassificationMin(minimum)
        renderer.setClassificationMax(maximum)
        layer.setRenderer(renderer)
        save(layer, name)
    application.exitQgis()


if __name__ == "__main__":
    main()

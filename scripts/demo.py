"""The main job on generated sample data: a cloud-free NDVI composite of a Terrascope-like series.

Generates a series of dates of one tile in the Terrascope archive layout (clouds, shadows, cirrus and
a no-data swath edge in each scene classification), composites it with ``terrascope:meancomposite``
through QGIS Processing exactly as a user would, and renders a PNG: one cloudy date, the composite,
and the number of valid observations per pixel.

Usage: python3 scripts/demo.py [OUTPUT_FOLDER] [--dates N] [--size PIXELS]
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402
from osgeo import gdal  # noqa: E402

import sample_series  # noqa: E402
from qgis_session import start_qgis, stop_qgis  # noqa: E402

PANEL = 480


def render(layer):
    """Render a layer, with the style the plugin gives it on load, to a ``QImage``."""
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(PANEL, PANEL))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def compose(panels, path):
    """Put titled panels side by side and save the picture as PNG."""
    from qgis.PyQt.QtCore import QRect, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

    title_height = 36
    picture = QImage(PANEL * len(panels), PANEL + title_height, QImage.Format_ARGB32)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    painter.setFont(QFont("Sans", 13))
    for index, (title, image) in enumerate(panels):
        painter.drawText(QRect(index * PANEL, 0, PANEL, title_height), Qt.AlignCenter, title)
        painter.drawImage(index * PANEL, title_height, image)
    painter.end()
    if not picture.save(path, "PNG"):
        raise RuntimeError(f"could not write {path}")


def styled_layer(path, name, content, dates=None):
    from qgis.core import QgsRasterLayer

    from terrascope_processing.algorithms.styles import apply_default_style

    layer = QgsRasterLayer(path, name)
    if not layer.isValid():
        raise RuntimeError(f"QGIS cannot load {path}")
    apply_default_style(layer, content, dates=dates)
    return layer


def cloudiest(inputs):
    """The input whose scene classification has the most cloud and shadow (classes 3, 8, 9)."""
    from terrascope_processing.core.siblings import find_quality_layer

    def cloud_share(path):
        classes = gdal.Open(find_quality_layer(path)).ReadAsArray()
        return np.isin(classes, (3, 8, 9)).mean()

    return max(inputs, key=cloud_share)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="demo-output")
    parser.add_argument("--dates", type=int, default=8)
    parser.add_argument("--size", type=int, default=1098, help="tile side in 10 m pixels (10980 is a full tile)")
    options = parser.parse_args()
    output = os.path.abspath(options.output)
    os.makedirs(output, exist_ok=True)

    print(f"Generating {options.dates} dates of {options.size}x{options.size} NDVI with 20 m SCL ...")
    inputs = sample_series.write_series(os.path.join(output, "archive"), options.dates, options.size)

    application = start_qgis()
    import processing

    composite = os.path.join(output, "ndvi_mean_composite.tif")
    count = os.path.join(output, "ndvi_valid_count.tif")
    result = processing.run("terrascope:meancomposite", {
        "INPUTS": inputs,
        "DILATION": 40,
        "OUTPUT": composite,
        "COUNT": count,
    })
    print(f"Composite: {result['OUTPUT']}\nValid observations: {result['COUNT']}")

    picture = os.path.join(output, "ndvi_mean_composite.png")
    from terrascope_processing.core.naming import parse_name

    cloudy_input = cloudiest(inputs)
    cloudy_date = parse_name(cloudy_input).acquisition.strftime("%d %B %Y")
    cloudy = processing.run("terrascope:scaletophysical", {
        "INPUT": cloudy_input, "OUTPUT": os.path.join(output, "one_date_ndvi.tif")})["OUTPUT"]
    compose([
        (f"NDVI on {cloudy_date} (clouds)", render(styled_layer(cloudy, "one date", "NDVI"))),
        (f"Mean of {options.dates} dates, clouds masked", render(styled_layer(composite, "mean", "NDVI"))),
        (f"Valid observations per pixel (0 to {options.dates})",
         render(styled_layer(count, "count", "COUNT", dates=options.dates))),
    ], picture)
    print(f"Picture: {picture}")
    stop_qgis(application)


if __name__ == "__main__":
    main()

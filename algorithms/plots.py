"""The optional plot output shared by the algorithms that draw one (histogram, time series): a PNG with
matplotlib where QGIS has it, else an HTML page with an inline SVG chart."""

import importlib.util
import os

from qgis.core import QgsProcessingParameterFileDestination
from qgis.PyQt.QtCore import QCoreApplication

from .base import core_errors


def _tr(text):
    return QCoreApplication.translate("Plots", text)


def matplotlib_available():
    """True when matplotlib can be imported (Debian's and OSGeo4W's QGIS usually ship it)."""
    return importlib.util.find_spec("matplotlib") is not None


def add_plot_parameter(algorithm, name, label, help_text):
    """An optional, not-created-by-default file destination for a .png (when matplotlib is there) or .html."""
    if matplotlib_available():
        file_filter = _tr("PNG image (*.png);;HTML page with an SVG chart (*.html)")
    else:
        file_filter = _tr("HTML page with an SVG chart (*.html)")
    plot = QgsProcessingParameterFileDestination(
        name, label, fileFilter=file_filter, optional=True, createByDefault=False)
    plot.setHelp(help_text)
    algorithm.addParameter(plot)


def write_plot(path, write_png, write_svg, feedback):
    """Draw with ``write_png(path)`` for a .png when matplotlib is there, else ``write_svg(path)`` to an
    .html (beside a .png asked for without matplotlib, with a warning); returns the path written."""
    extension = os.path.splitext(path)[1].lower()
    if extension not in (".png", ".html", ".htm"):
        path += ".png" if matplotlib_available() else ".html"
        extension = os.path.splitext(path)[1]
    if extension == ".png":
        if matplotlib_available():
            try:
                with core_errors():
                    write_png(path)
                return path
            except ImportError:
                pass
        html = os.path.splitext(path)[0] + ".html"
        feedback.pushWarning(_tr(
            "matplotlib is not available: the plot is written as an HTML page with an SVG chart: {}"
        ).format(html))
        path = html
    with core_errors():
        write_svg(path)
    return path

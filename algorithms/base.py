"""Glue shared by every Terrascope algorithm, so that no algorithm repeats it.

- ``TerrascopeAlgorithm``: the base class (``tr``, id, group, icon, help URL, ``createInstance``).
- ``run_core`` / ``core_errors``: run core code and turn ``core.errors.TerrascopeError`` into
  ``QgsProcessingException`` (a cancel too: the run stops with a clear message and no output).
- ``FeedbackProgress``: the core's progress protocol (``report(fraction)``, ``cancelled()``) on top of
  a ``QgsProcessingFeedback``.
- ``style_output_on_load``: give an output layer a default style (a QML file from ``resources/styles/``
  or a callable) when the context loads it into the project.
"""

import contextlib
import os

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, TerrascopeError, release_frames
from . import termination
from .inputs import NOTHING_TO_CHECK, layers_without_pam, unreadable_raster_input, value_to_check

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES_DIR = os.path.join(PLUGIN_DIR, "resources")
STYLES_DIR = os.path.join(RESOURCES_DIR, "styles")
ICON_PATH = os.path.join(RESOURCES_DIR, "icon.svg")
HELP_BASE_URL = "https://github.com/terrascope-processing/terrascope-processing/blob/main/README.md"

# Group ids (stable: saved models refer to them) -> display names (see TerrascopeIdentity.group).
GROUP_PRODUCTS = "products"
GROUP_PREPARATION = "preparation"
GROUP_TIMESERIES = "timeseries"
GROUP_CLUSTER = "cluster"


COG = "COG"
GEOTIFF_EXTENSIONS = (".tif", ".tiff")


def geotiff_output(algorithm, parameters, name, context):
    """The file of raster output ``name`` ("" when an optional one is skipped); other formats are refused."""
    path = algorithm.parameterAsOutputLayer(parameters, name, context)
    if path and os.path.splitext(path)[1].lower() not in GEOTIFF_EXTENSIONS:
        raise QgsProcessingException(
            _translate("{}: the outputs are GeoTIFFs; give a file name ending in .tif").format(path))
    return path


def add_cog_parameter(algorithm):
    """The advanced ``COG`` option of an algorithm that writes rasters (read it with parameterAsBool)."""
    # Optional: a new mandatory parameter would invalidate saved models that lack a value for it.
    parameter = QgsProcessingParameterBoolean(
        COG, _translate("Write Cloud Optimized GeoTIFFs (COG)"), defaultValue=False, optional=True)
    parameter.setHelp(_translate(
        "Write the raster outputs as Cloud Optimized GeoTIFFs (DEFLATE, with overviews), ready to be "
        "served over HTTP or read in parts by remote clients. Off: tiled DEFLATE GeoTIFFs, faster to write."))
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    algorithm.addParameter(parameter)


def plain_text(text):
    """``text`` (e.g. core's NAME_PATTERN with its ``<MISSION>`` placeholders) safe for a help text: the
    help panel reads help as HTML and qgis_process prints it as it is, so ``<``, ``>`` and ``&`` become
    the look-alikes ⟨, ⟩ and "and"."""
    return text.replace("<", "⟨").replace(">", "⟩").replace("&", "and")


def _translate(text):
    return QCoreApplication.translate("TerrascopeAlgorithm", text)


def group_names():
    """Display names of the groups, translated (literal strings so that pylupdate finds them)."""
    return {
        GROUP_PRODUCTS: QCoreApplication.translate("TerrascopeAlgorithm", "Products and metadata"),
        GROUP_PREPARATION: QCoreApplication.translate("TerrascopeAlgorithm", "Scaling and masking"),
        GROUP_TIMESERIES: QCoreApplication.translate("TerrascopeAlgorithm", "Composites and time series"),
        GROUP_CLUSTER: QCoreApplication.translate("TerrascopeAlgorithm", "Cluster"),
    }


class TerrascopeIdentity:
    """What every Terrascope algorithm and shipped model shows of itself: ``terrascope:<ALGORITHM_ID>``,
    its group, the plugin's icon, a README help URL, and new instances of its own class."""

    ALGORITHM_ID = None
    GROUP_ID = GROUP_PRODUCTS

    def name(self):
        if not self.ALGORITHM_ID:
            raise NotImplementedError(f"{type(self).__name__} does not set ALGORITHM_ID")
        return self.ALGORITHM_ID

    def group(self):
        return group_names().get(self.GROUP_ID, self.GROUP_ID)

    def groupId(self):  # noqa: N802 (Qt naming)
        return self.GROUP_ID

    def createInstance(self):  # noqa: N802 (Qt naming)
        return type(self)()

    def helpUrl(self):  # noqa: N802 (Qt naming)
        return f"{HELP_BASE_URL}#{self.name()}"

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802 (Qt naming)
        return ICON_PATH


class TerrascopeAlgorithm(TerrascopeIdentity, QgsProcessingAlgorithm):
    """Base class of the Terrascope algorithms.

    A subclass sets two class attributes and implements the usual Processing methods::

        class ScaleToPhysicalAlgorithm(TerrascopeAlgorithm):
            ALGORITHM_ID = "scaletophysical"      # literal, never derived from the label
            GROUP_ID = GROUP_PREPARATION           # one of the GROUP_* constants above

            def displayName(self):
                return self.tr("Scale to physical values")

            def shortHelpString(self):
                return self.tr("...")

            def initAlgorithm(self, config=None): ...
            def processAlgorithm(self, parameters, context, feedback): ...

    ``name()``, ``group()``, ``groupId()``, ``createInstance()``, ``helpUrl()`` and ``icon()`` come from
    ``TerrascopeIdentity`` (shared with the shipped models), ``tr()`` (context = the subclass's name, as
    QGIS's own ``QgisAlgorithm.tr``) from here.
    """

    def tr(self, text, disambiguation=None):
        return QCoreApplication.translate(type(self).__name__, text, disambiguation)

    def checkParameterValues(self, parameters, context):  # noqa: N802 (Qt naming)
        """QGIS's checks, with three changes: a raster input given as a file GDAL cannot read is named
        with the reason (QGIS says only "Incorrect parameter value"); raster inputs given as files or
        network paths are not loaded as layers (``value_to_check``: a series of 48 dates would otherwise
        hold 48 layers and their cached blocks, some 300 MB, for the whole run); and the inputs QGIS
        still loads leave no .aux.xml beside them."""
        problem = unreadable_raster_input(self, parameters)
        if problem:
            return False, problem
        with layers_without_pam():
            for definition in self.parameterDefinitions():
                value = value_to_check(definition, parameters.get(definition.name()))
                if value is not NOTHING_TO_CHECK and not definition.checkValueIsAcceptable(value, context):
                    ok, message = super().checkParameterValues(parameters, context)  # QGIS's own message
                    return False, message if not ok else _translate(
                        "Incorrect parameter value for {}").format(definition.name())
        return True, ""


# --- core errors -> QgsProcessingException -------------------------------------------------------------

def _cancelled_message():
    number = termination.received()
    if number is not None:
        return _translate("Stopped by {}: no output was written.").format(termination.describe(number))
    return _translate("Cancelled by the user: no output was written.")


@contextlib.contextmanager
def core_errors():
    """Turn errors the user can fix into ``QgsProcessingException`` within a ``with`` block.

    ``TerrascopeError`` (and subclasses) keep their message, which names the file and what is wrong.
    ``Cancelled`` becomes a ``QgsProcessingException`` too: Processing then reports the run as failed
    (not as a success with missing outputs), a model stops before its next steps, and the core has left
    no partial output behind. ``OSError`` (a missing file, a full disk, no permission) keeps its
    message. Anything else is a bug and is left to propagate with its traceback.
    """
    try:
        with termination.running():
            yield
    except (TerrascopeError, OSError) as error:
        # The frames of the failed run may hold GDAL datasets: drop them now rather than whenever the
        # exception chain is collected (an open output file, or a crash when QGIS exits first).
        release_frames(error)
        message = _cancelled_message() if isinstance(error, Cancelled) else str(error)
        raise QgsProcessingException(message) from error


def run_core(function, *args, **kwargs):
    """``function(*args, **kwargs)`` with ``core_errors()`` around it; returns its result."""
    with core_errors():
        return function(*args, **kwargs)


def raise_if_cancelled(feedback):
    """For algorithm code outside the core: stop the way a core cancel does."""
    if FeedbackProgress(feedback).cancelled():
        raise QgsProcessingException(_cancelled_message())


# --- progress -------------------------------------------------------------------------------------------

class FeedbackProgress:
    """The core's progress protocol on top of a ``QgsProcessingFeedback`` (which may be None).

    ``report(fraction)`` takes 0..1 and sets the feedback's percentage; ``cancelled()`` asks the
    feedback. ``part(start, end)`` gives a progress for one step of a longer run: its 0..1 maps onto
    ``start``..``end`` of this one, e.g. ``progress.part(0, 0.8)`` for the composite and
    ``progress.part(0.8, 1)`` for the count.
    """

    def __init__(self, feedback=None, start=0.0, end=1.0):
        self.feedback = feedback
        self.start = float(start)
        self.end = float(end)

    def report(self, fraction):
        if self.feedback is None:
            return
        try:
            fraction = min(1.0, max(0.0, float(fraction)))
        except (TypeError, ValueError):
            return
        self.feedback.setProgress(100.0 * (self.start + fraction * (self.end - self.start)))

    def cancelled(self):
        """True once the user cancelled, or qgis_process received SIGINT or SIGTERM (``termination``)."""
        return termination.received() is not None or bool(self.feedback is not None and self.feedback.isCanceled())

    def part(self, start, end):
        span = self.end - self.start
        return FeedbackProgress(self.feedback, self.start + start * span, self.start + end * span)


# --- default styles for outputs ----------------------------------------------------------------------------

# Post-processors are referenced here until QGIS has called them: without a Python reference, sip lets
# the Python object die and QGIS would call a deleted object (the pattern of angusmcb/wntr-qgis).
_LIVE_POSTPROCESSORS = set()
_MAX_LIVE_POSTPROCESSORS = 256


def style_path(style):
    """A QML path: absolute or relative paths that exist are kept, bare names are looked up in
    ``resources/styles/`` (``"scl"`` or ``"scl.qml"``)."""
    if os.path.isfile(style):
        return os.path.abspath(style)
    name = style if style.lower().endswith(".qml") else style + ".qml"
    return os.path.join(STYLES_DIR, name)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Names the loaded output and applies a QML file or calls ``style(layer, context, feedback)``."""

    def __init__(self, style, name=None):
        super().__init__()
        self.style = style
        self.name = name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (Qt naming)
        try:
            if layer is None or not layer.isValid():
                return
            if self.name:
                layer.setName(self.name)
            if callable(self.style):
                self.style(layer, context, feedback)
            elif self.style:
                path = style_path(self.style)
                if not os.path.isfile(path):
                    if feedback is not None:
                        feedback.pushWarning(_translate("Default style not found: {}").format(path))
                    return
                message, ok = layer.loadNamedStyle(path)
                if not ok and feedback is not None:
                    feedback.pushWarning(_translate("Could not apply the style {}: {}").format(path, message))
            layer.triggerRepaint()
        finally:
            _LIVE_POSTPROCESSORS.discard(self)


def style_output_on_load(context, destination, style=None, name=None):
    """Style the output ``destination`` (the path from ``parameterAsOutputLayer``) when ``context``
    loads it on completion; does nothing when it will not be loaded (``processing.run``, qgis_process).

    ``style`` is a QML path, a bare name of a file in ``resources/styles/`` (``"scl"``), a callable
    ``style(layer, context, feedback)`` or None (no style). ``name``, if given, becomes the layer name
    (after the content and period, e.g. styles.series_label, so that batch runs can be told apart). Returns the
    post-processor, or None when the layer is not going to be loaded.
    """
    if context is None or not destination or not context.willLoadLayerOnCompletion(destination):
        return None
    if style is None and not name:
        return None
    processor = StylePostProcessor(style, name)
    if len(_LIVE_POSTPROCESSORS) >= _MAX_LIVE_POSTPROCESSORS:
        _LIVE_POSTPROCESSORS.clear()  # layers never loaded: drop the oldest references
    _LIVE_POSTPROCESSORS.add(processor)
    context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
    return processor

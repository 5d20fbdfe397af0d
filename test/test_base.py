"""The shared algorithm glue: error conversion, the progress adapter, the base class, output styles."""

import gc

import numpy as np
import pytest
from qgis.core import (
    QgsPalettedRasterRenderer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
)
from qgis.PyQt.QtGui import QColor

from rasters import make_raster
from terrascope_processing.algorithms import base
from terrascope_processing.core.errors import Cancelled, MetadataError, ProductNameError, RasterError


def reported(progress, feedback, fractions):
    """The feedback's percentage after each report."""
    values = []
    for fraction in fractions:
        progress.report(fraction)
        values.append(feedback.progress())
    return values


# --- errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("error", [ProductNameError, MetadataError, RasterError])
def test_core_errors_keep_their_message(error):
    def fail():
        raise error("/data/x.tif: something is wrong")

    with pytest.raises(QgsProcessingException, match="/data/x.tif: something is wrong"):
        base.run_core(fail)


def test_cancel_becomes_a_processing_exception_saying_so():
    def cancelled():
        raise Cancelled("cancelled by the user")

    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        base.run_core(cancelled)


def test_os_errors_keep_their_message(tmp_path):
    missing = tmp_path / "nowhere" / "file.tif"
    with pytest.raises(QgsProcessingException, match="nowhere"):
        with base.core_errors():
            open(missing, "rb")


def test_bugs_are_not_hidden():
    with pytest.raises(ZeroDivisionError):
        base.run_core(lambda: 1 / 0)


def test_run_core_returns_the_result_and_passes_arguments():
    assert base.run_core(lambda a, b=0: a + b, 2, b=3) == 5


def test_raise_if_cancelled():
    feedback = QgsProcessingFeedback()
    base.raise_if_cancelled(feedback)
    base.raise_if_cancelled(None)
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        base.raise_if_cancelled(feedback)


# --- progress -----------------------------------------------------------------------------------------


def test_feedback_progress_reports_percentages():
    feedback = QgsProcessingFeedback()
    progress = base.FeedbackProgress(feedback)
    assert reported(progress, feedback, (0.0, 0.25, 1.0, 1.5, -1)) == [0.0, 25.0, 100.0, 100.0, 0.0]
    assert progress.cancelled() is False
    feedback.cancel()
    assert progress.cancelled() is True


def test_feedback_progress_parts_map_onto_a_range():
    feedback = QgsProcessingFeedback()
    second = base.FeedbackProgress(feedback).part(0.5, 1.0)
    assert reported(second, feedback, (0.0, 0.5, 1.0)) == [50.0, 75.0, 100.0]
    assert reported(second.part(0.0, 0.5), feedback, (1.0,)) == [75.0]


def test_feedback_progress_without_feedback():
    progress = base.FeedbackProgress(None)
    progress.report(0.5)
    assert progress.cancelled() is False


def test_feedback_progress_stops_the_engine():
    """The lead's block engine raises Cancelled when the adapter says so."""
    engine = pytest.importorskip("terrascope_processing.core.engine")
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    windows = [engine.Window(0, 0, 1, 1)] * 3
    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        with base.core_errors():
            list(engine.run_windows(windows, lambda window: None, base.FeedbackProgress(feedback)))


# --- the base class --------------------------------------------------------------------------------------


class ExampleAlgorithm(base.TerrascopeAlgorithm):
    ALGORITHM_ID = "example"
    GROUP_ID = base.GROUP_TIMESERIES

    def displayName(self):  # noqa: N802
        return self.tr("Example")

    def initAlgorithm(self, config=None):  # noqa: N802
        pass

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return {}


def test_base_class_derives_the_boilerplate():
    algorithm = ExampleAlgorithm()
    assert algorithm.name() == "example"
    assert algorithm.groupId() == "timeseries"
    assert algorithm.group() == "Composites and time series"
    assert algorithm.tr("Example") == "Example"
    assert type(algorithm.createInstance()) is ExampleAlgorithm
    assert algorithm.helpUrl().endswith("README.md#example")
    assert not algorithm.icon().isNull()


def test_tr_uses_the_class_name_as_context(monkeypatch):
    calls = []
    monkeypatch.setattr(base.QCoreApplication, "translate", lambda *args: calls.append(args) or args[1])
    ExampleAlgorithm().tr("Hello")
    assert calls == [("ExampleAlgorithm", "Hello", None)]


def test_missing_id_is_a_clear_error():
    class NoId(base.TerrascopeAlgorithm):
        pass

    with pytest.raises(NotImplementedError, match="NoId"):
        NoId().name()


# --- default styles -------------------------------------------------------------------------------------------


@pytest.fixture
def raster(tmp_path):
    return make_raster(tmp_path / "classes.tif", np.array([[0, 1], [2, 3]], dtype=np.uint8))


@pytest.fixture
def paletted_qml(tmp_path, raster):
    """A QML with a paletted renderer, saved from a layer (QGIS writes the format itself)."""
    layer = QgsRasterLayer(raster, "source")
    classes = [QgsPalettedRasterRenderer.Class(value, QColor(color), label)
               for value, color, label in ((0, "#000000", "zero"), (1, "#ff0000", "one"))]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    path = str(tmp_path / "paletted.qml")
    message, ok = layer.saveNamedStyle(path)
    assert ok, message
    return path


def loading_context(destination):
    context = QgsProcessingContext()
    project = QgsProject()
    context.setProject(project)
    context.addLayerToLoadOnCompletion(
        destination, QgsProcessingContext.LayerDetails("Output", project, "OUTPUT"))
    return context, project


def test_style_applied_when_the_layer_is_loaded(raster, paletted_qml):
    context, _project = loading_context(raster)
    processor = base.style_output_on_load(context, raster, paletted_qml, name="Classes")
    assert processor is not None
    del processor
    gc.collect()  # the helper keeps the post-processor alive, not the caller

    details = context.layerToLoadOnCompletionDetails(raster)
    layer = QgsRasterLayer(raster, "Output")
    assert not isinstance(layer.renderer(), QgsPalettedRasterRenderer)
    details.postProcessor().postProcessLayer(layer, context, QgsProcessingFeedback())
    assert isinstance(layer.renderer(), QgsPalettedRasterRenderer)
    assert [c.label for c in layer.renderer().classes()] == ["zero", "one"]
    assert layer.name() == "Classes"


def test_style_callable(raster):
    context, _project = loading_context(raster)
    seen = []
    base.style_output_on_load(context, raster, lambda layer, ctx, feedback: seen.append(layer.source()))
    gc.collect()
    layer = QgsRasterLayer(raster, "Output")
    context.layerToLoadOnCompletionDetails(raster).postProcessor().postProcessLayer(layer, context, None)
    assert seen == [raster]


def test_missing_style_is_a_warning_not_a_failure(raster):
    context, _project = loading_context(raster)
    base.style_output_on_load(context, raster, "no-such-style")
    layer = QgsRasterLayer(raster, "Output")
    renderer_type = layer.renderer().type()
    feedback = QgsProcessingFeedback()
    context.layerToLoadOnCompletionDetails(raster).postProcessor().postProcessLayer(layer, context, feedback)
    assert layer.renderer().type() == renderer_type


def test_no_style_when_the_layer_is_not_loaded(raster, paletted_qml):
    assert base.style_output_on_load(QgsProcessingContext(), raster, paletted_qml) is None


def test_style_path_finds_bundled_styles_by_name():
    assert base.style_path("scl") == base.style_path("scl.qml")
    assert base.style_path("scl").endswith("resources/styles/scl.qml")

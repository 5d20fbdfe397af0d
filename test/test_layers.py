"""What a QGIS user sees in the Layers panel: outputs loaded by the dialog are named after their content,
tiles and dates (batch runs can be told apart), Terrascope rasters added by hand get their content's style,
and 'Find products' can add the files it found to the project."""

import os

import numpy as np
import pytest
from qgis.core import (
    QgsPalettedRasterRenderer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
)

from archive import make_archive
from rasters import make_raster
from series_data import write_series


def run_in_dialog(algorithm_id, parameters, outputs, tmp_path):
    """Run as the algorithm dialog does: the outputs go to a project and are loaded when the run ends
    (processing's handleAlgorithmResults); returns the project and {layer name: layer} in it."""
    import processing
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import QgsApplication

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    for name in outputs:
        parameters[name] = QgsProcessingOutputLayerDefinition(str(tmp_path / f"{name.lower()}.tif"), project)
    feedback = QgsProcessingFeedback()
    processing.run(algorithm_id, parameters, context=context, feedback=feedback)
    handleAlgorithmResults(QgsApplication.processingRegistry().algorithmById(algorithm_id), context, feedback)
    return project, {layer.name(): layer for layer in project.mapLayers().values()}


def test_mean_composite_layers_are_named_after_content_tile_and_dates(provider, tmp_path):
    dated = write_series(tmp_path / "series", 3, shape=(8, 8))
    _project, layers = run_in_dialog("terrascope:meancomposite", {"INPUTS": [item.path for item in dated]},
                           ["OUTPUT", "COUNT"], tmp_path)
    first, last = (item.path for item in (dated[0], dated[-1]))
    dates = [os.path.basename(path).split("_")[1][:8] for path in (first, last)]
    span = " – ".join(f"{day[:4]}-{day[4:6]}-{day[6:]}" for day in dates)
    assert sorted(layers) == sorted([f"NDVI 31UFS {span} mean composite",
                                     f"NDVI 31UFS {span} valid observation count"])


def test_statistics_layer_names_its_statistics(provider, tmp_path):
    dated = write_series(tmp_path / "series", 2, shape=(8, 8))
    _project, layers = run_in_dialog("terrascope:temporalstatistics", {
        "INPUTS": [item.path for item in dated], "STATISTICS": [1, 6], "PERCENTILES": "10,90"}, ["OUTPUT"], tmp_path)
    (name,) = layers
    assert name.startswith("NDVI 31UFS ") and name.endswith(" median, p10, p90")


def test_masked_rasters_of_a_batch_have_distinct_names(provider, tmp_path):
    dated = write_series(tmp_path / "series", 2, shape=(8, 8))
    names = []
    for index, item in enumerate(dated):
        (tmp_path / str(index)).mkdir()
        _project, layers = run_in_dialog("terrascope:maskbyscl", {"INPUT": item.path}, ["OUTPUT"], tmp_path / str(index))
        names += list(layers)
    assert names == [f"{os.path.splitext(os.path.basename(item.path))[0]} masked" for item in dated]


@pytest.fixture
def plugin(qgis_iface):
    import terrascope_processing

    instance = terrascope_processing.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()


def test_scl_added_by_hand_gets_the_scl_style(plugin, tmp_path):
    scl = make_raster(tmp_path / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V200.tif",
                      np.arange(12, dtype=np.uint8).reshape(3, 4))
    ndvi = make_raster(tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V200.tif", np.full((4, 4), 125, np.uint8))
    other = make_raster(tmp_path / "my_raster.tif", np.arange(12, dtype=np.uint8).reshape(3, 4))
    layers = [QgsRasterLayer(path, os.path.basename(path)) for path in (scl, ndvi, other)]
    QgsProject.instance().addMapLayers(layers)
    try:
        scl_layer, ndvi_layer, other_layer = layers
        assert isinstance(scl_layer.renderer(), QgsPalettedRasterRenderer)
        labels = {c.value: c.label for c in scl_layer.renderer().classes()}
        assert "VEGETATION" in labels[4] and "CLOUD_HIGH" in labels[9]
        assert isinstance(ndvi_layer.renderer(), QgsSingleBandPseudoColorRenderer)
        stops = ndvi_layer.renderer().shader().rasterShaderFunction().colorRampItemList()
        assert stops[0].value == pytest.approx(0) and stops[-1].value == pytest.approx(250)  # DNs of -0.08..0.92
        assert other_layer.renderer().type() == "singlebandgray"  # not a Terrascope name: left alone
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in layers])


def test_scl_not_styled_once_the_plugin_is_unloaded(plugin, tmp_path):
    plugin.unload()
    scl = make_raster(tmp_path / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V200.tif",
                      np.arange(12, dtype=np.uint8).reshape(3, 4))
    layer = QgsRasterLayer(scl, "scl")
    QgsProject.instance().addMapLayer(layer)
    try:
        assert layer.renderer().type() == "singlebandgray"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_find_products_adds_the_files_to_the_project(provider, tmp_path):
    archive = make_archive(tmp_path / "archive", size=8)
    _project, layers = run_in_dialog("terrascope:findproducts", {
        "INPUT": archive.root, "CONTENT": "NDVI", "TILES": "31UFS", "END": "2019-03-12", "LOAD_PRODUCTS": True,
    }, ["OUTPUT"], tmp_path)
    expected = [os.path.splitext(os.path.basename(path))[0]
                for path in archive.paths(content="NDVI", tile="31UFS", version="210")
                if "_20190317T" not in path]  # after END
    assert len(expected) == 2
    assert set(expected) < set(layers)
    assert all(layers[name].isValid() and isinstance(layers[name].renderer(), QgsSingleBandPseudoColorRenderer)
               for name in expected)
    assert "NDVI products 2019-03-07 – 2019-03-12" in layers  # the footprints

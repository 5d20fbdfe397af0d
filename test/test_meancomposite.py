"""terrascope:meancomposite through processing.run, against stack-and-nanmean references from the arrays."""

import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
)

from rasters import ORIGIN, make_raster, read_raster
from series_data import product_name, reference_mean, write_series

ALG = "terrascope:meancomposite"


def run(parameters, feedback=None, context=None):
    import processing

    return processing.run(ALG, parameters, feedback=feedback, context=context)


def listing(folder):
    return sorted(name for name in os.listdir(folder) if not name.endswith(".aux.xml"))


def assert_mean(path, expected):
    values, nodata, _ = read_raster(path)
    assert values.dtype == np.float32 and np.isnan(nodata[0])
    assert np.array_equal(np.isnan(values[0]), np.isnan(expected))
    np.testing.assert_allclose(values[0][~np.isnan(expected)], expected[~np.isnan(expected)], rtol=1e-6, atol=1e-6)


@pytest.fixture
def series(tmp_path):
    dates = write_series(tmp_path / "in", 5, shape=(60, 70), seed=9)
    for dated in dates:  # a corner that is cloudy on every date: no valid observation
        dated.scl[:5, :5] = 8
        make_raster(dated.scl_path, dated.scl, pixel=20.0)
    return dates


@pytest.mark.parametrize("scale", [True, False])
def test_mean_and_count_per_pixel(provider, tmp_path, series, scale):
    output, count = str(tmp_path / "mean.tif"), str(tmp_path / "count.tif")
    result = run({"INPUTS": [d.path for d in series], "DILATION": 20, "SCALE": scale,
                  "OUTPUT": output, "COUNT": count})
    assert result == {"OUTPUT": output, "COUNT": count}
    expected_mean, expected_count = reference_mean(series, radius=2, physical=scale)
    assert (expected_count[:10, :10] == 0).all()
    assert_mean(output, expected_mean)
    counts, nodata, transform = read_raster(count)
    assert counts.dtype == np.uint16 and nodata == [None]
    assert np.array_equal(counts[0], expected_count)
    source = gdal.Open(series[0].path)
    for path in (output, count):
        written = gdal.Open(path)
        assert written.GetGeoTransform() == source.GetGeoTransform()
        assert written.GetProjection() == source.GetProjection()
        assert written.GetRasterBand(1).GetBlockSize() == [256, 256]
        assert written.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"


def test_default_classes_without_count(provider, tmp_path, series):
    output = str(tmp_path / "mean.tif")
    result = run({"INPUTS": [d.path for d in series], "OUTPUT": output})
    assert result["OUTPUT"] == output and not result.get("COUNT")
    assert_mean(output, reference_mean(series)[0])
    assert listing(tmp_path) == ["in", "mean.tif"]


def test_cog_output_is_a_cloud_optimized_geotiff_with_the_same_values(provider, tmp_path, series):
    inputs = [d.path for d in series]
    plain = run({"INPUTS": inputs, "OUTPUT": str(tmp_path / "plain.tif")})["OUTPUT"]
    cog = run({"INPUTS": inputs, "COG": True, "OUTPUT": str(tmp_path / "cog.tif")})["OUTPUT"]
    assert gdal.Open(cog).GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") == "COG"
    assert gdal.Open(plain).GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") != "COG"
    np.testing.assert_array_equal(gdal.Open(cog).ReadAsArray(), gdal.Open(plain).ReadAsArray())
    assert listing(tmp_path) == ["cog.tif", "in", "plain.tif"]  # no temporary file left


def test_empty_classes_average_every_valid_dn_without_scl(provider, tmp_path, series):
    for dated in series:
        os.remove(dated.scl_path)
    output = str(tmp_path / "mean.tif")
    run({"INPUTS": [d.path for d in series], "CLASSES": [], "OUTPUT": output})
    assert_mean(output, reference_mean(series, classes=())[0])


def test_chosen_classes(provider, tmp_path, series):
    output = str(tmp_path / "mean.tif")
    run({"INPUTS": [d.path for d in series], "CLASSES": [3, 9], "OUTPUT": output})
    assert_mean(output, reference_mean(series, classes=(3, 9))[0])


def test_openeo_preset_masks_more_than_the_classes(provider, tmp_path, series):
    plain, buffered = str(tmp_path / "plain.tif"), str(tmp_path / "openeo.tif")
    run({"INPUTS": [d.path for d in series], "OUTPUT": plain, "COUNT": str(tmp_path / "c1.tif")})
    run({"INPUTS": [d.path for d in series], "MASK_PRESET": 1, "OUTPUT": buffered,
         "COUNT": str(tmp_path / "c2.tif")})
    plain_count = read_raster(str(tmp_path / "c1.tif"))[0][0]
    buffered_count = read_raster(str(tmp_path / "c2.tif"))[0][0]
    assert buffered_count.sum() < plain_count.sum()


# --- refusals leave nothing behind -------------------------------------------------------------------------

def test_grid_mismatch_names_the_file(provider, tmp_path, series):
    moved = make_raster(tmp_path / "in" / product_name(9), series[0].dn, nodata=255,
                        origin=(ORIGIN[0] + 20, ORIGIN[1]))
    output = tmp_path / "mean.tif"
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUTS": [series[0].path, series[1].path, moved], "CLASSES": [], "OUTPUT": str(output)})
    assert moved in str(error.value) and "grid" in str(error.value)
    assert listing(tmp_path) == ["in"]


def test_missing_scl_names_the_inputs(provider, tmp_path, series):
    os.remove(series[3].scl_path)
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUTS": [d.path for d in series], "OUTPUT": str(tmp_path / "mean.tif"),
             "COUNT": str(tmp_path / "count.tif")})
    assert series[3].path in str(error.value) and "scene classification" in str(error.value)
    assert listing(tmp_path) == ["in"]


def test_mixed_contents_name_the_files(provider, tmp_path, series):
    lai = write_series(tmp_path / "lai", 1, shape=(60, 70), content="LAI")
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUTS": [series[0].path, lai[0].path], "OUTPUT": str(tmp_path / "mean.tif")})
    assert series[0].path in str(error.value) and lai[0].path in str(error.value)
    assert "mean.tif" not in listing(tmp_path)


def test_empty_inputs_are_refused(provider, tmp_path):
    with pytest.raises(QgsProcessingException):
        run({"INPUTS": [], "OUTPUT": str(tmp_path / "mean.tif")})
    assert listing(tmp_path) == []


# --- cancel --------------------------------------------------------------------------------------------

@pytest.fixture
def wide(tmp_path):
    """1100 px wide: two windows of the default engine."""
    return write_series(tmp_path / "in", 3, shape=(30, 1100), seed=2)


def test_cancel_at_first_progress_keeps_an_existing_output(provider, tmp_path, wide):
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel())
    output = tmp_path / "mean.tif"
    output.write_bytes(b"last season's composite")
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run({"INPUTS": [d.path for d in wide], "OUTPUT": str(output), "COUNT": str(tmp_path / "count.tif")},
            feedback)
    assert output.read_bytes() == b"last season's composite"
    assert listing(tmp_path) == ["in", "mean.tif"]


def test_progress_reaches_the_end(provider, tmp_path, wide):
    feedback = QgsProcessingFeedback()
    seen = []
    feedback.progressChanged.connect(seen.append)
    run({"INPUTS": [d.path for d in wide], "OUTPUT": str(tmp_path / "mean.tif")}, feedback)
    assert seen and seen[-1] == pytest.approx(100.0) and len(seen) >= 2


# --- default styles on load ------------------------------------------------------------------------------------

def test_loaded_outputs_get_the_ndvi_and_count_ramps(provider, tmp_path, series):
    output, count = str(tmp_path / "mean.tif"), str(tmp_path / "count.tif")
    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    run({"INPUTS": [d.path for d in series], "OUTPUT": QgsProcessingOutputLayerDefinition(output, project),
         "COUNT": QgsProcessingOutputLayerDefinition(count, project)}, context=context)
    for path, (low, high) in ((output, (-0.08, 0.92)), (count, (0, 5))):
        processor = context.layerToLoadOnCompletionDetails(path).postProcessor()
        assert processor is not None
        layer = QgsRasterLayer(path, "layer", "gdal")
        processor.postProcessLayer(layer, context, QgsProcessingFeedback())
        renderer = layer.renderer()
        assert renderer.type() == "singlebandpseudocolor"
        assert (renderer.classificationMin(), renderer.classificationMax()) == pytest.approx((low, high))


def test_monthly_composites_of_a_two_month_series_equal_each_months_composite(provider, tmp_path):
    # Dates 2023-04-02 + 5 days each: 04-02 ... 04-27 are April (6), 05-02 and 05-07 are May (2).
    dates = write_series(tmp_path / "in", 8, shape=(40, 50), seed=21)
    paths = [d.path for d in dates]
    output, count = str(tmp_path / "monthly.tif"), str(tmp_path / "monthly_count.tif")
    run({"INPUTS": paths[::-1], "DILATION": 20, "PERIOD": 3, "OUTPUT": output, "COUNT": count})
    months, month_counts = read_raster(output)[0], read_raster(count)[0]
    assert months.shape[0] == month_counts.shape[0] == 2
    described = gdal.Open(output)
    assert [described.GetRasterBand(b).GetDescription() for b in (1, 2)] == [
        "2023-04 NDVI mean of valid observations", "2023-05 NDVI mean of valid observations"]
    for band, month in enumerate((paths[:6], paths[6:])):
        alone, alone_count = str(tmp_path / f"alone{band}.tif"), str(tmp_path / f"alone_count{band}.tif")
        run({"INPUTS": month, "DILATION": 20, "OUTPUT": alone, "COUNT": alone_count})
        assert np.array_equal(months[band], read_raster(alone)[0][0], equal_nan=True)
        assert np.array_equal(month_counts[band], read_raster(alone_count)[0][0])
    expected, expected_count = reference_mean(dates[6:], radius=2)
    assert_mean(str(tmp_path / "alone1.tif"), expected)
    assert np.array_equal(month_counts[1], expected_count)


def test_inputs_given_as_files_are_checked_without_loading_layers(provider, tmp_path, series):
    # QGIS's own check would load each input as a layer and keep it, with GDAL's cached blocks, for the
    # whole run: some 6 MB per date of a full tile.
    from qgis.core import QgsApplication, QgsProcessingContext

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("terrascope:meancomposite")
    context = QgsProcessingContext()
    parameters = {"INPUTS": [d.path for d in series], "OUTPUT": str(tmp_path / "mean.tif")}
    assert algorithm.checkParameterValues(parameters, context) == (True, "")
    assert context.temporaryLayerStore().count() == 0
    missing = dict(parameters, INPUTS=[series[0].path, str(tmp_path / "gone.tif")])
    ok, message = algorithm.checkParameterValues(missing, context)
    assert not ok and "INPUTS" in message

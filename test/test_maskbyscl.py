"""terrascope:maskbyscl through processing.run: per-pixel results from the arrays, refusals, cancel."""

import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from feedback import RecordingFeedback
from rasters import make_raster, read_raster
from series_data import product_name, reference_mask, upsample, write_series

ALG = "terrascope:maskbyscl"


def run(parameters, feedback=None):
    import processing

    return processing.run(ALG, parameters, feedback=feedback)


def listing(folder):
    return sorted(name for name in os.listdir(folder) if not name.endswith(".aux.xml"))


def expected_masked(dated, classes=(0, 1, 3, 8, 9, 10, 11), radius=0):
    return reference_mask(upsample(dated.scl, 2, dated.dn.shape), classes, radius)


@pytest.mark.parametrize("classes, metres, radius", [(None, 0, 0), ([3, 8, 9], 30, 3), ([0, 11], 100, 0)])
def test_masked_pixels_become_nodata_and_others_are_unchanged(provider, tmp_path, classes, metres, radius):
    dated = write_series(tmp_path / "in", 1, shape=(50, 61), seed=3)[0]
    output = str(tmp_path / "masked.tif")
    parameters = {"INPUT": dated.path, "DILATION": metres, "OUTPUT": output}
    if classes is not None:
        parameters["CLASSES"] = classes
    assert run(parameters) == {"OUTPUT": output}
    values, nodata, transform = read_raster(output)
    assert values.dtype == np.uint8 and nodata == [255.0]
    masked = expected_masked(dated, tuple(classes) if classes is not None else (0, 1, 3, 8, 9, 10, 11), radius)
    assert masked.any() and not masked.all()
    assert np.array_equal(values[0], np.where(masked, 255, dated.dn))
    source, written = gdal.Open(dated.path), gdal.Open(output)
    assert transform == source.GetGeoTransform() and written.GetProjection() == source.GetProjection()
    assert listing(tmp_path) == ["in", "masked.tif"]


def test_explicit_scl_and_int16_toc_band(provider, tmp_path):
    dates = write_series(tmp_path / "in", 2, shape=(40, 30), content="TOC-B04")
    output = str(tmp_path / "masked.tif")
    run({"INPUT": dates[0].path, "SCL": dates[1].scl_path, "OUTPUT": output})
    values, nodata, _ = read_raster(output)
    assert values.dtype == np.int16 and nodata == [32767.0]
    masked = reference_mask(upsample(dates[1].scl, 2, (40, 30)), (0, 1, 3, 8, 9, 10, 11))
    assert np.array_equal(values[0], np.where(masked, 32767, dates[0].dn))


def test_without_declared_nodata_the_table_nodata_is_used_and_declared(provider, tmp_path):
    dated = write_series(tmp_path / "in", 1, shape=(20, 20), content="FAPAR", dn_nodata="none")[0]
    assert gdal.Open(dated.path).GetRasterBand(1).GetNoDataValue() is None
    output = str(tmp_path / "masked.tif")
    feedback = RecordingFeedback()
    run({"INPUT": dated.path, "OUTPUT": output}, feedback)
    values, nodata, _ = read_raster(output)
    assert nodata == [255.0]
    assert np.array_equal(values[0], np.where(expected_masked(dated), 255, dated.dn))
    assert any("declares no nodata" in warning and "255" in warning for warning in feedback.warnings)


def test_every_band_of_a_multiband_raster_is_masked(provider, tmp_path):
    dated = write_series(tmp_path / "in", 1, shape=(20, 24))[0]
    bands = np.stack([dated.dn, 200 - dated.dn // 2, np.full_like(dated.dn, 7)])
    path = make_raster(tmp_path / "in" / "stack.tif", bands, nodata=255)
    output = str(tmp_path / "masked.tif")
    run({"INPUT": path, "SCL": dated.scl_path, "OUTPUT": output})
    values = read_raster(output)[0]
    masked = expected_masked(dated)
    assert np.array_equal(values, np.where(masked[np.newaxis], 255, bands))


def test_no_classes_copies_the_input(provider, tmp_path):
    dated = write_series(tmp_path / "in", 1, shape=(20, 24))[0]
    os.remove(dated.scl_path)
    output = str(tmp_path / "masked.tif")
    run({"INPUT": dated.path, "CLASSES": [], "OUTPUT": output})
    assert np.array_equal(read_raster(output)[0][0], dated.dn)


def test_missing_scl_names_the_input_and_leaves_no_output(provider, tmp_path):
    dated = write_series(tmp_path / "in", 1, shape=(20, 24))[0]
    os.remove(dated.scl_path)
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUT": dated.path, "OUTPUT": str(tmp_path / "masked.tif")})
    assert dated.path in str(error.value) and "SCENECLASSIFICATION" in str(error.value)
    assert listing(tmp_path) == ["in"]


def test_unknown_name_without_nodata_is_refused(provider, tmp_path):
    dated = write_series(tmp_path / "in", 1, shape=(20, 24))[0]
    path = make_raster(tmp_path / "in" / "ndvi.tif", dated.dn)
    with pytest.raises(QgsProcessingException, match="declares no nodata"):
        run({"INPUT": path, "SCL": dated.scl_path, "OUTPUT": str(tmp_path / "masked.tif")})
    assert listing(tmp_path) == ["in"]


def test_an_scl_that_does_not_cover_the_input_is_masked_as_nodata(provider, tmp_path):
    # A product pixel outside its SCL has no classification: class 0 (NO_DATA), masked by default.
    dn = np.full((10, 10), 100, dtype=np.uint8)
    path = make_raster(tmp_path / product_name(0), dn, nodata=255)
    make_raster(tmp_path / product_name(0, "SCENECLASSIFICATION", "20M"), np.full((3, 5), 4, np.uint8), pixel=20.0)
    output = str(tmp_path / "masked.tif")
    run({"INPUT": path, "OUTPUT": output})
    values = read_raster(output)[0][0]
    assert (values[:6] == 100).all() and (values[6:] == 255).all()


def test_cancel_at_first_progress_keeps_an_existing_output(provider, tmp_path):
    dated = write_series(tmp_path / "in", 1, shape=(30, 1100))[0]
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel())
    output = tmp_path / "masked.tif"
    output.write_bytes(b"keep me")
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run({"INPUT": dated.path, "OUTPUT": str(output)}, feedback)
    assert output.read_bytes() == b"keep me"
    assert listing(tmp_path) == ["in", "masked.tif"]


def test_a_60m_band_takes_the_scl_pixel_under_each_centre(provider, tmp_path):
    # 20 m SCL on a 60 m band: nearest neighbour, each 60 m pixel gets the class at its centre.
    rng = np.random.default_rng(6)
    scl = rng.choice(np.array([4, 5, 9], dtype=np.uint8), size=(30, 36))
    make_raster(tmp_path / product_name(0, "SCENECLASSIFICATION", "20M"), scl, pixel=20.0)
    dn = rng.integers(0, 5000, (10, 12)).astype(np.int16)
    path = make_raster(tmp_path / product_name(0, "TOC-B01", "60M"), dn, nodata=32767, pixel=60.0)
    output = str(tmp_path / "masked.tif")
    run({"INPUT": path, "OUTPUT": output})
    assert np.array_equal(read_raster(output)[0][0], np.where(scl[1::3, 1::3] == 9, 32767, dn))

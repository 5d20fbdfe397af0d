"""Every algorithm on PROBA-V products through processing.run, against references from the arrays (the
status-map bits decoded by hand in ``probav_data.clear``)."""

import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from probav_data import clear, reference_clear_mean, write_probav
from rasters import read_raster


def run(algorithm, parameters):
    import processing

    return processing.run(f"terrascope:{algorithm}", parameters)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("probav")
    return root, write_probav(root, 4, seed=11)


def test_parseproduct_reads_probav_names(provider, archive):
    _, dates = archive
    result = run("parseproduct", {"INPUT": dates[2].ndvi_path})
    assert {key: result[key] for key in ("MISSION", "ACQUISITION", "TILE", "CONTENT", "RESOLUTION", "VERSION")} == {
        "MISSION": "PROBAV", "ACQUISITION": "2016-02-02T00:00:00Z", "TILE": "X18Y02", "CONTENT": "NDVI",
        "RESOLUTION": "333M", "VERSION": "101"}
    assert result["SCALE"] == pytest.approx(0.004) and result["OFFSET"] == pytest.approx(-0.08)
    assert result["NODATA"] == 255
    radiometry = run("parseproduct", {"INPUT": dates[0].radiometry_path})
    assert (radiometry["CONTENT"], radiometry["SCALE"], radiometry["NODATA"]) == ("RADIOMETRY", 0.0005, -1)


def test_meancomposite_is_the_mean_of_clear_pixels(provider, archive, tmp_path):
    _, dates = archive
    output, count = str(tmp_path / "mean.tif"), str(tmp_path / "count.tif")
    run("meancomposite", {"INPUTS": [d.ndvi_path for d in dates], "OUTPUT": output, "COUNT": count})
    expected, expected_count = reference_clear_mean(dates)
    assert np.isnan(expected).any() and (expected_count == len(dates)).any() and (expected_count == 1).any()
    mean, nodata, transform = read_raster(output)
    assert np.isnan(nodata[0]) and transform[1] == pytest.approx(1 / 336)
    np.testing.assert_allclose(mean[0], expected, rtol=1e-5, atol=1e-6)
    assert np.array_equal(read_raster(count)[0][0], expected_count)


def test_temporalstatistics_mean_and_count_equal_the_composite(provider, archive, tmp_path):
    _, dates = archive
    output = str(tmp_path / "statistics.tif")
    run("temporalstatistics", {"INPUTS": [d.ndvi_path for d in dates], "STATISTICS": [0, 3, 5], "OUTPUT": output})
    values = read_raster(output)[0]
    expected, count = reference_clear_mean(dates)
    np.testing.assert_allclose(values[0], expected, rtol=1e-5, atol=1e-6)
    stack = np.stack([np.where((d.ndvi <= 250) & clear(d.sm), d.ndvi * 0.004 - 0.08, np.nan) for d in dates])
    with np.errstate(invalid="ignore"), pytest.warns(RuntimeWarning):
        np.testing.assert_allclose(values[1], np.nanmax(stack, axis=0), rtol=1e-5, atol=1e-6)
    assert np.array_equal(values[2], count)


def test_histogram_counts_clear_pixels(provider, archive):
    _, dates = archive
    result = run("histogram", {"INPUTS": [d.ndvi_path for d in dates], "BINS": 4, "SCALE": False,
                               "MINIMUM": 0, "MAXIMUM": 250, "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    layer = QgsVectorLayer(layer, "h", "ogr") if isinstance(layer, str) else layer
    counts = [feature["count"] for feature in sorted(layer.getFeatures(), key=lambda f: f["bin_min"])]
    dns = np.concatenate([d.ndvi[(d.ndvi <= 250) & clear(d.sm)] for d in dates]).astype(np.int64)
    assert counts == np.bincount(np.minimum(dns * 4 // 250, 3), minlength=4).tolist()


def test_maskbyscl_masks_what_is_not_clear(provider, archive, tmp_path):
    _, dates = archive
    output = str(tmp_path / "masked.tif")
    run("maskbyscl", {"INPUT": dates[1].ndvi_path, "OUTPUT": output})
    masked, nodata, _ = read_raster(output)
    assert nodata == [255]
    assert np.array_equal(masked[0], np.where(clear(dates[1].sm), dates[1].ndvi, 255))


def test_scaletophysical_radiometry(provider, archive, tmp_path):
    _, dates = archive
    output = str(tmp_path / "reflectance.tif")
    run("scaletophysical", {"INPUT": dates[0].radiometry_path, "OUTPUT": output})
    values = read_raster(output)[0]
    expected = np.where(dates[0].radiometry == -1, np.nan, dates[0].radiometry / 2000.0)
    np.testing.assert_allclose(values, expected, rtol=1e-6)


def test_radiometry_composite_takes_a_band(provider, archive, tmp_path):
    _, dates = archive
    paths = [d.radiometry_path for d in dates]
    with pytest.raises(QgsProcessingException, match="BLUE, RED, NIR, SWIR"):
        run("meancomposite", {"INPUTS": paths, "OUTPUT": str(tmp_path / "refused.tif")})
    output = str(tmp_path / "red.tif")
    run("meancomposite", {"INPUTS": paths, "BAND": 2, "SCALE": False, "OUTPUT": output})
    valid = np.stack([(d.radiometry[1] != -1) & clear(d.sm) for d in dates])
    red = np.stack([d.radiometry[1] for d in dates]).astype(np.float64)
    with np.errstate(invalid="ignore"):
        expected = np.where(valid, red, 0).sum(axis=0) / valid.sum(axis=0)
    np.testing.assert_allclose(read_raster(output)[0][0], expected, rtol=1e-5)


def test_findproducts_in_the_archive_layout(provider, archive, tmp_path):
    root, dates = archive
    output = str(tmp_path / "found.gpkg")
    result = run("findproducts", {"INPUT": str(root), "CONTENT": "NDVI", "TILES": "X18Y02", "MISSION": "PROBAV",
                                  "OUTPUT": output})
    assert result["LAYERS"] == [d.ndvi_path for d in dates]
    layer = QgsVectorLayer(result["OUTPUT"], "found", "ogr")
    rows = sorted((f["path"], f["mission"], f["tile"], f["content"], f["resolution"], f["scl_path"])
                  for f in layer.getFeatures())
    assert rows == [(d.ndvi_path, "PROBAV", "X18Y02", "NDVI", "333M", d.sm_path) for d in dates]
    assert all(os.path.sep + "PROBAV_L3_S1_TOC_333M" + os.path.sep + "2016" in path for path in result["LAYERS"])


def good_quality(sm, *bands):
    """Radiometric quality good in every one of ``bands``, decoded by hand (bit 4 SWIR ... bit 7 BLUE)."""
    bits = {"SWIR": 4, "NIR": 5, "RED": 6, "BLUE": 7}
    good = np.ones(sm.shape, dtype=bool)
    for band in bands:
        good &= (sm.astype(np.int64) // 2 ** bits[band]) % 2 == 1
    return good


def test_maskbyscl_radiometric_quality_of_red_and_nir(provider, archive, tmp_path):
    _, dates = archive
    output = str(tmp_path / "masked.tif")
    run("maskbyscl", {"INPUT": dates[1].ndvi_path, "RADIOMETRIC_QUALITY": True, "OUTPUT": output})
    keep = clear(dates[1].sm) & good_quality(dates[1].sm, "RED", "NIR")
    assert (clear(dates[1].sm) & ~keep).any()
    assert np.array_equal(read_raster(output)[0][0], np.where(keep, dates[1].ndvi, 255))


def test_composite_radiometric_quality_of_the_chosen_band(provider, archive, tmp_path):
    _, dates = archive
    count = str(tmp_path / "count.tif")
    run("meancomposite", {"INPUTS": [d.radiometry_path for d in dates], "BAND": 4, "RADIOMETRIC_QUALITY": True,
                          "OUTPUT": str(tmp_path / "swir.tif"), "COUNT": count})
    expected = sum(((d.radiometry[3] != -1) & clear(d.sm) & good_quality(d.sm, "SWIR")).astype(int) for d in dates)
    assert np.array_equal(read_raster(count)[0][0], expected)

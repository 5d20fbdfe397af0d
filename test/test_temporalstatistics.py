"""terrascope:temporalstatistics through processing.run on small generated Terrascope files; expected values
from numpy's nan-functions on the DNs scaled here (physical = DN / 250 - 0.08 for NDVI, DN / 10000 for
TOC), never from the code under test."""

import warnings

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from feedback import RecordingFeedback
from rasters import make_raster

ALG = "terrascope:temporalstatistics"
STAMPS = ("20190307T105021", "20190312T105019", "20190317T105021", "20190322T105031")
MASKED = (0, 1, 3, 8, 9, 10, 11)  # the default CLASSES
# STATISTICS enum indices (the contract's order)
MEAN, MEDIAN, MINIMUM, MAXIMUM, STD, COUNT, PERCENTILES, BEST = range(8)


def run(params):
    import processing

    return processing.run(ALG, params)


def ndvi_dates(folder, rows=20, cols=24, seed=0):
    rng = np.random.default_rng(seed)
    paths, dns, scls = [], [], []
    for stamp in STAMPS:
        dn = rng.integers(0, 251, (rows, cols)).astype(np.uint8)
        dn[rng.random(dn.shape) < 0.15] = 255
        dn[0, 0] = 255  # never valid
        scl = rng.choice([4, 4, 4, 4, 5, 9, 3, 8], (rows // 2, cols // 2)).astype(np.uint8)
        paths.append(make_raster(folder / f"S2B_{stamp}_31UFS_NDVI_10M_V210.tif", dn, nodata=255))
        make_raster(folder / f"S2B_{stamp}_31UFS_SCENECLASSIFICATION_20M_V210.tif", scl, pixel=20.0)
        dns.append(dn)
        scls.append(np.repeat(np.repeat(scl, 2, 0), 2, 1))
    return paths, np.array(dns), np.array(scls)


def masked_physical(dns, scls, classes=MASKED):
    values = dns.astype(np.float64) / 250.0 - 0.08
    values[(dns > 250) | np.isin(scls, classes)] = np.nan
    return values


def bands(path):
    dataset = gdal.Open(path)
    names = [dataset.GetRasterBand(i + 1).GetDescription() for i in range(dataset.RasterCount)]
    return names, {name: dataset.GetRasterBand(i + 1).ReadAsArray() for i, name in enumerate(names)}, dataset


def quiet(function, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return function(*args, **kwargs)


def test_every_statistic_on_a_masked_ndvi_series(provider, tmp_path):
    paths, dns, scls = ndvi_dates(tmp_path)
    output = str(tmp_path / "stats.tif")
    result = run({"INPUTS": paths, "STATISTICS": list(range(8)), "PERCENTILES": "10, 50,90",
                  "OUTPUT": output})
    assert result["OUTPUT"] == output
    names, data, dataset = bands(output)
    assert names == ["mean", "median", "minimum", "maximum", "std", "count", "p10", "p50", "p90", "best_pixel"]
    assert dataset.GetRasterBand(1).DataType == gdal.GDT_Float32
    assert np.isnan(dataset.GetRasterBand(1).GetNoDataValue())
    assert dataset.GetGeoTransform() == gdal.Open(paths[0]).GetGeoTransform()

    values = masked_physical(dns, scls)
    expected = {
        "mean": quiet(np.nanmean, values, axis=0), "median": quiet(np.nanmedian, values, axis=0),
        "minimum": quiet(np.nanmin, values, axis=0), "maximum": quiet(np.nanmax, values, axis=0),
        "std": quiet(np.nanstd, values, axis=0), "count": np.sum(~np.isnan(values), axis=0),
        "p10": quiet(np.nanpercentile, values, 10, axis=0), "p50": quiet(np.nanpercentile, values, 50, axis=0),
        "p90": quiet(np.nanpercentile, values, 90, axis=0), "best_pixel": quiet(np.nanmax, values, axis=0),
    }
    for name, reference in expected.items():
        np.testing.assert_allclose(data[name], reference, rtol=1e-5, atol=1e-6, equal_nan=True, err_msg=name)
    assert data["count"][0, 0] == 0 and np.isnan(data["mean"][0, 0])
    assert (data["count"] == 0).sum() >= 1 and (data["count"] == len(STAMPS)).sum() >= 1


def test_no_masking_digital_numbers(provider, tmp_path):
    paths, dns, scls = ndvi_dates(tmp_path, seed=1)
    output = str(tmp_path / "dn.tif")
    run({"INPUTS": paths, "CLASSES": [], "SCALE": False, "STATISTICS": [MEAN, MAXIMUM, COUNT],
         "OUTPUT": output})
    names, data, _ = bands(output)
    assert names == ["mean", "maximum", "count"]
    values = dns.astype(np.float64)
    values[dns > 250] = np.nan
    np.testing.assert_allclose(data["mean"], quiet(np.nanmean, values, axis=0), rtol=1e-6, equal_nan=True)
    np.testing.assert_array_equal(data["maximum"], quiet(np.nanmax, values, axis=0))
    np.testing.assert_array_equal(data["count"], np.sum(dns <= 250, axis=0))


def test_dilation_masks_more(provider, tmp_path):
    paths, dns, scls = ndvi_dates(tmp_path, seed=2)
    plain, grown = str(tmp_path / "a.tif"), str(tmp_path / "b.tif")
    run({"INPUTS": paths, "STATISTICS": [COUNT], "OUTPUT": plain})
    run({"INPUTS": paths, "STATISTICS": [COUNT], "DILATION": 20, "OUTPUT": grown})
    assert bands(grown)[1]["count"].sum() < bands(plain)[1]["count"].sum()


def test_an_output_that_is_not_a_geotiff_is_refused_before_any_work(provider, tmp_path):
    paths, _, _ = ndvi_dates(tmp_path)
    with pytest.raises(QgsProcessingException, match=r"stats\.img.*ending in \.tif"):
        run({"INPUTS": paths, "STATISTICS": [COUNT], "OUTPUT": str(tmp_path / "stats.img")})
    assert not list(tmp_path.glob("stats*"))


def test_dilation_with_the_openeo_preset_is_reported_as_unused(provider, tmp_path):
    import processing

    paths, _, _ = ndvi_dates(tmp_path)
    feedback = RecordingFeedback()
    processing.run(ALG, {"INPUTS": paths, "STATISTICS": [COUNT], "MASK_PRESET": 1, "DILATION": 20,
                         "OUTPUT": str(tmp_path / "c.tif")}, feedback=feedback)
    assert any("'Grow clouds and shadows by (m)' is not used" in text for text in feedback.warnings)


def test_best_pixel_of_a_toc_band_by_sibling_ndvi(provider, tmp_path):
    rng = np.random.default_rng(5)
    rows, cols = 16, 18
    b04s, b08s, paths = [], [], []
    for stamp in STAMPS[:3]:
        folder = tmp_path / f"S2A_{stamp}_31UFS_TOC_V210"
        folder.mkdir()
        b04 = rng.integers(200, 3000, (rows, cols)).astype(np.int16)
        b08 = rng.integers(1000, 6000, (rows, cols)).astype(np.int16)
        b04[rng.random(b04.shape) < 0.2] = 32767
        b08[rng.random(b08.shape) < 0.1] = 32767
        paths.append(make_raster(folder / f"S2A_{stamp}_31UFS_TOC-B04_10M_V210.tif", b04, nodata=32767))
        make_raster(folder / f"S2A_{stamp}_31UFS_TOC-B08_10M_V210.tif", b08, nodata=32767)
        b04s.append(b04)
        b08s.append(b08)
    b04s, b08s = np.array(b04s, dtype=np.float64), np.array(b08s, dtype=np.float64)
    output = str(tmp_path / "best.tif")
    run({"INPUTS": paths, "CLASSES": [], "STATISTICS": [BEST], "OUTPUT": output})
    best = bands(output)[1]["best_pixel"]

    # Hand reference: loop over the pixels, NDVI from the DNs (the scale cancels out).
    expected = np.full((rows, cols), np.nan)
    for r in range(rows):
        for c in range(cols):
            best_ndvi = -np.inf
            for d in range(3):
                red, nir = b04s[d, r, c], b08s[d, r, c]
                if red == 32767 or nir == 32767:
                    continue
                ndvi = (nir - red) / (nir + red)
                if ndvi > best_ndvi:
                    best_ndvi, expected[r, c] = ndvi, red / 10000.0
    np.testing.assert_allclose(best, expected, rtol=1e-6, equal_nan=True)
    assert np.isnan(expected).sum() < expected.size // 4


def test_best_pixel_without_ndvi_siblings_names_the_file(provider, tmp_path):
    path = make_raster(tmp_path / "S2A_20190307T105021_31UFS_TOC-B03_10M_V210.tif",
                       np.ones((4, 4), np.int16), nodata=32767)
    with pytest.raises(QgsProcessingException, match="TOC-B04"):
        run({"INPUTS": [path], "CLASSES": [], "STATISTICS": [BEST], "OUTPUT": str(tmp_path / "o.tif")})
    assert not (tmp_path / "o.tif").exists()


@pytest.mark.parametrize("text, words", [("10,abc", "not a number"), ("150", "outside 0..100"), ("", "no percentile")])
def test_bad_percentiles(provider, tmp_path, text, words):
    paths, _, _ = ndvi_dates(tmp_path)
    with pytest.raises(QgsProcessingException, match=words):
        run({"INPUTS": paths, "STATISTICS": [PERCENTILES], "PERCENTILES": text, "OUTPUT": str(tmp_path / "o.tif")})
    assert not (tmp_path / "o.tif").exists()


def test_percentiles_ignored_unless_chosen(provider, tmp_path):
    paths, _, _ = ndvi_dates(tmp_path)
    output = str(tmp_path / "o.tif")
    run({"INPUTS": paths, "STATISTICS": [MEDIAN], "PERCENTILES": "nonsense", "OUTPUT": output})
    assert bands(output)[0] == ["median"]


def test_mixed_grids_are_refused_by_name(provider, tmp_path):
    paths, _, _ = ndvi_dates(tmp_path)
    odd = make_raster(tmp_path / "S2B_20190401T105021_31UFS_NDVI_10M_V210.tif",
                      np.zeros((20, 24), np.uint8), nodata=255, origin=(600010.0, 5700000.0))
    make_raster(tmp_path / "S2B_20190401T105021_31UFS_SCENECLASSIFICATION_20M_V210.tif",
                np.full((10, 12), 4, np.uint8), pixel=20.0)
    with pytest.raises(QgsProcessingException, match="S2B_20190401T105021_31UFS_NDVI_10M_V210.tif"):
        run({"INPUTS": paths + [odd], "STATISTICS": [MEAN], "OUTPUT": str(tmp_path / "o.tif")})


def test_openeo_mask_preset(provider, tmp_path):
    paths, dns, scls = ndvi_dates(tmp_path, seed=3)
    plain, openeo = str(tmp_path / "a.tif"), str(tmp_path / "b.tif")
    run({"INPUTS": paths, "STATISTICS": [COUNT], "OUTPUT": plain})
    run({"INPUTS": paths, "STATISTICS": [COUNT], "MASK_PRESET": 1, "OUTPUT": openeo})
    plain_count, openeo_count = bands(plain)[1]["count"], bands(openeo)[1]["count"]
    assert not np.array_equal(plain_count, openeo_count)
    assert openeo_count.max() <= len(STAMPS)


def test_statistics_per_dekad(provider, tmp_path):
    # 2019-03-07 is in dekad 1, 03-12 and 03-17 in dekad 2, 03-22 in dekad 3.
    paths, dns, scls = ndvi_dates(tmp_path, seed=5)
    output = str(tmp_path / "dekads.tif")
    run({"INPUTS": paths[::-1], "STATISTICS": [MEDIAN, MAXIMUM, COUNT], "PERIOD": 4, "OUTPUT": output})
    names, values, _ = bands(output)
    assert names == [f"2019-03 d{dekad} {name}" for dekad in (1, 2, 3) for name in ("median", "maximum", "count")]
    physical = masked_physical(dns, scls)
    for dekad, dates in ((1, [0]), (2, [1, 2]), (3, [3])):
        period = physical[dates]
        np.testing.assert_allclose(values[f"2019-03 d{dekad} median"], quiet(np.nanmedian, period, axis=0),
                                   rtol=1e-6, atol=1e-6)
        np.testing.assert_allclose(values[f"2019-03 d{dekad} maximum"], quiet(np.nanmax, period, axis=0),
                                   rtol=1e-6, atol=1e-6)
        assert np.array_equal(values[f"2019-03 d{dekad} count"], (~np.isnan(period)).sum(axis=0))

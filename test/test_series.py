"""core.series.Series and core.qualitylayer.SclReader against references computed from the written arrays."""

import os
from datetime import datetime, timezone
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from osgeo import gdal

from terrascope_processing.core.engine import Window
from terrascope_processing.core.errors import TerrascopeError
from terrascope_processing.core.masking import MaskSettings
from terrascope_processing.core.raster import Grid, nearest_view
from terrascope_processing.core.qualitylayer import SclReader, upsample
from terrascope_processing.core.series import Series

from rasters import ORIGIN, make_raster
from series_data import product_name, reference_values, upsample as reference_upsample, write_series


def _windows(shape, side):
    return [Window(col, row, min(side, shape[1] - col), min(side, shape[0] - row))
            for row in range(0, shape[0], side) for col in range(0, shape[1], side)]


def _assert_same(actual, expected):
    assert actual.dtype == np.float32
    assert np.array_equal(np.isnan(actual), np.isnan(expected))
    assert np.allclose(actual[~np.isnan(actual)], expected[~np.isnan(expected)], rtol=0, atol=1e-6)


def test_read_gives_physical_values_with_default_classes(tmp_path):
    dates = write_series(tmp_path, 3)
    with Series([d.path for d in dates], MaskSettings()) as series:
        assert series.content == "NDVI" and series.spec.content == "NDVI"
        assert series.grid.width == 45 and series.grid.height == 37
        assert series.scl_paths == [d.scl_path for d in dates]
        assert [s.nodata for s in series.scalings] == [255, 255, 255]
        assert series.halo == 0
        for index, dated in enumerate(dates):
            window = Window(0, 0, 45, 37)
            _assert_same(series.read(index, window), reference_values(dated))


def test_block_is_the_first_inputs_block_size_and_none_on_a_target_grid(tmp_path):
    dates = write_series(tmp_path, 2)
    with Series([d.path for d in dates], MaskSettings()) as series:
        assert series.block == (16, 16)  # as the test rasters are stored: the engine plans windows along it
        target = series.grid
    with Series([d.path for d in dates], MaskSettings(), target=target) as series:
        assert series.block is None


def test_acquisitions_are_utc_one_per_entry_in_entry_order(tmp_path):
    dates = write_series(tmp_path, 3)
    with Series([dates[2].path, dates[0].path], physical=False) as series:
        # product_name(i): 2023-04-02T10:50:21 plus 5 days per index, from the file names.
        assert series.acquisitions == (datetime(2023, 4, 12, 10, 50, 21, tzinfo=timezone.utc),
                                       datetime(2023, 4, 2, 10, 50, 21, tzinfo=timezone.utc))


@pytest.mark.parametrize("metres, radius", [(30, 3), (14, 1)])
def test_dilation_crosses_window_borders(tmp_path, metres, radius):
    dates = write_series(tmp_path, 2, shape=(50, 61))
    with Series([d.path for d in dates], MaskSettings(dilation_m=metres)) as series:
        assert series.halo == radius
        for index, dated in enumerate(dates):
            expected = reference_values(dated, radius=radius)
            for window in _windows((50, 61), 16):
                _assert_same(series.read(index, window), expected[window.slices])


def test_dn_values_when_not_physical_and_chosen_classes(tmp_path):
    dates = write_series(tmp_path, 2, content="LAI")
    classes = (3, 9, 11)
    with Series([d.path for d in dates], MaskSettings(classes=classes), physical=False) as series:
        for index, dated in enumerate(dates):
            window = Window(5, 3, 30, 20)
            expected = reference_values(dated, content="LAI", classes=classes, physical=False)
            _assert_same(series.read(index, window), expected[window.slices])


def test_toc_band_int16_with_negative_dns(tmp_path):
    dates = write_series(tmp_path, 2, content="TOC-B04")
    with Series([d.path for d in dates], MaskSettings()) as series:
        assert series.dtypes == [np.dtype("int16")] * 2
        for index, dated in enumerate(dates):
            window = Window(0, 0, 45, 37)
            _assert_same(series.read(index, window), reference_values(dated, content="TOC-B04"))


def test_no_classes_needs_no_scl(tmp_path):
    dates = write_series(tmp_path, 2)
    for dated in dates:
        os.remove(dated.scl_path)
    with Series([d.path for d in dates], MaskSettings(classes=())) as series:
        assert series.scl_paths is None
        expected = reference_values(dates[1], classes=())
        _assert_same(series.read(1, Window(0, 0, 45, 37)), expected)
    with Series([d.path for d in dates], None) as series:
        _assert_same(series.read(1, Window(0, 0, 45, 37)), expected)


def test_explicit_scl_paths(tmp_path):
    dates = write_series(tmp_path / "a", 2)
    other = write_series(tmp_path / "b", 2, seed=5)
    scl_paths = [other[0].scl_path, None]
    with Series([d.path for d in dates], MaskSettings(), scl_paths=scl_paths) as series:
        assert series.scl_paths == [other[0].scl_path, dates[1].scl_path]
        swapped = type(dates[0])(dates[0].path, other[0].scl_path, dates[0].dn, other[0].scl)
        _assert_same(series.read(0, Window(0, 0, 45, 37)), reference_values(swapped))


def test_reading_from_many_threads_gives_the_same_values(tmp_path):
    dates = write_series(tmp_path, 4, shape=(64, 64))
    windows = _windows((64, 64), 16)
    with Series([d.path for d in dates], MaskSettings(dilation_m=20)) as series:
        jobs = [(index, window) for index in range(4) for window in windows] * 3
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda job: series.read(*job), jobs))
        for (index, window), result in zip(jobs, results):
            _assert_same(result, reference_values(dates[index], radius=2)[window.slices])


# --- refusals -----------------------------------------------------------------------------------------------

def test_empty_list_is_refused():
    with pytest.raises(TerrascopeError, match="no input rasters"):
        Series([], MaskSettings())


def test_mixed_contents_are_refused_naming_the_files(tmp_path):
    ndvi = write_series(tmp_path / "n", 1)
    lai = write_series(tmp_path / "l", 1, content="LAI")
    with pytest.raises(TerrascopeError) as error:
        Series([ndvi[0].path, lai[0].path], MaskSettings())
    assert "different contents" in str(error.value)
    assert ndvi[0].path in str(error.value) and lai[0].path in str(error.value)


def test_other_grids_are_refused_naming_the_file(tmp_path):
    dates = write_series(tmp_path, 2)
    moved = make_raster(tmp_path / product_name(7), dates[0].dn, nodata=255,
                        origin=(ORIGIN[0] + 10, ORIGIN[1]))
    with pytest.raises(TerrascopeError) as error:
        Series([dates[0].path, dates[1].path, moved], MaskSettings(classes=()))
    assert moved in str(error.value) and "grid" in str(error.value)
    other_crs = make_raster(tmp_path / product_name(8), dates[0].dn, nodata=255, epsg=32632)
    with pytest.raises(TerrascopeError, match=product_name(8)):
        Series([dates[0].path, other_crs], MaskSettings(classes=()))


def test_missing_scl_is_refused_naming_the_inputs(tmp_path):
    dates = write_series(tmp_path, 3)
    os.remove(dates[1].scl_path)
    os.remove(dates[2].scl_path)
    with pytest.raises(TerrascopeError) as error:
        Series([d.path for d in dates], MaskSettings())
    message = str(error.value)
    assert "no scene classification" in message and "2 input(s)" in message
    assert dates[1].path in message and dates[2].path in message and dates[0].path not in message.split(":", 1)[1]


def test_names_that_are_not_terrascope_are_refused(tmp_path):
    dates = write_series(tmp_path, 1)
    odd = make_raster(tmp_path / "my_ndvi.tif", dates[0].dn, nodata=255)
    with pytest.raises(TerrascopeError) as error:
        Series([dates[0].path, odd], MaskSettings())
    assert odd in str(error.value) and "expected <MISSION>_" in str(error.value)


def test_scl_and_quicklooks_are_not_a_series(tmp_path):
    dates = write_series(tmp_path, 1)
    with pytest.raises(TerrascopeError, match="class codes"):
        Series([dates[0].scl_path], MaskSettings())


def test_multiband_inputs_are_refused(tmp_path):
    path = make_raster(tmp_path / product_name(0, "TOC-B04"), np.zeros((2, 5, 5), np.int16))
    with pytest.raises(TerrascopeError, match="single-band"):
        Series([path], MaskSettings(classes=()))


# --- the SCL on the product grid ------------------------------------------------------------------------------

def test_upsample_repeats_each_value():
    rng = np.random.default_rng(0)
    for dtype in (np.uint8, bool, np.int16):
        array = (rng.integers(0, 12, (7, 9)) > (5 if dtype is bool else -1)).astype(dtype) \
            if dtype is bool else rng.integers(0, 12, (7, 9)).astype(dtype)
        for factor in (1, 2, 3):
            assert np.array_equal(upsample(array, factor), np.repeat(np.repeat(array, factor, 0), factor, 1))


def test_whole_factor_scl_equals_gdal_nearest(tmp_path):
    dates = write_series(tmp_path, 1, shape=(41, 53))
    grid = Grid.of_path(dates[0].path)
    view = nearest_view(dates[0].scl_path, grid)
    try:
        expected = gdal.Open(view).ReadAsArray()
    finally:
        gdal.Unlink(view)
    assert np.array_equal(expected, reference_upsample(dates[0].scl, 2, (41, 53)))
    with SclReader([dates[0].scl_path], grid) as reader:
        for window in _windows((41, 53), 8) + [Window(3, 5, 30, 31)]:
            assert np.array_equal(reader.read(0, window), expected[window.slices])


def test_scl_on_a_coarser_product_grid_and_on_a_shifted_grid(tmp_path):
    # A 60 m product grid over a 20 m SCL: each 60 m pixel takes the SCL pixel under its centre.
    rng = np.random.default_rng(2)
    scl = rng.integers(0, 12, (30, 36)).astype(np.uint8)
    scl_path = make_raster(tmp_path / product_name(0, "SCENECLASSIFICATION", "20M"), scl, pixel=20.0)
    coarse = make_raster(tmp_path / product_name(0, "TOC-B01", "60M"), np.zeros((10, 12), np.int16), pixel=60.0)
    with SclReader([scl_path], Grid.of_path(coarse)) as reader:
        assert np.array_equal(reader.read(0, Window(0, 0, 12, 10)), scl[1::3, 1::3])
        views = list(reader._views)
        assert views and all(gdal.VSIStatL(view) is not None for view in views)
    assert all(gdal.VSIStatL(view) is None for view in views)  # unlinked on close
    # A 10 m grid shifted by 10 m east and 20 m south of the SCL's corner: still a whole factor.
    shifted = make_raster(tmp_path / product_name(0, "NDVI"), np.zeros((20, 30), np.uint8), pixel=10.0,
                          origin=(ORIGIN[0] + 10, ORIGIN[1] - 20))
    with SclReader([scl_path], Grid.of_path(shifted)) as reader:
        rows = (np.arange(20) + 2) // 2
        cols = (np.arange(30) + 1) // 2
        assert np.array_equal(reader.read(0, Window(0, 0, 30, 20)), scl[rows[:, None], cols[None, :]])
        assert np.array_equal(reader.read(0, Window(7, 3, 9, 11)), scl[rows[3:14, None], cols[None, 7:16]])


def test_product_pixels_beyond_the_scl_are_nodata(tmp_path):
    scl = np.full((4, 4), 4, dtype=np.uint8)
    scl_path = make_raster(tmp_path / product_name(0, "SCENECLASSIFICATION", "20M"), scl, pixel=20.0)
    product = make_raster(tmp_path / product_name(0, "NDVI"), np.zeros((10, 10), np.uint8), pixel=10.0)
    with SclReader([scl_path], Grid.of_path(product)) as reader:
        codes = reader.read(0, Window(0, 0, 10, 10))
        assert (codes[:8, :8] == 4).all() and (codes[8:, :] == 0).all() and (codes[:, 8:] == 0).all()
        masked = reader.masked(0, Window(0, 0, 10, 10), MaskSettings())
        assert not masked[:8, :8].any() and masked[8:].all()

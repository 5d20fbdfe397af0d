"""core.temporalstatistics: each statistic against numpy's nan-functions over the whole stack (an independent
reference), the best pixel against a hand-made reference, and windows smaller than the raster."""

import warnings
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stack_series import StackSeries, reduce_stack
from terrascope_processing.core import temporalstatistics as stats
from terrascope_processing.core.errors import TerrascopeError

ALL = [stats.MEAN, stats.MEDIAN, stats.MINIMUM, stats.MAXIMUM, stats.STD, stats.COUNT, stats.PERCENTILES]


def random_stack(seed, dates=7, rows=9, cols=11, nan_fraction=0.35):
    rng = np.random.default_rng(seed)
    stack = rng.normal(0.3, 0.2, (dates, rows, cols)).astype(np.float32)
    stack[rng.random(stack.shape) < nan_fraction] = np.nan
    stack[:, 0, 0] = np.nan  # a pixel that is never valid
    stack[:, 0, 1] = np.nan
    stack[dates // 2, 0, 1] = 0.5  # a pixel with a single observation
    return stack


def numpy_reference(stack, name, percentiles=()):
    """What numpy's nan-functions say (warnings for all-NaN pixels silenced here, in the reference)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        if name == stats.MEAN:
            return [np.nanmean(stack.astype(np.float64), axis=0)]
        if name == stats.MEDIAN:
            return [np.nanmedian(stack.astype(np.float64), axis=0)]
        if name == stats.MINIMUM:
            return [np.nanmin(stack, axis=0)]
        if name == stats.MAXIMUM:
            return [np.nanmax(stack, axis=0)]
        if name == stats.STD:
            return [np.nanstd(stack.astype(np.float64), axis=0, ddof=0)]
        if name == stats.COUNT:
            return [np.sum(~np.isnan(stack), axis=0).astype(np.float32)]
        if name == stats.PERCENTILES:
            return list(np.nanpercentile(stack.astype(np.float64), percentiles, axis=0))
    raise AssertionError(name)


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_each_statistic_matches_numpy(name, seed):
    stack = random_stack(seed)
    percentiles = [0, 2.5, 10, 50, 90, 100]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no RuntimeWarning from the code under test
        bands = reduce_stack(stack, [name], percentiles)
    expected = numpy_reference(stack, name, percentiles)
    assert len(bands) == len(expected)
    for band, reference in zip(bands, expected):
        assert band.dtype == np.float32
        np.testing.assert_allclose(band, reference, rtol=2e-6, atol=2e-7, equal_nan=True)
    if name != stats.COUNT:
        assert np.isnan(bands[0][0, 0])


def test_all_statistics_in_band_order_and_stack_untouched():
    stack = random_stack(5)
    original = stack.copy()
    bands = reduce_stack(stack, list(reversed(ALL)), [90, 10])
    assert len(bands) == len(stats.band_labels(ALL, [90, 10]))
    assert stats.band_labels(ALL, [90, 10]) == [
        "mean", "median", "minimum", "maximum", "std", "count", "p90", "p10"]
    np.testing.assert_array_equal(stack, original)
    np.testing.assert_allclose(bands[6], numpy_reference(stack, stats.PERCENTILES, [90])[0],
                               rtol=2e-6, atol=2e-7, equal_nan=True)


def test_count_zero_and_single_observation():
    stack = random_stack(3)
    mean, median, std, count = reduce_stack(stack, [stats.MEAN, stats.STD, stats.COUNT, stats.MEDIAN])
    assert count[0, 0] == 0 and np.isnan(mean[0, 0]) and np.isnan(std[0, 0]) and np.isnan(median[0, 0])
    assert count[0, 1] == 1 and mean[0, 1] == np.float32(0.5) and std[0, 1] == 0 and median[0, 1] == np.float32(0.5)


def test_population_standard_deviation():
    stack = np.array([1, 2, 3, 4], dtype=np.float32).reshape(4, 1, 1)
    (std,) = reduce_stack(stack, [stats.STD])
    assert std[0, 0] == pytest.approx(np.sqrt(1.25))  # ddof=0; the sample std would be 1.29


def test_std_and_mean_stay_accurate_far_from_zero():
    rng = np.random.default_rng(9)
    stack = (1000.0 + rng.normal(0.0, 0.01, (200, 3, 4))).astype(np.float32)  # e.g. angles in 0.01 degrees
    stack[rng.random(stack.shape) < 0.2] = np.nan
    mean, std = reduce_stack(stack, [stats.MEAN, stats.STD])
    np.testing.assert_allclose(std, numpy_reference(stack, stats.STD)[0], rtol=1e-4)
    np.testing.assert_allclose(mean, numpy_reference(stack, stats.MEAN)[0], rtol=1e-7)


def test_best_pixel_by_hand():
    # 3 dates, 1 row, 4 pixels. Values and NDVI made up so the answer is obvious.
    values = np.array([[[10, 20, 30, np.nan]],
                       [[11, np.nan, 31, np.nan]],
                       [[12, 22, 32, np.nan]]], dtype=np.float32)
    ndvi = np.array([[[0.1, 0.9, 0.5, 0.9]],
                     [[0.8, 0.99, np.nan, 0.9]],
                     [[0.3, 0.2, 0.5, 0.9]]], dtype=np.float32)
    (best,) = reduce_stack(values, [stats.BEST_PIXEL], keys=ndvi)
    # pixel 0: date 1 (NDVI 0.8); pixel 1: date 1 has the highest NDVI but no value -> date 0;
    # pixel 2: date 1's NDVI is invalid; dates 0 and 2 tie -> the earliest; pixel 3: never valid.
    np.testing.assert_array_equal(best, np.array([[11, 20, 30, np.nan]], dtype=np.float32))


def test_best_pixel_of_ndvi_is_the_maximum():
    stack = random_stack(4)
    (best,) = reduce_stack(stack, [stats.BEST_PIXEL], keys=stack)
    np.testing.assert_array_equal(best, numpy_reference(stack, stats.MAXIMUM)[0])


@settings(max_examples=60, deadline=None)
@given(
    data=st.lists(st.one_of(st.none(), st.floats(-1e3, 1e3, width=32)), min_size=1, max_size=12),
    q=st.floats(0, 100),
)
def test_percentile_property(data, q):
    stack = np.array([np.nan if x is None else x for x in data], dtype=np.float32).reshape(-1, 1, 1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        median, count, percentile = reduce_stack(stack, [stats.MEDIAN, stats.PERCENTILES, stats.COUNT], [q])
    valid = stack[~np.isnan(stack)].astype(np.float64)
    assert count[0, 0] == valid.size
    if valid.size == 0:
        assert np.isnan(percentile[0, 0]) and np.isnan(median[0, 0])
    else:
        assert percentile[0, 0] == pytest.approx(np.percentile(valid, q), rel=1e-5, abs=1e-3)
        assert median[0, 0] == pytest.approx(np.median(valid), rel=1e-5, abs=1e-3)
        assert valid.min() <= percentile[0, 0] <= valid.max()


@pytest.mark.parametrize("text, expected", [
    ("10,50,90", [10, 50, 90]), (" 2.5 ; 97.5 ", [2.5, 97.5]), ("0 100 50 50", [0, 100, 50]), ("", []),
])
def test_parse_percentiles(text, expected):
    assert stats.parse_percentiles(text) == expected


@pytest.mark.parametrize("text, words", [("10,abc", "'abc' is not a number"), ("101", "outside 0..100"),
                                         ("-5", "outside 0..100"), ("nan", "outside 0..100")])
def test_parse_percentiles_errors(text, words):
    with pytest.raises(TerrascopeError, match=words):
        stats.parse_percentiles(text)


def test_choice_errors():
    with pytest.raises(TerrascopeError, match="no statistic"):
        reduce_stack(random_stack(0), [])
    with pytest.raises(TerrascopeError, match="none were given"):
        reduce_stack(random_stack(0), [stats.PERCENTILES], [])
    with pytest.raises(TerrascopeError, match="unknown statistic"):
        reduce_stack(random_stack(0), ["mode"])


def test_plan_bounds_memory_by_dates():
    from terrascope_processing.core.raster import Grid

    grid = Grid(10980, 10980, (600000, 10, 0, 5700000, 0, -10), "")
    few, _ = stats.plan(grid, 10, [stats.MEDIAN], memory_budget=256 * 2**20, threads=2)
    many, threads = stats.plan(grid, 400, [stats.MEDIAN], memory_budget=256 * 2**20, threads=2)
    assert len(many) > len(few)
    biggest = max(w.width * w.height for w in many)
    assert biggest * 400 * 4 * 2 * threads <= 256 * 2**20
    streaming, _ = stats.plan(grid, 400, [stats.MEAN, stats.STD], memory_budget=256 * 2**20, threads=2)
    assert len(streaming) < len(many)  # the mean and std do not hold the dates
    # each percentile is a band of results: nine of them take more memory than one
    assert (stats.bytes_per_pixel(10, [stats.PERCENTILES], percentiles=range(10, 100, 10))
            == stats.bytes_per_pixel(10, [stats.PERCENTILES], percentiles=[50]) + 8 * 4)


# ---------------------------------------------------------------------------------------------------
# The whole raster, by windows (a series held in memory stands in for core.series.Series here; the
# algorithm tests run the real one on files)


class ArraySeries(StackSeries):
    """What temporal_statistics uses of a Series: paths, inputs, acquisitions, grid, content,
    read_valid(index, window) and the values of its samples."""

    def __init__(self, stack, content="NDVI"):
        from osgeo import osr

        from terrascope_processing.core.raster import Grid

        super().__init__(stack)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32631)
        self.content = content
        self.paths = [f"date{i}" for i in range(stack.shape[0])]
        self.inputs = self.paths
        self.acquisitions = tuple(datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(days=i)
                                  for i in range(stack.shape[0]))
        self.grid = Grid(stack.shape[2], stack.shape[1], (600000.0, 10.0, 0.0, 5700000.0, 0.0, -10.0),
                         srs.ExportToWkt())
        self.reads = []

    def read_valid(self, index, window):
        self.reads.append((window.width, window.height))
        return super().read_valid(index, window)


def test_temporal_statistics_by_small_windows(tmp_path):
    from osgeo import gdal

    stack = random_stack(11, dates=5, rows=270, cols=300)
    series = ArraySeries(stack)
    output = tmp_path / "stats.tif"
    labels = stats.temporal_statistics(series, ALL + [stats.BEST_PIXEL], [10, 90], str(output),
                                       window_pixels=256 * 256, threads=2)
    assert max(w * h for w, h in series.reads) <= 256 * 256 and len(set(series.reads)) > 1
    assert labels == ["mean", "median", "minimum", "maximum", "std", "count", "p10", "p90", "best_pixel"]
    dataset = gdal.Open(str(output))
    assert dataset.RasterCount == len(labels)
    assert [dataset.GetRasterBand(i + 1).GetDescription() for i in range(len(labels))] == labels
    assert dataset.GetGeoTransform() == series.grid.geotransform
    assert all(np.isnan(dataset.GetRasterBand(i + 1).GetNoDataValue()) for i in range(len(labels)))
    assert dataset.GetRasterBand(1).DataType == gdal.GDT_Float32
    expected = (numpy_reference(stack, stats.MEAN) + numpy_reference(stack, stats.MEDIAN)
                + numpy_reference(stack, stats.MINIMUM) + numpy_reference(stack, stats.MAXIMUM)
                + numpy_reference(stack, stats.STD) + numpy_reference(stack, stats.COUNT)
                + numpy_reference(stack, stats.PERCENTILES, [10, 90]) + numpy_reference(stack, stats.MAXIMUM))
    for index, reference in enumerate(expected):
        band = dataset.GetRasterBand(index + 1).ReadAsArray()
        np.testing.assert_allclose(band, reference, rtol=2e-6, atol=2e-7, equal_nan=True, err_msg=labels[index])


def test_temporal_statistics_memory_budget_shrinks_windows(tmp_path):
    stack = random_stack(12, dates=40, rows=520, cols=520)
    series = ArraySeries(stack)
    budget = 40 * 4 * 256 * 256 * 2 * 2 + 2**20  # room for two windows of one tile per thread, 2 threads
    stats.temporal_statistics(series, [stats.MEDIAN], [], str(tmp_path / "m.tif"), memory_budget=budget, threads=2)
    assert max(w * h for w, h in series.reads) == 256 * 256


def test_temporal_statistics_best_pixel_refuses_other_contents(tmp_path):
    series = ArraySeries(random_stack(1), content="FAPAR")
    with pytest.raises(TerrascopeError, match="TOC band series"):
        stats.temporal_statistics(series, [stats.BEST_PIXEL], [], str(tmp_path / "b.tif"))
    assert not list(tmp_path.iterdir())


def test_temporal_statistics_cancel_leaves_nothing(tmp_path):
    from terrascope_processing.core.errors import Cancelled

    class CancelAfterFirst:
        def __init__(self):
            self.reports = 0

        def report(self, fraction):
            self.reports += 1

        def cancelled(self):
            return self.reports >= 1

    series = ArraySeries(random_stack(2, dates=3, rows=600, cols=600))
    output = tmp_path / "c.tif"
    output.write_bytes(b"existing")
    with pytest.raises(Cancelled):
        stats.temporal_statistics(series, [stats.MEAN], [], str(output), CancelAfterFirst(),
                                  window_pixels=256 * 256, threads=1)
    assert output.read_bytes() == b"existing"
    assert [p.name for p in tmp_path.iterdir()] == ["c.tif"]


def test_statistics_window_reads_only_its_window():
    from terrascope_processing.core.engine import Window

    stack = random_stack(13, dates=4, rows=40, cols=50)
    series = ArraySeries(stack)
    window = Window(col=10, row=5, width=20, height=15)
    bands = stats.statistics_window(series, window, [stats.MEDIAN, stats.COUNT, stats.MAXIMUM])
    assert set(series.reads) == {(20, 15)} and len(series.reads) == 4
    part = stack[(slice(None),) + window.slices]
    expected = (numpy_reference(part, stats.MEDIAN) + numpy_reference(part, stats.MAXIMUM)
                + numpy_reference(part, stats.COUNT))
    for band, reference in zip(bands, expected):
        np.testing.assert_allclose(band, reference, rtol=2e-6, equal_nan=True)

"""The fast paths of the order statistics (core.orderstatistics) and of the statistics on DNs
(core.temporalstatistics.WindowStatistics): each against sorting the float32 values, as the statistics did
before, and against numpy; ties, pixels with no valid date, one valid date, even and odd counts, int16
DNs below zero, a series of files."""

import warnings

import numpy as np
import pytest
from osgeo import gdal

from series_data import write_series
from stack_series import StackSeries
from terrascope_processing.core import meancomposite as composite
from terrascope_processing.core import temporalstatistics as stats
from terrascope_processing.core.engine import Window
from terrascope_processing.core.masking import MaskSettings
from terrascope_processing.core.orderstatistics import (KeyValues, OrderStack, PercentilePick, halves_exactly,
                                                          key_type, pruned_network, put_keys, sorting_network)
from terrascope_processing.core.series import Series

PERCENTILES = [50.0, 0.0, 10.0, 33.3, 50.0, 90.0, 100.0]


def sorted_reference(values, percentiles):
    """numpy's linear percentiles as the statistics computed them before: sort the float32 values
    (NaN last), pick the two ranks per pixel, interpolate in float64."""
    stack = np.sort(values, axis=0)
    count = (~np.isnan(stack)).sum(axis=0)
    last = np.maximum(count - 1, 0)
    results = []
    for q in percentiles:
        position = (q / 100.0) * last
        below = np.floor(position).astype(np.int64)
        above = np.minimum(below + 1, last)
        low = np.take_along_axis(stack, below[None], axis=0)[0].astype(np.float64)
        high = np.take_along_axis(stack, above[None], axis=0)[0].astype(np.float64)
        value = (low + (high - low) * (position - below)).astype(np.float32)
        value[count == 0] = np.nan
        results.append(value)
    return results


@pytest.mark.parametrize("size", range(1, 50))
def test_sorting_network_sorts(size):
    rng = np.random.default_rng(size)
    rows = rng.integers(0, 4, (size, 3000))  # few values: many ties
    for low, high in sorting_network(size):
        rows[low], rows[high] = np.minimum(rows[low], rows[high]), np.maximum(rows[low], rows[high])
    assert (np.diff(rows, axis=0) >= 0).all()


def test_pruned_network_keeps_only_what_the_lower_ranks_need():
    full = sorting_network(12)
    lower_half = pruned_network(12, 7)
    assert len(lower_half) < len(full) == len(pruned_network(12, 12))


def samples(rng, dates, pixels, dtype, low, high):
    """DNs with ties, invalid samples, pixels with none, with one and with every date valid."""
    dn = rng.integers(low, high, (dates, pixels)).astype(dtype)
    dn[:, :50] = dn[0, :50]  # ties: every date the same
    valid = rng.random((dates, pixels)) < rng.random(pixels)
    valid[:, 50:60] = False  # no valid date
    valid[:, 60:70] = False
    valid[dates // 2, 60:70] = True  # a single valid date
    valid[:, 70:80] = True
    return dn, valid


@pytest.mark.parametrize("dates", [1, 2, 3, 4, 5, 12, 13, 48])
def test_percentiles_of_uint8_dns_equal_sorting_the_values(dates):
    rng = np.random.default_rng(dates)
    dn, valid = samples(rng, dates, 5000, np.uint8, 0, 256)  # 255 is a valid DN here too
    table = np.arange(256, dtype=np.float32) * np.float32(0.004) + np.float32(-0.08)
    stack = OrderStack(dates, 5000, np.uint8, table.astype(np.float64))
    for index in range(dates):
        stack.put(index, dn[index], valid[index])
    count = valid.sum(axis=0).astype(np.uint16)
    assert {0, 1, dates} <= set(count.tolist())
    results = stack.percentiles(count, PERCENTILES)
    expected = sorted_reference(np.where(valid, table[dn], np.nan), PERCENTILES)
    for q, result, reference in zip(PERCENTILES, results, expected):
        np.testing.assert_array_equal(result, reference, err_msg=f"q={q}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        median = np.nanmedian(np.where(valid, table[dn], np.nan).astype(np.float64), axis=0)
    np.testing.assert_allclose(results[0], median, rtol=1e-6, atol=1e-7, equal_nan=True)
    assert np.isnan(results[0][50:60]).all() and (results[0][60:70] == table[dn[dates // 2, 60:70]]).all()


def test_percentiles_of_int16_dns_below_zero():
    rng = np.random.default_rng(7)
    dn, valid = samples(rng, 9, 4000, np.int16, -1000, 32767)
    dn[valid & (rng.random(dn.shape) < 0.3)] = -32768  # the type's smallest DN, valid
    codes = np.arange(65536, dtype=np.uint16).view(np.int16)
    table = codes.astype(np.float32) * np.float32(1e-4)
    stack = OrderStack(9, 4000, np.int16, table.astype(np.float64))
    for index in range(9):
        stack.put(index, dn[index], valid[index])
    results = stack.percentiles(valid.sum(axis=0), PERCENTILES)
    values = np.where(valid, dn.astype(np.float32) * np.float32(1e-4), np.nan)
    for result, reference in zip(results, sorted_reference(values, PERCENTILES)):
        np.testing.assert_array_equal(result, reference)
    assert (results[1][(valid & (dn == -32768)).any(axis=0)] == np.float32(-32768) * np.float32(1e-4)).all()


def test_percentiles_of_a_float_stack():
    rng = np.random.default_rng(3)
    values = rng.normal(0, 1, (6, 3000)).astype(np.float32)
    values[:, :40] = 0.25  # ties
    values[rng.random(values.shape) < 0.4] = np.nan
    stack = OrderStack(6, 3000, np.float32)
    for index in range(6):
        stack.put(index, values[index], ~np.isnan(values[index]))
    results = stack.percentiles((~np.isnan(values)).sum(axis=0), PERCENTILES)
    for result, reference in zip(results, sorted_reference(values, PERCENTILES)):
        np.testing.assert_array_equal(result, reference)


# --- statistics on the DNs of a series of files ---------------------------------------------------


@pytest.fixture(params=["NDVI", "TOC-B04"])
def dn_paths(request, tmp_path):
    return [dated.path for dated in write_series(str(tmp_path), 6, shape=(40, 52), content=request.param, seed=11)]


class ValuesOf(StackSeries):
    """The same series as float32 values (what the statistics worked on before): the float path."""

    def __init__(self, series, window):
        super().__init__(np.stack([series.read(index, window) for index in range(len(series.paths))]))
        self.content = series.content
        self.paths = series.paths
        self.acquisitions = series.acquisitions


def test_statistics_on_dns_equal_those_on_values(dn_paths):
    chosen = [stats.MEAN, stats.MEDIAN, stats.MINIMUM, stats.MAXIMUM, stats.STD, stats.COUNT, stats.PERCENTILES]
    with Series(dn_paths, MaskSettings(dilation_m=20)) as series:
        window = Window(0, 0, series.grid.width, series.grid.height)
        assert stats.dn_values(series) is not None  # the DN path
        on_dns = stats.statistics_window(series, window, chosen, [10, 90])
        values = ValuesOf(series, window)
    assert stats.dn_values(values) is None  # the float path
    on_values = stats.statistics_window(values, window, chosen, [10, 90])
    labels = stats.band_labels(chosen, [10, 90])
    for label, fast, reference in zip(labels, on_dns, on_values):
        if label in ("std", "mean"):  # exact integer sums vs float sums
            np.testing.assert_allclose(fast, reference, rtol=2e-6, atol=2e-7, equal_nan=True, err_msg=label)
        else:
            np.testing.assert_array_equal(fast, reference, err_msg=label)
    count = on_dns[labels.index("count")]
    assert len(np.unique(count)) >= 4  # even and odd counts


def test_mean_and_count_are_the_mean_composites(dn_paths):
    window = Window(8, 4, 30, 33)
    with Series(dn_paths, MaskSettings(dilation_m=20)) as series:
        mean, count = composite.mean_count_window(series, window)
        statistics_mean, statistics_count = stats.statistics_window(series, window, [stats.MEAN, stats.COUNT])
    np.testing.assert_array_equal(statistics_mean, mean)
    np.testing.assert_array_equal(statistics_count, count.astype(np.float32))


def test_statistics_over_some_entries_only(dn_paths):
    window = Window(0, 0, 20, 20)
    some = [1, 3, 4]
    with Series(dn_paths, MaskSettings(dilation_m=20)) as series:
        median, count = stats.statistics_window(series, window, [stats.MEDIAN, stats.COUNT], indices=some)
        values = np.stack([series.read(index, window) for index in some])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        np.testing.assert_allclose(median, np.nanmedian(values.astype(np.float64), axis=0), rtol=1e-6,
                                   equal_nan=True)
    np.testing.assert_array_equal(count, (~np.isnan(values)).sum(axis=0))


# --- the cheaper arithmetic and the key domain ----------------------------------------------------

NDVI_TABLE = np.arange(256, dtype=np.float32) * np.float32(0.004) + np.float32(-0.08)


def test_halves_exactly_only_where_the_float32_mean_rounds_as_numpy():
    assert halves_exactly(NDVI_TABLE)  # its smallest nonzero value is 7.45e-09, 2**-27 times 0.94
    assert not halves_exactly(np.array([1.0, -0.0], np.float32))  # -0 + -0 stays -0, numpy's gives +0
    assert not halves_exactly(np.array([1.0, np.inf], np.float32))
    assert not halves_exactly(np.array([2.0 ** -20, 2.0 ** 10], np.float32))  # sums not exact in float64
    assert halves_exactly(np.array([2.0 ** -18, 2.0 ** 10], np.float32))


@pytest.mark.parametrize("table", [
    np.float32(2.0) ** (np.arange(256) / 6 - 20).astype(np.float32),  # exponents 42 apart
    np.where(np.arange(256) == 20, np.float32(-0.0), NDVI_TABLE),  # a negative zero (DN 20)
], ids=["wide", "negative-zero"])
def test_median_where_the_float32_mean_would_differ_is_numpys(table):
    rng = np.random.default_rng(5)
    dn, valid = samples(rng, 8, 3000, np.uint8, 0, 256)
    stack = OrderStack(8, 3000, np.uint8, table.astype(np.float64))
    for index in range(8):
        stack.put(index, dn[index], valid[index])
    results = stack.percentiles(valid.sum(axis=0), PERCENTILES)
    expected = sorted_reference(np.where(valid, table[dn], np.nan), PERCENTILES)
    for q, result, reference in zip(PERCENTILES, results, expected):
        np.testing.assert_array_equal(result, reference, err_msg=f"q={q}")
        np.testing.assert_array_equal(np.signbit(result), np.signbit(reference), err_msg=f"q={q}")


def test_picks_by_kind():
    ndvi = KeyValues(NDVI_TABLE.astype(np.float64))
    assert PercentilePick(50, 12, ndvi.lowers, ndvi.halves).kind == "midpoint"
    assert PercentilePick(0, 12, ndvi.lowers).kind == PercentilePick(100, 12, ndvi.lowers).kind == "lower"
    assert PercentilePick(90, 12, ndvi.lowers, ndvi.halves).kind == "linear"
    floats = KeyValues(None)
    assert PercentilePick(50, 12, floats.lowers, floats.halves).kind == "linear"
    assert PercentilePick(0, 12, floats.lowers, floats.halves).kind == "linear"
    negative_zero = KeyValues(np.array([-1.0, -0.0, 1.0]))
    assert not negative_zero.lowers and not negative_zero.halves


def test_percentiles_of_uint16_dns():
    rng = np.random.default_rng(9)
    dn, valid = samples(rng, 7, 3000, np.uint16, 0, 65536)
    table = np.arange(65536, dtype=np.float32) * np.float32(2.5e-5)
    stack = OrderStack(7, 3000, np.uint16, table.astype(np.float64), affine=(2.5e-5, 0.0))
    assert stack.values.affine is not None
    for index in range(7):
        stack.put(index, dn[index], valid[index])
    results = stack.percentiles(valid.sum(axis=0), PERCENTILES)
    for result, reference in zip(results, sorted_reference(np.where(valid, table[dn], np.nan), PERCENTILES)):
        np.testing.assert_array_equal(result, reference)


@pytest.mark.parametrize("dtype", [np.uint8, np.int16, np.uint16])
def test_keys_sort_as_the_dns_and_hold_the_extremes_where_invalid(dtype):
    info = np.iinfo(dtype)
    dn = np.array([info.min, -1 if info.min < 0 else 1, 0, 5, info.max, 3], dtype=dtype)
    valid = np.array([True, True, True, True, True, False])
    key, flip = key_type(dtype)
    high = put_keys(dn, valid, np.empty(6, key), flip)
    low = put_keys(dn, valid, np.empty(6, key), flip, high=False)
    assert high[5] == np.iinfo(key).max and low[5] == 0
    order = np.argsort(dn[:5], kind="stable")
    assert (np.argsort(high[:5], kind="stable") == order).all() and (low[:5] == high[:5]).all()


def test_key_values_by_arithmetic_equal_the_table_or_are_not_used():
    codes = np.arange(65536, dtype=np.uint16).view(np.int16)
    table = codes.astype(np.float32) * np.float32(1e-4) + np.float32(-0.1)
    key, flip = key_type(np.int16)
    keys = np.arange(65536, dtype=key)
    by_arithmetic = KeyValues(table.astype(np.float64), flip, affine=(1e-4, -0.1))
    assert by_arithmetic.affine is not None
    dns = (keys ^ flip).view(np.int16)
    np.testing.assert_array_equal(by_arithmetic.float32(keys), table[dns.view(np.uint16)])
    wrong = KeyValues(table.astype(np.float64), flip, affine=(1e-4, 0.0))  # not these values
    assert wrong.affine is None
    np.testing.assert_array_equal(wrong.float32(keys), table[dns.view(np.uint16)])
    for values in (by_arithmetic, wrong):
        out = np.empty((256, 256), np.float32)
        assert values.float32(keys.reshape(256, 256), out=out) is out
        np.testing.assert_array_equal(out.reshape(-1), table[dns.view(np.uint16)])


def test_streaming_statistics_on_dns_equal_those_on_values(dn_paths):
    chosen = [stats.MEAN, stats.MINIMUM, stats.MAXIMUM, stats.STD, stats.COUNT]  # no stack: running extremes
    with Series(dn_paths, MaskSettings(dilation_m=20)) as series:
        window = Window(0, 0, series.grid.width, series.grid.height)
        on_dns = stats.statistics_window(series, window, chosen)
        values = ValuesOf(series, window)
    on_values = stats.statistics_window(values, window, chosen)
    for label, fast, reference in zip(stats.band_labels(chosen), on_dns, on_values):
        if label in ("std", "mean"):
            np.testing.assert_allclose(fast, reference, rtol=2e-6, atol=2e-7, equal_nan=True, err_msg=label)
        else:
            np.testing.assert_array_equal(fast, reference, err_msg=label)


def test_a_negative_scale_is_worked_out_on_values(tmp_path):
    # CCC has no published scale: with a negative one in the files' tags, sorting the DNs would give
    # the minimum for the maximum and p10 for p90.
    from rasters import make_raster
    from series_data import product_name

    rng = np.random.default_rng(4)
    paths = []
    for index in range(5):
        dn = rng.integers(0, 1000, (12, 14)).astype(np.uint16)
        dn[0, index] = 65535
        path = make_raster(tmp_path / product_name(index, "CCC"), dn, nodata=65535)
        dataset = gdal.Open(path, gdal.GA_Update)
        dataset.GetRasterBand(1).SetScale(-0.1)
        dataset.GetRasterBand(1).SetOffset(100.0)
        dataset = None
        paths.append(path)
    chosen = [stats.MEDIAN, stats.MINIMUM, stats.MAXIMUM, stats.PERCENTILES]
    with Series(paths, MaskSettings(classes=())) as series:
        assert stats.dn_values(series) is None
        window = Window(0, 0, series.grid.width, series.grid.height)
        result = stats.statistics_window(series, window, chosen, [10, 90])
        values = np.stack([series.read(index, window) for index in range(5)])
    expected = [np.nanmedian(values, axis=0), np.nanmin(values, axis=0), np.nanmax(values, axis=0),
                np.nanpercentile(values, 10, axis=0), np.nanpercentile(values, 90, axis=0)]
    for label, band, reference in zip(stats.band_labels(chosen, [10, 90]), result, expected):
        np.testing.assert_allclose(band, reference, rtol=1e-6, err_msg=label)


@pytest.mark.parametrize("fewest", [0, 5, 9])
def test_percentiles_by_chunks_whose_counts_skip_ranks(monkeypatch, fewest):
    """Chunks of 500 pixels whose counts lie in narrow ranges: ranks every pixel of a chunk reaches, or
    none does, are skipped, and each chunk's results still equal sorting the values."""
    from terrascope_processing.core import orderstatistics

    monkeypatch.setattr(orderstatistics, "MIN_CHUNK", 500)
    monkeypatch.setattr(orderstatistics, "CACHE_BYTES", 500 * 10)
    rng = np.random.default_rng(fewest)
    dates, pixels = 9, 4000
    dn = rng.integers(0, 251, (dates, pixels)).astype(np.uint8)
    dn[:, :300] = dn[0, :300]  # ties
    wanted = np.repeat(rng.integers(fewest, dates + 1, pixels // 500), 500)  # one range per chunk
    wanted = np.minimum(wanted + rng.integers(0, 2, pixels), dates)
    order = np.argsort(rng.random((dates, pixels)), axis=0)
    valid = order < wanted  # ``wanted`` valid dates per pixel, anywhere in time
    stack = OrderStack(dates, pixels, np.uint8, NDVI_TABLE.astype(np.float64), affine=(0.004, -0.08))
    for index in range(dates):
        stack.put(index, dn[index], valid[index])
    count = valid.sum(axis=0)
    assert count.min() >= fewest
    results = stack.percentiles(count, PERCENTILES)
    expected = sorted_reference(np.where(valid, NDVI_TABLE[dn], np.nan), PERCENTILES)
    for q, result, reference in zip(PERCENTILES, results, expected):
        np.testing.assert_array_equal(result, reference, err_msg=f"q={q}")
    minimum = np.where(valid, dn, 255).min(axis=0)
    np.testing.assert_array_equal(stack.lowest()[count > 0], minimum[count > 0])


class ExtremeDns:
    """A series of int16 DNs of one scaling (what WindowStatistics reads of a Series), for the DN path."""

    physical = True
    uniform_scaling = True

    def __init__(self, dates):
        from terrascope_processing.core.scaling import Scaling

        self.dtypes = [np.dtype(np.int16)] * dates
        self.scalings = [Scaling(1e-4, 0.0, None, None, None)] * dates

    def values(self, index, dn, valid):
        values = dn.astype(np.float32) * np.float32(1e-4)
        values[~valid] = np.nan
        return values


def test_streaming_statistics_of_the_extreme_int16_dns():
    """Squares of -32768 and 32767 (2**30) summed exactly; the extremes as keys below and above zero."""
    rng = np.random.default_rng(2)
    dates, shape = 7, (30, 40)
    dn = rng.choice(np.array([-32768, -32767, -1, 0, 1, 32766, 32767], np.int16), (dates,) + shape)
    valid = rng.random((dates,) + shape) < 0.7
    valid[:, 0, :5] = False
    chosen = [stats.MINIMUM, stats.MAXIMUM, stats.STD, stats.COUNT]
    reducer = stats.WindowStatistics(ExtremeDns(dates), shape, chosen, [], dates)
    for index in range(dates):
        reducer.add(index, index, dn[index], valid[index])
    minimum, maximum, std, count = reducer.bands()
    values = np.where(valid, dn.astype(np.float64) * 1e-4, np.nan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        as_float32 = np.where(valid, dn.astype(np.float32) * np.float32(1e-4), np.nan)  # the series' values
        np.testing.assert_array_equal(minimum, np.nanmin(as_float32, axis=0))
        np.testing.assert_array_equal(maximum, np.nanmax(as_float32, axis=0))
        np.testing.assert_allclose(std, np.nanstd(values, axis=0), rtol=1e-6, equal_nan=True)
    np.testing.assert_array_equal(count, valid.sum(axis=0))
    assert np.isnan(std[0, :5]).all() and np.isnan(minimum[0, :5]).all()

"""Composites and statistics per period: each band equals the composite of that period's dates computed
separately (and the stack-and-nanmean reference), bands in time order, descriptions naming the period."""

import os

import numpy as np
import pytest
from osgeo import gdal

from terrascope_processing.core import temporalstatistics as stats
from terrascope_processing.core.meancomposite import mean_composite
from terrascope_processing.core.masking import MaskSettings
from terrascope_processing.core.periods import DEKAD, MONTH, SEASON
from terrascope_processing.core.series import Series

from rasters import read_raster
from series_data import reference_mean, write_series

SMALL_WINDOWS = 256 * 256

# write_series: date i is 2023-04-02T10:50:21 + 5 i days: 04-02, 04-07, 04-12, 04-17, 04-22, 04-27,
# 05-02, 05-07 (April: 0-5, May: 6-7; dekads 04 d1: 0, 1; 04 d2: 2, 3; 04 d3: 4, 5; 05 d1: 6, 7).
MONTHS = {"2023-04": [0, 1, 2, 3, 4, 5], "2023-05": [6, 7]}
DEKADS = {"2023-04 d1": [0, 1], "2023-04 d2": [2, 3], "2023-04 d3": [4, 5], "2023-05 d1": [6, 7]}
SHUFFLED = [7, 2, 0, 5, 3, 6, 1, 4]  # inputs need not be in time order


@pytest.fixture(scope="module")
def dates(tmp_path_factory):
    return write_series(tmp_path_factory.mktemp("periods"), 8, shape=(300, 270), seed=13)


def _descriptions(path):
    dataset = gdal.Open(path)
    return [dataset.GetRasterBand(i + 1).GetDescription() for i in range(dataset.RasterCount)]


@pytest.mark.parametrize("period, expected", [(MONTH, MONTHS), (DEKAD, DEKADS)])
def test_period_bands_equal_the_composites_of_each_period(tmp_path, dates, period, expected):
    output, count = str(tmp_path / "mean.tif"), str(tmp_path / "count.tif")
    masking = MaskSettings(dilation_m=20)
    with Series([dates[i].path for i in SHUFFLED], masking) as series:
        result = mean_composite(series, output, count, window_pixels=SMALL_WINDOWS, period=period)
    assert result.periods == tuple(expected)
    assert _descriptions(output) == [f"{label} NDVI mean of valid observations" for label in expected]
    assert _descriptions(count) == [f"{label} number of valid observations" for label in expected]
    means, counts = read_raster(output)[0], read_raster(count)[0]
    assert means.shape[0] == counts.shape[0] == len(expected)
    for band, (label, indices) in enumerate(expected.items()):
        # Independent: the stack-and-nanmean of that period's dates alone.
        reference, reference_count = reference_mean([dates[i] for i in indices], radius=2)
        assert np.array_equal(counts[band], reference_count)
        assert np.array_equal(np.isnan(means[band]), np.isnan(reference))
        assert np.allclose(means[band], reference, rtol=1e-6, atol=1e-6, equal_nan=True)
        # And the composite of that period's dates computed separately, value for value.
        alone = str(tmp_path / f"alone{band}.tif")
        with Series([dates[i].path for i in indices], masking) as series:
            mean_composite(series, alone, window_pixels=SMALL_WINDOWS)
        assert np.array_equal(means[band], read_raster(alone)[0][0], equal_nan=True)


def test_season_puts_december_with_the_following_winter(tmp_path):
    # Acquisitions 2022-11-30, 2022-12-01 and 2023-02-28: SON 2022 holds the first, DJF 2023 the others.
    folder = tmp_path / "winter"
    written = write_series(folder, 3, shape=(20, 20), seed=2)
    stamps = ["20221130T105021", "20221201T105021", "20230228T235959"]
    paths = []
    for dated, stamp in zip(written, stamps):
        path = str(folder / f"S2A_{stamp}_31UFS_NDVI_10M_V210.tif")
        os.rename(dated.path, path)
        os.rename(dated.scl_path, str(folder / f"S2A_{stamp}_31UFS_SCENECLASSIFICATION_20M_V210.tif"))
        paths.append(path)
    output = str(tmp_path / "season.tif")
    with Series(paths, MaskSettings()) as series:
        result = mean_composite(series, output, period=SEASON)
    assert result.periods == ("2022 SON", "2023 DJF")
    means = read_raster(output)[0]
    expected_son, _ = reference_mean(written[:1])
    expected_djf, _ = reference_mean(written[1:])
    assert np.allclose(means[0], expected_son, atol=1e-6, equal_nan=True)
    assert np.allclose(means[1], expected_djf, atol=1e-6, equal_nan=True)


def test_period_statistics_equal_the_statistics_of_each_period(tmp_path, dates):
    chosen = [stats.MEAN, stats.MEDIAN, stats.COUNT, stats.PERCENTILES, stats.BEST_PIXEL]
    output = str(tmp_path / "stats.tif")
    with Series([dates[i].path for i in SHUFFLED], MaskSettings()) as series:
        labels = stats.temporal_statistics(series, chosen, [10, 90], output, window_pixels=SMALL_WINDOWS,
                                           period=MONTH)
    per_period = ["mean", "median", "count", "p10", "p90", "best_pixel"]
    assert labels == [f"{month} {label}" for month in MONTHS for label in per_period]
    assert _descriptions(output) == labels
    bands = read_raster(output)[0]
    for number, indices in enumerate(MONTHS.values()):
        alone = str(tmp_path / f"alone{number}.tif")
        # The period's dates in the order they were given (the best pixel's ties go to the first input).
        given = [i for i in SHUFFLED if i in indices]
        with Series([dates[i].path for i in given], MaskSettings()) as series:
            stats.temporal_statistics(series, chosen, [10, 90], alone, window_pixels=SMALL_WINDOWS)
        expected = read_raster(alone)[0]
        got = bands[number * len(per_period):(number + 1) * len(per_period)]
        assert np.array_equal(got, expected, equal_nan=True)
        reference, reference_count = reference_mean([dates[i] for i in indices])
        assert np.allclose(got[0], reference, atol=1e-6, equal_nan=True)
        assert np.array_equal(got[2], reference_count)

"""core.meancomposite.mean_composite against a numpy reference (stack and nanmean) on random series."""

import os

import numpy as np
import pytest
from osgeo import gdal

from terrascope_processing.core import meancomposite as composite
from terrascope_processing.core.meancomposite import mean_composite
from terrascope_processing.core.errors import Cancelled, RasterError
from terrascope_processing.core.masking import MaskSettings
from terrascope_processing.core.series import Series

from rasters import make_raster, read_raster
from series_data import product_name, reference_mean, write_series

SMALL_WINDOWS = 256 * 256  # the engine's smallest windows: a 300 x 520 raster is cut into 2 x 3


def _check(output, count_path, expected_mean, expected_count, source):
    mean, nodata, transform = read_raster(output)
    assert mean.dtype == np.float32 and np.isnan(nodata[0])
    mean = mean[0]
    assert np.array_equal(np.isnan(mean), np.isnan(expected_mean))
    assert np.allclose(mean[~np.isnan(mean)], expected_mean[~np.isnan(expected_mean)], rtol=1e-6, atol=1e-6)
    reference = gdal.Open(source)
    assert transform == reference.GetGeoTransform()
    assert gdal.Open(output).GetProjection() == reference.GetProjection()
    if count_path:
        count, count_nodata, count_transform = read_raster(count_path)
        assert count.dtype == np.uint16 and count_nodata == [None] and count_transform == transform
        assert np.array_equal(count[0], expected_count)


@pytest.fixture
def series_files(tmp_path):
    dates = write_series(tmp_path / "in", 7, shape=(300, 520), seed=4)
    # A block where every date is cloudy, and a block where every DN is nodata: no valid observation.
    for dated in dates:
        dated.scl[10:20, 30:50] = 9
        dated.dn[100:104, 200:210] = 255
        make_raster(dated.path, dated.dn, nodata=255)
        make_raster(dated.scl_path, dated.scl, pixel=20.0)
    return dates


@pytest.mark.parametrize("physical", [True, False])
@pytest.mark.parametrize("metres, radius", [(0, 0), (30, 3)])
def test_mean_and_count_match_the_reference(tmp_path, series_files, physical, metres, radius):
    dates = series_files
    output, count = str(tmp_path / "mean.tif"), str(tmp_path / "count.tif")
    with Series([d.path for d in dates], MaskSettings(dilation_m=metres), physical=physical) as series:
        result = mean_composite(series, output, count, window_pixels=SMALL_WINDOWS)
    assert result.dates == 7 and result.content == "NDVI" and result.physical is physical
    expected_mean, expected_count = reference_mean(dates, radius=radius, physical=physical)
    assert (expected_count[20:40, 60:100] == 0).all() and (expected_count[100:104, 200:210] == 0).all()
    _check(output, count, expected_mean, expected_count, dates[0].path)
    assert sorted(os.listdir(tmp_path)) == ["count.tif", "in", "mean.tif"]  # no temporary left


def test_chosen_classes_and_no_masking(tmp_path, series_files):
    dates = series_files
    for classes in ((3, 8, 9), ()):
        output = str(tmp_path / f"mean{len(classes)}.tif")
        with Series([d.path for d in dates], MaskSettings(classes=classes)) as series:
            mean_composite(series, output, window_pixels=SMALL_WINDOWS)
        expected_mean, expected_count = reference_mean(dates, classes=classes)
        _check(output, None, expected_mean, expected_count, dates[0].path)


def test_widening_the_narrow_sums_changes_nothing(tmp_path, series_files, monkeypatch):
    monkeypatch.setattr(composite, "FLUSH_EVERY", 2)
    output, count = str(tmp_path / "mean.tif"), str(tmp_path / "count.tif")
    with Series([d.path for d in series_files], MaskSettings(dilation_m=20)) as series:
        mean_composite(series, output, count, window_pixels=SMALL_WINDOWS)
    expected_mean, expected_count = reference_mean(series_files, radius=2)
    _check(output, count, expected_mean, expected_count, series_files[0].path)


def test_toc_band_sums_are_exact(tmp_path):
    dates = write_series(tmp_path / "in", 5, shape=(40, 30), content="TOC-B04")
    output, count = str(tmp_path / "mean.tif"), str(tmp_path / "count.tif")
    with Series([d.path for d in dates], MaskSettings()) as series:
        mean_composite(series, output, count)
    expected_mean, expected_count = reference_mean(dates, content="TOC-B04")
    _check(output, count, expected_mean, expected_count, dates[0].path)


@pytest.mark.parametrize("dtype, extreme", [(np.int16, -32768), (np.int16, 32767), (np.uint16, 65535)])
def test_two_byte_dns_are_summed_narrow_without_overflow(dtype, extreme):
    # 32-bit narrow sums of two-byte DNs, widened every FLUSH_EVERY dates: the extremes stay exact.
    from types import SimpleNamespace

    from terrascope_processing.core.scaling import Scaling

    dates = composite.FLUSH_EVERY * 2 + 3
    series = SimpleNamespace(dtypes=[np.dtype(dtype)] * dates, uniform_scaling=True, physical=False,
                             scalings=[Scaling(1.0, 0.0)] * dates)
    sums = composite.MeanCount(series, (2, 3))
    for index in range(dates):
        sums.add(index, np.full((2, 3), extreme, dtype), np.ones((2, 3), dtype=bool))
    total, count = sums.sums()
    assert (total == extreme * dates).all() and (count == dates).all()
    assert (sums.result()[0] == extreme).all()


def test_inputs_with_different_scales_are_averaged_as_physical_values(tmp_path):
    # CCC has no published scale: each file's own scale/offset tags apply, here different ones.
    rng = np.random.default_rng(1)
    paths, expected = [], []
    for index, (scale, offset) in enumerate(((0.1, 0.0), (0.2, 1.0), (0.05, -2.0))):
        dn = rng.integers(0, 100, (20, 24)).astype(np.uint16)
        dn[0, index] = 65535
        path = make_raster(tmp_path / product_name(index, "CCC"), dn, nodata=65535)
        dataset = gdal.Open(path, gdal.GA_Update)
        dataset.GetRasterBand(1).SetScale(scale)
        dataset.GetRasterBand(1).SetOffset(offset)
        dataset = None
        values = dn * scale + offset
        values[dn == 65535] = np.nan
        paths.append(path)
        expected.append(values)
    stack = np.stack(expected)
    output = str(tmp_path / "mean.tif")
    with Series(paths, MaskSettings(classes=())) as series:
        assert not series.uniform_scaling
        mean_composite(series, output)
    _check(output, None, np.nanmean(stack, axis=0), None, paths[0])


class CancelAfterFirstReport:
    def __init__(self):
        self.reports = []

    def report(self, fraction):
        self.reports.append(fraction)

    def cancelled(self):
        return bool(self.reports)


def test_cancel_leaves_no_output_and_keeps_an_existing_file(tmp_path, series_files):
    output, count = tmp_path / "mean.tif", tmp_path / "count.tif"
    output.write_bytes(b"precious")
    progress = CancelAfterFirstReport()
    with Series([d.path for d in series_files], MaskSettings()) as series:
        with pytest.raises(Cancelled):
            mean_composite(series, str(output), str(count), progress=progress, window_pixels=SMALL_WINDOWS)
    assert progress.reports and progress.reports[0] < 1
    assert output.read_bytes() == b"precious" and not count.exists()
    assert sorted(os.listdir(tmp_path)) == ["in", "mean.tif"]


def test_a_count_that_cannot_be_written_leaves_the_mean_uncommitted(tmp_path, series_files):
    output, count = tmp_path / "mean.tif", tmp_path / "count.tif"
    output.write_bytes(b"precious")
    count.mkdir()  # the COUNT cannot be moved into place: the failure comes after the mean is complete
    (count / "keep").write_bytes(b"")
    with Series([d.path for d in series_files], MaskSettings()) as series:
        with pytest.raises(RasterError, match="count.tif: cannot be written"):
            mean_composite(series, str(output), str(count))
    assert output.read_bytes() == b"precious"
    assert sorted(os.listdir(tmp_path)) == ["count.tif", "in", "mean.tif"]


def test_a_cancel_during_the_final_flush_is_honoured(tmp_path, series_files, monkeypatch):
    output, count = tmp_path / "mean.tif", tmp_path / "count.tif"
    progress = CancelAfterFirstReport()
    flush = gdal.Dataset.FlushCache

    def flush_while_the_user_cancels(dataset):
        progress.reports.append("cancel")
        return flush(dataset)

    monkeypatch.setattr(gdal.Dataset, "FlushCache", flush_while_the_user_cancels)
    with Series([d.path for d in series_files], MaskSettings()) as series:
        with pytest.raises(Cancelled):
            mean_composite(series, str(output), str(count), progress=NoReports(progress))
    assert sorted(os.listdir(tmp_path)) == ["in"]


class NoReports:
    """``progress`` with its reports dropped: only the patched flush cancels."""

    def __init__(self, progress):
        self.progress = progress

    def report(self, fraction):
        pass

    def cancelled(self):
        return self.progress.cancelled()


def test_an_output_over_an_input_is_refused(tmp_path, series_files):
    with Series([d.path for d in series_files], MaskSettings()) as series:
        with pytest.raises(RasterError, match="overwrite the input"):
            mean_composite(series, series_files[2].path)
        with pytest.raises(RasterError, match="overwrite the input"):
            mean_composite(series, str(tmp_path / "x.tif"), series_files[1].scl_path)
        with pytest.raises(RasterError, match="different files"):
            mean_composite(series, str(tmp_path / "x.tif"), str(tmp_path / "x.tif"))


def test_mean_count_window_equals_the_reference_on_its_window(series_files):
    from terrascope_processing.core.engine import Window

    window = Window(col=256, row=0, width=264, height=300)
    with Series([d.path for d in series_files], MaskSettings()) as series:
        mean, count = composite.mean_count_window(series, window)
        with pytest.raises(Cancelled):
            composite.mean_count_window(series, window, cancelled=lambda: True)
    expected_mean, expected_count = reference_mean(series_files)
    assert mean.dtype == np.float32 and count.dtype == np.uint16
    np.testing.assert_allclose(mean, expected_mean[window.slices], rtol=1e-6, atol=1e-6, equal_nan=True)
    assert np.array_equal(count, expected_count[window.slices])

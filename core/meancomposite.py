"""The mean composite of a ``Series``: per pixel, the mean of its valid observations over the dates.

Streaming: each window keeps a running sum and count and visits the dates one after the other, so the
memory does not depend on the number of dates (nor on the raster size: the engine walks windows).
Where every input shares one scale and offset (always, for a Terrascope content) the sum is kept in
integer DNs, exactly, and scaled once: mean(scale x DN + offset) = scale x mean(DN) + offset.

Per period (``core.periods``: year, season, month, dekad) the output holds one band per period with at
least one date, in time order: each window visits every date once, adding it to its period's mean, so
the work is that of one composite and the memory grows with the periods, not with the dates.
"""

import os
from dataclasses import dataclass

import numpy as np

from .engine import WINDOW_PIXELS, NullProgress, plan_windows, window_pixels_for
from .errors import Cancelled
from .periods import WHOLE, group_by_period, period_description
from .writer import RasterOutput, write_windows

COUNT_DESCRIPTION = "number of valid observations"


@dataclass(frozen=True)
class CompositeResult:
    """What ``mean_composite`` wrote."""

    path: str
    count_path: str | None
    dates: int
    content: str
    physical: bool
    periods: tuple = ()  # the period labels of the bands (empty for the whole series)


FLUSH_EVERY = 255  # dates summed in the narrow per-window accumulators before they are widened


def _accumulators(series):
    """(narrow sum dtype, wide sum dtype, sums raw DNs?) for ``series``.

    Byte DNs are summed in 16 bits (255 x 255 < 2**16) and two-byte DNs (TOC reflectances) in 32 bits
    (65535 x 255 < 2**31), widened every ``FLUSH_EVERY`` dates: adding into an array twice as narrow is
    about twice as fast. Other integer DNs are summed in int64; with differing scales, or float data,
    physical values are summed in float64.
    """
    kinds = {np.dtype(dtype).kind for dtype in series.dtypes}
    sizes = {np.dtype(dtype).itemsize for dtype in series.dtypes}
    if kinds <= {"i", "u"} and series.uniform_scaling:
        if sizes == {1}:
            return (np.int16 if "i" in kinds else np.uint16), np.int64, True
        if sizes == {2}:
            return np.int32, np.int64, True
        return np.int64, np.int64, True
    return np.float64, np.float64, False


def dns_where(dn, valid):
    """The integer DNs ``dn`` where ``valid``, else 0, of ``dn``'s type (a product with the 0/1 bytes of
    ``valid``: faster than building an all-ones mask and AND-ing it, for bytes and for int16)."""
    return dn * valid.view(np.uint8)


class MeanCount:
    """The running sum and count of one window's valid observations, fed date by date: ``add(index, dn,
    valid)`` with input ``index``'s DNs and where they count, then ``result()`` -> ``(mean, count)``.

    ``mean``: float32, NaN where there is no valid observation; physical values when
    ``series.physical``, else mean DNs. ``count``: uint16. Memory independent of the number of dates.
    The mean composite and the temporal statistics both use it, so their means and counts agree. With
    ``summing`` False only the count is kept (``sums`` then gives zero sums).
    """

    def __init__(self, series, shape, summing=True):
        self.series = series
        self.summing = summing
        self.shape = shape
        narrow_type, self.wide_type, self.sums_dn = _accumulators(series)
        self.narrow = np.zeros(shape, dtype=narrow_type)
        self.narrow_count = np.zeros(shape, dtype=np.uint8)
        self.total = self.count = None
        self.pending = 0

    def add(self, index, dn, valid, kept=None):
        """Add input ``index``'s DNs where ``valid``; ``kept``: ``dn`` where valid, else 0, when the
        caller has it."""
        if self.pending == FLUSH_EVERY:  # widened only when more dates come: narrow sums are exact
            self._widen()
        if self.summing:
            self._add_sum(index, dn, valid, kept)
        np.add(self.narrow_count, valid.view(np.uint8), out=self.narrow_count)
        self.pending += 1

    def _add_sum(self, index, dn, valid, kept):
        if self.sums_dn:
            np.add(self.narrow, dns_where(dn, valid) if kept is None else kept, out=self.narrow, casting="unsafe")
        else:
            values = dn.astype(np.float64)
            if self.series.physical:
                self.series.scalings[index].apply(values)
            np.add(self.narrow, values, out=self.narrow, where=valid)

    def _widen(self):
        if self.total is None:
            self.total = np.zeros(self.shape, dtype=self.wide_type)
            self.count = np.zeros(self.shape, dtype=np.uint16)
        np.add(self.total, self.narrow, out=self.total, casting="unsafe")
        np.add(self.count, self.narrow_count, out=self.count, casting="unsafe")
        self.narrow[:] = 0
        self.narrow_count[:] = 0
        self.pending = 0

    def sums(self):
        """``(total, count)``: the exact sum of the valid DNs (or, for inputs scaled differently or float
        data, of the values in float64) and the uint16 count."""
        if self.total is None:
            return self.narrow, self.narrow_count.astype(np.uint16)
        if self.pending:
            self._widen()
        return self.total, self.count

    def result(self):
        total, count = self.sums()
        scaling = self.series.scalings[0]
        physical = self.sums_dn and self.series.physical
        with np.errstate(invalid="ignore", divide="ignore"):
            if total.dtype.itemsize <= 2:
                # Narrow DN sums are exact in float32.
                mean = total.astype(np.float32)
                mean /= count  # 0 / 0 = NaN where there is no observation
                if physical:
                    scaling.apply(mean)
            else:
                mean = total / count
                if physical:
                    scaling.apply(mean)
                mean = mean.astype(np.float32)
        return mean, count


def mean_count_window(series, window, cancelled=None, indices=None):
    """The mean and count (``MeanCount.result``) of the valid observations of ``series`` on ``window``.

    Reads only ``window`` of each date, one date after the other (memory independent of the number of
    dates). ``cancelled``: optional callable, checked before each date; when it returns True,
    ``Cancelled`` is raised. ``indices``: the entries to use (default: all), e.g. the dates of one
    period. The single-machine engine (``mean_composite``) and cluster tasks both call this.
    """
    accumulator = MeanCount(series, (window.height, window.width))
    for index in range(len(series.acquisitions)) if indices is None else indices:
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled by the user")
        accumulator.add(index, *series.read_valid(index, window))
    return accumulator.result()


def periods_mean_count_window(series, window, groups, cancelled=None):
    """``mean_count_window`` for each period of ``groups`` (``core.periods.group_by_period``) on
    ``window``: ``(means, counts)``, periods x rows x cols. Each date is read once (it is in one period)."""
    results = [mean_count_window(series, window, cancelled, indices) for _, indices in groups]
    return np.stack([mean for mean, _ in results]), np.stack([count for _, count in results])


PERIOD_MEMORY_BUDGET = 512 * 1024 * 1024  # the windows in flight, per period composites included


def period_window_pixels(periods, window_pixels=WINDOW_PIXELS, threads=None):
    """Window size keeping the windows in flight (two per worker; float32 mean and uint16 count per
    period and pixel, plus the accumulators) within ``PERIOD_MEMORY_BUDGET``."""
    threads = threads or os.cpu_count() or 1
    per_pixel = 6 * periods + 8
    return min(window_pixels, window_pixels_for(per_pixel * 2 * threads, PERIOD_MEMORY_BUDGET))


def composite_metadata(series):
    """The metadata tags of the mean output (the count output's say ``TERRASCOPE_STATISTIC=count``)."""
    return {
        "TERRASCOPE_CONTENT": series.content,
        "TERRASCOPE_STATISTIC": "mean",
        "TERRASCOPE_DATES": str(len(series.acquisitions)),
        "TERRASCOPE_VALUES": "physical" if series.physical else "DN",
        "TERRASCOPE_MASK": series.masking.describe(series.grid.pixel_size),
    }


def mean_description(series):
    """The band description of the mean output."""
    return f"{series.content} mean of valid observations" + ("" if series.physical else " (DN)")


def mean_composite(series, output_path, count_path=None, progress=None, window_pixels=WINDOW_PIXELS,
                   threads=None, cog=False, period=WHOLE):
    """Write the mean of the valid observations of ``series`` (a ``core.series.Series``) per pixel.

    ``output_path``: Float32 GeoTIFF, nodata NaN where a pixel has no valid observation; physical values
    when ``series.physical``, else mean DNs. ``count_path`` (optional): UInt16, no nodata, the number of
    valid observations (0 = none). Both are on the series' grid, tiled and compressed, written
    atomically and only when the whole run succeeds. ``progress`` follows the engine's protocol; a
    cancel raises ``Cancelled`` within one date of one window and leaves no output. ``window_pixels``
    and ``threads`` tune the engine. ``period`` (``core.periods``: ``whole``, ``year``, ``season``,
    ``month``, ``dekad``): one band per period with at least one date, in time order, each the
    composite of that period's dates, described ``2020-06 NDVI mean of valid observations``; the
    count likewise. Returns a ``CompositeResult``.
    """
    output_path = os.fspath(output_path)
    count_path = os.fspath(count_path) if count_path else None
    progress = progress or NullProgress()
    groups = group_by_period(series.acquisitions, period)

    def work(window):
        return periods_mean_count_window(series, window, groups, progress.cancelled)

    metadata = composite_metadata(series)
    if period != WHOLE:
        metadata["TERRASCOPE_PERIOD"] = period
    descriptions = tuple(period_description(p, mean_description(series)) for p, _ in groups)
    windows = plan_windows(series.grid, period_window_pixels(len(groups), window_pixels, threads), series.block)
    outputs = [
        RasterOutput(output_path, series.grid, np.float32, bands=len(groups), nodata=np.nan,
                     descriptions=descriptions, metadata=metadata, cog=cog),
        RasterOutput(count_path, series.grid, np.uint16, bands=len(groups),
                     descriptions=tuple(period_description(p, COUNT_DESCRIPTION) for p, _ in groups),
                     metadata=dict(metadata, TERRASCOPE_STATISTIC="count"), cog=cog) if count_path else None,
    ]
    write_windows(outputs, windows, work, progress, threads=threads, inputs=series.inputs)
    return CompositeResult(output_path, count_path, len(series.acquisitions), series.content, series.physical,
                           tuple(p.label for p, _ in groups if p.label))

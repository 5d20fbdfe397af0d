"""Per-pixel temporal statistics of a masked series: mean, median, minimum, maximum, standard deviation,
count, percentiles, and the best pixel by maximum NDVI.

Definitions (per pixel, over the dates where the value is valid: not nodata, not masked by the SCL):

- ``mean``: arithmetic mean (summed in float64).
- ``median``: the 50th percentile as below (the mean of the two middle values for an even count).
- ``minimum``, ``maximum``: the smallest and largest valid value.
- ``std``: the *population* standard deviation (ddof = 0, numpy's default: divide by the count, not by
  count - 1), so one valid observation gives 0.
- ``count``: the number of valid observations (0 where none).
- ``percentiles``: each chosen percentile q (0..100) with linear interpolation between the two nearest
  ranks, numpy's default (``method="linear"``): position q/100 * (count - 1) in the sorted values.
- ``best_pixel``: for a TOC band series, the value on the date whose NDVI is highest, the NDVI coming
  from the TOC-B04 and TOC-B08 files of the same product found beside each input; only dates where both
  the value and the NDVI are valid compete, and on a tie the earliest input wins. For an NDVI series it
  is the maximum.

Every statistic is NaN where a pixel has no valid observation (``count`` is then 0), without numpy
warnings. The mean, standard deviation, count, minimum, maximum and best pixel are accumulated date by
date, so their memory does not depend on the number of dates; the median and the percentiles need all
dates of a window at once, so the window size is chosen from a memory budget divided by the number of
dates (``core.engine.window_pixels_for``).
"""

import math
import os
import re
import uuid

import numpy as np
from osgeo import gdal

from .engine import RasterReader, plan_windows, window_pixels_for, WINDOW_PIXELS
from .errors import Cancelled, RasterError, TerrascopeError
from .naming import try_parse_name
from .periods import WHOLE, group_by_period, period_description
from .raster import Grid, open_raster
from .scaling import scaling_for
from .writer import OUTPUT_BLOCK, RasterOutput, write_windows

gdal.UseExceptions()

MEAN = "mean"
MEDIAN = "median"
MINIMUM = "minimum"
MAXIMUM = "maximum"
STD = "std"
COUNT = "count"
PERCENTILES = "percentiles"
BEST_PIXEL = "best_pixel"

# The order of the algorithm's STATISTICS enum and of the output bands.
STATISTICS = (MEAN, MEDIAN, MINIMUM, MAXIMUM, STD, COUNT, PERCENTILES, BEST_PIXEL)

NDVI_CONTENT = "NDVI"
RED_CONTENT = "TOC-B04"
NIR_CONTENT = "TOC-B08"

# Total memory for the windows in flight (each worker thread holds about two windows).
DEFAULT_MEMORY_BUDGET = 512 * 1024 * 1024
_ACCUMULATOR_BYTES = 64  # per pixel: shift, float64 sums, minimum, maximum, best key and value, count, temporaries
_STACK_BYTES = 4  # per pixel and date: the float32 stack the median and percentiles need


# ---------------------------------------------------------------------------------------------------
# Parameters


def parse_percentiles(text):
    """Percentiles from a string such as ``"10, 50, 90"`` (commas, semicolons or spaces between them):
    a list of floats in 0..100, duplicates removed, in the order given. Raises ``TerrascopeError``."""
    if text is None:
        return []
    if isinstance(text, (list, tuple)):
        items = [str(item) for item in text]
    else:
        items = [item for item in re.split(r"[,;\s]+", str(text).strip()) if item]
    values = []
    for item in items:
        try:
            value = float(item)
        except ValueError:
            raise TerrascopeError(
                f"percentiles: {item!r} is not a number; give numbers from 0 to 100 separated by "
                f"commas, e.g. 10,50,90") from None
        if not math.isfinite(value) or not 0.0 <= value <= 100.0:
            raise TerrascopeError(
                f"percentiles: {item} is outside 0..100; give numbers from 0 to 100, e.g. 10,50,90")
        if value not in values:
            values.append(value)
    return values


def percentile_label(q):
    """The band description of a percentile: ``p10``, ``p2.5``."""
    return f"p{float(q):g}"


def band_labels(statistics, percentiles=()):
    """The band descriptions, in band order, of the chosen statistics."""
    chosen = _ordered(statistics)
    labels = []
    for name in chosen:
        if name == PERCENTILES:
            labels.extend(percentile_label(q) for q in percentiles)
        else:
            labels.append(name)
    return labels


def _ordered(statistics):
    unknown = [name for name in statistics if name not in STATISTICS]
    if unknown:
        raise TerrascopeError(
            f"unknown statistic(s) {', '.join(map(str, unknown))}; known: {', '.join(STATISTICS)}")
    return [name for name in STATISTICS if name in set(statistics)]


def check_statistics(statistics, percentiles=()):
    """``(chosen, percentiles)``: the statistics in band order and the percentiles that apply (none
    unless ``percentiles`` is chosen). Raises ``TerrascopeError`` for an unknown or empty choice."""
    chosen = _ordered(statistics)
    if not chosen:
        raise TerrascopeError("no statistic was chosen")
    percentiles = [float(q) for q in percentiles or ()]
    if PERCENTILES in chosen and not percentiles:
        raise TerrascopeError("percentiles were chosen but none were given: give them, e.g. 10,50,90")
    for q in percentiles:
        if not 0.0 <= q <= 100.0:
            raise TerrascopeError(f"percentiles: {q:g} is outside 0..100")
    return chosen, (percentiles if PERCENTILES in chosen else [])


# ---------------------------------------------------------------------------------------------------
# Reducers


class Accumulator:
    """Statistics of one window accumulated date by date (memory independent of the number of dates).

    ``add(values, key=None)`` takes one date's float32 values (NaN = invalid) and, for the best pixel,
    that date's NDVI (NaN = invalid); ``result(name)`` gives a float32 2-D array.

    The mean and standard deviation come from float64 sums of the values shifted by each pixel's first
    valid value (the "shifted data" algorithm: exact differences of float32 values, no cancellation
    between large sums); the minimum and maximum from ``fmin``/``fmax``, which skip NaN.
    """

    def __init__(self, shape, statistics):
        self.statistics = set(statistics)
        self.count = np.zeros(shape, dtype=np.int32)
        need_moments = bool(self.statistics & {MEAN, STD})
        self.shift = np.full(shape, np.nan, dtype=np.float32) if need_moments else None
        self.sum = np.zeros(shape, dtype=np.float64) if need_moments else None
        self.squares = np.zeros(shape, dtype=np.float64) if STD in self.statistics else None
        self.minimum = np.full(shape, np.nan, dtype=np.float32) if MINIMUM in self.statistics else None
        self.maximum = np.full(shape, np.nan, dtype=np.float32) if MAXIMUM in self.statistics else None
        if BEST_PIXEL in self.statistics:
            self.best_key = np.full(shape, -np.inf, dtype=np.float32)
            self.best_value = np.full(shape, np.nan, dtype=np.float32)
        else:
            self.best_key = self.best_value = None

    def add(self, values, key=None):
        values = np.asarray(values, dtype=np.float32)
        invalid = np.isnan(values)
        self.count += ~invalid
        if self.sum is not None:
            np.copyto(self.shift, values, where=np.isnan(self.shift))  # each pixel's first valid value
            delta = np.subtract(values, self.shift, dtype=np.float64)
            np.copyto(delta, 0.0, where=invalid)
            self.sum += delta
            if self.squares is not None:
                delta *= delta
                self.squares += delta
        if self.minimum is not None:
            np.fmin(self.minimum, values, out=self.minimum)
        if self.maximum is not None:
            np.fmax(self.maximum, values, out=self.maximum)
        if self.best_key is not None:
            if key is None:
                raise ValueError("the best pixel needs a key (NDVI) for every date")
            key = np.asarray(key, dtype=np.float32)
            better = key > self.best_key  # False where the key is NaN
            better &= ~invalid
            np.copyto(self.best_key, key, where=better)
            np.copyto(self.best_value, values, where=better)

    def result(self, name):
        if name == COUNT:
            return self.count.astype(np.float32)
        if name == MINIMUM:
            return self.minimum.copy()  # NaN where no valid value: fmin kept the initial NaN
        if name == MAXIMUM:
            return self.maximum.copy()
        if name == BEST_PIXEL:
            return self.best_value.copy()  # NaN where no date had both a valid value and NDVI
        none = self.count == 0
        n = np.maximum(self.count, 1)
        mean_shifted = self.sum / n
        if name == MEAN:
            out = (self.shift + mean_shifted).astype(np.float32)
        elif name == STD:
            variance = self.squares / n - mean_shifted * mean_shifted
            out = np.sqrt(np.maximum(variance, 0.0)).astype(np.float32)
        else:
            raise ValueError(name)
        out[none] = np.nan
        return out


def sorted_percentiles(stack, percentiles, count=None):
    """Percentiles (0..100) along axis 0 of a float32 stack with NaN = invalid, by numpy's linear
    method; NaN where a pixel has no valid value. Sorts ``stack`` in place (NaN sort last)."""
    stack.sort(axis=0)
    if count is None:
        count = (~np.isnan(stack)).sum(axis=0)
    results = []
    last = np.maximum(count.astype(np.int64) - 1, 0)
    for q in percentiles:
        position = (float(q) / 100.0) * last
        below = np.floor(position).astype(np.int64)
        above = np.minimum(below + 1, last)
        fraction = position - below
        low = np.take_along_axis(stack, below[np.newaxis], axis=0)[0].astype(np.float64)
        high = np.take_along_axis(stack, above[np.newaxis], axis=0)[0].astype(np.float64)
        value = (low + (high - low) * fraction).astype(np.float32)
        value[count == 0] = np.nan
        results.append(value)
    return results


def reduce_stack(stack, statistics, percentiles=(), keys=None):
    """All chosen statistics of a stack (dates x rows x cols, NaN = invalid), in band order.

    ``keys`` (same shape) is the per-date NDVI for the best pixel; for an NDVI series pass the stack
    itself. The stack is not modified. Returns a list of float32 2-D arrays (one per band label).
    """
    chosen, percentiles = check_statistics(statistics, percentiles)
    stack = np.asarray(stack, dtype=np.float32)
    if BEST_PIXEL in chosen and keys is None:
        raise TerrascopeError("the best pixel by maximum NDVI needs the NDVI of every date")
    accumulator = Accumulator(stack.shape[1:], chosen)
    for index in range(stack.shape[0]):
        accumulator.add(stack[index], None if keys is None else keys[index])
    return _assemble(chosen, percentiles, accumulator,
                     stack.copy() if _needs_stack(chosen) else None)


def _needs_stack(chosen):
    return MEDIAN in chosen or PERCENTILES in chosen


def _assemble(chosen, percentiles, accumulator, stack):
    order_statistics = {}
    if stack is not None:
        wanted = ([50.0] if MEDIAN in chosen else []) + list(percentiles)
        values = sorted_percentiles(stack, wanted, accumulator.count)
        if MEDIAN in chosen:
            order_statistics[MEDIAN] = values.pop(0)
        order_statistics[PERCENTILES] = values
    bands = []
    for name in chosen:
        if name == MEDIAN:
            bands.append(order_statistics[MEDIAN])
        elif name == PERCENTILES:
            bands.extend(order_statistics[PERCENTILES])
        else:
            bands.append(accumulator.result(name))
    return bands


# ---------------------------------------------------------------------------------------------------
# NDVI for the best pixel


def _sibling_path(path, content, preferred_resolution):
    """The file of ``content`` of the same product beside ``path``: the same resolution first (same
    grid, no resampling), then 10M (B04 and B08 are native 10 m), 20M, 60M. None when there is none."""
    name = try_parse_name(path)
    if name is None:
        return None, []
    folder = os.path.dirname(os.path.abspath(os.fspath(path)))
    tried = []
    for resolution in dict.fromkeys([preferred_resolution, "10M", "20M", "60M"]):
        candidate = os.path.join(folder, name.sibling(content, resolution, ".tif"))
        tried.append(candidate)
        if os.path.isfile(candidate):
            return candidate, tried
    return None, tried


class NdviSource:
    """NDVI per input and window for the best pixel of a TOC band series, from the TOC-B04 and TOC-B08
    of each input's product; siblings on another grid are shown on the series grid (averaged when
    finer, nearest when coarser)."""

    def __init__(self, paths, grid):
        self._views = []
        self.paths = []  # the TOC-B04 and TOC-B08 files read
        self.scalings = []
        views = []
        try:
            for path in paths:
                name = try_parse_name(path)
                resolution = name.resolution if name is not None else ""
                for content in (RED_CONTENT, NIR_CONTENT):
                    sibling, tried = _sibling_path(path, content, resolution)
                    if sibling is None:
                        raise RasterError(
                            f"{path}: the best pixel by maximum NDVI needs the {content} file of the same "
                            f"product beside it; none found (looked for {', '.join(tried) or 'a Terrascope name'})")
                    self.paths.append(sibling)
                    dataset = open_raster(sibling)  # held while its band is used
                    scaling = scaling_for(sibling, dataset.GetRasterBand(1), content)
                    self.scalings.append(scaling)
                    views.append(self._on_grid(sibling, grid, scaling.nodata))
        except BaseException:
            self.close()
            raise
        self._reader = RasterReader(views)

    def _on_grid(self, path, grid, nodata):
        own = Grid.of_path(path)
        if own.same_as(grid):
            return path
        finer = own.pixel_size[0] < grid.pixel_size[0]
        xmin, ymin, xmax, ymax = grid.bounds
        view = f"/vsimem/terrascope-ndvi-{uuid.uuid4().hex}.vrt"
        options = {} if nodata is None else {"srcNodata": nodata, "dstNodata": nodata}
        try:
            gdal.Warp(view, path, format="VRT", outputBounds=(xmin, ymin, xmax, ymax),
                      width=grid.width, height=grid.height, dstSRS=grid.crs_wkt,
                      resampleAlg="average" if finer else "near", **options)
        except RuntimeError as error:
            raise RasterError(f"{path}: cannot be resampled onto the input grid ({error})") from None
        self._views.append(view)
        return view

    def read(self, index, window):
        red = self.scalings[2 * index].to_physical(self._reader.read(2 * index, window, band=1))
        nir = self.scalings[2 * index + 1].to_physical(self._reader.read(2 * index + 1, window, band=1))
        total = nir + red
        ndvi = np.full(total.shape, np.nan, dtype=np.float32)
        np.divide(nir - red, total, out=ndvi, where=(total != 0) & ~np.isnan(total))
        return ndvi

    def close(self):
        for view in self._views:
            gdal.Unlink(view)
        self._views = []


def _best_pixel_mode(content):
    content = (content or "").upper()
    if content == NDVI_CONTENT:
        return "self"
    if content.startswith("TOC-B"):
        return "ndvi"
    raise TerrascopeError(
        f"the best pixel by maximum NDVI works on TOC band series (NDVI from the product's TOC-B04 and "
        f"TOC-B08) and on NDVI series; the inputs are {content or 'of an unknown content'}")


# ---------------------------------------------------------------------------------------------------
# The whole raster


def statistics_metadata(series, labels):
    """The metadata tags of a statistics output with bands ``labels``."""
    return {"TERRASCOPE_STATISTICS": ",".join(labels), "TERRASCOPE_INPUTS": str(len(series.acquisitions))}


def ndvi_source(series, statistics):
    """The ``NdviSource`` that ``statistics_window`` needs for ``series`` (the best pixel of a TOC band
    series), else None. The caller closes it after the last window."""
    if BEST_PIXEL in statistics and _best_pixel_mode(series.content) == "ndvi":
        if getattr(series, "on_target", False):
            raise TerrascopeError(
                "the best pixel by maximum NDVI of a TOC band series works on one grid, one file per date; "
                "it is not available on a target grid over several tiles (use an NDVI series)")
        return NdviSource(series.paths, series.grid)
    return None


def statistics_window(series, window, statistics, percentiles=(), ndvi=None, cancelled=None, indices=None):
    """The chosen statistics of ``series`` on ``window``: a list of float32 arrays (rows x cols), one
    per band label (``band_labels``), in band order.

    Reads only ``window`` of each date. ``ndvi``: the ``ndvi_source(series, statistics)`` (needed for
    the best pixel of a TOC band series). ``cancelled``: optional callable, checked before each date;
    when it returns True, ``Cancelled`` is raised. ``indices``: the entries to use (default: all), e.g.
    the dates of one period. The single-machine engine
    (``temporal_statistics``) and cluster tasks both call this.
    """
    chosen, percentiles = check_statistics(statistics, percentiles)
    mode = _best_pixel_mode(series.content) if BEST_PIXEL in chosen else None
    if mode == "ndvi" and ndvi is None:
        raise TerrascopeError("the best pixel of a TOC band series needs its NDVI source (ndvi_source)")
    indices = range(len(series.acquisitions)) if indices is None else indices
    accumulator = Accumulator((window.height, window.width), chosen)
    stack = np.empty((len(indices), window.height, window.width), np.float32) if _needs_stack(chosen) else None
    for position, index in enumerate(indices):
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled by the user")
        values = series.read(index, window)
        key = None
        if mode == "self":
            key = values
        elif mode == "ndvi":
            key = ndvi.read(index, window)
        accumulator.add(values, key)
        if stack is not None:
            stack[position] = values
    return _assemble(chosen, percentiles, accumulator, stack)


def bytes_per_pixel(dates, chosen, periods=1):
    """Working memory of one window per pixel: the accumulators, the results of ``periods`` periods and,
    for the median and percentiles, one float32 value per date."""
    return (_ACCUMULATOR_BYTES + 4 * len(chosen) * periods
            + (dates * _STACK_BYTES if _needs_stack(chosen) else 8))


def plan(grid, dates, chosen, memory_budget=DEFAULT_MEMORY_BUDGET, threads=None, periods=1):
    """Windows and worker threads that keep the windows in flight within ``memory_budget`` bytes.

    Each worker has at most two windows in flight; a window holds per pixel the accumulators, the
    results of ``periods`` periods and, for the median and percentiles, one float32 value per date
    (``dates``: of the longest period). When even the smallest window (one output tile) of every worker
    would exceed the budget, fewer workers are used.
    """
    threads = threads or os.cpu_count() or 1
    per_pixel = bytes_per_pixel(dates, chosen, periods)
    smallest = OUTPUT_BLOCK * OUTPUT_BLOCK * per_pixel * 2
    threads = max(1, min(threads, int(memory_budget // smallest)))
    window_pixels = min(WINDOW_PIXELS, window_pixels_for(per_pixel * 2 * threads, memory_budget))
    return plan_windows(grid, window_pixels), threads


def periods_statistics_window(series, window, groups, statistics, percentiles=(), ndvi=None, cancelled=None):
    """``statistics_window`` for each period of ``groups`` (``core.periods.group_by_period``) on
    ``window``: the bands of the first period, then of the next... Each date is read once."""
    bands = []
    for _, indices in groups:
        bands.extend(statistics_window(series, window, statistics, percentiles, ndvi, cancelled, indices))
    return bands


def temporal_statistics(series, statistics, percentiles, output_path, progress=None, *,
                        memory_budget=DEFAULT_MEMORY_BUDGET, window_pixels=None, threads=None, cog=False,
                        period=WHOLE):
    """Write the chosen statistics of ``series`` (a ``core.series.Series``) to ``output_path``: a Float32
    GeoTIFF on the series grid, one band per statistic (one per percentile), band descriptions naming
    them (``band_labels``), nodata NaN; ``count`` is a band of that file too (0 where no observation).
    With a ``period`` (``core.periods``) other than ``whole``: those bands for each period with at least
    one date, in time order, each statistic over that period's dates, described ``2020-06 median``.

    ``window_pixels`` overrides the window size chosen from ``memory_budget``. Returns the band labels.
    Raises ``TerrascopeError`` (bad choice, missing NDVI siblings, unreadable input) or ``Cancelled``;
    nothing is left at ``output_path`` then.
    """
    chosen, percentiles = check_statistics(statistics, percentiles)
    groups = group_by_period(series.acquisitions, period)
    labels = [period_description(p, label) for p, _ in groups for label in band_labels(chosen, percentiles)]
    longest = max(len(indices) for _, indices in groups)
    windows, threads = plan(series.grid, longest, chosen, memory_budget, threads, len(groups))
    if window_pixels is not None:
        windows = plan_windows(series.grid, window_pixels)
    ndvi = ndvi_source(series, chosen)
    cancelled = progress.cancelled if progress is not None else None

    def work(window):
        return np.stack(periods_statistics_window(series, window, groups, chosen, percentiles, ndvi, cancelled))

    metadata = statistics_metadata(series, labels)
    if period != WHOLE:
        metadata["TERRASCOPE_PERIOD"] = period
    output = RasterOutput(output_path, series.grid, np.float32, bands=len(labels), nodata=float("nan"),
                          descriptions=tuple(labels), metadata=metadata, cog=cog)
    try:
        write_windows([output], windows, work, progress, threads=threads,
                      inputs=series.inputs + (ndvi.paths if ndvi is not None else []))
    finally:
        if ndvi is not None:
            ndvi.close()
    return labels

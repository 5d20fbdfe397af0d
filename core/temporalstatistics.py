"""Per-pixel temporal statistics of a masked series: mean, median, minimum, maximum, standard deviation,
count, percentiles, and the best pixel by maximum NDVI.

Definitions (per pixel, over the dates where the value is valid: not nodata, not masked by the SCL):

- ``mean``: arithmetic mean, the mean composite's (``core.meancomposite.MeanCount``), value for value.
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
dates (``core.engine.window_pixels_for``). For a Terrascope content (one integer DN type, one scaling)
all of them are computed on the DNs, only the results becoming values (``WindowStatistics``): the
median and percentiles by a sorting network on a stack of one or two bytes per date
(``core.orderstatistics``), with the same results as sorting the float32 values.
"""

import math
import os
import re
import uuid

import numpy as np
from osgeo import gdal

from .meancomposite import MeanCount, dns_where
from .engine import WINDOW_PIXELS, RasterReader, plan_windows, window_pixels_for
from .errors import Cancelled, RasterError, TerrascopeError
from .naming import try_parse_name
from .orderstatistics import KeyValues, OrderStack, key_type, put_keys
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
STD_BLOCK_PIXELS = 32768  # the standard deviation's float64 temporaries of a block stay in cache
_ACCUMULATOR_BYTES = 64  # per pixel: shift, float64 sums, minimum, maximum, best key and value, count, temporaries


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


def dn_values(series):
    """The float32 value of every DN of the series' one 1- or 2-byte integer type, indexed by the DN's
    unsigned bit pattern, computed by ``series.values`` itself (so statistics on DNs give the values a
    float32 stack would); None when the statistics must work on float32 values instead (inputs scaled
    differently, a negative scale, float or wider data)."""
    dtypes = {np.dtype(dtype) for dtype in series.dtypes}
    if len(dtypes) != 1 or not series.uniform_scaling:
        return None
    dtype = dtypes.pop()
    if dtype.kind not in "iu" or dtype.itemsize > 2:
        return None
    codes = np.arange(2 ** (8 * dtype.itemsize), dtype=f"u{dtype.itemsize}").view(dtype)
    table = series.values(0, codes, np.ones(codes.shape, dtype=bool))
    in_dn_order = np.roll(table, len(table) // 2) if dtype.kind == "i" else table  # negative DNs first
    if np.any(np.diff(in_dn_order[np.isfinite(in_dn_order)]) < 0):
        return None  # a negative scale: sorting the DNs would not sort the values
    return table


class WindowStatistics:
    """The chosen statistics of one window of ``series`` over ``dates`` dates, fed one date at a time:
    ``add(slot, index, dn, valid, key)`` with the ``slot``-th date (input ``index``), its DNs, where they
    count and, for the best pixel by key, that date's NDVI (NaN = invalid); then ``bands()``. With
    ``best_by_key`` False (an NDVI series: its own values are the key) the best pixel is the maximum.

    Where the inputs share one integer type of 1 or 2 bytes and one scaling (always, for a Terrascope
    content), everything is computed on the DNs and only the results become values: the mean and count
    by the mean composite's ``MeanCount``, the minimum and maximum as sort keys of the DNs
    (``core.orderstatistics.key_type``; with a stack, the minimum is its lowest sorted row), the best
    pixel as DNs, the standard deviation from exact integer sums, the median and percentiles by
    ``core.orderstatistics`` on a stack of the keys; keys become values by the scaling's arithmetic
    where it gives the lookup table's values (``KeyValues``). Otherwise the same on float32 values (the
    standard deviation then from float64 sums shifted by each pixel's first value, free of
    cancellation).
    """

    def __init__(self, series, shape, statistics, percentiles, dates, best_by_key=True):
        self.series = series
        self.chosen = set(statistics)
        self.percentiles = list(percentiles)
        self.shape = shape
        self.table = dn_values(series)
        self.mean_count = MeanCount(series, shape, summing=bool(self.chosen & {MEAN, STD}))
        sample_type = np.dtype(series.dtypes[0]) if self.table is not None else np.dtype(np.float32)
        self.sample_type = sample_type
        # The minimum and maximum are kept as sort keys (core.orderstatistics.key_type).
        self.key, self.flip = key_type(sample_type)
        affine = None
        if self.table is not None:
            scaling = series.scalings[0]
            affine = (scaling.scale, scaling.offset) if series.physical else (1.0, 0.0)
        self.key_values = KeyValues(self.table, self.flip, affine)
        self.keys = np.empty(shape, self.key)
        self.keys_are_dns = self.table is not None and self.key == sample_type  # unsigned DNs
        self.scratch = np.empty(shape, self.key) if self.key.itemsize > 1 else None
        low_key = self.key.type(0 if self.table is not None else -np.inf)
        high_key = self.key.type(np.iinfo(self.key).max if self.table is not None else np.inf)
        self.best_is_maximum = BEST_PIXEL in self.chosen and not best_by_key
        self.order = None
        if _needs_stack(self.chosen):
            self.order = OrderStack(dates, shape[0] * shape[1], sample_type, self.table, affine)
        # With a stack, the minimum is its lowest sorted row.
        self.minimum = np.full(shape, high_key) if MINIMUM in self.chosen and self.order is None else None
        self.maximum = (np.full(shape, low_key) if MAXIMUM in self.chosen or self.best_is_maximum
                        else None)
        self.sums = None
        if STD in self.chosen:
            if self.table is not None:  # the sum of squares (the sum is MeanCount's)
                # uint8: a square fits 16 bits and 65535 dates of squares 32 bits
                narrow = sample_type == np.uint8
                self.sums = np.zeros(shape, np.uint32 if narrow else np.int64)
                # a square of a DN fits twice its size: uint8 -> uint16, int16 -> int32, uint16 -> uint32
                self.square_type = np.dtype(f"{sample_type.kind}{2 * sample_type.itemsize}")
            else:
                self.sums = (np.full(shape, np.nan, np.float32), np.zeros(shape, np.float64),
                             np.zeros(shape, np.float64))  # shift, shifted sum, shifted squares
        self.best = None
        if BEST_PIXEL in self.chosen and best_by_key:
            self.best = (np.full(shape, -np.inf, dtype=np.float32), np.zeros(shape, sample_type))

    def add(self, slot, index, dn, valid, key=None):
        samples = dn if self.table is not None else self.series.values(index, dn, valid)
        kept = None  # where the keys are the DNs: the DNs where valid, else 0 (shared by three sums)
        if self.maximum is not None:
            keys = put_keys(samples, valid, self.keys, self.flip, high=False, scratch=self.scratch)
            np.maximum(self.maximum, keys, out=self.maximum)
            if self.keys_are_dns:
                kept = keys
        self.mean_count.add(index, dn, valid, kept)
        if self.sums is not None:
            self._add_moments(samples, valid, kept)
        if self.order is not None:
            self.order.put(slot, samples, valid)
        if self.minimum is not None:
            keys = put_keys(samples, valid, self.keys, self.flip, scratch=self.scratch)
            np.minimum(self.minimum, keys, out=self.minimum)
        if self.best is not None:
            if key is None:
                raise ValueError("the best pixel needs a key (NDVI) for every date")
            best_key, best_sample = self.best
            better = key > best_key  # False where the key is NaN
            better &= valid
            np.copyto(best_key, key, where=better)
            np.copyto(best_sample, samples, where=better)

    def _add_moments(self, samples, valid, kept=None):
        if self.table is not None:
            if kept is None:
                kept = dns_where(samples, valid)
            np.add(self.sums, np.multiply(kept, kept, dtype=self.square_type), out=self.sums, casting="unsafe")
            return
        shift, total, squares = self.sums
        np.copyto(shift, samples, where=np.isnan(shift))  # each pixel's first valid value
        delta = np.subtract(samples, shift, dtype=np.float64)
        np.copyto(delta, 0.0, where=~valid)
        total += delta
        delta *= delta
        squares += delta

    @staticmethod
    def _unfound(values, found):
        """``values`` with NaN where ``found`` (a count, or a flag) is 0."""
        missing = found == 0
        if missing.any():
            values[missing] = np.nan
        return values

    def _std(self, count, std):
        """The standard deviation into ``std``, computed by blocks of ``STD_BLOCK_PIXELS`` (its float64
        temporaries then stay in the CPU cache)."""
        total = self.mean_count.sums()[0] if self.table is not None else None
        step = max(1, STD_BLOCK_PIXELS // self.shape[1])
        for top in range(0, self.shape[0], step):
            rows = slice(top, top + step)
            std[rows] = self._std_rows(count[rows], rows, None if total is None else total[rows])
        self._unfound(std, count)

    def _std_rows(self, count, rows, total):
        """The standard deviation of ``rows`` (any value where ``count`` is 0)."""
        if self.table is not None:
            # count x sum of squares - sum², exact: in float64 for bytes (below 2**53), else in int64
            exact = np.float64 if self.sums.dtype == np.uint32 else np.int64
            spread = np.multiply(count, self.sums[rows], dtype=exact)
            total = total.astype(exact)
            total *= total
            spread -= total
            spread = spread.astype(np.float64, copy=False)
            np.sqrt(spread, out=spread)
            with np.errstate(invalid="ignore", divide="ignore"):
                spread /= count  # the DNs' standard deviation; the values' is |scale| times it
            if self.series.physical:
                spread *= abs(float(self.series.scalings[0].scale))
            return spread
        n = np.maximum(count, 1).astype(np.float64)
        _shift, total, squares = (part[rows] for part in self.sums)
        mean_shifted = total / n
        variance = squares / n - mean_shifted * mean_shifted
        return np.sqrt(np.maximum(variance, 0.0))

    def bands(self, out=None):
        """The chosen statistics in band order (``band_labels``): float32, bands x rows x cols, written
        into ``out`` when given."""
        if out is None:
            out = np.empty((len(band_labels(self.chosen, self.percentiles)),) + self.shape, np.float32)
        planes, index = {}, 0
        for name in STATISTICS:
            if name in self.chosen:
                width = len(self.percentiles) if name == PERCENTILES else 1
                planes[name] = out[index:index + width]
                index += width
        if MEAN in self.chosen:
            planes[MEAN][0], count = self.mean_count.result()
        else:
            count = self.mean_count.sums()[1]
        if COUNT in self.chosen:
            np.copyto(planes[COUNT][0], count, casting="unsafe")
        if self.order is not None:
            wanted = ([50.0] if MEDIAN in self.chosen else []) + self.percentiles
            targets = [planes[MEDIAN][0]] if MEDIAN in self.chosen else []
            targets.extend(planes.get(PERCENTILES, []))
            self.order.percentiles(count, wanted, [target.reshape(-1) for target in targets])
        if MINIMUM in self.chosen:
            keys = self.minimum if self.minimum is not None else self.order.lowest().reshape(self.shape)
            self._unfound(self.key_values.float32(keys, out=planes[MINIMUM][0]), count)
        if self.maximum is not None:
            maximum = planes[MAXIMUM if MAXIMUM in self.chosen else BEST_PIXEL][0]
            self._unfound(self.key_values.float32(self.maximum, out=maximum), count)
        if BEST_PIXEL in self.chosen:
            best = planes[BEST_PIXEL][0]
            if not self.best_is_maximum:  # NaN where no date had both a valid value and a valid key
                best_key, best_sample = self.best
                if self.table is not None:
                    np.take(self.table, best_sample.view(f"u{best_sample.dtype.itemsize}"), out=best)
                else:
                    best[...] = best_sample
                self._unfound(best, np.isfinite(best_key))
            elif MAXIMUM in self.chosen:
                best[...] = planes[MAXIMUM][0]
        if self.sums is not None:
            self._std(count, planes[STD][0])
        return out


def _needs_stack(chosen):
    return MEDIAN in chosen or PERCENTILES in chosen


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


def statistics_window(series, window, statistics, percentiles=(), ndvi=None, cancelled=None, indices=None,
                      out=None):
    """The chosen statistics of ``series`` on ``window``: float32, bands x rows x cols, one band per
    band label (``band_labels``), in band order (``WindowStatistics``); written into ``out`` when given.

    Reads only ``window`` of each date, once. ``ndvi``: the ``ndvi_source(series, statistics)`` (needed
    for the best pixel of a TOC band series). ``cancelled``: optional callable, checked before each
    date; when it returns True, ``Cancelled`` is raised. ``indices``: the entries to use (default: all),
    e.g. the dates of one period. The single-machine engine (``temporal_statistics``) and cluster tasks
    both call this.
    """
    chosen, percentiles = check_statistics(statistics, percentiles)
    mode = _best_pixel_mode(series.content) if BEST_PIXEL in chosen else None
    if mode == "ndvi" and ndvi is None:
        raise TerrascopeError("the best pixel of a TOC band series needs its NDVI source (ndvi_source)")
    indices = range(len(series.acquisitions)) if indices is None else indices
    reducer = WindowStatistics(series, (window.height, window.width), chosen, percentiles, len(indices),
                               best_by_key=mode == "ndvi")
    for position, index in enumerate(indices):
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled by the user")
        dn, valid = series.read_valid(index, window)
        reducer.add(position, index, dn, valid, ndvi.read(index, window) if mode == "ndvi" else None)
    return reducer.bands(out)


def bytes_per_pixel(dates, chosen, periods=1, sample_bytes=4, percentiles=()):
    """Working memory of one window per pixel: the accumulators, the result bands of ``periods`` periods
    (one per statistic, one per percentile) and, for the median and percentiles, one sample of
    ``sample_bytes`` per date (a DN, or a float32 value) and the sorting network's spare row."""
    bands = len(band_labels(chosen, percentiles if PERCENTILES in chosen else ()))
    return (_ACCUMULATOR_BYTES + 4 * bands * periods
            + ((dates + 1) * sample_bytes if _needs_stack(chosen) else 8))


def plan(grid, dates, chosen, memory_budget=DEFAULT_MEMORY_BUDGET, threads=None, periods=1, sample_bytes=4,
         percentiles=(), block=None):
    """Windows (along the inputs' ``block``: ``plan_windows``) and worker threads that keep the windows in
    flight within ``memory_budget`` bytes.

    Each worker has at most two windows in flight; a window holds ``bytes_per_pixel`` (``dates``: of the
    longest period). When even the smallest window (one output tile) of every worker would exceed the
    budget, fewer workers are used.
    """
    threads = threads or os.cpu_count() or 1
    per_pixel = bytes_per_pixel(dates, chosen, periods, sample_bytes, percentiles)
    smallest = OUTPUT_BLOCK * OUTPUT_BLOCK * per_pixel * 2
    threads = max(1, min(threads, int(memory_budget // smallest)))
    window_pixels = min(WINDOW_PIXELS, window_pixels_for(per_pixel * 2 * threads, memory_budget))
    return plan_windows(grid, window_pixels, block), threads


def periods_statistics_window(series, window, groups, statistics, percentiles=(), ndvi=None, cancelled=None):
    """``statistics_window`` for each period of ``groups`` (``core.periods.group_by_period``) on
    ``window``: the bands of the first period, then of the next..., in one float32 array. Each date is
    read once."""
    chosen, percentiles = check_statistics(statistics, percentiles)
    per_period = len(band_labels(chosen, percentiles))
    bands = np.empty((per_period * len(groups), window.height, window.width), np.float32)
    for number, (_, indices) in enumerate(groups):
        statistics_window(series, window, chosen, percentiles, ndvi, cancelled, indices,
                          out=bands[number * per_period:(number + 1) * per_period])
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
    sample_bytes = np.dtype(series.dtypes[0]).itemsize if dn_values(series) is not None else 4
    block = series.block  # opens the first input: once
    windows, threads = plan(series.grid, longest, chosen, memory_budget, threads, len(groups), sample_bytes,
                            percentiles, block)
    if window_pixels is not None:
        windows = plan_windows(series.grid, window_pixels, block)
    ndvi = ndvi_source(series, chosen)
    cancelled = progress.cancelled if progress is not None else None

    def work(window):
        return periods_statistics_window(series, window, groups, chosen, percentiles, ndvi, cancelled)

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

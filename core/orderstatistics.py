"""Per-pixel order statistics (median, percentiles) of a window's dates, sorted by a sorting network.

A window's samples are held as a stack ``(dates, pixels)`` of the inputs' own numbers: the raw DNs
(uint8 for NDVI, int16 for TOC reflectances), or float32 values where DNs cannot be compared (inputs
scaled differently, float data). An invalid sample holds the type's largest value, so it sorts after
every valid one and a pixel's ``count`` valid samples are its first ``count`` sorted ones.

Sorting every pixel's few dates is done by a fixed sorting network (Batcher's odd-even merge sort):
each comparator is an element-wise minimum and maximum of two dates' rows, so numpy sorts all pixels of
a chunk at once in SIMD, far faster than per-pixel sorts of floats. Comparators that cannot reach the
ranks a statistic needs are left out (the median needs only the lower half sorted). The chunks are
small enough to stay in the CPU cache while their network runs and their results are picked.

A percentile q (0..100) of ``count`` sorted values is numpy's linear interpolation: position
``q / 100 x (count - 1)``, between the values at ranks ``floor`` and ``floor + 1``. Only the two
samples per pixel are turned into values (``values``: a lookup table from DN to value, exactly the
values ``core.series.Series.values`` gives) and interpolated in float64 as numpy does, so the results
equal those of sorting the float32 values; NaN where ``count`` is 0.
"""

import functools

import numpy as np

CACHE_BYTES = 256 * 1024  # a chunk of the stack: within a core's L2 cache
MIN_CHUNK = 4096  # pixels; fewer would let numpy's per-call overhead dominate


@functools.lru_cache(maxsize=None)
def sorting_network(size):
    """Batcher's odd-even merge sort for ``size`` inputs: comparators ``(low, high)``, low < high, after
    which position ``low`` holds the smaller value. Built for the next power of two; comparators that
    touch a position beyond ``size`` are dropped (those positions would hold +infinity)."""
    padded = 1
    while padded < size:
        padded *= 2
    network = []
    merge = 1
    while merge < padded:
        step = merge
        while step >= 1:
            for start in range(step % merge, padded - step, 2 * step):
                for offset in range(min(step, padded - start - step)):
                    low, high = start + offset, start + offset + step
                    if low // (2 * merge) == high // (2 * merge) and high < size:
                        network.append((low, high))
            step //= 2
        merge *= 2
    return tuple(network)


MIN_ONLY, MAX_ONLY, BOTH = "min", "max", "both"


@functools.lru_cache(maxsize=None)
def pruned_network(size, ranks):
    """``sorting_network(size)`` reduced to what sorts positions ``0 .. ranks - 1`` correctly: a list of
    ``(low, high, kind)``. Walking back from the needed outputs, a comparator neither of whose outputs
    is needed is dropped, and one with a single needed output keeps only its minimum or its maximum."""
    needed = set(range(ranks))
    kept = []
    for low, high in reversed(sorting_network(size)):
        wants_low, wants_high = low in needed, high in needed
        if not (wants_low or wants_high):
            continue
        kept.append((low, high, BOTH if wants_low and wants_high else MIN_ONLY if wants_low else MAX_ONLY))
        needed.update((low, high))
    return tuple(reversed(kept))


def invalid_fill(dtype):
    """The value an invalid sample holds in a stack of ``dtype``: it sorts after every valid one."""
    dtype = np.dtype(dtype)
    return np.inf if dtype.kind == "f" else np.iinfo(dtype).max


def filled(samples, valid, fill, out=None):
    """``samples`` where ``valid``, else ``fill`` (into ``out`` when given). On uint8 with a fill of 0
    or 255 two SIMD operations of one byte do it, ten times faster than ``np.where``."""
    if out is None:
        out = np.empty(samples.shape, dtype=samples.dtype)
    if samples.dtype == np.uint8 and fill in (0, 255):
        ones = valid.view(np.uint8)
        if fill == 0:
            return np.multiply(samples, ones, out=out)
        # 1 - 1 = 0 where valid, 0 - 1 wraps to 255 where not: OR-ed with the DN, the DN or 255.
        np.subtract(ones, np.uint8(1), out=out)
        return np.bitwise_or(out, samples, out=out)
    np.copyto(out, samples, casting="unsafe")
    np.copyto(out, fill, where=~valid)
    return out


class Ranks:
    """Where percentile ``q`` lies among ``count`` sorted values, for every count 0 .. ``dates``: the
    ranks below and above and the fraction between them (NaN for a count of 0), as numpy's linear
    method computes them per pixel."""

    def __init__(self, q, dates):
        counts = np.arange(dates + 1)
        last = np.maximum(counts - 1, 0)
        position = (float(q) / 100.0) * last
        below = np.floor(position).astype(np.int64)
        self.below = below
        self.above = np.minimum(below + 1, last)
        self.fraction = position - below
        self.fraction[0] = np.nan

    @property
    def highest(self):
        return int(self.above.max())


class OrderStack:
    """The samples of one window, ``dates`` x ``pixels`` of ``dtype``; ``put`` one date, then
    ``percentiles``. ``values``: a 1-D float64 lookup table from a (1- or 2-byte) DN to its value, indexed
    by the DN's unsigned bit pattern; None for a float32 stack of values."""

    def __init__(self, dates, pixels, dtype, values=None):
        self.dtype = np.dtype(dtype)
        self.stack = np.empty((dates, pixels), dtype=self.dtype)
        self.fill = self.dtype.type(invalid_fill(self.dtype))
        self.values = values

    def put(self, slot, samples, valid):
        """Store date ``slot``: ``samples`` (any shape of ``pixels`` elements) where ``valid``."""
        filled(samples.reshape(-1), valid.reshape(-1), self.fill, out=self.stack[slot])

    def percentiles(self, count, percentiles):
        """float32 arrays (one per percentile, ``pixels`` long) of the stored samples, ``count`` (per
        pixel, the number of valid samples) telling how many of each pixel's samples are valid."""
        dates, pixels = self.stack.shape
        ranks = [Ranks(q, dates) for q in percentiles]
        network = pruned_network(dates, max(rank.highest for rank in ranks) + 1)
        count = count.reshape(-1)
        results = [np.empty(pixels, dtype=np.float32) for _ in ranks]
        chunk = max(MIN_CHUNK, CACHE_BYTES // (dates * self.dtype.itemsize))
        spare = np.empty(chunk, dtype=self.dtype)
        work = np.empty((dates, chunk), dtype=self.dtype)
        columns = np.arange(chunk, dtype=np.int64)
        offsets = [(rank.below * chunk, rank.above * chunk, rank.fraction) for rank in ranks]
        flat = work.reshape(-1)
        for start in range(0, pixels, chunk):
            stop = min(pixels, start + chunk)
            width = stop - start
            part = work[:, :width]  # a contiguous copy: the network runs in cache
            part[...] = self.stack[:, start:stop]
            _sort(part, network, spare[:width])
            here = count[start:stop]
            for (below, above, fraction), result in zip(offsets, results):
                low = self._value(np.take(flat, np.take(below, here) + columns[:width]))
                high = self._value(np.take(flat, np.take(above, here) + columns[:width]))
                with np.errstate(invalid="ignore"):  # no valid sample: fraction NaN, samples infinite
                    high -= low
                    high *= np.take(fraction, here)
                    high += low
                result[start:stop] = high
        return results

    def _value(self, samples):
        if self.values is None:
            return samples.astype(np.float64)
        unsigned = samples.view(np.dtype(f"u{samples.dtype.itemsize}"))
        return np.take(self.values, unsigned)


def _sort(rows, network, spare):
    """Apply ``network`` to the rows of ``rows`` (in place): afterwards each column is sorted on the
    positions the network sorts."""
    for low, high, kind in network:
        first, second = rows[low], rows[high]
        if kind == BOTH:
            np.minimum(first, second, out=spare)
            np.maximum(first, second, out=second)
            first[...] = spare
        elif kind == MIN_ONLY:
            np.minimum(first, second, out=first)
        else:
            np.maximum(first, second, out=second)

"""Per-pixel order statistics (median, percentiles) of a window's dates, sorted by a sorting network.

A window's samples are held as a stack ``(dates, pixels)`` of sort keys: for integer DNs their bit
pattern as an unsigned integer of the same size, the sign bit flipped for signed types (so -1 sorts
before 0, as the DNs do; uint8 NDVI DNs are their own keys), or float32 values where DNs cannot be
compared (inputs scaled differently, float data). An invalid sample holds the type's largest key, so it
sorts after every valid one and a pixel's ``count`` valid samples are its first ``count`` sorted ones.
Writing a date into the stack is then two or three SIMD operations on the keys.

Sorting every pixel's few dates is done by a fixed sorting network (Batcher's odd-even merge sort):
each comparator is an element-wise minimum and maximum of two dates' rows, so numpy sorts all pixels of
a chunk at once in SIMD, far faster than per-pixel sorts of floats. Comparators that cannot reach the
ranks a statistic needs are left out (the median needs only the lower half sorted). A comparator writes
its minimum into a spare row, its maximum over its second row, and the spare and the first row swap
roles (``relabelled``): two operations, no copy. The chunks are small enough to stay in the CPU cache
while their network runs and their results are picked.

A percentile q (0..100) of ``count`` sorted values is numpy's linear interpolation: position
``q / 100 x (count - 1)``, between the values at ranks ``floor`` and ``floor + 1``. The rank depends on
the pixel's count; rather than by fancy indexing, each pixel's sample is picked by SIMD operations
over the few ranks the chunk's counts reach (``RankSelector``). Only the two samples per pixel are
turned into values (``values``: a lookup table from DN to value, exactly the values
``core.series.Series.values`` gives, or the scaling's arithmetic where it equals it: ``KeyValues``)
and interpolated in float64 as numpy does, so the results equal those of sorting the float32 values;
NaN where ``count`` is 0. Where that float64 arithmetic is known to round to the same float32 as a
cheaper one, the cheaper one is used (``PercentilePick``): a fraction of 0 is the lower value itself,
and a fraction of 0.5 (the median of an even count) is the float32 mean of the two values when the
table's values allow it (``halves_exactly``).
"""

import functools

import numpy as np

CACHE_BYTES = 1024 * 1024  # a chunk of the stack: within a core's L2 cache (2 MiB here)
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


@functools.lru_cache(maxsize=None)
def relabelled(size, ranks):
    """``pruned_network(size, ranks)`` as operations on ``size + 1`` rows, row ``size`` spare at first:
    ``(operations, rows)``, each operation ``(ufunc, first, second, out)``, and ``rows[rank]`` the row that
    holds ``rank`` afterwards. A comparator's minimum goes into the spare row and its maximum over its
    second row; its first row becomes the spare."""
    rows = list(range(size))
    spare = size
    operations = []
    for low, high, kind in pruned_network(size, ranks):
        first, second = rows[low], rows[high]
        if kind != MAX_ONLY:
            operations.append((np.minimum, first, second, spare if kind == BOTH else first))
        if kind != MIN_ONLY:
            operations.append((np.maximum, first, second, second))
        if kind == BOTH:
            rows[low], spare = spare, first
    return tuple(operations), tuple(rows)


def key_type(dtype):
    """``(key dtype, sign flip)`` of the sort keys of samples of ``dtype``: the unsigned integer of the same
    size and the bit flipped in it (the sign bit of a signed type, else 0); float32 values are their own
    keys."""
    dtype = np.dtype(dtype)
    if dtype.kind == "f":
        return np.dtype(np.float32), 0
    unsigned = np.dtype(f"u{dtype.itemsize}")
    return unsigned, (1 << (8 * dtype.itemsize - 1)) if dtype.kind == "i" else 0


def put_keys(samples, valid, out, flip=0, high=True, scratch=None):
    """The keys of ``samples`` (integer DNs, or float32 values) into ``out`` (of the key type); where not
    ``valid``, the largest key (``high``) or the smallest. ``scratch``: an array like ``out``, used for
    keys wider than a byte. A few SIMD operations, ten times faster than ``np.where``."""
    if out.dtype.kind == "f":
        np.copyto(out, samples, casting="unsafe")
        out[~valid] = np.inf if high else -np.inf
        return out
    # Masks of all ones or zeros, AND-ed or OR-ed: x86 has no byte multiplication, numpy's is slow.
    own = samples.view(out.dtype)
    if out.dtype.itemsize == 1 and not flip:
        ones = valid.view(np.uint8)
        if not high:  # -1 wraps to 255 where valid, -0 = 0 where not: AND-ed, the DN or 0
            np.negative(ones, out=out)
            return np.bitwise_and(out, own, out=out)
        # 1 - 1 = 0 where valid, 0 - 1 wraps to 255 where not: OR-ed with the DN, the DN or 255.
        np.subtract(ones, np.uint8(1), out=out)
        return np.bitwise_or(out, own, out=out)
    if scratch is None:
        scratch = np.empty_like(out)
    np.copyto(scratch, valid, casting="unsafe")  # 1 where valid, 0 where not
    if flip:
        own = np.bitwise_xor(own, out.dtype.type(flip), out=out)
    if not high:
        np.negative(scratch, out=scratch)  # all ones where valid, 0 where not
        return np.bitwise_and(own, scratch, out=out)
    np.subtract(scratch, out.dtype.type(1), out=scratch)  # 0 where valid, all ones where not
    return np.bitwise_or(own, scratch, out=out)


def by_keys(table, flip):
    """A lookup table indexed by a DN's unsigned bit pattern re-indexed by its key."""
    return table[np.arange(len(table)) ^ flip]


def lowers_exactly(values):
    """Whether numpy's linear interpolation at fraction 0 between two of the float32 ``values``, a and
    b >= a (``a + (b - a) * 0``), is a itself: true when all are finite and none is -0."""
    values = np.asarray(values, dtype=np.float32)
    return bool(np.isfinite(values).all() and not np.signbit(values[values == 0]).any())


def halves_exactly(values):
    """Whether, for any two of the float32 ``values`` a and b, float32 ``(a + b) * 0.5`` is numpy's linear
    interpolation at fraction 0.5 (``a + (b - a) * 0.5`` in float64, then float32): true when
    ``lowers_exactly`` and the nonzero values' binary exponents lie within 28 of each other (their sums
    and differences then are exact in float64, so both round the exact mean once) and far from float32's
    overflow and subnormals."""
    values = np.asarray(values, dtype=np.float32)
    if not lowers_exactly(values):
        return False
    nonzero = values[values != 0]
    if nonzero.size == 0:
        return True
    _, exponents = np.frexp(np.abs(nonzero))
    return bool(exponents.max() - exponents.min() <= 28 and exponents.max() <= 126 and exponents.min() >= -100)


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


class KeyValues:
    """The values of sort keys: ``table`` (float64, indexed by a DN's unsigned bit pattern) re-indexed by
    key, or None for float32 keys (their own values). ``affine``: ``(scale, offset)`` when the table's
    values are float32 ``DN x scale + offset``: a check of every key confirms it, then keys become
    values by that arithmetic, several times faster than a lookup."""

    def __init__(self, table, flip=0, affine=None):
        self.flip = flip
        self.table = None if table is None else by_keys(np.asarray(table, dtype=np.float64), flip)
        self.table32 = self.affine = None
        self.lowers = self.halves = False  # numpy's interpolation at fractions 0 and 0.5 by float32 shortcuts
        if self.table is None:
            return
        as_float32 = self.table.astype(np.float32)
        if not (as_float32.astype(np.float64) == self.table).all():
            return  # not float32 values: only float64 lookups give them
        self.table32 = as_float32
        self.lowers, self.halves = lowers_exactly(as_float32), halves_exactly(as_float32)
        if affine is not None:
            self.affine = tuple(np.float32(number) for number in affine)
            if not np.array_equal(self.float32(np.arange(len(self.table))), as_float32):
                self.affine = None

    def float32(self, keys, out=None):
        """float32 values of ``keys``, into ``out`` when given."""
        if self.table is not None and self.affine is None:
            return np.take(self.table32, keys, out=out)
        values = np.empty(keys.shape, np.float32) if out is None else out
        np.copyto(values, keys, casting="unsafe")
        if self.table is None:
            return values
        if self.flip:
            values -= np.float32(self.flip)  # the DN: exact, below 2**24
        values *= self.affine[0]
        values += self.affine[1]
        return values

    def float64(self, keys):
        """float64 values of ``keys``, a new array."""
        return keys.astype(np.float64) if self.table is None else np.take(self.table, keys)


LOWER, MIDPOINT, LINEAR = "lower", "midpoint", "linear"


def thresholds(ranks):
    """For ranks per count (0 .. dates) that never decrease: ``((rank, count), ...)``, for each rank from 1,
    the smallest count at which it is reached."""
    return tuple((rank, int(np.searchsorted(ranks, rank))) for rank in range(1, int(ranks.max()) + 1))


class PercentilePick:
    """How one percentile is picked from the sorted rows: the ranks below and above, per count, as
    ``thresholds``, and the arithmetic: ``LOWER`` (every fraction 0, values ``lowers_exactly``: the value
    below), ``MIDPOINT`` (fractions 0 and 0.5, values ``halves_exactly``: the float32 mean of the values
    below and above, above = below for a fraction of 0) or ``LINEAR`` (float64 interpolation by the
    fraction per count). ``lowers``, ``halves``: whether the values allow the first two."""

    def __init__(self, q, dates, lowers=False, halves=False):
        ranks = Ranks(q, dates)
        fractions = set(ranks.fraction[1:].tolist())
        above = ranks.above
        self.kind = LINEAR
        if fractions <= {0.0} and lowers:
            self.kind = LOWER
        elif fractions <= {0.0, 0.5} and halves:
            midpoint_above = np.where(ranks.fraction == 0.5, ranks.above, ranks.below)
            if (np.diff(midpoint_above) >= 0).all():
                self.kind, above = MIDPOINT, midpoint_above
        self.q = q
        self.below = thresholds(ranks.below)
        self.above = thresholds(above)


class OrderStack:
    """The samples of one window, ``dates`` x ``pixels`` of ``dtype``; ``put`` one date, then
    ``percentiles``. ``values``: a 1-D float64 lookup table from a (1- or 2-byte) DN to its value, indexed
    by the DN's unsigned bit pattern; None for a float32 stack of values. ``affine``: ``(scale, offset)``
    when the values are float32 ``DN x scale + offset`` (``KeyValues``)."""

    def __init__(self, dates, pixels, dtype, values=None, affine=None):
        self.key, self.flip = key_type(dtype)
        self.dates = dates
        self.stack = np.empty((dates + 1, pixels), dtype=self.key)  # the last row: the network's spare
        self.scratch = np.empty(pixels, dtype=self.key) if self.key.itemsize > 1 else None
        self.values = KeyValues(values, self.flip, affine)
        self.sorted_rows = None

    def put(self, slot, samples, valid):
        """Store date ``slot``: ``samples`` (any shape of ``pixels`` elements) where ``valid``."""
        put_keys(samples.reshape(-1), valid.reshape(-1), self.stack[slot], self.flip, scratch=self.scratch)

    def percentiles(self, count, percentiles, out=None):
        """float32 arrays (one per percentile, ``pixels`` long; ``out`` when given) of the stored
        samples, ``count`` (per pixel, the number of valid samples) telling how many of each pixel's
        samples are valid."""
        dates, pixels = self.dates, self.stack.shape[1]
        needed = max(Ranks(q, dates).highest for q in percentiles) + 1
        operations, rows = relabelled(dates, needed)
        self.sorted_rows = rows
        if out is None:
            out = [np.empty(pixels, dtype=np.float32) for _ in percentiles]
        first = {}  # each percentile once, into its first target
        for q, target in zip(percentiles, out):
            first.setdefault(float(q), target)
        picks = [PercentilePick(q, dates, self.values.lowers, self.values.halves) for q in first]
        results = list(first.values())
        count = count.reshape(-1)
        if count.dtype.itemsize > 2:  # compared chunk by chunk: the narrower, the faster
            count = count.astype(np.uint8 if dates < 256 else np.uint16)
        chunk = max(MIN_CHUNK, CACHE_BYTES // ((dates + 1) * self.key.itemsize))
        for start in range(0, pixels, chunk):
            views = [row[start:start + chunk] for row in self.stack]
            for ufunc, one, other, into in operations:
                ufunc(views[one], views[other], out=views[into])
            here = count[start:start + chunk]
            selector = RankSelector([views[row] for row in rows], here)
            for pick, result in zip(picks, results):
                result[start:start + chunk] = self._pick(pick, selector)
            if not here.all():
                for result in results:
                    result[start:start + chunk][here == 0] = np.nan
        for q, target in zip(percentiles, out):
            if target is not first[float(q)]:
                target[...] = first[float(q)]
        return out

    def _pick(self, pick, selector):
        low = selector.select(pick.below)
        if pick.kind == LOWER:
            return self.values.float32(low)
        high = selector.select(pick.above)
        if pick.kind == MIDPOINT:
            value = self.values.float32(low)
            value += self.values.float32(high)
            value *= np.float32(0.5)
            return value
        if self.values.table32 is None:
            low, high = self.values.float64(low), self.values.float64(high)
        else:  # float32 values, widened by the ufuncs themselves
            low, high = self.values.float32(low), self.values.float32(high)
        with np.errstate(invalid="ignore"):  # no valid sample: samples infinite (NaN is written after)
            spread = np.subtract(high, low, dtype=np.float64)
            spread *= selector.fraction(pick.q)
            spread += low
        return spread

    def lowest(self):
        """The keys of each pixel's smallest valid sample (the largest key where none), after
        ``percentiles``."""
        return self.stack[self.sorted_rows[0]]


class RankSelector:
    """Picks, per pixel, the sample at a rank that depends on its count, from sorted rows (``ranked``:
    one row per rank) without fancy indexing: starting from rank 0, each rank's row replaces the pick where
    the count reaches that rank's threshold (``thresholds``). On unsigned keys, sorted, that is a running
    maximum of the rows AND-ed with masks of all ones or zeros: SIMD operations on a byte or two per
    pixel."""

    def __init__(self, ranked, count):
        self.ranked = ranked
        self.count = count
        self.reached = {}
        self.counts = None  # the fewest and the most valid samples of a pixel here
        self.last = None

    def fraction(self, q):
        """Per pixel, where percentile ``q`` lies between its ranks below and above, as ``Ranks`` computes
        it (arbitrary where the count is 0): in float64 arithmetic, cheaper than a lookup by count."""
        if self.last is None:
            self.last = self.count.astype(np.float64)
            self.last -= 1.0
        position = (float(q) / 100.0) * self.last
        position -= np.floor(position)
        return position

    def _reached(self, threshold):
        """All ones where the count reaches ``threshold``, else 0, in the key type."""
        if threshold not in self.reached:
            reached = np.greater_equal(self.count, threshold)
            key = self.ranked[0].dtype
            reached = reached.view(np.uint8) if key == np.uint8 else reached.astype(key)
            self.reached[threshold] = np.negative(reached, out=reached)
        return self.reached[threshold]

    def select(self, thresholds):
        """The sample at each pixel's rank (``thresholds``: from ``PercentilePick``). Ranks every count
        of this chunk reaches, or none does, cost nothing."""
        if self.counts is None:
            self.counts = int(self.count.min()), int(self.count.max())
        fewest, most = self.counts
        first = max([rank for rank, threshold in thresholds if threshold <= fewest], default=0)
        picked = self.ranked[first].copy()
        masked = np.empty_like(picked)
        for rank, threshold in thresholds:
            if rank <= first or threshold > most:
                continue
            if picked.dtype.kind == "f":
                np.copyto(picked, self.ranked[rank], where=self.count >= threshold)
            else:
                np.bitwise_and(self.ranked[rank], self._reached(threshold), out=masked)
                np.maximum(picked, masked, out=picked)
        return picked

"""The histogram of the values of a masked series, summed over all its products.

``histogram(series, bins, minimum, maximum)`` counts the valid values (not nodata, not masked by the
SCL) of every input in ``bins`` equal bins from ``minimum`` to ``maximum``, by windows through the block
engine, with ``numpy.histogram``'s rule: every bin is half open ``[a, b)`` except the last, which holds
its upper edge ``[a, b]``. Counts are summed over all inputs and windows.

Default range: with physical values (SCALE on) the content's physical range from the product table
(NDVI -0.08..0.92, FAPAR 0..1, TOC reflectance 0..1, ...); with digital numbers (SCALE off) the valid DN
range (NDVI 0..250, FAPAR 0..200), or for contents whose table gives no DN range (TOC bands, angles) the
physical range expressed in DNs (TOC 0..10000). A content with neither (CCC, CWC) takes the smallest and
largest valid value of the series, found in a first pass.

Values outside the range are not counted in any bin: they are counted apart, as ``below`` and
``above``, so the caller can report them. Physical values are computed from the DNs in double precision,
and a value within a millionth of a bin width of an edge counts as on that edge (scale x DN + offset is
rarely exact in binary: 250 x 0.004 - 0.08 is not exactly 0.92, the top of the NDVI range, but is
counted in the last bin, not above the range).
"""

import math
from dataclasses import dataclass

import numpy as np

from .engine import NullProgress, plan_windows, run_windows
from .errors import Cancelled, TerrascopeError
from .plots import new_figure, save_png, write_svg_page

EDGE_TOLERANCE = 1e-6  # in bin widths
MAX_BINS = 1_000_000
DEFAULT_BINS = 50


@dataclass
class Histogram:
    """Bin edges (``bins + 1`` float64), counts per bin (int64), and the valid values below and above the
    range. Unpacks as ``edges, counts = histogram(...)``."""

    edges: np.ndarray
    counts: np.ndarray
    below: int = 0
    above: int = 0

    def __iter__(self):
        return iter((self.edges, self.counts))

    @property
    def total(self):
        """Valid values counted in the bins."""
        return int(self.counts.sum())

    @property
    def outside(self):
        return self.below + self.above

    def rows(self):
        """``(bin_min, bin_max, count)`` per bin."""
        return [(float(self.edges[i]), float(self.edges[i + 1]), int(self.counts[i]))
                for i in range(len(self.counts))]


def default_range(spec, physical=True):
    """The default (minimum, maximum) for a content's histogram, or None where the table has none."""
    if spec is None:
        return None
    if physical:
        return tuple(map(float, spec.physical_range)) if spec.physical_range else None
    if spec.valid_min is not None and spec.valid_max is not None:
        return float(spec.valid_min), float(spec.valid_max)
    if spec.physical_range and spec.scalable and spec.scale:
        low, high = ((value - spec.offset) / spec.scale for value in spec.physical_range)
        return (min(low, high), max(low, high))
    return None


def check_bins(bins):
    try:
        bins = int(bins)
    except (TypeError, ValueError):
        raise TerrascopeError(f"bins: {bins!r} is not a whole number") from None
    if not 1 <= bins <= MAX_BINS:
        raise TerrascopeError(f"bins: {bins} is outside 1..{MAX_BINS}")
    return bins


def check_range(minimum, maximum):
    for label, value in (("minimum", minimum), ("maximum", maximum)):
        if not math.isfinite(value):
            raise TerrascopeError(f"histogram {label} {value} is not a finite number")
    if not minimum < maximum:
        raise TerrascopeError(
            f"the histogram minimum ({minimum:g}) must be smaller than its maximum ({maximum:g})")


class _Part:
    """A progress that maps 0..1 onto ``start``..``end`` of another."""

    def __init__(self, progress, start, end):
        self.progress, self.start, self.end = progress, start, end

    def report(self, fraction):
        self.progress.report(self.start + fraction * (self.end - self.start))

    def cancelled(self):
        return self.progress.cancelled()


def range_window(series, window, physical=True, cancelled=None):
    """``(low, high)``: the smallest and largest valid value of every input of ``series`` on ``window``
    (``inf, -inf`` when there is none). ``cancelled``: optional callable, checked before each date;
    when it returns True, ``Cancelled`` is raised."""
    low, high = math.inf, -math.inf
    for index in range(len(series.acquisitions)):
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled by the user")
        finite = _values64(series, index, window, physical)
        if finite.size:
            low, high = min(low, float(finite.min())), max(high, float(finite.max()))
    return low, high


def histogram_window(series, window, bins, minimum, maximum, physical=True, cancelled=None):
    """``(counts, below, above)`` of the valid values of every input of ``series`` on ``window``:
    int64 counts in ``bins`` equal bins over ``minimum``..``maximum`` (``bin_values``) and the values
    below and above the range. ``cancelled`` as in ``range_window``. Window results add up: the
    histogram of a series is the sum over its windows."""
    counts = np.zeros(bins, dtype=np.int64)
    below = above = 0
    for index in range(len(series.acquisitions)):
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled by the user")
        window_counts, window_below, window_above = bin_values(
            _values64(series, index, window, physical), bins, minimum, maximum)
        counts += window_counts
        below += window_below
        above += window_above
    return counts, below, above


def data_range(low, high):
    """The histogram range from the smallest and largest valid value found: ``0..1`` when there was
    none (every count will be 0), one unit wide around a single value."""
    if not math.isfinite(low):
        return 0.0, 1.0
    if low == high:
        return low - 0.5, high + 0.5
    return low, high


def resolve_range(spec, physical, minimum, maximum, data_extremes):
    """``(minimum, maximum)`` as floats: the given bounds, else the content's ``default_range``, else
    ``data_range`` of ``data_extremes()`` (called only then: the smallest and largest valid value).
    Raises ``TerrascopeError`` for a bad range."""
    if minimum is None or maximum is None:
        default = default_range(spec, physical)
        if default is None:
            default = data_range(*data_extremes())
        minimum = default[0] if minimum is None else minimum
        maximum = default[1] if maximum is None else maximum
    minimum, maximum = float(minimum), float(maximum)
    check_range(minimum, maximum)
    return minimum, maximum


def widest_range(parts):
    """The smallest low and largest high of ``(low, high)`` parts (``inf, -inf`` for none)."""
    low, high = math.inf, -math.inf
    for part_low, part_high in parts:
        low, high = min(low, part_low), max(high, part_high)
    return low, high


def sum_histograms(parts, bins, minimum, maximum):
    """The ``Histogram`` of ``(counts, below, above)`` parts over the same fixed bins: counts summed
    exactly in int64 (the histogram of windows, tasks or files adds up)."""
    total = np.zeros(bins, dtype=np.int64)
    below = above = 0
    for counts, part_below, part_above in parts:
        total += counts
        below += part_below
        above += part_above
    return Histogram(np.linspace(minimum, maximum, bins + 1), total, below, above)


def _run_parts(parts, work, progress, threads, window_pixels):
    """``run_windows`` over the windows of each series in ``parts`` in turn, ``work(series)`` giving the
    function of a window; progress shared out by pixels x dates."""
    sizes = [series.grid.width * series.grid.height * len(series.acquisitions) for series in parts]
    done, total = 0, max(1, sum(sizes))
    for series, size in zip(parts, sizes):
        windows = plan_windows(series.grid, window_pixels) if window_pixels else plan_windows(series.grid)
        yield from run_windows(windows, work(series), _Part(progress, done / total, (done + size) / total),
                               threads=threads)
        done += size


def histogram(series, bins, minimum=None, maximum=None, progress=None, *, window_pixels=None, threads=None):
    """The histogram of the valid values of every input of ``series``: a ``core.series.Series``, or a
    list of them (inputs on several grids, ``core.series.series_by_grid``), whose counts are summed.

    ``minimum``/``maximum`` default to ``default_range`` of the series' content (see the module
    docstring). Returns a ``Histogram`` (unpacks as ``edges, counts``). Raises ``TerrascopeError`` for a
    bad bin count or range, ``Cancelled`` when cancelled.
    """
    parts = list(series) if isinstance(series, (list, tuple)) else [series]
    bins = check_bins(bins)
    progress = progress or NullProgress()
    physical = getattr(parts[0], "physical", True)
    counting = progress

    def data_extremes():  # a first pass over the data, the first 30 % of the progress
        nonlocal counting
        counting = _Part(progress, 0.3, 1.0)
        part = _Part(progress, 0.0, 0.3)

        def work(one):
            return lambda window: range_window(one, window, physical, part.cancelled)

        return widest_range(result for _, result in _run_parts(parts, work, part, threads, window_pixels))

    minimum, maximum = resolve_range(getattr(parts[0], "spec", None), physical, minimum, maximum, data_extremes)

    def work(one):
        return lambda window: histogram_window(one, window, bins, minimum, maximum, physical, counting.cancelled)

    return sum_histograms((result for _, result in _run_parts(parts, work, counting, threads, window_pixels)),
                          bins, minimum, maximum)


def _values64(series, index, window, physical):
    """The valid values of input ``index`` on ``window`` as float64 (1-D), computed from the DNs in
    double precision (so a DN on a bin edge lands on it)."""
    dn, valid = series.read_valid(index, window)
    values = dn[valid].astype(np.float64)
    return series.scalings[index].apply(values) if physical else values


def bin_values(values, bins, minimum, maximum):
    """``(counts, below, above)`` of the finite 1-D ``values`` in ``bins`` equal bins over
    ``minimum``..``maximum``: bins ``[a, b)``, the last ``[a, b]``; a value within a millionth of a bin
    width of an edge counts as on that edge (also at both ends of the range)."""
    position = (np.asarray(values, dtype=np.float64) - minimum) * (bins / (maximum - minimum))
    nearest = np.rint(position)
    snap = np.abs(position - nearest) <= EDGE_TOLERANCE
    position[snap] = nearest[snap]
    low = position < 0
    high = position > bins
    inside = position[~(low | high)]
    index = np.minimum(inside.astype(np.int64), bins - 1)
    return np.bincount(index, minlength=bins)[:bins].astype(np.int64), int(low.sum()), int(high.sum())


def write_svg(result, path, title="", x_label="value"):
    """A bar chart of ``result`` as an HTML page with an inline SVG (no plotting library needed)."""
    width, height, margin = 800, 400, 60
    counts = result.counts
    peak = max(int(counts.max()) if counts.size else 0, 1)
    plot_width, plot_height = width - 2 * margin, height - 2 * margin
    bar = plot_width / max(len(counts), 1)
    bars = []
    for index, count in enumerate(counts):
        bar_height = plot_height * int(count) / peak
        bars.append(
            f'<rect x="{margin + index * bar:.2f}" y="{margin + plot_height - bar_height:.2f}" '
            f'width="{max(bar - 0.5, 0.5):.2f}" height="{bar_height:.2f}" fill="#3a7d44">'
            f'<title>{result.edges[index]:g} .. {result.edges[index + 1]:g}: {int(count)}</title></rect>')
    ticks = []
    for fraction in (0.0, 0.25, 0.5, 0.75, 1.0):
        x = margin + fraction * plot_width
        value = result.edges[0] + fraction * (result.edges[-1] - result.edges[0])
        ticks.append(f'<text x="{x:.2f}" y="{height - margin + 18}" text-anchor="middle">{value:.4g}</text>')
    for fraction in (0.0, 0.5, 1.0):
        y = margin + plot_height * (1 - fraction)
        ticks.append(f'<text x="{margin - 6}" y="{y + 4:.2f}" text-anchor="end">{peak * fraction:.4g}</text>')
    summary = (f"{result.total} values in {len(counts)} bins; {result.below} below and {result.above} "
               f"above the range, not counted")
    write_svg_page(path, "".join(bars) + "".join(ticks), title, x_label, "count", summary, width, height, margin)


def write_png(result, path, title="", x_label="value"):
    """A bar chart of ``result`` as a PNG with matplotlib (ImportError when it is not installed)."""
    figure = new_figure()
    axes = figure.add_subplot(1, 1, 1)
    widths = np.diff(result.edges)
    axes.bar(result.edges[:-1], result.counts, width=widths, align="edge", color="#3a7d44")
    axes.set_xlabel(x_label)
    axes.set_ylabel("count")
    if title:
        axes.set_title(title)
    save_png(figure, path)

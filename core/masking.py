"""Masks from the Sentinel-2 scene classification (SCL): which pixels of a product to leave out.

Pure numpy/scipy on arrays of SCL class codes that are already on the product's grid (``core.qualitylayer``
reads them so, nearest-neighbour). Two ways to build a mask, chosen by ``MaskSettings.preset``:

``"classes"`` (the default)
    A pixel is masked when its SCL class is one of ``classes``. With ``dilation_m`` > 0 the pixels of
    the chosen cloud and shadow classes (the chosen ones among ``DILATABLE_CLASSES`` = 3 cloud shadows,
    8 cloud medium probability, 9 cloud high probability, 10 thin cirrus; never snow, never nodata or
    saturated pixels) grow by a disk of radius ``round(dilation_m / pixel size)`` pixels: every pixel
    whose centre lies within that many pixels (Euclidean, centre to centre) of such a pixel is masked
    too.

``"openeo"``
    openEO's ``to_scl_dilation_mask`` (``SCLConvolutionFilter`` of Open-EO/openeo-geotrellis-extensions,
    its documented default for Terrascope), reproduced as it is implemented there:

    - mask A: the pixels of the chosen classes (openEO: every class not in {2, 4, 5, 6, 7}, which is
      exactly the default ``classes``), as 0/1, convolved with a normalised Gaussian kernel of 17 x 17
      pixels, sigma = 17 / 6 pixels, and kept where the result is > 0.057;
    - mask B: the pixels of the chosen classes among {3, 8, 9, 10, 11} (openEO includes snow here),
      convolved with a normalised Gaussian kernel of 201 x 201 pixels, sigma = 201 / 6, kept > 0.025;
    - masked = A or B. Outside the raster the convolution sees zeros (as openEO's zero-padded FFT
      convolution), no erosion step (openEO's default ``erosion_kernel_size`` = 0).

    The smoothing both grows large cloud areas (by up to ~80 px = 800 m at 10 m for mask B) and drops
    isolated masked pixels (a lone pixel of mask A scores 0.02 < 0.057): as in openEO, a speckle of a
    chosen class can stay unmasked. The kernel sizes are openEO's at 10 m; on a coarser grid they are
    scaled to cover the same ground (the nearest odd number of pixels to ``size x 10 m / pixel size``:
    9 and 101 at 20 m, 3 and 33 at 60 m) with sigma = size / 6 as in openEO. ``dilation_m`` is not used.
    The masks are those of a float64 convolution, worked out on the SCL's own grid with numpy alone
    (``smoothed_above``).

A dilation or convolution near a window's edge needs SCL pixels beyond the window: read the SCL for
``window.padded(settings.halo(pixel_size), grid)`` and cut the mask back with the returned slices.
"""

import functools
import importlib
import math
from dataclasses import dataclass

import numpy as np

from .errors import TerrascopeError

SCL_LABELS = (
    "NO_DATA",
    "SATURATED_OR_DEFECTIVE",
    "DARK_AREA_PIXELS",
    "CLOUD_SHADOWS",
    "VEGETATION",
    "BARE_SOIL (NOT_VEGETATED)",
    "WATER",
    "CLOUD_LOW_PROBABILITY (UNCLASSIFIED)",
    "CLOUD_MEDIUM_PROBABILITY",
    "CLOUD_HIGH_PROBABILITY",
    "THIN_CIRRUS",
    "SNOW",
)
SCL_COLOURS = (
    "#000000", "#ff0000", "#424142", "#633400", "#29f329", "#ffff00",
    "#0000ff", "#7b7d7b", "#bdbebd", "#ffffff", "#63cbff", "#ff9aff",
)
SCL_NODATA = 0  # SCL 0 is "no data" although the files do not declare it

DEFAULT_CLASSES = (0, 1, 3, 8, 9, 10, 11)
DILATABLE_CLASSES = (3, 8, 9, 10)

PRESET_CLASSES = "classes"
PRESET_OPENEO = "openeo"
PRESETS = (PRESET_CLASSES, PRESET_OPENEO)

# openEO's to_scl_dilation_mask defaults (SCLConvolutionFilter in openeo-geotrellis-extensions).
OPENEO_CLOUD_CLASSES = (3, 8, 9, 10, 11)  # mask2_values: feed mask B
OPENEO_KERNEL1_SIZE = 17  # pixels at OPENEO_REFERENCE_PIXEL
OPENEO_KERNEL2_SIZE = 201
OPENEO_THRESHOLD1 = 0.057
OPENEO_THRESHOLD2 = 0.025
OPENEO_REFERENCE_PIXEL = 10.0  # metres


@dataclass(frozen=True)
class MaskSettings:
    """What to mask: SCL ``classes`` (values 0..11), a ``dilation_m`` in metres and the ``preset``.

    An empty ``classes`` means no SCL masking at all. Classes are stored sorted and unique.
    """

    classes: tuple = DEFAULT_CLASSES
    dilation_m: float = 0.0
    preset: str = PRESET_CLASSES

    def __post_init__(self):
        try:
            classes = tuple(sorted({int(value) for value in self.classes}))
        except (TypeError, ValueError):
            raise TerrascopeError(f"SCL classes must be whole numbers 0..11, not {self.classes!r}") from None
        wrong = [value for value in classes if not 0 <= value < len(SCL_LABELS)]
        if wrong:
            raise TerrascopeError(
                f"SCL classes {wrong} do not exist: the scene classification has classes 0..11")
        try:
            dilation = float(self.dilation_m)
        except (TypeError, ValueError):
            raise TerrascopeError(f"the dilation must be a distance in metres, not {self.dilation_m!r}") from None
        if not math.isfinite(dilation) or dilation < 0:
            raise TerrascopeError(f"the dilation must be a distance of 0 m or more, not {self.dilation_m!r}")
        if self.preset not in PRESETS:
            raise TerrascopeError(f"unknown SCL mask preset {self.preset!r}: expected one of {', '.join(PRESETS)}")
        object.__setattr__(self, "classes", classes)
        object.__setattr__(self, "dilation_m", dilation)

    @property
    def active(self):
        """True when an SCL is needed (some classes are chosen)."""
        return bool(self.classes)

    @property
    def dilated_classes(self):
        """The chosen classes that the dilation grows (``"classes"`` preset)."""
        return tuple(value for value in self.classes if value in DILATABLE_CLASSES)

    def dilation_radius(self, pixel_size):
        """The disk radius in pixels (``"classes"`` preset; 0 when nothing is dilated)."""
        if self.preset != PRESET_CLASSES or not self.dilated_classes:
            return 0
        return dilation_radius(self.dilation_m, pixel_size)

    def seed_classes(self, pixel_size):
        """The chosen classes the mask grows from on a grid of ``pixel_size``: the dilated classes when
        the dilation reaches a pixel (``"classes"``), those of openEO's mask B (``"openeo"``)."""
        if self.preset == PRESET_OPENEO:
            return tuple(value for value in self.classes if value in OPENEO_CLOUD_CLASSES)
        return self.dilated_classes if self.dilation_radius(pixel_size) else ()

    def halo(self, pixel_size):
        """How many pixels of SCL beyond a window the mask of that window depends on."""
        if not self.active:
            return 0
        if self.preset == PRESET_OPENEO:
            return max(openeo_kernel_sizes(pixel_size)) // 2
        return self.dilation_radius(pixel_size)

    def describe(self, pixel_size=None):
        """A sentence for the log: what is masked."""
        if not self.active:
            return "no SCL masking"
        names = ", ".join(f"{value} {SCL_LABELS[value]}" for value in self.classes)
        if self.preset == PRESET_OPENEO:
            text = f"openEO two-kernel SCL mask on classes {names}"
            if pixel_size:
                first, second = openeo_kernel_sizes(pixel_size)
                text += f" (Gaussian kernels of {first} and {second} px)"
            return text
        text = f"SCL classes masked: {names}"
        if self.dilated_classes and self.dilation_m > 0:
            text += f"; classes {', '.join(map(str, self.dilated_classes))} dilated by {self.dilation_m:g} m"
            if pixel_size:
                text += f" (a disk of {self.dilation_radius(pixel_size)} px)"
        return text


def _pixel(pixel_size):
    """One pixel size in metres from a number or an (x, y) pair (the larger side)."""
    if isinstance(pixel_size, (tuple, list)):
        return float(max(abs(value) for value in pixel_size))
    return abs(float(pixel_size))


def dilation_radius(dilation_m, pixel_size):
    """``round(dilation_m / pixel size)`` pixels, halves rounded up."""
    return int(math.floor(float(dilation_m) / _pixel(pixel_size) + 0.5))


def class_runs(classes):
    """``classes`` as runs of consecutive codes: (0, 1, 3, 8, 9, 10, 11) -> [(0, 1), (3, 3), (8, 11)]."""
    runs = []
    for value in sorted(set(int(value) for value in classes)):
        if runs and value == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], value)
        else:
            runs.append((value, value))
    return runs


def classes_mask(scl, classes):
    """True where the SCL class code is one of ``classes``.

    On uint8 codes each run of consecutive classes costs one subtraction and one comparison
    (``(code - first) mod 256 <= last - first``), far cheaper than a table lookup.
    """
    scl = np.asarray(scl)
    if not classes:
        return np.zeros(scl.shape, dtype=bool)
    if scl.dtype != np.uint8:
        return np.isin(scl, list(classes))
    result = None
    for first, last in class_runs(classes):
        if first == last:
            part = scl == np.uint8(first)
        elif first == 0:
            part = scl <= np.uint8(last)
        else:
            part = np.subtract(scl, np.uint8(first), dtype=np.uint8) <= np.uint8(last - first)
        if result is None:
            result = part
        else:
            result |= part
    return result


def disk(radius):
    """The (2r+1) x (2r+1) disk: True where x² + y² <= r² (x, y pixel offsets from the centre)."""
    offsets = np.arange(-radius, radius + 1)
    return offsets[:, None] ** 2 + offsets[None, :] ** 2 <= radius * radius


_SHIFT_MAX_RADIUS = 64  # beyond this radius an exact distance transform is cheaper than shifted ORs


def _scipy(feature, module="ndimage"):
    """The scipy ``module`` that ``feature`` needs; the plugin loads without scipy."""
    try:
        importlib.import_module("scipy")  # first: a missing scipy is not hidden by a submodule still loaded
        return importlib.import_module(f"scipy.{module}")
    except ImportError:
        raise TerrascopeError(
            f"{feature} needs scipy, which this QGIS Python does not have (on Debian and Ubuntu: "
            "apt install python3-scipy)") from None


def dilate_disk(mask, radius):
    """``mask`` grown by ``disk(radius)``: True within ``radius`` pixels (centre to centre) of a True.

    The disk is the union, over rows dy = -r..r, of horizontal segments of half-width
    ``isqrt(r² - dy²)``: the mask is widened one pixel at a time and each width, shifted by ±dy, is
    OR-ed into the result, about 2 x (2r + 1) passes of ORs. They run on the mask packed eight pixels to
    a byte, so each pass touches an eighth of the memory. Large radii use an exact Euclidean distance
    transform instead. Pixels beyond the array count as not masked.
    """
    mask = np.asarray(mask, dtype=bool)
    if radius <= 0 or not mask.any() or mask.all():
        return mask.copy()
    if radius > _SHIFT_MAX_RADIUS:
        # For integer r, d² <= r² exactly when sqrt(d²) <= r: the float distance is exact enough.
        ndimage = _scipy(f"A dilation of more than {_SHIFT_MAX_RADIUS} pixels")
        return ndimage.distance_transform_edt(~mask) <= radius
    widened = np.packbits(mask, axis=1)  # a row's first pixel in the high bit of its first byte
    out = np.zeros_like(widened)
    width = 0
    for dy in range(radius, -1, -1):
        half = math.isqrt(radius * radius - dy * dy)
        while width < half:
            _widen_bits(widened)
            width += 1
        if dy == 0:
            out |= widened
        else:
            out[dy:] |= widened[:-dy]
            out[:-dy] |= widened[dy:]
    return np.unpackbits(out, axis=1, count=mask.shape[1]).view(bool)


def _widen_bits(packed):
    """Set, in rows of pixels packed by ``np.packbits``, the left and right neighbours of every set pixel
    (the padding bits past a row's end may be set too: they are never unpacked and, being farther than
    the row's last pixel, never set a pixel that is not within reach)."""
    right = packed >> 1
    right[:, 1:] |= packed[:, :-1] << 7  # a byte's last pixel moves to the next byte's first
    left = packed << 1
    left[:, :-1] |= packed[:, 1:] >> 7
    packed |= right
    packed |= left


def openeo_kernel_size(size, pixel_size):
    """openEO's kernel ``size`` (pixels at 10 m) on a grid of ``pixel_size``: the nearest odd number of
    pixels covering the same ground, at least 1."""
    scaled = size * OPENEO_REFERENCE_PIXEL / _pixel(pixel_size)
    return max(1, 2 * int(math.floor(scaled / 2)) + 1)


def openeo_kernel_sizes(pixel_size):
    return (openeo_kernel_size(OPENEO_KERNEL1_SIZE, pixel_size),
            openeo_kernel_size(OPENEO_KERNEL2_SIZE, pixel_size))


def gaussian_weights(size):
    """The 1-D factor of openEO's kernel: exp(-x² / (2 sigma²)), sigma = size / 6, x = -size//2..size//2,
    normalised; the 2-D kernel is its outer product (the same as normalising the 2-D Gaussian)."""
    sigma = size / 6.0
    offsets = np.arange(size) - size // 2
    weights = np.exp(-(offsets.astype(np.float64) ** 2) / (2.0 * sigma * sigma))
    return weights / weights.sum()


_AXES_KEPT = 32  # axes cached: those of interior windows and of the raster's edges, for both kernels
_GROUP = 8  # tiles per banded product of the bounds
_SINGLE_THREADED = 1 << 18  # m x n x k: OpenBLAS runs smaller matrix products on the calling thread; its
# threads for larger ones fight the engine's workers (a product of 2^18 still runs at ~25 GFLOPS)
_FLOAT64_ERROR = 1e-9  # relative: far above a float64 sum's of 10^5 terms >= 0 (10^5 x 2^-53 ~ 1e-11)
_GATHERED_BYTES = 8 << 20  # the coarse pixels of the tiles smoothed pixel by pixel in one stacked product


@dataclass(frozen=True)
class _Axis:
    """One axis of the smoothing of a coarse plane repeated ``factor`` times (``_axis``), its outputs cut
    into tiles of ``tile`` fine pixels. Tile t reaches the ``width`` coarse pixels from ``origin + t x
    step`` (``origin`` may lie before the plane, ``step`` = tile / factor) with the weights ``tiles[t]``
    (tile x width, float32; zeros beyond the outputs and beyond the cut); ``bounds`` (groups x
    group_width x 2 _GROUP) gives, for each run of ``_GROUP`` tiles, the largest then the smallest weight
    any output of each tile puts on the coarse pixels from ``origin + group x _GROUP x step``."""

    origin: int
    tile: int
    step: int
    tiles: np.ndarray
    bounds: np.ndarray
    geometry: tuple  # the arguments of ``_axis``

    def exact_weights(self, outputs):
        """The weights of ``outputs`` on the ``width`` coarse pixels their tiles reach, in float64 (a sum of
        at most ``factor`` of the kernel's weights each, in the kernel's order)."""
        size, factor, start, length, first, _ = self.geometry
        half, width = size // 2, self.width
        fine = (first - half + outputs)[:, None] + np.arange(size)
        inside = (fine >= 0) & (fine < length)
        coarse = (start + fine) // factor - self.origin - (outputs // self.tile * self.step)[:, None]
        at = (np.arange(len(outputs))[:, None] * width + coarse)[inside]
        kernel = np.broadcast_to(gaussian_weights(size), fine.shape)[inside]
        return np.bincount(at, weights=kernel, minlength=len(outputs) * width).reshape(len(outputs), width)

    @property
    def width(self):
        return self.tiles.shape[2]

    @property
    def group_width(self):
        return self.bounds.shape[1]

    @property
    def reach(self):
        """How many coarse pixels from ``origin`` every product of this axis may read."""
        return len(self.bounds) * _GROUP * self.step + self.group_width


@functools.lru_cache(maxsize=_AXES_KEPT)
def _axis(size, factor, start, length, first, stop):
    """The smoothing along one axis of a coarse plane repeated ``factor`` times and cut to ``length`` fine
    pixels from fine pixel ``start`` (fine pixel i of the cut lies in coarse pixel (start + i) // factor;
    zeros beyond the cut), at the fine pixels ``first`` .. ``stop`` - 1 of the cut. Output y sums the
    weights of ``gaussian_weights(size)`` that fall on the fine pixels of each coarse pixel: for each
    phase of the outputs (their place in a coarse pixel), a kernel of about size / factor coarse taps.
    Tiles are a multiple of ``factor`` (4 px for 17 and 16 px for 201 at a factor of 2), so every tile
    reaches the same number of coarse pixels from a regular step."""
    weights = gaussian_weights(size)
    half = size // 2
    tile = factor << max(0, round(math.log2(math.sqrt(size) / factor)))
    step = tile // factor
    origin = (start + first - half) // factor
    width = (tile + size + factor - 3) // factor + 1
    count = stop - first
    tiles_count = -(-count // tile)
    groups = -(-tiles_count // _GROUP)
    group_width = (_GROUP - 1) * step + width
    matrix = np.zeros((groups * _GROUP * tile, groups * _GROUP * step + group_width))
    outputs = np.arange(count)
    for tap, weight in enumerate(weights):
        fine = outputs + (first + tap - half)
        inside = (fine >= 0) & (fine < length)
        matrix[outputs[inside], (start + fine[inside]) // factor - origin] += weight  # one entry per output
    matrix = matrix.astype(np.float32)
    heads = np.arange(groups * _GROUP)
    tiles = matrix.reshape(len(heads), tile, -1)[heads[:, None], :, heads[:, None] * step + np.arange(width)]
    tiles = tiles.transpose(0, 2, 1)  # (tile index, output, coarse pixel)
    real = (np.arange(len(heads) * tile) < count).reshape(len(heads), tile, 1)
    largest, smallest = tiles.max(axis=1), np.where(real, tiles, np.inf).min(axis=1)
    smallest[~real.any(axis=1)[:, 0]] = 0
    bounds = np.zeros((groups, group_width, 2, _GROUP), dtype=np.float32)
    for index in range(_GROUP):
        at = slice(index * step, index * step + width)
        bounds[:, at, 0, index] = largest[index::_GROUP]
        bounds[:, at, 1, index] = smallest[index::_GROUP]
    tiles = np.ascontiguousarray(tiles[:tiles_count])
    bounds = bounds.reshape(groups, group_width, 2 * _GROUP)
    for array in (tiles, bounds):
        array.flags.writeable = False  # shared by the worker threads
    return _Axis(origin, tile, step, tiles, bounds, (size, factor, start, length, first, stop))


def _chunk(inner, cols, rows):
    """How many rows of a product with ``inner`` x ``cols`` on its right run on the calling thread."""
    return max(1, min(rows, _SINGLE_THREADED // max(1, inner * cols)))


def _smooth_at(plane, weights, rows, cols, row_map, col_map):
    """The fine plane ``plane[row_map][:, col_map]`` convolved with ``outer(weights, weights)`` (zeros beyond
    it) at its pixels ``rows``, ``cols`` only, in float64 by direct sums."""
    half = len(weights) // 2
    height, width = len(row_map), len(col_map)
    values = np.empty(len(rows))
    for index, (row, col) in enumerate(zip(rows.tolist(), cols.tolist())):
        top, bottom = max(row - half, 0), min(row + half + 1, height)
        left, right = max(col - half, 0), min(col + half + 1, width)
        row_weights = weights[top - row + half:bottom - row + half]
        col_weights = weights[left - col + half:right - col + half]
        values[index] = row_weights @ plane[np.ix_(row_map[top:bottom], col_map[left:right])] @ col_weights
    return values


def smoothed_above(plane, size, threshold, part=None, factor=1, crop=None):
    """Where the 0/1 ``plane``, repeated ``factor`` times along both axes and cut to ``crop`` (a pair of
    slices of the repeated plane; default: all of it), convolved with the outer product of
    ``gaussian_weights(size)`` (zeros beyond the cut) exceeds ``threshold`` (>= 0), on ``part`` of the cut
    (a pair of slices; default: all).

    The repeated plane is never built: the kernel is separable, and along each axis each phase of the
    outputs sees the coarse pixels through a kernel of about size / factor taps (``_axis``). The outputs
    are cut into tiles (16 x 16 px for a kernel of 201): bounds of the convolution over each tile, from
    the largest and the smallest weight its outputs put on each coarse pixel, are two separable banded
    matrix products, and decide every tile that lies wholly above or below the threshold. Only the tiles
    the threshold crosses are smoothed pixel by pixel (stacked matrix products), and the few pixels too
    near the threshold for float32 are decided again by exact float64 sums: the result is that of a
    float64 convolution."""
    plane = np.asarray(plane, dtype=bool)
    crop = crop or (slice(0, plane.shape[0] * factor), slice(0, plane.shape[1] * factor))
    lengths = [axis.stop - axis.start for axis in crop]
    part = part or (slice(0, lengths[0]), slice(0, lengths[1]))
    shape = tuple(wanted.stop - wanted.start for wanted in part)
    half = size // 2
    # The coarse pixels within the kernel's reach of ``part`` inside the cut: no other adds anything.
    (top, bottom), (left, right) = (
        ((axis.start + max(0, wanted.start - half)) // factor,
         (axis.start + min(length, wanted.stop + half) - 1) // factor + 1)
        for axis, length, wanted in zip(crop, lengths, part))
    source = plane[top:bottom, left:right]
    ones = np.count_nonzero(source)
    if not ones:
        return np.zeros(shape, dtype=bool)
    rows, cols = (_axis(size, factor, axis.start, length, wanted.start, wanted.stop)
                  for axis, length, wanted in zip(crop, lengths, part))
    # All the terms are >= 0: whatever its order, a float32 sum of n of them is within (n - 1) x 2^-24
    # (relative) of the exact sum (Higham, Accuracy and Stability of Numerical Algorithms, 3.1). The sums
    # along each axis have at most ``width`` terms and each weight and product is rounded once more, so
    # every float32 value here (a pixel's, a tile's bound) is within (width_rows + width_cols + 1) x 2^-24
    # of the exact one, relative: twice that around the threshold leaves no pixel or tile decided wrong.
    tolerance = threshold * (rows.group_width + cols.group_width + 3) * 2.0 ** -23
    surely, possibly = np.float32(threshold + tolerance), np.float32(threshold - tolerance)
    if ones == source.size:  # each output's value is at least its row's least sum of weights times its column's
        if np.prod([axis.tiles.sum(axis=2).reshape(-1)[:length].min() for axis, length in zip((rows, cols), shape)]) \
                > surely:
            return np.ones(shape, dtype=bool)
    values = np.zeros((rows.reach + _chunk(cols.group_width, 2 * _GROUP, rows.reach), cols.reach), dtype=np.float32)
    values[top - rows.origin:bottom - rows.origin, left - cols.origin:right - cols.origin] = source.view(np.uint8)
    above, near_rows, near_cols = _tiled_above(values, rows, cols, surely, possibly, shape)
    if near_rows.size:
        # Their float64 values, then the very few within float64's error of the threshold (a threshold put
        # on a pixel's own value) by the same sums as the float64 convolution of the repeated plane.
        near = _exact_values(values, rows, cols, near_rows, near_cols)
        above[near_rows, near_cols] = near > threshold
        tie = np.abs(near - threshold) <= threshold * _FLOAT64_ERROR
        if tie.any():
            row_map, col_map = ((np.arange(axis.start, axis.stop) // factor) for axis in crop)
            exact = _smooth_at(plane, gaussian_weights(size), near_rows[tie] + part[0].start,
                               near_cols[tie] + part[1].start, row_map, col_map)
            above[near_rows[tie], near_cols[tie]] = exact > threshold
    return above


def _exact_values(values, rows, cols, near_rows, near_cols):
    """The convolution of ``values`` at the outputs ``near_rows``, ``near_cols``, in float64."""
    at_rows, at_cols = ((near // axis.tile * axis.step)[:, None] + np.arange(axis.width)
                        for near, axis in ((near_rows, rows), (near_cols, cols)))
    windows = values[at_rows[:, :, None], at_cols[:, None, :]]
    return np.einsum("nk,nkl,nl->n", rows.exact_weights(near_rows), windows, cols.exact_weights(near_cols))


def _tiled_above(values, rows, cols, surely, possibly, shape):
    """``(above, near_rows, near_cols)``: where the convolution of ``values`` (the coarse plane from the
    axes' origins, zeros around) is above ``surely``, and the pixels between ``possibly`` and ``surely``.
    Tiles whose bounds lie wholly on one side are decided whole; the others pixel by pixel."""
    upper, lower = _tile_bounds(values, rows, cols)
    decided = lower > surely
    tile = rows.tile
    above = upsample(decided, tile)
    tiled = above.reshape(decided.shape[0], tile, decided.shape[1], tile)
    crossed_rows, crossed_cols = np.nonzero((upper > possibly) & ~decided)
    near = [(np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp))]
    item = values.itemsize
    windows = np.lib.stride_tricks.as_strided(  # [r, c]: the coarse pixels tile (r, c) reaches
        values, (decided.shape[0], decided.shape[1], rows.width, cols.width),
        (rows.step * values.strides[0], cols.step * item, values.strides[0], item), writeable=False)
    at_once = max(1, _GATHERED_BYTES // (rows.width * cols.width * item))
    chunk = tile
    while chunk % 2 == 0 and chunk * rows.width * cols.width > _SINGLE_THREADED:
        chunk //= 2
    for head in range(0, len(crossed_rows), at_once):
        at_rows, at_cols = crossed_rows[head:head + at_once], crossed_cols[head:head + at_once]
        gathered = windows[at_rows, at_cols]
        row_weights = rows.tiles[at_rows].reshape(len(at_rows), tile // chunk, chunk, rows.width)
        smooth = (row_weights @ gathered[:, None]).reshape(len(at_rows), tile, cols.width) \
            @ cols.tiles[at_cols].transpose(0, 2, 1)
        tiled[at_rows, :, at_cols, :] = smooth > surely
        uncertain = (smooth > possibly) & (smooth <= surely)
        if uncertain.any():
            which, row, col = np.nonzero(uncertain)
            near.append((at_rows[which] * tile + row, at_cols[which] * tile + col))
    near_rows, near_cols = (np.concatenate(axis) for axis in zip(*near))
    inside = (near_rows < shape[0]) & (near_cols < shape[1])
    return above[:shape[0], :shape[1]], near_rows[inside], near_cols[inside]


def _tile_bounds(values, rows, cols):
    """The largest and the smallest value the convolution of ``values`` can take in each tile (2 x tiles x
    tiles, float32): two stacked banded products with the axes' ``bounds``, each band a run of
    ``_GROUP`` tiles, read in place (strided views) in pieces that run on the calling thread."""
    item = values.itemsize
    groups, group_width, both = cols.bounds.shape
    chunk = _chunk(group_width, both, rows.reach)
    pieces = -(-rows.reach // chunk)
    bands = np.lib.stride_tricks.as_strided(  # [g, p]: rows p x chunk .. of the band of column group g
        values, (groups, pieces, chunk, group_width),
        (_GROUP * cols.step * item, chunk * values.strides[0], values.strides[0], item), writeable=False)
    across = (bands @ cols.bounds[:, None]).reshape(groups, pieces * chunk, 2, _GROUP)
    across = np.ascontiguousarray(across.transpose(2, 1, 0, 3)).reshape(2, pieces * chunk, groups * _GROUP)
    row_groups, row_width = len(rows.bounds), rows.group_width
    columns = across.shape[2]
    chunk = _chunk(_GROUP, row_width, columns)
    if columns % chunk:
        across = np.concatenate([across, np.zeros((2, across.shape[1], chunk - columns % chunk), np.float32)], axis=2)
    pieces = across.shape[2] // chunk
    strides = across.strides
    bands = np.lib.stride_tricks.as_strided(  # [w, g, p]: columns p x chunk .. of the band of row group g
        across, (2, row_groups, pieces, row_width, chunk),
        (strides[0], _GROUP * rows.step * strides[1], chunk * strides[2], strides[1], strides[2]), writeable=False)
    weights = rows.bounds.reshape(row_groups, row_width, 2, _GROUP).transpose(2, 0, 3, 1)[:, :, None]
    result = (weights @ bands).transpose(0, 1, 3, 2, 4).reshape(2, row_groups * _GROUP, -1)
    return result[:, :len(rows.tiles), :len(cols.tiles)]


def openeo_planes_mask(first, second, pixel_size, inner=None, factor=1, crop=None):
    """openEO's two-kernel mask from its masks A (``first``) and B (``second``, None when empty), both
    repeated ``factor`` times and cut to ``crop`` (see ``smoothed_above``), on the ``inner`` part of the
    cut (a pair of slices; default: all of it). Each smoothing reads only the pixels within its own
    kernel's reach of that part: mask A's 17 px kernel needs 8 px around a window whose array is padded
    for mask B's 100."""
    first_size, second_size = openeo_kernel_sizes(pixel_size)
    result = smoothed_above(first, first_size, OPENEO_THRESHOLD1, inner, factor, crop)
    if second is not None:
        result |= smoothed_above(second, second_size, OPENEO_THRESHOLD2, inner, factor, crop)
    return result


def mask_planes(scl, settings, pixel_size):
    """The two class decisions every mask is made of, on the SCL array ``scl``: (the pixels of the chosen
    classes, the pixels it grows from or None when it does not grow; ``MaskSettings.seed_classes``)."""
    seeds = settings.seed_classes(pixel_size)
    return classes_mask(scl, settings.classes), (classes_mask(scl, seeds) if seeds else None)


_WIDE_BYTES = {2: np.uint16, 4: np.uint32, 8: np.uint64}  # unsigned integers of 2, 4, 8 bytes


def upsample(array, factor):
    """Each element of a 2-D array repeated ``factor`` x ``factor`` times (nearest-neighbour upsampling).

    For one-byte data and a factor of 2, 4 or a multiple of 8 (a 20 m SCL on a 10 m grid: 2) the columns
    are repeated by widening each byte b to the 16-, 32- or 64-bit b * 0x0101.., whose bytes are all b:
    about fifty times faster than ``np.repeat``.
    """
    if factor == 1:
        return array
    rows, cols = array.shape
    out = np.empty((rows, factor, cols * factor), dtype=array.dtype)
    width = min(factor, 8)
    if array.dtype.itemsize == 1 and factor % width == 0 and width in _WIDE_BYTES:
        wide = array.view(np.uint8).astype(_WIDE_BYTES[width])
        wide *= _WIDE_BYTES[width](int("01" * width, 16))
        if factor > width:
            wide = np.repeat(wide, factor // width, axis=1)
        out[:] = wide.view(np.uint8).view(array.dtype)[:, None, :]
    else:
        out.reshape(rows, factor, cols, factor)[:] = array[:, None, :, None]
    return out.reshape(rows * factor, cols * factor)


def _block_distance2(phase, offset, factor):
    """The squared distance, in fine pixels along one axis, from fine pixel ``phase`` (0 <= phase < factor)
    of coarse pixel 0 to the nearest fine pixel of coarse pixel ``offset``."""
    first = factor * offset - phase
    last = first + factor - 1
    return 0 if first <= 0 <= last else min(first * first, last * last)


@functools.lru_cache(maxsize=None)
def row_reaches(radius, factor):
    """``disk(radius)`` on a fine grid whose rows are seen from a grid ``factor`` times coarser.

    For the fine rows at phase a of their coarse row I, the fine pixels within ``radius`` (centre to
    centre) of a pixel of column c lie, in coarse row I + di, in the columns c - half .. c + half: entry
    a is ``((di, half), ...)``.
    """
    reach = radius // factor + 1
    return tuple(
        tuple((di, math.isqrt(radius * radius - _block_distance2(a, di, factor)))
              for di in range(-reach, reach + 1) if _block_distance2(a, di, factor) <= radius * radius)
        for a in range(factor))


def _doubled_bits():
    """For each byte, the two bytes (in memory order) that hold each of its eight pixels twice."""
    table = np.zeros(256, dtype=np.uint16)
    for value in range(256):
        for bit in range(8):
            if value >> bit & 1:
                table[value] |= 3 << (2 * bit)
    return table.astype(">u2").view(np.uint16)  # big-endian words: the first pixel in the first byte


_DOUBLED_BITS = _doubled_bits()


def _packed_rows(plane, factor, spare):
    """A boolean plane with each column repeated ``factor`` times, as rows of 64-bit words (native
    integers; a row's first pixel in the high bit of its first word) with at least ``spare`` zero bits
    after each row's last pixel."""
    rows, cols = plane.shape
    packed = np.packbits(plane, axis=1)
    if factor == 2:
        packed = np.take(_DOUBLED_BITS, packed).view(np.uint8)
    elif factor != 1:
        packed = np.packbits(np.repeat(plane, factor, axis=1), axis=1)
    words = -(-(cols * factor + spare) // 64)
    padded = np.zeros((rows, words * 8), dtype=np.uint8)
    padded[:, :packed.shape[1]] = packed
    return padded.view(">u8").astype(np.uint64)


_ONE, _SIXTY_THREE = np.uint64(1), np.uint64(63)


def _widen_words(words):
    """Set the left and right neighbours of every set pixel of rows of pixels packed by ``_packed_rows``,
    seen as one long row: each row's spare bits keep its pixels from reaching the next row's."""
    flat = words.reshape(-1)
    right = flat >> _ONE
    right[1:] |= flat[:-1] << _SIXTY_THREE
    left = flat << _ONE
    left[:-1] |= flat[1:] >> _SIXTY_THREE
    flat |= right
    flat |= left


def upsample_dilated(masked, seeds, factor, radius):
    """``upsample(masked, factor) | dilate_disk(upsample(seeds, factor), radius)``, worked out on rows of
    the coarse grid.

    The fine rows at phase a of coarse row I are grown into from coarse row I + di where a fine pixel of
    that row is within ``radius`` of them: by the columns within a fixed half-width (``row_reaches``).
    So the columns are repeated, the rows are not: each phase is a few shifted ORs of packed rows (64
    pixels to a word) on the coarse grid's rows, and the phases are interleaved at the end. Pixels
    beyond the arrays count as not seeds.
    """
    masked = np.asarray(masked, dtype=bool)
    seeds = np.asarray(seeds, dtype=bool)
    if radius <= 0 or not seeds.any() or masked.all():
        return upsample(masked | seeds, factor)
    rows, cols = seeds.shape
    reaches = row_reaches(radius, factor)
    widest = max(half for phase in reaches for _, half in phase)
    widened = [_packed_rows(seeds, factor, widest)]  # [k]: the seeds widened by k columns
    for _ in range(widest):
        widened.append(widened[-1].copy())
        _widen_words(widened[-1])
    out = np.empty((factor,) + widened[0].shape, dtype=np.uint64)
    out[:] = _packed_rows(masked, factor, widest)
    for grown, reach in zip(out, reaches):
        for di, half in reach:
            if di == 0:
                grown |= widened[half]
            elif di > 0:
                grown[:-di] |= widened[half][di:]
            else:
                grown[-di:] |= widened[half][:di]
    packed = out.transpose(1, 0, 2).astype(">u8").view(np.uint8).reshape(rows * factor, -1)
    return np.unpackbits(packed, axis=1, count=cols * factor).view(bool)


def compute_mask_from_coarse(masked, seeds, factor, crop, inner, settings, pixel_size):
    """The mask of a window from the class decisions ``mask_planes`` of a coarse SCL: ``compute_mask``
    of that SCL repeated ``factor`` times and cut to ``crop`` (a pair of slices: the padded window), then
    cut to ``inner`` (the window in it), the same result with the class decisions and the dilation
    worked out at the coarse resolution (a 20 m SCL on a 10 m grid: a quarter of the work).
    ``pixel_size`` is the fine grid's."""
    rows, cols = crop
    window = (slice(rows.start + inner[0].start, rows.start + inner[0].stop),
              slice(cols.start + inner[1].start, cols.start + inner[1].stop))
    if settings.preset != PRESET_CLASSES:
        return openeo_planes_mask(masked, seeds, pixel_size, inner, factor, crop)
    if seeds is not None:
        # Exact on the window: a seed's fine pixels beyond the padded window (beyond the grid, or farther
        # than the halo) are never nearer to a pixel of the window than its fine pixels inside.
        return upsample_dilated(masked, seeds, factor, settings.dilation_radius(pixel_size))[window]
    return upsample(masked, factor)[window]


def compute_mask(scl, settings, pixel_size):
    """The boolean mask (True = leave out) of the SCL array ``qualitylayer`` under ``settings``.

    ``qualitylayer`` is the window read with ``settings.halo(pixel_size)`` pixels of padding; cut the result
    back to the window. Without chosen classes nothing is masked.
    """
    scl = np.asarray(scl)
    if settings is None or not settings.active:
        return np.zeros(scl.shape, dtype=bool)
    masked, seeds = mask_planes(scl, settings, pixel_size)
    if settings.preset == PRESET_OPENEO:
        return openeo_planes_mask(masked, seeds, pixel_size)
    if seeds is not None:
        masked |= dilate_disk(seeds, settings.dilation_radius(pixel_size))
    return masked

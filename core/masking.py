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


def is_pixelwise(settings, pixel_size):
    """True when the mask of a pixel depends on that pixel's SCL class only (no dilation or smoothing
    on a grid of ``pixel_size``), so it can be computed at the SCL's own resolution and resampled."""
    if settings is None or not settings.active:
        return True
    return settings.preset == PRESET_CLASSES and settings.dilation_radius(pixel_size) == 0


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


def gaussian_kernel(size):
    """openEO's normalised 2-D Gaussian kernel (``SCLConvolutionFilter.kernel``)."""
    weights = gaussian_weights(size)
    return np.outer(weights, weights)


_SPECTRA_KEPT = 8  # kernel spectra cached: windows of the interior and of the raster's edges
_FLOAT32_ERROR = 1e-4  # far above the float32 FFT's error on 0/1 masks (under 4e-7 measured)


@functools.lru_cache(maxsize=_SPECTRA_KEPT)
def _kernel_spectrum(shape, size):
    """The float32 real FFT, at the padded ``shape``, of ``gaussian_kernel(size)``."""
    kernel = np.zeros(shape, dtype=np.float32)
    kernel[:size, :size] = gaussian_kernel(size)
    spectrum = _scipy("The openEO two-kernel mask", "fft").rfft2(kernel)
    spectrum.flags.writeable = False  # shared by the worker threads
    return spectrum


def _smooth_at(binary, weights, rows, cols):
    """``binary`` convolved with ``outer(weights, weights)`` (zeros beyond the array) at the pixels
    ``rows``, ``cols`` only, in float64 by direct sums."""
    half = len(weights) // 2
    height, width = binary.shape
    values = np.empty(len(rows))
    for index, (row, col) in enumerate(zip(rows.tolist(), cols.tolist())):
        top, bottom = max(row - half, 0), min(row + half + 1, height)
        left, right = max(col - half, 0), min(col + half + 1, width)
        patch = binary[top:bottom, left:right]
        values[index] = weights[top - row + half:bottom - row + half] @ patch @ weights[left - col + half:right - col + half]
    return values


def smoothed_above(binary, size, threshold):
    """Where ``binary`` (0/1) convolved with ``gaussian_kernel(size)`` (zeros beyond the array) exceeds
    ``threshold``: the convolution by float32 FFT (the kernel's spectrum cached per window shape), and the
    few pixels within ``_FLOAT32_ERROR`` of the threshold decided again by exact float64 sums, so the
    result is that of a float64 convolution."""
    binary = np.asarray(binary, dtype=bool)
    if size <= 1:
        return binary.astype(np.float64) > threshold
    scipy_fft = _scipy("The openEO two-kernel mask", "fft")
    shape = tuple(scipy_fft.next_fast_len(side + size - 1, real=True) for side in binary.shape)
    spectrum = scipy_fft.rfft2(binary.astype(np.float32), s=shape)
    spectrum *= _kernel_spectrum(shape, size)
    half = size // 2
    smooth = scipy_fft.irfft2(spectrum, s=shape)[half:half + binary.shape[0], half:half + binary.shape[1]]
    above = smooth > threshold
    rows, cols = np.nonzero(np.abs(smooth - np.float32(threshold)) <= _FLOAT32_ERROR)
    if rows.size:
        above[rows, cols] = _smooth_at(binary, gaussian_weights(size), rows, cols) > threshold
    return above


def openeo_mask(scl, classes, pixel_size):
    """openEO's two-kernel mask of the SCL array ``qualitylayer`` (see the module's documentation)."""
    first_size, second_size = openeo_kernel_sizes(pixel_size)
    first = classes_mask(scl, classes)
    result = np.zeros(first.shape, dtype=bool)
    if first.any():
        result |= smoothed_above(first, first_size, OPENEO_THRESHOLD1)
    second = classes_mask(scl, [value for value in classes if value in OPENEO_CLOUD_CLASSES])
    if second.any():
        result |= smoothed_above(second, second_size, OPENEO_THRESHOLD2)
    return result


def upsample(array, factor):
    """Each element of a 2-D array repeated ``factor`` x ``factor`` times (nearest-neighbour upsampling).

    For one-byte data and a factor of 2 (a 20 m SCL on a 10 m grid) the column doubling is done by
    widening each byte b to the 16-bit b * 257, whose two bytes are both b: about fifty times faster
    than ``np.repeat``.
    """
    if factor == 1:
        return array
    rows, cols = array.shape
    out = np.empty((rows, factor, cols * factor), dtype=array.dtype)
    if factor == 2 and array.dtype.itemsize == 1:
        doubled = array.view(np.uint8).astype(np.uint16)
        doubled *= 257
        out[:] = doubled.view(np.uint8).view(array.dtype)[:, None, :]
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
def phase_reaches(radius, factor):
    """``disk(radius)`` on a fine grid seen from a grid ``factor`` times coarser, one entry per phase.

    For the fine pixel at phase (a, b) of its coarse pixel, the coarse pixels (I + di, J + dj) with a
    fine pixel within ``radius`` (centre to centre) are, for each ``di``, a run ``lo <= dj <= hi``: the
    entry of (a, b) is ``((di, lo, hi), ...)``. Every run holds 0 (a coarse pixel's own fine pixels).
    """
    reach = radius // factor + 1
    phases = {}
    for a in range(factor):
        for b in range(factor):
            runs = []
            for di in range(-reach, reach + 1):
                budget = radius * radius - _block_distance2(a, di, factor)
                if budget < 0:
                    continue
                cols = [dj for dj in range(-reach, reach + 1) if _block_distance2(b, dj, factor) <= budget]
                runs.append((di, cols[0], cols[-1]))
            phases[a, b] = tuple(runs)
    return phases


def _shift_towards_start(packed):
    """Packed rows with each pixel moved one column towards the row's start (pixel j + 1 to j)."""
    moved = packed << 1
    moved[:, :-1] |= packed[:, 1:] >> 7
    return moved


def _shift_towards_end(packed):
    """Packed rows with each pixel moved one column towards the row's end (pixel j to j + 1)."""
    moved = packed >> 1
    moved[:, 1:] |= packed[:, :-1] << 7
    return moved


def upsample_dilated(masked, seeds, factor, radius):
    """``upsample(masked, factor) | dilate_disk(upsample(seeds, factor), radius)``, worked out on the
    coarse grid.

    The fine pixel at phase (a, b) of coarse pixel (I, J) is grown into when a coarse seed holds a fine
    pixel within ``radius`` of it: a fixed set of coarse offsets per phase (``phase_reaches``), runs of
    columns per row offset. So each of the factor² phases is a dilation of the coarse seeds, made of
    shifted ORs on rows packed eight pixels to a byte, and the phases are interleaved into the fine grid
    at the end: a 20 m SCL on a 10 m grid is dilated on a quarter of the pixels. Pixels beyond the
    arrays count as not seeds.
    """
    masked = np.asarray(masked, dtype=bool)
    seeds = np.asarray(seeds, dtype=bool)
    if radius <= 0 or not seeds.any():
        return upsample(masked | seeds, factor)
    rows, cols = seeds.shape
    packed = np.packbits(seeds, axis=1)  # zero padding past each row's end: not seeds
    towards_end, towards_start = [packed], [packed]  # [k]: OR of the seeds 0..k columns before / after
    runs = {}
    out = np.empty((rows, factor, cols, factor), dtype=bool)
    masked_packed = np.packbits(masked, axis=1)
    for (a, b), reach in phase_reaches(radius, factor).items():
        grown = masked_packed.copy()
        for di, lo, hi in reach:
            run = runs.get((lo, hi))
            if run is None:
                while len(towards_end) <= -lo:
                    towards_end.append(packed | _shift_towards_end(towards_end[-1]))
                while len(towards_start) <= hi:
                    towards_start.append(packed | _shift_towards_start(towards_start[-1]))
                run = runs[lo, hi] = towards_end[-lo] | towards_start[hi]
            if di == 0:
                grown |= run
            elif di > 0:
                grown[:-di] |= run[di:]
            else:
                grown[-di:] |= run[:di]
        out[:, a, :, b] = np.unpackbits(grown, axis=1, count=cols).view(bool)
    return out.reshape(rows * factor, cols * factor)


def compute_mask_from_coarse(coarse, factor, crop, inner, settings, pixel_size):
    """``compute_mask`` of the SCL ``coarse`` repeated ``factor`` times and cut to ``crop`` (a pair of
    slices: the padded window), then cut to ``inner`` (the window in it), the same result with the class
    decisions and the dilation worked out at the coarse resolution: a 20 m SCL on a 10 m grid needs a
    quarter of the work. ``pixel_size`` is the fine grid's."""
    rows, cols = crop
    window = (slice(rows.start + inner[0].start, rows.start + inner[0].stop),
              slice(cols.start + inner[1].start, cols.start + inner[1].stop))
    if settings is None or not settings.active:
        return np.zeros((window[0].stop - window[0].start, window[1].stop - window[1].start), dtype=bool)
    if settings.preset != PRESET_CLASSES:
        return compute_mask(upsample(coarse, factor)[crop], settings, pixel_size)[inner]
    masked = classes_mask(coarse, settings.classes)
    radius = settings.dilation_radius(pixel_size)
    if radius > 0:
        # Exact on the window: a seed's fine pixels beyond the padded window (beyond the grid, or farther
        # than the halo) are never nearer to a pixel of the window than its fine pixels inside.
        return upsample_dilated(masked, classes_mask(coarse, settings.dilated_classes), factor, radius)[window]
    return upsample(masked, factor)[window]


def compute_mask(scl, settings, pixel_size):
    """The boolean mask (True = leave out) of the SCL array ``qualitylayer`` under ``settings``.

    ``qualitylayer`` is the window read with ``settings.halo(pixel_size)`` pixels of padding; cut the result
    back to the window. Without chosen classes nothing is masked.
    """
    scl = np.asarray(scl)
    if settings is None or not settings.active:
        return np.zeros(scl.shape, dtype=bool)
    if settings.preset == PRESET_OPENEO:
        return openeo_mask(scl, settings.classes, pixel_size)
    masked = classes_mask(scl, settings.classes)
    radius = settings.dilation_radius(pixel_size)
    if radius > 0:
        grown = dilate_disk(classes_mask(scl, settings.dilated_classes), radius)
        masked |= grown
    return masked

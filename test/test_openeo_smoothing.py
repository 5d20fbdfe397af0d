"""The openEO preset's smoothing (``core.masking.smoothed_above``), worked out on the SCL's coarse grid by
tiles and banded products, against references: a float64 convolution of the repeated plane, and the float32
FFT smoothing it replaced (kept here only as a reference: the masks must not change, bit for bit)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import fft, ndimage

from terrascope_processing.core.masking import (
    OPENEO_THRESHOLD1,
    OPENEO_THRESHOLD2,
    gaussian_weights,
    smoothed_above,
    upsample,
)

from test_masking import gaussian_kernel


def _repeated(plane, factor, crop=None):
    fine = np.repeat(np.repeat(plane, factor, 0), factor, 1)
    return fine if crop is None else fine[crop]


def _convolved(fine, size):
    """``fine`` convolved with ``gaussian_kernel(size)`` in float64, zeros beyond it (separable)."""
    weights = gaussian_weights(size)
    along = ndimage.correlate1d(fine.astype(np.float64), weights, axis=0, mode="constant")
    return ndimage.correlate1d(along, weights, axis=1, mode="constant")


def _fft_smoothed_above(binary, size, threshold, part):
    """The smoothing before the coarse-grid one: float32 FFT of the fine plane, then the pixels within 1e-4
    of the threshold decided by float64 sums (the same sums as ``smoothed_above``'s)."""
    rows, cols = part
    half = size // 2
    shape = tuple(fft.next_fast_len(max(side + half - wanted.start, wanted.stop + half, size), real=True)
                  for side, wanted in zip(binary.shape, part))
    kernel = np.zeros(shape, dtype=np.float32)
    kernel[:size, :size] = gaussian_kernel(size)
    spectrum = fft.rfft2(binary.astype(np.float32), s=shape) * fft.rfft2(kernel)
    smooth = fft.irfft2(spectrum, s=shape)[rows.start + half:rows.stop + half, cols.start + half:cols.stop + half]
    above = smooth > np.float32(threshold + 1e-4)
    near_rows, near_cols = np.nonzero((smooth > np.float32(threshold - 1e-4)) & ~above)
    above[near_rows, near_cols] = _exact(binary, size, near_rows + rows.start, near_cols + cols.start) > threshold
    return above


def _exact(binary, size, rows, cols):
    """The float64 sums of the FFT smoothing's check, pixel by pixel."""
    weights, half = gaussian_weights(size), size // 2
    values = []
    for row, col in zip(rows.tolist(), cols.tolist()):
        top, bottom = max(row - half, 0), min(row + half + 1, binary.shape[0])
        left, right = max(col - half, 0), min(col + half + 1, binary.shape[1])
        values.append(weights[top - row + half:bottom - row + half] @ binary[top:bottom, left:right]
                      @ weights[left - col + half:right - col + half])
    return np.array(values)


def _clouds(rng, shape, share):
    """A 0/1 plane of blobs covering about ``share`` of it, with ragged edges (like an SCL's clouds)."""
    noise = ndimage.gaussian_filter(rng.random(shape), 3) + 0.02 * rng.random(shape)
    return noise > np.quantile(noise, 1 - share)


def _slice(data, length):
    start = data.draw(st.integers(0, length - 1))
    return slice(start, data.draw(st.integers(start + 1, length)))


@settings(max_examples=150, deadline=None)
@given(factor=st.integers(1, 3), size=st.integers(0, 20).map(lambda half: 2 * half + 1),
       rows=st.integers(1, 27), cols=st.integers(1, 27), kind=st.sampled_from(["noise", "clouds", "block"]),
       density=st.sampled_from([0.0, 0.02, 0.3, 0.7, 1.0]), seed=st.integers(0, 2 ** 16), data=st.data())
def test_smoothing_on_the_coarse_grid_is_the_float64_convolution_of_the_repeated_plane(
        factor, size, rows, cols, kind, density, seed, data):
    rng = np.random.default_rng(seed)
    if kind == "noise":
        plane = rng.random((rows, cols)) < density
    elif kind == "clouds":
        plane = _clouds(rng, (rows, cols), density)
    else:
        plane = np.zeros((rows, cols), dtype=bool)
        plane[rows // 4: rows - rows // 3, cols // 3: cols - cols // 5] = density > 0
    # A cut that may start and stop inside a coarse pixel, and a part of it (a window in its halo).
    crop = (_slice(data, rows * factor), _slice(data, cols * factor))
    part = tuple(_slice(data, axis.stop - axis.start) for axis in crop)
    values = _convolved(_repeated(plane, factor, crop), size)[part]
    at = tuple(rng.integers(0, axis.stop - axis.start) for axis in part)
    # Thresholds at, just above and below a pixel's value (decided by the exact sums), and far from it.
    offset = data.draw(st.sampled_from([0.0, -1e-12, 1e-12, -1e-6, 1e-6, -0.01, 0.01, 0.05]))
    threshold = values[at] + offset
    if threshold <= 0:
        threshold = 0.03
    above = smoothed_above(plane, size, threshold, part, factor, crop)
    clear = np.abs(values - threshold) > 1e-13  # elsewhere a float64 sum may fall either way
    assert above.shape == values.shape
    assert np.array_equal(above[clear], (values > threshold)[clear])


@pytest.mark.parametrize("share", [0.005, 0.1, 0.45, 0.9])
def test_smoothing_gives_the_masks_of_the_fft_smoothing_bit_for_bit(share):
    # A window of 150 x 150 px at 10 m in the middle of a 20 m plane with its halos, openEO's kernels:
    # the masks are those of the FFT smoothing, also at thresholds equal to a pixel's exact value.
    rng = np.random.default_rng(int(share * 1000))
    plane = _clouds(rng, (176, 188), share)
    crop = (slice(1, 351), slice(0, 375))  # the cut starts inside a coarse pixel
    part = (slice(100, 250), slice(100, 275))
    fine = _repeated(plane, 2, crop)
    for size, threshold in [(17, OPENEO_THRESHOLD1), (201, OPENEO_THRESHOLD2)]:
        reference = _fft_smoothed_above(fine, size, threshold, part)
        assert np.array_equal(smoothed_above(plane, size, threshold, part, 2, crop), reference)
        rows, cols = rng.integers(100, 250, 6), rng.integers(100, 275, 6)
        for row, col, value in zip(rows, cols, _exact(fine, size, rows, cols)):
            tie = smoothed_above(plane, size, value, part, 2, crop)
            assert np.array_equal(tie, _fft_smoothed_above(fine, size, value, part))
            assert value == 0 or not tie[row - 100, col - 100]  # not above its own value


def test_a_kernel_of_one_pixel_keeps_the_plane_and_its_exact_ties():
    plane = np.random.default_rng(2).random((9, 7)) < 0.5
    assert np.array_equal(smoothed_above(plane, 1, np.nextafter(1.0, 0.0), factor=2), _repeated(plane, 2))
    assert not smoothed_above(plane, 1, 1.0, factor=2).any()


def test_a_plane_all_ones_is_masked_where_its_weights_inside_the_raster_pass_the_threshold():
    # Zeros beyond the raster: a corner pixel keeps (sum of half a kernel)^2 ~ 0.27 of the weight.
    plane = np.ones((30, 30), dtype=bool)
    weights = gaussian_weights(41)
    corner = weights[20:].sum() ** 2
    assert smoothed_above(plane, 41, corner - 1e-9).all()
    above = smoothed_above(plane, 41, corner + 1e-9)
    assert not above[0, 0] and not above[-1, -1] and above[0, 20] and above[15, 15]
    assert np.array_equal(above, _convolved(plane, 41) > corner + 1e-9)


@pytest.mark.parametrize("factor", [2, 3, 4, 5, 8, 16])
@pytest.mark.parametrize("dtype", [bool, np.uint8, np.int16])
def test_upsample_repeats_each_value(factor, dtype):
    array = np.random.default_rng(factor).integers(0, 2 if dtype is bool else 250, (5, 7)).astype(dtype)
    assert np.array_equal(upsample(array, factor), _repeated(array, factor))


@pytest.mark.parametrize("shape, size", [((150, 160), 201), ((3, 1700), 201), ((40, 2100), 17)])
def test_smoothing_of_a_10m_plane_with_wide_kernels_and_long_rows(shape, size):
    # Factor 1 (an SCL already on the grid): the tiles' products are cut into pieces small enough for one
    # thread, along their rows and, for long rows, along the columns of tiles.
    plane = _clouds(np.random.default_rng(size), shape, 0.3)
    values = _convolved(plane, size)
    for threshold in (OPENEO_THRESHOLD2 if size > 17 else OPENEO_THRESHOLD1, np.median(values) + 1e-9):
        above = smoothed_above(plane, size, threshold)
        assert np.array_equal(above, values > threshold)
        assert 0.3 < above.mean() < 1 or threshold < 0.06

"""core.masking: SCL classes, disk dilation and openEO's two-kernel preset, against brute-force references."""

import math
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from terrascope_processing.core.engine import Window, plan_windows
from terrascope_processing.core.errors import TerrascopeError
from terrascope_processing.core.masking import (
    DEFAULT_CLASSES,
    DILATABLE_CLASSES,
    PRESET_OPENEO,
    SCL_COLOURS,
    SCL_LABELS,
    MaskSettings,
    classes_mask,
    compute_mask,
    dilate_disk,
    dilation_radius,
    gaussian_weights,
    smoothed_above,
    openeo_kernel_sizes,
)
from terrascope_processing.core.raster import Grid

from series_data import brute_disk_dilation, random_scl


def gaussian_kernel(size):
    """openEO's normalised 2-D Gaussian kernel (``SCLConvolutionFilter.kernel``): the outer product of
    ``gaussian_weights``, as the smoothing uses it."""
    weights = gaussian_weights(size)
    return np.outer(weights, weights)


def test_labels_and_defaults_follow_the_product_facts():
    assert len(SCL_LABELS) == 12 and len(SCL_COLOURS) == 12
    assert SCL_LABELS[0] == "NO_DATA"
    assert SCL_LABELS[3] == "CLOUD_SHADOWS"
    assert SCL_LABELS[9] == "CLOUD_HIGH_PROBABILITY"
    assert SCL_LABELS[10] == "THIN_CIRRUS"
    assert SCL_LABELS[11] == "SNOW"
    assert SCL_COLOURS[4] == "#29f329" and SCL_COLOURS[9] == "#ffffff"
    assert DEFAULT_CLASSES == (0, 1, 3, 8, 9, 10, 11)
    assert DILATABLE_CLASSES == (3, 8, 9, 10)
    assert MaskSettings().classes == DEFAULT_CLASSES


def test_settings_are_normalised_and_checked():
    settings = MaskSettings(classes=[9, 3, 3, 8], dilation_m=20)
    assert settings.classes == (3, 8, 9) and settings.dilation_m == 20.0
    assert settings.dilated_classes == (3, 8, 9)
    assert not MaskSettings(classes=()).active
    with pytest.raises(TerrascopeError, match="0..11"):
        MaskSettings(classes=(12,))
    with pytest.raises(TerrascopeError, match="0 m or more"):
        MaskSettings(dilation_m=-1)
    with pytest.raises(TerrascopeError, match="preset"):
        MaskSettings(preset="fancy")
    # Snow and nodata are never dilated.
    assert MaskSettings(classes=(0, 11), dilation_m=100).halo(10.0) == 0


@settings(max_examples=60, deadline=None)
@given(st.sets(st.integers(0, 11)))
def test_classes_mask_matches_membership_for_every_code(classes):
    codes = np.arange(256, dtype=np.uint8).reshape(16, 16)
    expected = np.array([[code in classes for code in row] for row in codes.tolist()])
    assert np.array_equal(classes_mask(codes, tuple(classes)), expected)
    assert np.array_equal(classes_mask(codes.astype(np.int16), tuple(classes)), expected)


@pytest.mark.parametrize("metres, pixel, radius", [(0, 10, 0), (14, 10, 1), (15, 10, 2), (40, 10, 4),
                                                    (40, 20, 2), (29, 20, 1), (30, 20, 2), (100, 60, 2)])
def test_dilation_radius_is_rounded_metres_over_pixel_size(metres, pixel, radius):
    assert dilation_radius(metres, pixel) == radius
    assert dilation_radius(metres, (pixel, pixel)) == radius


@pytest.mark.parametrize("radius, shape", [(0, (31, 40)), (1, (31, 40)), (2, (31, 40)), (3, (31, 40)),
                                           (5, (31, 40)), (12, (60, 70)), (70, (160, 150))])
def test_disk_dilation_matches_brute_force(radius, shape):
    # Radii up to 64 use shifted ORs, larger ones a distance transform: both against every offset.
    rng = np.random.default_rng(radius)
    mask = rng.random(shape) < 0.3 / (radius + 1) ** 2
    mask[shape[0] // 3, shape[1] // 4] = True
    assert np.array_equal(dilate_disk(mask, radius), brute_disk_dilation(mask, radius))


@pytest.mark.parametrize("cols", [1, 7, 8, 9, 15, 16, 17, 23])
def test_disk_dilation_across_bytes_and_row_ends(cols):
    # The shifted ORs run on rows packed eight pixels a byte: pixels at byte boundaries and row ends.
    rng = np.random.default_rng(cols)
    for radius in (1, 2, 3, 4, 6, 9):
        mask = rng.random((13, cols)) < 0.05
        mask[6, cols - 1] = mask[2, 0] = True
        if cols > 8:
            mask[9, 7] = mask[11, 8] = True
        padded = np.pad(mask, radius)  # the reference needs room for every offset
        expected = brute_disk_dilation(padded, radius)[radius:-radius, radius:-radius]
        assert np.array_equal(dilate_disk(mask, radius), expected), radius


def test_disk_is_euclidean_centre_to_centre():
    mask = np.zeros((11, 11), dtype=bool)
    mask[5, 5] = True
    grown = dilate_disk(mask, 3)
    assert grown[5, 8] and grown[8, 5] and grown[7, 7]  # 2² + 2² = 8 <= 9
    assert not grown[8, 6]  # 3² + 1² = 10 > 9
    assert grown.sum() == 29  # lattice points with x² + y² <= 9


@pytest.mark.parametrize("classes, metres", [(DEFAULT_CLASSES, 0), (DEFAULT_CLASSES, 30),
                                             ((3, 9, 11), 20), ((0, 11), 50), ((), 30)])
def test_class_mask_with_dilation_matches_reference(classes, metres):
    rng = np.random.default_rng(7)
    scl = random_scl(rng, (40, 50))
    radius = int(math.floor(metres / 10 + 0.5))
    expected = np.isin(scl, list(classes))
    expected |= brute_disk_dilation(np.isin(scl, [c for c in classes if c in (3, 8, 9, 10)]), radius)
    assert np.array_equal(compute_mask(scl, MaskSettings(classes, metres), 10.0), expected)


def test_dilation_grows_clouds_but_not_snow_or_nodata():
    scl = np.full((9, 27), 4, dtype=np.uint8)
    scl[4, 4] = 9  # cloud
    scl[4, 13] = 11  # snow
    scl[4, 22] = 0  # nodata
    mask = compute_mask(scl, MaskSettings(DEFAULT_CLASSES, 20), 10.0)
    assert mask[4, 2:7].all() and mask[2:7, 4].all() and not mask[4, 7]
    assert mask[4, 13] and mask.sum(axis=0)[11:16].tolist() == [0, 0, 1, 0, 0]
    assert mask[4, 22] and mask[:, 20:25].sum() == 1


def test_openeo_kernel_sizes_keep_the_ground_footprint():
    assert openeo_kernel_sizes(10.0) == (17, 201)
    assert openeo_kernel_sizes(20.0) == (9, 101)
    assert openeo_kernel_sizes(60.0) == (3, 33)


def test_openeo_kernel_is_geotrellis_gaussian_normalised():
    # geotrellis Kernel.gaussian(size, sigma = size / 6, amp): amp * exp(-r² / (2 sigma²)), r from the
    # centre cell size // 2, then divided by its sum (openEO SCLConvolutionFilter.kernel).
    size = 17
    sigma = size / 6.0
    expected = np.empty((size, size))
    for row in range(size):
        for col in range(size):
            expected[row, col] = 10000.0 * math.exp(-((col - 8) ** 2 + (row - 8) ** 2) / (2 * sigma * sigma))
    expected /= expected.sum()
    assert np.allclose(gaussian_kernel(size), expected, rtol=1e-12, atol=0)


def _brute_convolve(binary, kernel):
    """Zero-padded 'same' convolution by explicit shifts (the kernel is symmetric)."""
    size = kernel.shape[0]
    half = size // 2
    padded = np.zeros((binary.shape[0] + 2 * half, binary.shape[1] + 2 * half))
    padded[half:-half or None, half:-half or None] = binary
    out = np.zeros(binary.shape)
    for dy in range(size):
        for dx in range(size):
            out += kernel[dy, dx] * padded[dy: dy + binary.shape[0], dx: dx + binary.shape[1]]
    return out


def _openeo_reference(scl, pixel):
    first, second = {10.0: (17, 201), 20.0: (9, 101), 60.0: (3, 33)}[pixel]
    a = ~np.isin(scl, [2, 4, 5, 6, 7])  # openEO mask1_values are the valid ones
    b = np.isin(scl, [3, 8, 9, 10, 11])
    return (_brute_convolve(a, gaussian_kernel(first)) > 0.057) | (_brute_convolve(b, gaussian_kernel(second)) > 0.025)


@pytest.mark.parametrize("pixel, shape", [(60.0, (50, 61)), (20.0, (60, 70))])
def test_openeo_preset_matches_a_direct_convolution(pixel, shape):
    rng = np.random.default_rng(3)
    scl = random_scl(rng, shape, cloud_share=0.2)
    scl[10:16, 20:27] = 9  # a real cloud
    mask = compute_mask(scl, MaskSettings(DEFAULT_CLASSES, preset=PRESET_OPENEO), pixel)
    assert np.array_equal(mask, _openeo_reference(scl, pixel))
    assert mask.sum() > np.isin(scl, DEFAULT_CLASSES).sum()


@pytest.mark.parametrize("size", [9, 33])
def test_smoothing_decides_pixels_at_the_threshold_as_a_float64_convolution(size):
    # The fast convolution is float32 (errors ~1e-7): a threshold 1e-12 above or below a pixel's exact
    # value must still be decided as the exact float64 value says.
    rng = np.random.default_rng(5)
    binary = rng.random((70, 64)) < 0.3
    exact = _brute_convolve(binary, gaussian_kernel(size))
    for row, col in zip(rng.integers(0, 70, 12), rng.integers(0, 64, 12)):
        assert not smoothed_above(binary, size, exact[row, col] + 1e-12)[row, col]
        assert smoothed_above(binary, size, exact[row, col] - 1e-12)[row, col]
    assert np.array_equal(smoothed_above(binary, size, 0.3), exact > 0.3)


@pytest.mark.parametrize("size", [9, 33])
def test_smoothing_a_part_equals_the_part_of_the_whole(size):
    # A part is smoothed from the pixels within the kernel's reach of it: the same values as in the whole.
    rng = np.random.default_rng(8)
    binary = rng.random((90, 75)) < 0.4
    whole = smoothed_above(binary, size, 0.2)
    half = size // 2
    for rows, cols in [(slice(half, 90 - half), slice(half, 75 - half)), (slice(0, 40), slice(half, 60)),
                       (slice(50, 90), slice(0, 75)), (slice(20, 21), slice(30, 31))]:
        assert np.array_equal(smoothed_above(binary, size, 0.2, (rows, cols)), whole[rows, cols])
    assert np.array_equal(whole, _brute_convolve(binary, gaussian_kernel(size)) > 0.2)


def test_openeo_preset_ignores_speckle_and_buffers_clouds_at_10m():
    scl = np.full((61, 61), 4, dtype=np.uint8)
    scl[30, 30] = 9  # one cloudy pixel: 0.0198 < 0.057 in mask A, 0.00014 < 0.025 in mask B
    mask = compute_mask(scl, MaskSettings(preset=PRESET_OPENEO), 10.0)
    assert not mask.any()
    scl[27:34, 27:34] = 9  # a 7 x 7 cloud is masked with a 4 px (40 m) buffer around it
    mask = compute_mask(scl, MaskSettings(preset=PRESET_OPENEO), 10.0)
    assert mask[27:34, 27:34].all()
    assert np.flatnonzero(mask[30]).tolist() == list(range(23, 38))
    big = np.full((301, 301), 4, dtype=np.uint8)
    big[120:181, 120:181] = 9  # a 610 m cloud: mask B buffers it by 59 px (590 m)
    mask = compute_mask(big, MaskSettings(preset=PRESET_OPENEO), 10.0)
    assert np.flatnonzero(mask[150]).tolist() == list(range(61, 240))


@pytest.mark.parametrize("settings, pixel", [(MaskSettings(dilation_m=30), 10.0),
                                             (MaskSettings(preset=PRESET_OPENEO), 60.0)])
def test_windows_with_halo_give_the_mask_of_the_whole(settings, pixel):
    rng = np.random.default_rng(11)
    scl = random_scl(rng, (300, 290), cloud_share=0.02)
    grid = Grid(290, 300, (0.0, pixel, 0.0, 0.0, 0.0, -pixel), "")
    whole = compute_mask(scl, settings, pixel)
    halo = settings.halo(pixel)
    assert halo > 0
    pieced = np.zeros_like(whole)
    windows = [Window(c, r, min(64, 290 - c), min(64, 300 - r)) for r in range(0, 300, 64) for c in range(0, 290, 64)]
    for window in windows:
        padded, inner = window.padded(halo, grid)
        pieced[window.slices] = compute_mask(scl[padded.slices], settings, pixel)[inner]
    assert np.array_equal(pieced, whole)
    assert len(plan_windows(grid, 256 * 256)) == 4


def test_without_scipy_class_masks_small_dilations_and_openeo_work_and_the_rest_says_what_is_missing(monkeypatch):
    cloud = np.full((30, 30), 4, dtype=np.uint8)
    cloud[12:17, 12:17] = 9
    openeo_settings = MaskSettings(classes=(9,), preset=PRESET_OPENEO)
    openeo = compute_mask(cloud, openeo_settings, 10.0)
    monkeypatch.setitem(sys.modules, "scipy", None)  # "import scipy" now raises ImportError
    scl = np.full((9, 9), 4, dtype=np.uint8)
    scl[4, 4] = 9
    grown = dilate_disk(classes_mask(scl, (9,)), 1)
    assert grown.sum() == 5 and grown[3, 4] and grown[4, 3] and not grown[3, 3]  # a radius-1 disk
    assert openeo.sum() > 25 and np.array_equal(compute_mask(cloud, openeo_settings, 10.0), openeo)  # numpy alone
    with pytest.raises(TerrascopeError, match="python3-scipy"):
        dilate_disk(classes_mask(scl, (9,)), 100)

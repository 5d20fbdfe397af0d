"""The masks' fast paths (dilation worked out on the SCL's coarse grid, SCL read by windows with halos)
against brute-force references on the whole fine grid: windows at the raster's edges, halos crossing
SCL blocks, odd sizes and grids that start inside an SCL pixel."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from osgeo import gdal, osr

from terrascope_processing.core import qualitylayer
from terrascope_processing.core.engine import Window, run_windows
from terrascope_processing.core.masking import (
    PRESET_OPENEO,
    MaskSettings,
    compute_mask,
    row_reaches,
    upsample_dilated,
)
from terrascope_processing.core.qualitylayer import SclReader
from terrascope_processing.core.raster import Grid

from series_data import brute_disk_dilation, random_scl

gdal.UseExceptions()


def _reference_growth(seeds, factor, radius):
    """The fine seeds grown by the disk, the fine grid padded so that every offset has room."""
    fine = np.pad(np.repeat(np.repeat(seeds, factor, 0), factor, 1), radius)
    grown = brute_disk_dilation(fine, radius)
    return grown[radius: grown.shape[0] - radius, radius: grown.shape[1] - radius]


@settings(max_examples=120, deadline=None)
@given(factor=st.integers(1, 3), radius=st.integers(0, 9), rows=st.integers(1, 23), cols=st.integers(1, 29),
       share=st.sampled_from([0.0, 0.02, 0.2, 0.7, 1.0]), seed=st.integers(0, 2 ** 16))
def test_dilation_on_the_coarse_grid_is_the_fine_dilation(factor, radius, rows, cols, share, seed):
    rng = np.random.default_rng(seed)
    seeds = rng.random((rows, cols)) < share
    masked = rng.random((rows, cols)) < 0.1
    expected = np.repeat(np.repeat(masked, factor, 0), factor, 1) | _reference_growth(seeds, factor, radius)
    assert np.array_equal(upsample_dilated(masked, seeds, factor, radius), expected)


@pytest.mark.parametrize("radius, factor", [(1, 2), (4, 2), (5, 2), (2, 3), (3, 1)])
def test_each_row_phase_reaches_the_fine_pixels_of_the_disk(radius, factor):
    # From fine row a of coarse row 0, the fine columns within the radius in each coarse row di.
    for a, reach in enumerate(row_reaches(radius, factor)):
        expected = {}
        for di in range(-radius, radius + 1):
            for c in range(factor):
                dy = factor * di + c - a
                if dy * dy <= radius * radius:
                    half = max(dx for dx in range(radius + 1) if dy * dy + dx * dx <= radius * radius)
                    expected[di] = max(expected.get(di, 0), half)
        assert dict(reach) == expected


def _tiles(grid, height, width):
    """Windows of ``height`` x ``width`` px tiling ``grid`` row by row, as the engine's do."""
    return [Window(col, row, min(width, grid.width - col), min(height, grid.height - row))
            for row in range(0, grid.height, height) for col in range(0, grid.width, width)]


def _record_reads(reader, monkeypatch):
    """The windows ``reader`` reads from its SCL files from now on (a list that grows)."""
    read = []
    original = reader._reader.read

    def recorded(index, window, band=None):
        read.append(window)
        return original(index, window, band=band)

    monkeypatch.setattr(reader._reader, "read", recorded)
    return read


def _write_scl(path, codes, block):
    """A DEFLATE SCL tiled ``block`` x ``block``, or in one strip when ``block`` is None."""
    rows, cols = codes.shape
    options = ["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}"] if block else [f"BLOCKYSIZE={rows}"]
    options.append("COMPRESS=DEFLATE")
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Byte, options=options)
    dataset.SetGeoTransform((600000.0, 20.0, 0.0, 5700000.0, 0.0, -20.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(codes)
    dataset = None
    return srs.ExportToWkt()


def _fine_codes(codes, grid, col_offset, row_offset):
    """The SCL class under each 10 m pixel of ``grid`` (0 beyond the SCL), independently of the reader."""
    rows = (np.arange(grid.height) + row_offset) // 2
    cols = (np.arange(grid.width) + col_offset) // 2
    inside = (rows[:, None] < codes.shape[0]) & (cols[None, :] < codes.shape[1])
    fine = codes[np.minimum(rows, codes.shape[0] - 1)[:, None], np.minimum(cols, codes.shape[1] - 1)[None, :]]
    return np.where(inside, fine, 0).astype(np.uint8)


GRIDS = [  # (fine width, height, col offset, row offset in 10 m pixels from the SCL's corner)
    (101, 87, 0, 0),  # odd sizes, the SCL's last row and column half used
    (90, 96, 1, 3),  # starts inside an SCL pixel
    (120, 110, 7, 2),  # runs past the SCL's east and south edges: SCL 0 there
]


@pytest.mark.parametrize("cell", [16, qualitylayer.CELL_MIN])
@pytest.mark.parametrize("width, height, col_offset, row_offset", GRIDS)
@pytest.mark.parametrize("mask_settings", [MaskSettings(dilation_m=40), MaskSettings(dilation_m=50),
                                           MaskSettings(classes=(3, 9, 11), dilation_m=90),
                                           MaskSettings(dilation_m=10), MaskSettings(),
                                           MaskSettings(classes=(0, 9), dilation_m=30)])
def test_windows_of_a_coarse_scl_give_the_mask_of_the_whole_grid(tmp_path, monkeypatch, cell, width, height,
                                                                   col_offset, row_offset, mask_settings):
    monkeypatch.setattr(qualitylayer, "CELL_MIN", cell)  # cells of one SCL block, or of several
    rng = np.random.default_rng(width + col_offset)
    codes = random_scl(rng, (56, 57), cloud_share=0.03)
    codes[20:29, 30:41] = 9  # a cloud across SCL blocks
    crs = _write_scl(tmp_path / "scl.tif", codes, block=16)
    grid = Grid(width, height, (600000.0 + 10.0 * col_offset, 10.0, 0.0, 5700000.0 - 10.0 * row_offset, 0.0, -10.0),
                crs)
    fine = _fine_codes(codes, grid, col_offset, row_offset)
    expected = compute_mask(fine, mask_settings, 10.0)  # the whole grid at once, on the 10 m codes
    windows = _tiles(grid, 32, 32) + _tiles(grid, 19, 27) + [
        Window(0, 0, width, height), Window(width - 5, height - 3, 5, 3), Window(13, 9, 1, 1)]
    with SclReader([tmp_path / "scl.tif"], grid) as reader:
        for window in windows:
            assert np.array_equal(reader.masked(0, window, mask_settings), expected[window.slices]), window


@pytest.mark.parametrize("mask_settings", [MaskSettings(dilation_m=40), MaskSettings(dilation_m=70),
                                           MaskSettings(preset=PRESET_OPENEO)])
def test_windows_of_an_scl_on_its_own_grid_give_the_mask_of_the_whole_grid(tmp_path, monkeypatch, mask_settings):
    # A 20 m product on its SCL's grid (factor 1), one column and two rows in from the SCL's corner.
    monkeypatch.setattr(qualitylayer, "CELL_MIN", 16)
    rng = np.random.default_rng(13)
    codes = random_scl(rng, (56, 57), cloud_share=0.03)
    crs = _write_scl(tmp_path / "scl.tif", codes, block=16)
    grid = Grid(50, 53, (600020.0, 20.0, 0.0, 5700000.0 - 40.0, 0.0, -20.0), crs)
    expected = compute_mask(codes[2:55, 1:51], mask_settings, 20.0)
    with SclReader([tmp_path / "scl.tif"], grid) as reader:
        for window in _tiles(grid, 16, 16) + _tiles(grid, 11, 13):
            assert np.array_equal(reader.masked(0, window, mask_settings), expected[window.slices]), window


def test_the_whole_grid_reference_is_the_brute_force_one():
    # compute_mask on the fine codes is what the test above trusts: check it against brute force here.
    rng = np.random.default_rng(3)
    fine = random_scl(rng, (41, 37), cloud_share=0.04)
    cloudy = np.isin(fine, (3, 8, 9, 10))
    expected = np.isin(fine, (0, 1, 3, 8, 9, 10, 11)) | brute_disk_dilation(cloudy, 4)
    assert np.array_equal(compute_mask(fine, MaskSettings(dilation_m=40), 10.0), expected)


@pytest.mark.parametrize("width, height, col_offset, row_offset", GRIDS[:2])
def test_openeo_windows_of_a_coarse_scl_give_the_mask_of_the_whole_grid(tmp_path, width, height, col_offset,
                                                                        row_offset):
    rng = np.random.default_rng(5)
    codes = random_scl(rng, (56, 57), cloud_share=0.01)
    crs = _write_scl(tmp_path / "scl.tif", codes, block=16)
    grid = Grid(width, height, (600000.0 + 10.0 * col_offset, 10.0, 0.0, 5700000.0 - 10.0 * row_offset, 0.0, -10.0),
                crs)
    mask_settings = MaskSettings(preset=PRESET_OPENEO)
    expected = compute_mask(_fine_codes(codes, grid, col_offset, row_offset), mask_settings, 10.0)
    with SclReader([tmp_path / "scl.tif"], grid) as reader:
        for window in _tiles(grid, 48, 48):
            assert np.array_equal(reader.masked(0, window, mask_settings), expected[window.slices]), window



@pytest.mark.parametrize("tile", [(32, 32), (20, 24)])
@pytest.mark.parametrize("mask_settings", [MaskSettings(dilation_m=40), MaskSettings(dilation_m=100),
                                           MaskSettings(preset=PRESET_OPENEO), MaskSettings()])
def test_each_scl_block_is_decoded_once_and_nothing_is_kept_after_the_run(tmp_path, monkeypatch, mask_settings,
                                                                          tile):
    # Windows of 32 x 32 px at 10 m are one SCL block of 16 x 16 at 20 m each, and their halos reach into
    # the eight blocks around; windows of 20 x 24 px share blocks even without a halo. Run on two threads
    # as the engine does.
    monkeypatch.setattr(qualitylayer, "CELL_MIN", 16)
    rng = np.random.default_rng(9)
    codes = random_scl(rng, (64, 80), cloud_share=0.03)
    crs = _write_scl(tmp_path / "scl.tif", codes, block=16)
    grid = Grid(160, 128, (600000.0, 10.0, 0.0, 5700000.0, 0.0, -10.0), crs)
    expected = compute_mask(_fine_codes(codes, grid, 0, 0), mask_settings, 10.0)
    with SclReader([tmp_path / "scl.tif"], grid) as reader:
        read = _record_reads(reader, monkeypatch)
        work = lambda window: reader.masked(0, window, mask_settings)  # noqa: E731
        for window, mask in run_windows(_tiles(grid, *tile), work, threads=2):
            assert np.array_equal(mask, expected[window.slices]), window
        assert sorted((w.row, w.col, w.height, w.width) for w in read) == [
            (row, col, 16, 16) for row in range(0, 64, 16) for col in range(0, 80, 16)]
        assert reader._pieces._bytes == 0 and not any(reader._pieces._alive.values())


def test_an_scl_in_one_strip_is_read_in_cells_of_bounded_size(tmp_path, monkeypatch):
    monkeypatch.setattr(qualitylayer, "CELL_MAX", 32)
    rng = np.random.default_rng(17)
    codes = random_scl(rng, (64, 80), cloud_share=0.03)
    crs = _write_scl(tmp_path / "scl.tif", codes, block=None)
    grid = Grid(160, 128, (600000.0, 10.0, 0.0, 5700000.0, 0.0, -10.0), crs)
    mask_settings = MaskSettings(dilation_m=40)
    expected = compute_mask(_fine_codes(codes, grid, 0, 0), mask_settings, 10.0)
    with SclReader([tmp_path / "scl.tif"], grid) as reader:
        read = _record_reads(reader, monkeypatch)
        for window in _tiles(grid, 24, 40):
            assert np.array_equal(reader.masked(0, window, mask_settings), expected[window.slices]), window
    assert read and max(window.width for window in read) <= 32 and max(window.height for window in read) <= 32

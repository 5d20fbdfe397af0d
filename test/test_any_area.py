"""Composites over any area (core): several tiles and UTM zones onto one target grid.

References are worked out from the arrays the test wrote (``series_data.reference_values``: masked on
each tile's own grid) and, across CRSs, from osr transforms of the target pixel centres done here,
independently of ``core.regrid``.
"""

import numpy as np
import pytest
from osgeo import gdal, osr

from terrascope_processing.core import histogram as hist
from terrascope_processing.core.meancomposite import mean_composite
from terrascope_processing.core.errors import Cancelled, RasterError, TerrascopeError
from terrascope_processing.core.masking import MaskSettings
from terrascope_processing.core.raster import Grid
from terrascope_processing.core.series import Series, series_by_grid
from terrascope_processing.core.temporalstatistics import temporal_statistics
from terrascope_processing.core.target_grid import LARGE_TARGET_PIXELS, target_grid

from rasters import ORIGIN, read_raster
from series_data import reference_values, write_series

SHAPE = (40, 48)
SHIFT = 32  # tile B starts 32 columns east of tile A: 16 columns overlap
MASK = MaskSettings()  # the default classes


@pytest.fixture
def two_tiles(tmp_path):
    """Tile A (4 dates) and tile B (3 of the same acquisitions), same CRS, overlapping by 16 columns."""
    a = write_series(tmp_path / "a", 4, SHAPE, seed=1, tile="31UFS")
    b = write_series(tmp_path / "b", 3, SHAPE, seed=2, tile="31UGS", origin=(ORIGIN[0] + 10 * SHIFT, ORIGIN[1]))
    return a, b


def _union_reference(a, b):
    """Mean and count on the union of A and B: per acquisition, A's value where valid, else B's."""
    stack = np.full((len(a), SHAPE[0], SHAPE[1] + SHIFT), np.nan)
    for index, dated in enumerate(a):
        stack[index, :, :SHAPE[1]] = reference_values(dated)
    for index, dated in enumerate(b):
        values = reference_values(dated)
        target = stack[index, :, SHIFT:]
        np.copyto(target, values, where=np.isnan(target))
    count = (~np.isnan(stack)).sum(axis=0)
    with np.errstate(invalid="ignore"):
        mean = np.nansum(stack, axis=0) / count
    return mean, count


def _composite(tmp_path, paths, target=None, name="mean", masking=MASK):
    output, count = tmp_path / f"{name}.tif", tmp_path / f"{name}_count.tif"
    with Series(paths, masking, target=target) as series:
        result = mean_composite(series, str(output), str(count), window_pixels=16 * 16 * 4)
    return result, read_raster(output), read_raster(count)[0][0]


def test_target_grid_of_the_union_lies_on_the_tiles_pixels(two_tiles):
    a, b = two_tiles
    grid = target_grid([Grid.of_path(a[0].path), Grid.of_path(b[0].path)])
    assert (grid.width, grid.height) == (SHAPE[1] + SHIFT, SHAPE[0])
    assert grid.geotransform == (ORIGIN[0], 10.0, 0.0, ORIGIN[1], 0.0, -10.0)
    assert grid.crs_wkt == Grid.of_path(a[0].path).crs_wkt


def test_extent_is_snapped_outward_to_whole_pixels(two_tiles):
    a, _ = two_tiles
    extent = (ORIGIN[0] + 12.5, ORIGIN[1] - 101, ORIGIN[0] + 55, ORIGIN[1] - 9.9)
    grid = target_grid([Grid.of_path(a[0].path)], extent=extent)
    assert grid.geotransform[0] == ORIGIN[0] + 10 and grid.geotransform[3] == ORIGIN[1]
    assert (grid.width, grid.height) == (5, 11)


def test_two_adjacent_tiles_onto_their_union(tmp_path, two_tiles):
    a, b = two_tiles
    target = target_grid([Grid.of_path(a[0].path), Grid.of_path(b[0].path)])
    result, (mean, _, transform), count = _composite(tmp_path, [d.path for d in a + b], target)
    assert result.dates == 4  # acquisitions, not files
    expected_mean, expected_count = _union_reference(a, b)
    np.testing.assert_array_equal(count, expected_count)
    np.testing.assert_allclose(mean[0], expected_mean, rtol=1e-6, atol=1e-6, equal_nan=True)
    assert transform == target.geotransform

    # Away from the overlap, each tile's own composite, pixel for pixel.
    _, (own_a, _, _), count_a = _composite(tmp_path, [d.path for d in a], name="a")
    _, (own_b, _, _), count_b = _composite(tmp_path, [d.path for d in b], name="b")
    np.testing.assert_array_equal(mean[0][:, :SHIFT], own_a[0][:, :SHIFT])
    np.testing.assert_array_equal(mean[0][:, SHAPE[1]:], own_b[0][:, SHAPE[1] - SHIFT:])
    np.testing.assert_array_equal(count[:, :SHIFT], count_a[:, :SHIFT])
    # In the overlap an acquisition counts once: never more than the 4 acquisitions, less than A + B.
    overlap = count[:, SHIFT:SHAPE[1]]
    assert overlap.max() <= 4 and (overlap < count_a[:, SHIFT:] + count_b[:, :SHAPE[1] - SHIFT]).any()


def test_the_first_tile_in_name_order_wins_whatever_the_input_order(tmp_path, two_tiles):
    a, b = two_tiles
    target = target_grid([Grid.of_path(b[0].path), Grid.of_path(a[0].path)])
    with Series([d.path for d in b + a], None, target=target) as series:
        assert len(series.acquisitions) == 4 and series.acquisitions[0].tzinfo is not None
        dn, valid = series.read_valid(0, series_window(series))
    valid_a = reference_values(a[0], classes=())
    overlap = dn[:, SHIFT:SHAPE[1]]
    both = ~np.isnan(valid_a[:, SHIFT:]) & ~np.isnan(reference_values(b[0], classes=())[:, :SHAPE[1] - SHIFT])
    np.testing.assert_array_equal(overlap[both], a[0].dn[:, SHIFT:][both])


def series_window(series):
    from terrascope_processing.core.engine import Window

    return Window(0, 0, series.grid.width, series.grid.height)


def test_an_aoi_inside_one_tile_is_a_crop_of_its_composite(tmp_path, two_tiles):
    a, b = two_tiles
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32631)
    for srs in (wgs84, utm):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs84 = osr.CoordinateTransformation(utm, wgs84)
    west, north = to_wgs84.TransformPoint(ORIGIN[0] + 53, ORIGIN[1] - 47)[:2]
    east, south = to_wgs84.TransformPoint(ORIGIN[0] + 231, ORIGIN[1] - 288)[:2]
    grids = [Grid.of_path(a[0].path), Grid.of_path(b[0].path)]
    target = target_grid(grids, extent=(west, south, east, north), extent_crs=wgs84.ExportToWkt(),
                         crs=grids[0].crs_wkt)
    _, (mean, _, transform), count = _composite(tmp_path, [d.path for d in a + b], target)
    _, (own, _, _), own_count = _composite(tmp_path, [d.path for d in a], name="a")
    col, row = round((transform[0] - ORIGIN[0]) / 10), round((ORIGIN[1] - transform[3]) / 10)
    assert col <= 5 and row <= 4 and col + target.width >= 23 and row + target.height >= 29
    crop = (slice(row, row + target.height), slice(col, col + target.width))
    np.testing.assert_array_equal(mean[0], own[0][crop])
    np.testing.assert_array_equal(count, own_count[crop])


def _utm_tile(tmp_path, zone, lon, lat, tile, seed):
    """A tile whose upper-left corner is near (lon, lat), in UTM zone ``zone`` N, on whole 20 m."""
    wgs84, utm = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    utm.ImportFromEPSG(32600 + zone)
    for srs in (wgs84, utm):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y = osr.CoordinateTransformation(wgs84, utm).TransformPoint(lon, lat)[:2]
    origin = (round(x / 20) * 20.0, round(y / 20) * 20.0)
    return write_series(tmp_path / tile, 3, SHAPE, seed=seed, tile=tile, origin=origin, epsg=32600 + zone)


def test_two_utm_zones_onto_laea_europe(tmp_path):
    west = _utm_tile(tmp_path, 31, 5.994, 51.0, "31UGS", seed=3)  # zone 31 ends at 6 E
    east = _utm_tile(tmp_path, 32, 5.9975, 50.9995, "32ULB", seed=4)
    laea = osr.SpatialReference()
    laea.ImportFromEPSG(3035)
    grids = [Grid.of_path(west[0].path), Grid.of_path(east[0].path)]
    target = target_grid(grids, crs=laea.ExportToWkt())
    assert target.pixel_size == (10.0, 10.0)
    _, (mean, _, transform), count = _composite(tmp_path, [d.path for d in east + west], target)

    # Nearest-neighbour sampling worked out here: each target centre transformed into each zone.
    laea.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    rows, cols = np.mgrid[0:target.height, 0:target.width]
    x = transform[0] + (cols + 0.5) * transform[1]
    y = transform[3] + (rows + 0.5) * transform[5]
    stack = np.full((3, target.height, target.width), np.nan)
    for tile in (west, east):  # west (31U...) first in name order
        utm = osr.SpatialReference()
        utm.ImportFromWkt(Grid.of_path(tile[0].path).crs_wkt)
        utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        points = np.array(osr.CoordinateTransformation(laea, utm).TransformPoints(
            np.column_stack([x.ravel(), y.ravel()])))
        x0, dx, _, y0, _, dy = Grid.of_path(tile[0].path).geotransform
        source_cols = np.floor((points[:, 0] - x0) / dx).astype(int).reshape(x.shape)
        source_rows = np.floor((points[:, 1] - y0) / dy).astype(int).reshape(x.shape)
        inside = (source_cols >= 0) & (source_cols < SHAPE[1]) & (source_rows >= 0) & (source_rows < SHAPE[0])
        for index, dated in enumerate(tile):
            values = reference_values(dated)[np.clip(source_rows, 0, SHAPE[0] - 1),
                                             np.clip(source_cols, 0, SHAPE[1] - 1)]
            values[~inside] = np.nan
            np.copyto(stack[index], values, where=np.isnan(stack[index]))
    expected_count = (~np.isnan(stack)).sum(axis=0)
    with np.errstate(invalid="ignore"):
        expected_mean = np.nansum(stack, axis=0) / expected_count
    assert (expected_count > 0).mean() > 0.5  # both tiles land on the target
    np.testing.assert_array_equal(count, expected_count)
    np.testing.assert_allclose(mean[0], expected_mean, rtol=1e-6, atol=1e-6, equal_nan=True)


def test_a_coarse_target_reads_bounded_source_windows(tmp_path, two_tiles, monkeypatch):
    from terrascope_processing.core import regrid

    a, b = two_tiles
    monkeypatch.setattr(regrid, "SOURCE_PIXELS", 64)  # force bands of rows
    grids = [Grid.of_path(a[0].path), Grid.of_path(b[0].path)]
    target = target_grid(grids, resolution=30.0)
    _, (mean, _, transform), count = _composite(tmp_path, [d.path for d in a + b], target)
    fine_mean, fine_count = _union_reference(a, b)
    # A 30 m pixel takes the 10 m pixel under its centre: the middle one of each 3 x 3 block; the last
    # row of 30 m pixels has its centre beyond the tiles' 40 rows.
    assert (target.width, target.height) == (80 // 3 + 1, 40 // 3 + 1)
    np.testing.assert_array_equal(count[:-1], fine_count[1::3, 1::3])
    np.testing.assert_allclose(mean[0][:-1], fine_mean[1::3, 1::3], rtol=1e-6, atol=1e-6, equal_nan=True)
    assert not count[-1].any()


def test_several_grids_without_a_target_are_refused_naming_the_grids(two_tiles):
    a, b = two_tiles
    with pytest.raises(RasterError) as error:
        Series([a[0].path, b[0].path], None)
    message = str(error.value)
    assert b[0].path in message and "target grid" in message and "EXTENT" in message
    assert f"{ORIGIN[0] + 10 * SHIFT:.0f}" in message and "e+" not in message and "EPSG:32631" in message


def test_an_extent_touching_no_input_is_refused(two_tiles):
    a, _ = two_tiles
    with pytest.raises(TerrascopeError, match="touches none of the inputs"):
        target_grid([Grid.of_path(a[0].path)], extent=(0, 0, 1000, 1000))


def test_a_geographic_target_needs_a_resolution(two_tiles):
    a, _ = two_tiles
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    with pytest.raises(TerrascopeError, match="RESOLUTION"):
        target_grid([Grid.of_path(a[0].path)], crs=wgs84.ExportToWkt())
    grid = target_grid([Grid.of_path(a[0].path)], crs=wgs84.ExportToWkt(), resolution=0.0001)
    assert grid.pixel_size == (0.0001, 0.0001)


def test_large_target_threshold_is_four_full_tiles():
    assert LARGE_TARGET_PIXELS == 4 * 10980 ** 2


def test_cancel_on_a_target_grid_leaves_no_output(tmp_path, two_tiles):
    a, b = two_tiles
    target = target_grid([Grid.of_path(a[0].path), Grid.of_path(b[0].path)])

    class Cancelling:
        def report(self, fraction):
            pass

        def cancelled(self):
            return True

    with Series([d.path for d in a + b], MASK, target=target) as series, pytest.raises(Cancelled):
        mean_composite(series, str(tmp_path / "out.tif"), progress=Cancelling())
    assert not list(tmp_path.glob("out*")) and not list(tmp_path.glob(".out*"))


def test_temporal_statistics_on_a_target_grid(tmp_path, two_tiles):
    a, b = two_tiles
    target = target_grid([Grid.of_path(a[0].path), Grid.of_path(b[0].path)])
    output = tmp_path / "stats.tif"
    with Series([d.path for d in a + b], MASK, target=target) as series:
        temporal_statistics(series, ["mean", "count"], [], str(output), window_pixels=16 * 16 * 4)
    bands = gdal.Open(str(output)).ReadAsArray()
    expected_mean, expected_count = _union_reference(a, b)
    np.testing.assert_array_equal(bands[1], expected_count)
    np.testing.assert_allclose(bands[0], expected_mean, rtol=1e-5, atol=1e-6, equal_nan=True)


def test_histogram_over_two_tiles_is_the_sum_of_both(two_tiles):
    a, b = two_tiles
    parts = series_by_grid([d.path for d in a + b], MASK)
    try:
        assert len(parts) == 2
        both = hist.histogram(parts, 20)
    finally:
        for part in parts:
            part.close()
    with Series([d.path for d in a], MASK) as series_a, Series([d.path for d in b], MASK) as series_b:
        first, second = hist.histogram(series_a, 20), hist.histogram(series_b, 20)
    np.testing.assert_array_equal(both.counts, first.counts + second.counts)
    expected = sum(int((~np.isnan(reference_values(d))).sum()) for d in a + b)
    assert both.total + both.outside == expected

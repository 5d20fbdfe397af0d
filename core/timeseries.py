"""Time series at places: the mean of the valid pixels under each point or inside each polygon, per date.

For a point, the pixel under it; for a polygon, the pixels whose centres fall inside it (GDAL's
rasterizer, done once per feature on the feature's own bounding box); features are reprojected to the
grid of the inputs. Each date's window is read once for all the features in it (``Series.read_valid``:
masked exactly as the composites mask), and the sums per feature are taken with ``numpy.bincount``, so
thousands of fields over a season cost about one read of the windows that hold them::

    with Series(paths, MaskSettings()) as series:
        rows = time_series([series], [(1, point_wkb), (2, polygon_wkb)], crs_wkt)

Inputs on several grids (tiles, UTM zones) go in one ``Series`` per grid (``series_by_grid``); each
feature then has a row for every input date, with ``pixels`` 0 and a NULL mean where it is outside it.
"""

import math
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from osgeo import gdal, ogr, osr

from .engine import WINDOW_PIXELS, NullProgress, Window, plan_windows, run_windows
from .errors import Cancelled, TerrascopeError
from .raster import Grid
from .series import Series, series_content

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()


@dataclass(frozen=True)
class Row:
    """One feature on one date: ``mean`` of its valid pixels (None when none), ``valid`` of ``pixels``."""

    feature: object
    acquisition: datetime
    mean: float | None
    valid: int
    pixels: int
    path: str


@dataclass
class _Pixels:
    """The pixels of the features on one grid: ``rows``, ``cols`` and ``owner`` (feature position)."""

    rows: np.ndarray
    cols: np.ndarray
    owner: np.ndarray


def series_by_grid(paths, masking=None, physical=True, band=None, radiometric_quality=False):
    """One ``Series`` per grid of ``paths`` (in the order of their first input; ``masking``, ``physical``,
    ``band`` and ``radiometric_quality`` as ``Series`` takes them); the caller closes them. Raises ``TerrascopeError`` for inputs
    of different contents (naming them) or unreadable inputs."""
    series_content(paths)
    groups = {}
    for path in paths:
        grid = Grid.of_path(path)
        key = next((known for known in groups if known.same_as(grid)), grid)
        groups.setdefault(key, []).append(path)
    opened = []
    try:
        for members in groups.values():
            opened.append(Series(members, masking, physical=physical, band=band,
                                 radiometric_quality=radiometric_quality))
    except BaseException:
        for series in opened:
            series.close()
        raise
    return opened


def _spatial_reference(wkt):
    reference = osr.SpatialReference()
    reference.ImportFromWkt(wkt)
    reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return reference


def _geometries(locations, crs_wkt, grid):
    """The locations' geometries in the grid's CRS (None for empty or missing ones)."""
    target = _spatial_reference(grid.crs_wkt)
    transform = None
    if crs_wkt:
        source = _spatial_reference(crs_wkt)
        if not source.IsSame(target):
            transform = osr.CoordinateTransformation(source, target)
    geometries = []
    for fid, wkb in locations:
        if not wkb:
            geometries.append(None)
            continue
        try:
            geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
            if transform is not None:
                geometry.Transform(transform)
        except RuntimeError as error:
            raise TerrascopeError(f"feature {fid}: its geometry cannot be used ({error})") from None
        geometries.append(None if geometry is None or geometry.IsEmpty() else geometry)
    return geometries


def _point_pixels(geometry, inverse):
    """(rows, cols) of the pixels under the points of a point or multipoint geometry."""
    points = [geometry] if geometry.GetGeometryCount() == 0 else [
        geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
    cells = set()
    for point in points:
        x, y = point.GetX(), point.GetY()
        col = math.floor(inverse[0] + x * inverse[1] + y * inverse[2])
        row = math.floor(inverse[3] + x * inverse[4] + y * inverse[5])
        cells.add((row, col))
    rows, cols = zip(*sorted(cells))
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


class _Rasterizer:
    """Burns one geometry at a time into a MEM raster on its bounding box of ``grid`` (pixel centres
    inside a polygon; GDAL's default rule)."""

    def __init__(self, grid):
        self.grid = grid
        self.inverse = gdal.InvGeoTransform(grid.geotransform)
        self._source = ogr.GetDriverByName("Memory").CreateDataSource("")
        self._layer = self._source.CreateLayer("location", srs=_spatial_reference(grid.crs_wkt))
        self._driver = gdal.GetDriverByName("MEM")

    def pixels(self, geometry):
        """(rows, cols) on the grid of the pixels of ``geometry`` (clipped to the grid)."""
        flat = ogr.GT_Flatten(geometry.GetGeometryType())
        if flat in (ogr.wkbPoint, ogr.wkbMultiPoint):
            rows, cols = _point_pixels(geometry, self.inverse)
        else:
            rows, cols = self._burn(geometry)
        inside = (rows >= 0) & (rows < self.grid.height) & (cols >= 0) & (cols < self.grid.width)
        return rows[inside], cols[inside]

    def _burn(self, geometry):
        xmin, xmax, ymin, ymax = geometry.GetEnvelope()
        corners = [gdal.ApplyGeoTransform(self.inverse, x, y) for x in (xmin, xmax) for y in (ymin, ymax)]
        col0 = max(0, math.floor(min(c for c, _ in corners)))
        col1 = min(self.grid.width, math.ceil(max(c for c, _ in corners)) + 1)
        row0 = max(0, math.floor(min(r for _, r in corners)))
        row1 = min(self.grid.height, math.ceil(max(r for _, r in corners)) + 1)
        empty = np.empty(0, dtype=np.int64)
        if col0 >= col1 or row0 >= row1:
            return empty, empty
        x0, dx, rx, y0, ry, dy = self.grid.geotransform
        raster = self._driver.Create("", col1 - col0, row1 - row0, 1, gdal.GDT_Byte)
        raster.SetGeoTransform((x0 + col0 * dx + row0 * rx, dx, rx, y0 + col0 * ry + row0 * dy, ry, dy))
        raster.SetProjection(self.grid.crs_wkt)
        feature = ogr.Feature(self._layer.GetLayerDefn())
        feature.SetGeometry(geometry)
        self._layer.CreateFeature(feature)
        try:
            gdal.RasterizeLayer(raster, [1], self._layer, burn_values=[1])
        finally:
            self._layer.DeleteFeature(feature.GetFID())
        rows, cols = np.nonzero(raster.GetRasterBand(1).ReadAsArray())
        return rows.astype(np.int64) + row0, cols.astype(np.int64) + col0


def location_pixels(locations, crs_wkt, grid):
    """The pixels of each location on ``grid``: ``_Pixels`` (``owner`` = position in ``locations``)."""
    rasterizer = _Rasterizer(grid)
    rows, cols, owner = [], [], []
    for position, geometry in enumerate(_geometries(locations, crs_wkt, grid)):
        if geometry is None:
            continue
        own_rows, own_cols = rasterizer.pixels(geometry)
        rows.append(own_rows)
        cols.append(own_cols)
        owner.append(np.full(own_rows.size, position, dtype=np.int64))
    if not rows:
        empty = np.empty(0, dtype=np.int64)
        return _Pixels(empty, empty, empty)
    return _Pixels(np.concatenate(rows), np.concatenate(cols), np.concatenate(owner))


@dataclass(frozen=True)
class _Task:
    """One window of one series: the pixels to gather (``flat`` in the window) and their owners."""

    group: int
    window: Window
    flat: np.ndarray
    local_owner: np.ndarray  # index into ``features``
    features: np.ndarray  # feature positions present in this window


def _tasks(group, grid, pixels, window_pixels):
    """The windows of ``grid`` (the engine's, shrunk to the features' pixels in them) with pixels."""
    if pixels.rows.size == 0:
        return []
    plan = plan_windows(grid, window_pixels)
    side = max(plan[0].width, plan[0].height)
    across = -(-grid.width // side)
    keys = (pixels.rows // side) * across + pixels.cols // side
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], keys.size]
    tasks = []
    for start, end in zip(starts, ends):
        chosen = order[start:end]
        rows, cols, owner = pixels.rows[chosen], pixels.cols[chosen], pixels.owner[chosen]
        row0, col0 = int(rows.min()), int(cols.min())
        window = Window(col0, row0, int(cols.max()) - col0 + 1, int(rows.max()) - row0 + 1)
        features, local_owner = np.unique(owner, return_inverse=True)
        tasks.append(_Task(group, window, (rows - row0) * window.width + (cols - col0), local_owner, features))
    return tasks


def _window_sums(series, task, cancelled):
    """Per date (rows) and feature of the task (columns): the sum of the valid values and their number."""
    dates = len(series.acquisitions)
    sums = np.zeros((dates, task.features.size), dtype=np.float64)
    valids = np.zeros((dates, task.features.size), dtype=np.int64)
    for index in range(dates):
        if cancelled():
            raise Cancelled("cancelled by the user")
        dn, valid = series.read_valid(index, task.window)
        ok = valid.ravel()[task.flat]
        values = dn.ravel()[task.flat].astype(np.float64)
        if series.physical:
            scaling = series.scalings[index]
            values = values * scaling.scale + scaling.offset
        values[~ok] = 0.0
        sums[index] = np.bincount(task.local_owner, weights=values, minlength=task.features.size)
        valids[index] = np.bincount(task.local_owner, weights=ok, minlength=task.features.size)
    return sums, valids


def time_series(series_list, locations, crs_wkt, progress=None, threads=None, window_pixels=WINDOW_PIXELS):
    """Rows of ``Row``, one per location and date of every series, sorted by location (in the given
    order), then acquisition, then path.

    ``series_list``: ``Series`` (one per grid, see ``series_by_grid``). ``locations``: ``(feature id,
    WKB geometry)`` pairs (a missing geometry gives rows with no pixels); ``crs_wkt``: their CRS (empty:
    the grid's). ``progress`` follows the engine's protocol; a cancel raises ``Cancelled``.
    """
    progress = progress or NullProgress()
    locations = list(locations)
    totals, counts, pixel_counts, tasks = [], [], [], []
    for group, series in enumerate(series_list):
        pixels = location_pixels(locations, crs_wkt, series.grid)
        dates = len(series.acquisitions)
        totals.append(np.zeros((dates, len(locations)), dtype=np.float64))
        counts.append(np.zeros((dates, len(locations)), dtype=np.int64))
        pixel_counts.append(np.bincount(pixels.owner, minlength=len(locations)))
        tasks.extend(_tasks(group, series.grid, pixels, window_pixels))

    def work(task):
        return _window_sums(series_list[task.group], task, progress.cancelled)

    for task, (sums, valids) in run_windows(tasks, work, progress, threads=threads):
        totals[task.group][:, task.features] += sums
        counts[task.group][:, task.features] += valids
    progress.report(1.0)

    rows = []
    for group, series in enumerate(series_list):
        with np.errstate(invalid="ignore", divide="ignore"):
            means = totals[group] / counts[group]
        for index, acquisition in enumerate(series.acquisitions):
            for position, (fid, _) in enumerate(locations):
                valid = int(counts[group][index, position])
                rows.append((position, acquisition, series.paths[index], Row(
                    fid, acquisition, float(means[index, position]) if valid else None, valid,
                    int(pixel_counts[group][position]), series.paths[index])))
    rows.sort(key=lambda item: item[:3])
    return [row for *_, row in rows]

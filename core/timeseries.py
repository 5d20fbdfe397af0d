"""Time series at places: the mean of the valid pixels under each point or inside each polygon, per date.

For a point, the pixel under it; for a polygon, the pixels whose centres fall inside it (GDAL's
rasterizer, on each engine window the polygon meets, so memory stays bounded by the window whatever the
size of the polygon); features are reprojected to the grid of the inputs. Each date's window is read once
for all the features in it (``Series.read_valid``: masked exactly as the composites mask), and the sums
per feature are taken with ``numpy.bincount``, so thousands of fields over a season cost about one read
of the windows that hold them::

    with Series(paths, MaskSettings()) as series:
        rows = time_series([series], [(1, point_wkb), (2, polygon_wkb)], crs_wkt)

Inputs on several grids (tiles, UTM zones) go in one ``Series`` per grid (``core.series.series_by_grid``);
each feature then has a row for every input date, with ``pixels`` 0 and a NULL mean where it is outside it.
"""

import math
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from osgeo import gdal, ogr, osr

from .engine import WINDOW_PIXELS, NullProgress, Window, plan_windows, run_windows
from .errors import Cancelled, TerrascopeError

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


def _point_cells(geometry, inverse):
    """(rows, cols) of the pixels under the points of a point or multipoint geometry."""
    points = [geometry] if geometry.GetGeometryCount() == 0 else [
        geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
    cells = sorted({(math.floor(inverse[3] + p.GetX() * inverse[4] + p.GetY() * inverse[5]),
                     math.floor(inverse[0] + p.GetX() * inverse[1] + p.GetY() * inverse[2])) for p in points})
    return np.array([row for row, _ in cells], dtype=np.int64), np.array([col for _, col in cells], dtype=np.int64)


class Places:
    """The locations on one grid: points as the pixels under them, other geometries as WKB in the grid's
    CRS with their pixel envelopes (``envelopes``: col0, col1, row0, row1, end-exclusive, clipped to the
    grid; empty for a location off the grid or without a geometry)."""

    def __init__(self, locations, crs_wkt, grid):
        self.grid = grid
        inverse = gdal.InvGeoTransform(grid.geotransform)
        self.cells, self.shapes = {}, {}
        self.envelopes = np.zeros((len(locations), 4), dtype=np.int64)
        for position, geometry in enumerate(_geometries(locations, crs_wkt, grid)):
            if geometry is None:
                continue
            if ogr.GT_Flatten(geometry.GetGeometryType()) in (ogr.wkbPoint, ogr.wkbMultiPoint):
                rows, cols = _point_cells(geometry, inverse)
                inside = (rows >= 0) & (rows < grid.height) & (cols >= 0) & (cols < grid.width)
                rows, cols = rows[inside], cols[inside]
                if rows.size:
                    self.cells[position] = (rows, cols)
                    self.envelopes[position] = (cols.min(), cols.max() + 1, rows.min(), rows.max() + 1)
                continue
            xmin, xmax, ymin, ymax = geometry.GetEnvelope()
            corners = [gdal.ApplyGeoTransform(inverse, x, y) for x in (xmin, xmax) for y in (ymin, ymax)]
            envelope = (max(0, math.floor(min(c for c, _ in corners))),
                        min(grid.width, math.ceil(max(c for c, _ in corners)) + 1),
                        max(0, math.floor(min(r for _, r in corners))),
                        min(grid.height, math.ceil(max(r for _, r in corners)) + 1))
            if envelope[0] < envelope[1] and envelope[2] < envelope[3]:
                self.shapes[position] = bytes(geometry.ExportToWkb())
                self.envelopes[position] = envelope

    def near(self, window):
        """The positions of the locations whose envelopes meet ``window``."""
        col0, col1, row0, row1 = self.envelopes.T
        return np.flatnonzero((col0 < window.col + window.width) & (col1 > window.col)
                              & (row0 < window.row + window.height) & (row1 > window.row))


class _Rasterizer:
    """Burns one geometry at a time into a MEM raster on a part of ``grid`` (the pixels whose centres
    fall inside a polygon: GDAL's default rule). One per thread: GDAL datasets are not shared.

    The geometries are already in the grid's CRS, so neither the layer nor the raster carries one (GDAL
    would compare the two on every call, which costs more than the rasterizing; its warning that it
    assumes they match is silenced)."""

    def __init__(self, grid):
        self.grid = grid
        self._source = ogr.GetDriverByName("Memory").CreateDataSource("")
        self._layer = self._source.CreateLayer("location")
        self._driver = gdal.GetDriverByName("MEM")

    def pixels(self, wkb, window):
        """(rows, cols) on the grid of the pixels of the geometry ``wkb`` within ``window``."""
        x0, dx, rx, y0, ry, dy = self.grid.geotransform
        raster = self._driver.Create("", window.width, window.height, 1, gdal.GDT_Byte)
        raster.SetGeoTransform((x0 + window.col * dx + window.row * rx, dx, rx,
                                y0 + window.col * ry + window.row * dy, ry, dy))
        feature = ogr.Feature(self._layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        self._layer.CreateFeature(feature)
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            gdal.RasterizeLayer(raster, [1], self._layer, burn_values=[1])
        finally:
            gdal.PopErrorHandler()
            self._layer.DeleteFeature(feature.GetFID())
        rows, cols = np.nonzero(raster.GetRasterBand(1).ReadAsArray())
        return rows.astype(np.int64) + window.row, cols.astype(np.int64) + window.col

    def close(self):
        """Release the layer before its data source (GDAL objects must not outlive what owns them)."""
        self._layer = None
        self._source = None


def _clip(envelope, window):
    """The part of ``window`` within a pixel ``envelope`` (col0, col1, row0, row1)."""
    col0, col1 = max(int(envelope[0]), window.col), min(int(envelope[1]), window.col + window.width)
    row0, row1 = max(int(envelope[2]), window.row), min(int(envelope[3]), window.row + window.height)
    return Window(col0, row0, col1 - col0, row1 - row0)


def window_pixels_of(places, window, positions):
    """The pixels within ``window`` of the locations at ``positions``: (rows, cols, owner), owner being
    the index into ``positions``. Memory is bounded by the window, whatever the size of the shapes."""
    rasterizer = None
    rows, cols, owner = [], [], []
    try:
        for local, position in enumerate(positions):
            if position in places.cells:
                own_rows, own_cols = places.cells[position]
                inside = ((own_rows >= window.row) & (own_rows < window.row + window.height)
                          & (own_cols >= window.col) & (own_cols < window.col + window.width))
                own_rows, own_cols = own_rows[inside], own_cols[inside]
            else:
                rasterizer = rasterizer or _Rasterizer(places.grid)
                own_rows, own_cols = rasterizer.pixels(places.shapes[position],
                                                       _clip(places.envelopes[position], window))
            rows.append(own_rows)
            cols.append(own_cols)
            owner.append(np.full(own_rows.size, local, dtype=np.int64))
    finally:
        if rasterizer is not None:
            rasterizer.close()
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(owner)


@dataclass(frozen=True)
class _Task:
    """One engine window of one series and the locations that may have pixels in it."""

    group: int
    window: Window
    positions: np.ndarray

    @property
    def row(self):
        """The window's first row: the engine deals the tasks of a row into lanes (``window_lanes``)."""
        return self.window.row


def _window_sums(series, places, task, cancelled):
    """For the task's locations: their pixels in the window, and per date (rows) the sum of their valid
    values and the number of those (columns: the task's locations). Each date's window read once."""
    dates = len(series.acquisitions)
    count = task.positions.size
    rows, cols, owner = window_pixels_of(places, task.window, task.positions)
    pixels = np.bincount(owner, minlength=count)
    sums = np.zeros((dates, count), dtype=np.float64)
    valids = np.zeros((dates, count), dtype=np.int64)
    if rows.size == 0:
        return pixels, sums, valids
    row0, col0 = int(rows.min()), int(cols.min())
    window = Window(col0, row0, int(cols.max()) - col0 + 1, int(rows.max()) - row0 + 1)  # read only this
    flat = (rows - row0) * window.width + (cols - col0)
    for index in range(dates):
        if cancelled():
            raise Cancelled("cancelled by the user")
        dn, valid = series.read_valid(index, window)
        ok = valid.ravel()[flat]
        values = dn.ravel()[flat].astype(np.float64)
        if series.physical:
            scaling = series.scalings[index]
            values = values * scaling.scale + scaling.offset
        values[~ok] = 0.0
        sums[index] = np.bincount(owner, weights=values, minlength=count)
        valids[index] = np.bincount(owner, weights=ok, minlength=count)
    return pixels, sums, valids


def time_series(series_list, locations, crs_wkt, progress=None, threads=None, window_pixels=WINDOW_PIXELS):
    """Rows of ``Row``, one per location and date of every series, sorted by location (in the given
    order), then acquisition, then path.

    ``series_list``: ``Series`` (one per grid, see ``series_by_grid``). ``locations``: ``(feature id,
    WKB geometry)`` pairs (a missing geometry gives rows with no pixels); ``crs_wkt``: their CRS (empty:
    the grid's). ``progress`` follows the engine's protocol; a cancel raises ``Cancelled``.
    """
    progress = progress or NullProgress()
    locations = list(locations)
    totals, counts, pixel_counts, places, tasks = [], [], [], [], []
    for group, series in enumerate(series_list):
        places.append(Places(locations, crs_wkt, series.grid))
        dates = len(series.acquisitions)
        totals.append(np.zeros((dates, len(locations)), dtype=np.float64))
        counts.append(np.zeros((dates, len(locations)), dtype=np.int64))
        pixel_counts.append(np.zeros(len(locations), dtype=np.int64))
        for window in plan_windows(series.grid, window_pixels):
            positions = places[group].near(window)
            if positions.size:
                tasks.append(_Task(group, window, positions))

    def work(task):
        return _window_sums(series_list[task.group], places[task.group], task, progress.cancelled)

    for task, (pixels, sums, valids) in run_windows(tasks, work, progress, threads=threads):
        pixel_counts[task.group][task.positions] += pixels
        totals[task.group][:, task.positions] += sums
        counts[task.group][:, task.positions] += valids
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

"""Reading an input's masked values onto a target grid by nearest neighbour, window by window.

``GridMapping(source, target)`` says, for a window of the target grid, which window of the source grid
to read and which source pixel lies under each target pixel centre. The values are masked on the source
grid first (the caller reads ``(dn, valid)`` there, SCL and dilation included) and only then gathered
onto the target, so class codes are never interpolated. Three cases:

- aligned (same CRS, same pixel size, origins a whole number of pixels apart): the source window is the
  target window shifted; no resampling at all, the values are copied;
- same CRS otherwise: the source column (row) of each target column (row) from the geotransforms;
- another CRS: the source pixel under each target pixel centre from GDAL's warper (nearest, exact
  transformation: ``errorThreshold=0``), applied to an index raster of the source window, once per
  target window; every date of the input's grid reuses it.

A target window whose source window would exceed ``SOURCE_PIXELS`` (a target much coarser than the
input) is read in bands of rows, so memory stays bounded whatever the resolutions.
"""

import math
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from .engine import WINDOW_PIXELS, Window
from .target_grid import overlaps, spatial_reference, transform_bounds

gdal.UseExceptions()

SOURCE_PIXELS = 4 * WINDOW_PIXELS  # largest source window read for one piece of a target window
_CACHED_WINDOWS = 8  # index maps kept per input grid (the engine has two windows per core in flight)
_MARGIN = 2  # source pixels added around a transformed window (curved edges between densified points)


@dataclass(frozen=True)
class Piece:
    """Part of a target window: its ``rows`` and ``cols`` (slices of the window), the ``source`` window
    to read and ``index``: the flat position in that source window of each target pixel (-1: none), or
    None when the source window is copied as it is."""

    rows: slice
    cols: slice
    source: Window
    index: np.ndarray | None


class GridMapping:
    """Where the pixels of ``target`` (a ``core.raster.Grid``) lie on ``source``; thread-safe."""

    def __init__(self, source, target):
        self.source, self.target = source, target
        self.same_crs = spatial_reference(source.crs_wkt).IsSame(spatial_reference(target.crs_wkt))
        self.footprint = transform_bounds(source.bounds, source.crs_wkt, target.crs_wkt)
        self.offset = self._aligned_offset()
        self._cache = OrderedDict()
        self._lock = threading.Lock()

    def _aligned_offset(self):
        """(col, row) of the target origin on the source grid when the grids are aligned, else None."""
        if not self.same_crs:
            return None
        sx0, sdx, srx, sy0, sry, sdy = self.source.geotransform
        tx0, tdx, trx, ty0, try_, tdy = self.target.geotransform
        if srx or sry or trx or try_ or not (math.isclose(sdx, tdx) and math.isclose(sdy, tdy)):
            return None
        col, row = (tx0 - sx0) / sdx, (ty0 - sy0) / sdy
        if abs(col - round(col)) > 1e-6 or abs(row - round(row)) > 1e-6:
            return None
        return round(col), round(row)

    def pieces(self, window):
        """The ``Piece`` s of target ``window`` that lie on the source (none when it misses the source)."""
        if not overlaps(_bounds(self.target, window), self.footprint):
            return []
        if self.offset is not None:
            return self._aligned(window)
        with self._lock:
            if window in self._cache:
                self._cache.move_to_end(window)
                return self._cache[window]
        pieces = self._mapped(window, 0, window.height)
        with self._lock:
            self._cache[window] = pieces
            while len(self._cache) > _CACHED_WINDOWS:
                self._cache.popitem(last=False)
        return pieces

    def _aligned(self, window):
        col_offset, row_offset = self.offset
        first_col = max(window.col + col_offset, 0)
        first_row = max(window.row + row_offset, 0)
        end_col = min(window.col + window.width + col_offset, self.source.width)
        end_row = min(window.row + window.height + row_offset, self.source.height)
        if first_col >= end_col or first_row >= end_row:
            return []
        cols = slice(first_col - col_offset - window.col, end_col - col_offset - window.col)
        rows = slice(first_row - row_offset - window.row, end_row - row_offset - window.row)
        return [Piece(rows, cols, Window(first_col, first_row, end_col - first_col, end_row - first_row), None)]

    def _mapped(self, window, start, stop):
        """Pieces for rows ``start:stop`` of ``window``, halved until each source window is small enough."""
        band = Window(window.col, window.row + start, window.width, stop - start)
        source = self._source_window(band)
        if source is None:
            return []
        if source.width * source.height > SOURCE_PIXELS and stop - start > 1:
            middle = (start + stop) // 2
            return self._mapped(window, start, middle) + self._mapped(window, middle, stop)
        index = self._index(band, source)
        if index is None:
            return []
        return [Piece(slice(start, stop), slice(0, window.width), source, index)]

    def _source_window(self, band):
        """The source pixels that ``band`` (a window of the target) can fall on, or None."""
        if self.same_crs:
            rows, cols = self._source_rows(band), self._source_cols(band)
            rows, cols = rows[(rows >= 0) & (rows < self.source.height)], cols[(cols >= 0) & (cols < self.source.width)]
            if not rows.size or not cols.size:
                return None
            return Window(int(cols.min()), int(rows.min()), int(cols.max() - cols.min() + 1),
                          int(rows.max() - rows.min() + 1))
        xmin, ymin, xmax, ymax = transform_bounds(_bounds(self.target, band), self.target.crs_wkt,
                                                  self.source.crs_wkt)
        x0, dx, _, y0, _, dy = self.source.geotransform
        cols = sorted(((xmin - x0) / dx, (xmax - x0) / dx))
        rows = sorted(((ymin - y0) / dy, (ymax - y0) / dy))
        first_col = max(0, math.floor(cols[0]) - _MARGIN)
        end_col = min(self.source.width, math.ceil(cols[1]) + _MARGIN)
        first_row = max(0, math.floor(rows[0]) - _MARGIN)
        end_row = min(self.source.height, math.ceil(rows[1]) + _MARGIN)
        if first_col >= end_col or first_row >= end_row:
            return None
        return Window(first_col, first_row, end_col - first_col, end_row - first_row)

    def _source_cols(self, band):
        x0, dx = self.source.geotransform[0], self.source.geotransform[1]
        tx0, tdx = self.target.geotransform[0], self.target.geotransform[1]
        centres = tx0 + (np.arange(band.col, band.col + band.width) + 0.5) * tdx
        return np.floor((centres - x0) / dx).astype(np.int64)

    def _source_rows(self, band):
        y0, dy = self.source.geotransform[3], self.source.geotransform[5]
        ty0, tdy = self.target.geotransform[3], self.target.geotransform[5]
        centres = ty0 + (np.arange(band.row, band.row + band.height) + 0.5) * tdy
        return np.floor((centres - y0) / dy).astype(np.int64)

    def _index(self, band, source):
        """Flat positions in ``source`` (a source window) of the pixel under each centre of ``band``; None
        when no centre falls on the source."""
        if self.same_crs:
            rows, cols = self._source_rows(band) - source.row, self._source_cols(band) - source.col
            index = rows[:, None] * source.width + cols[None, :]
            outside = ((rows < 0) | (rows >= source.height))[:, None] | ((cols < 0) | (cols >= source.width))[None, :]
            index[outside] = -1
        else:
            index = self._warped_index(band, source)
        return index.astype(np.int32) if (index >= 0).any() else None

    def _warped_index(self, band, source):
        memory = gdal.GetDriverByName("MEM")
        positions = memory.Create("", source.width, source.height, 1, gdal.GDT_Int32)
        x0, dx, rx, y0, ry, dy = self.source.geotransform
        positions.SetGeoTransform((x0 + source.col * dx, dx, rx, y0 + source.row * dy, ry, dy))
        positions.SetProjection(self.source.crs_wkt)
        positions.GetRasterBand(1).WriteArray(
            np.arange(1, source.width * source.height + 1, dtype=np.int32).reshape(source.height, source.width))
        onto = memory.Create("", band.width, band.height, 1, gdal.GDT_Int32)
        tx0, tdx, trx, ty0, try_, tdy = self.target.geotransform
        onto.SetGeoTransform((tx0 + band.col * tdx, tdx, trx, ty0 + band.row * tdy, try_, tdy))
        onto.SetProjection(self.target.crs_wkt)
        gdal.Warp(onto, positions, resampleAlg="near", errorThreshold=0, warpOptions=["INIT_DEST=0"])
        index = onto.GetRasterBand(1).ReadAsArray() - 1  # 0 (no source pixel) -> -1
        positions = onto = None
        return index

    def read_valid(self, read, window):
        """``(dn, valid)`` on target ``window`` from ``read(source_window) -> (dn, valid)`` on the source
        grid; None when the window misses the source. Pixels off the source are not valid."""
        pieces = self.pieces(window)
        if not pieces:
            return None
        whole = pieces[0]
        if len(pieces) == 1 and whole.index is None and (whole.source.width, whole.source.height) == \
                (window.width, window.height):
            return read(whole.source)  # the target window is a window of the source
        dn = valid = None
        for piece in pieces:
            source_dn, source_valid = read(piece.source)
            if dn is None:
                dn = np.zeros((window.height, window.width), dtype=source_dn.dtype)
                valid = np.zeros((window.height, window.width), dtype=bool)
            if piece.index is None:
                dn[piece.rows, piece.cols] = source_dn
                valid[piece.rows, piece.cols] = source_valid
                continue
            index = np.maximum(piece.index, 0)
            dn[piece.rows, piece.cols] = np.take(source_dn, index)
            np.logical_and(np.take(source_valid, index), piece.index >= 0, out=valid[piece.rows, piece.cols])
        return dn, valid


def _bounds(grid, window):
    x0, dx, _, y0, _, dy = grid.geotransform
    xs = (x0 + window.col * dx, x0 + (window.col + window.width) * dx)
    ys = (y0 + window.row * dy, y0 + (window.row + window.height) * dy)
    return min(xs), min(ys), max(xs), max(ys)

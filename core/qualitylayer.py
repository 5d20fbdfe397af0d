"""Reading scene classifications (SCL) on a product's grid, nearest-neighbour, by windows, from any thread.

The SCL is native 20 m; products are 10, 20 or 60 m. Class codes are never interpolated: each product
pixel takes the class of the SCL pixel under its centre. Where the SCL grid is the product grid
coarsened by a whole factor (20 m SCL on a 10 m tile: each SCL pixel covers 2 x 2 product pixels) the
SCL is read at its own resolution and each value repeated, which is the same result as GDAL's nearest
resampling at a quarter of the decoding work; any other grid (60 m bands, other origins or CRSs) goes
through ``core.raster.nearest_view``. Product pixels outside the SCL read as 0 (NO_DATA).
"""

import os

import numpy as np
from osgeo import gdal

from .engine import RasterReader, Window
from .errors import RasterError
from .masking import SCL_NODATA, compute_mask, compute_mask_from_coarse, upsample
from .raster import Grid, nearest_view, open_raster

gdal.UseExceptions()


def _whole_factor(coarse, fine, tolerance=1e-6):
    """The placement of ``coarse`` on ``fine`` as (factor, col offset, row offset) in fine pixels when the
    coarse grid is the fine grid coarsened by a whole factor (same CRS, north-up, aligned corners);
    else None."""
    cx0, cdx, crx, cy0, cry, cdy = coarse.geotransform
    fx0, fdx, frx, fy0, fry, fdy = fine.geotransform
    if crx or cry or frx or fry or fdx <= 0 or fdy >= 0 or cdx <= 0 or cdy >= 0:
        return None
    factor = cdx / fdx
    whole = round(factor)
    if whole < 1 or abs(factor - whole) > tolerance or abs(cdy / fdy - whole) > tolerance:
        return None
    col = (fx0 - cx0) / fdx
    row = (fy0 - cy0) / fdy
    if abs(col - round(col)) > tolerance or abs(row - round(row)) > tolerance:
        return None
    if not coarse.same_crs(fine):
        return None
    return whole, int(round(col)), int(round(row))


class SclReader:
    """The SCL of each of several products, all on one ``grid``, read by windows from any thread.

    ``decoders`` (optional, one per path): a function that reads a product family's quality layer as
    SCL class codes (the PROBA-V status map: ``core.statusmap.scl_codes``), None for an SCL.
    ``read(index, window)`` gives uint8 class codes for ``window`` of ``grid``; ``masked(index, window,
    settings)`` the boolean mask of ``window``, reading the halo its dilation needs. Call ``close()``
    (or use as a context manager) to drop the in-memory resampling views.
    """

    def __init__(self, scl_paths, grid, decoders=None):
        self.paths = [os.fspath(path) for path in scl_paths]
        self.grid = grid
        self._decoders = list(decoders) if decoders is not None else [None] * len(self.paths)
        self._pixel = grid.ground_pixel_size  # masks measure dilations in metres
        self._views = []
        self._placements = []
        sources = []
        try:
            for path in self.paths:
                dataset = open_raster(path)
                own = Grid.of(dataset)
                dataset = None
                placement = _whole_factor(own, grid)
                if placement is not None:
                    sources.append(path)
                    self._placements.append((placement, own))
                else:
                    view = nearest_view(path, grid)
                    self._views.append(view)
                    sources.append(view)
                    self._placements.append(None)
        except Exception:
            self.close()
            raise
        self._reader = RasterReader(sources)

    def read(self, index, window):
        """uint8 class codes of the SCL of input ``index`` on ``window`` of the products' grid."""
        placement = self._placements[index]
        if placement is None:
            return self._as_codes(index, self._reader.read(index, window, band=1))
        (factor, col_offset, row_offset), own = placement
        if factor == 1 and col_offset == 0 and row_offset == 0 and own.width >= self.grid.width \
                and own.height >= self.grid.height:
            return self._as_codes(index, self._reader.read(index, window, band=1))
        coarse, row_start, col_start = self._read_coarse(index, window)
        return upsample(coarse, factor)[row_start: row_start + window.height,
                                        col_start: col_start + window.width]

    def _read_coarse(self, index, window):
        """The SCL pixels under ``window`` at the SCL's own resolution (0 beyond the SCL) and where
        ``window`` starts in them once repeated ``factor`` times."""
        (factor, col_offset, row_offset), own = self._placements[index]
        # Product pixel (r, c) lies in SCL pixel ((r + row_offset) // factor, (c + col_offset) // factor).
        first_row = (window.row + row_offset) // factor
        last_row = (window.row + window.height - 1 + row_offset) // factor
        first_col = (window.col + col_offset) // factor
        last_col = (window.col + window.width - 1 + col_offset) // factor
        read_rows = (max(0, first_row), min(own.height, last_row + 1))
        read_cols = (max(0, first_col), min(own.width, last_col + 1))
        shape = (last_row - first_row + 1, last_col - first_col + 1)
        inside = read_rows[0] < read_rows[1] and read_cols[0] < read_cols[1]
        part = None
        if inside:
            part = self._as_codes(index, self._reader.read(index, Window(
                read_cols[0], read_rows[0], read_cols[1] - read_cols[0], read_rows[1] - read_rows[0]), band=1))
        if part is not None and part.shape == shape:
            coarse = part
        else:
            coarse = np.full(shape, SCL_NODATA, dtype=np.uint8)
            if part is not None:
                coarse[read_rows[0] - first_row: read_rows[1] - first_row,
                       read_cols[0] - first_col: read_cols[1] - first_col] = part
        return coarse, window.row + row_offset - first_row * factor, window.col + col_offset - first_col * factor

    def _as_codes(self, index, data):
        decode = self._decoders[index]
        if decode is not None:
            return decode(data)
        if data.dtype == np.uint8:
            return data
        # Class codes 0..11 in a wider type: anything outside 0..255 is not a class (read as NO_DATA).
        out_of_range = (data < 0) | (data > 255)
        if np.issubdtype(data.dtype, np.floating):
            out_of_range |= ~np.isfinite(data)
        codes = np.where(out_of_range, SCL_NODATA, data)
        return codes.astype(np.uint8)

    def masked(self, index, window, settings):
        """True where the SCL of input ``index`` masks a pixel of ``window`` under ``settings``."""
        if settings is None or not settings.active:
            return np.zeros((window.height, window.width), dtype=bool)
        pixel = self._pixel
        padded, inner = window.padded(settings.halo(pixel), self.grid)
        placement = self._placements[index]
        if placement is not None and placement[0][0] > 1:
            # Class decisions at the SCL's own resolution, then repeated onto the grid (exact: a class
            # mask is pixelwise); only a dilation or smoothing runs on the product grid.
            coarse, row_start, col_start = self._read_coarse(index, padded)
            crop = (slice(row_start, row_start + padded.height), slice(col_start, col_start + padded.width))
            return compute_mask_from_coarse(coarse, placement[0][0], crop, inner, settings, pixel)
        return compute_mask(self.read(index, padded), settings, pixel)[inner]

    def close(self):
        views, self._views = self._views, []
        for view in views:
            try:
                gdal.Unlink(view)
            except RuntimeError:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def check_scl(path):
    """Open ``path`` and check it looks like a scene classification (one band of whole numbers);
    raises ``RasterError`` naming it otherwise."""
    dataset = open_raster(path)
    band = dataset.GetRasterBand(1)
    if dataset.RasterCount != 1 or gdal.GetDataTypeName(band.DataType).startswith(("Float", "C")):
        raise RasterError(
            f"{path}: not a scene classification (expected one band of class codes 0..11, found "
            f"{dataset.RasterCount} band(s) of {gdal.GetDataTypeName(band.DataType)})")
    return True

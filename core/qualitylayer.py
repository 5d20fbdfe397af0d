"""Reading scene classifications (SCL) on a product's grid, nearest-neighbour, by windows, from any thread.

The SCL is native 20 m; products are 10, 20 or 60 m. Class codes are never interpolated: each product
pixel takes the class of the SCL pixel under its centre. Where the SCL grid is the product grid
coarsened by a whole factor (20 m SCL on a 10 m tile: each SCL pixel covers 2 x 2 product pixels) the
SCL is read at its own resolution and each value repeated, which is the same result as GDAL's nearest
resampling at a quarter of the decoding work; any other grid (60 m bands, other origins or CRSs) goes
through ``core.raster.nearest_view``. Product pixels outside the SCL read as 0 (NO_DATA).

On such grids a mask is worked out from the class decisions at the SCL's resolution. A mask whose window
needs SCL beyond the window (a dilation, openEO's smoothing) reads into the SCL blocks around it; those
blocks are decoded once per run all the same, their decisions kept packed until every window that needs
them has been read (``_Pieces``).
"""

import os
import threading
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from .engine import RasterReader, Window
from .errors import RasterError
from .masking import SCL_NODATA, compute_mask, compute_mask_from_coarse, mask_planes, upsample
from .raster import Grid, nearest_view, open_raster

gdal.UseExceptions()

PIECES_BYTES = 96 * 1024 * 1024  # decoded SCL kept at most: beyond, a block is decoded for each window
CELL_MIN = 256  # SCL pixels: the cells decoded at once are whole blocks, at least this many a side,
CELL_MAX = 1024  # and at most this many (larger blocks, such as one strip for the whole file, are cut)


def _under(placement, window):
    """The SCL pixels under ``window`` of the products' grid, for an SCL placed by ``placement`` ((factor,
    col offset, row offset), its own grid): ``((first row, first col), shape, start, rows, cols)``, with
    ``start`` where ``window`` starts in them once repeated ``factor`` times and ``rows``, ``cols`` the
    (start, stop) of those inside the SCL."""
    (factor, col_offset, row_offset), own = placement
    # Product pixel (r, c) lies in SCL pixel ((r + row_offset) // factor, (c + col_offset) // factor).
    first_row = (window.row + row_offset) // factor
    stop_row = (window.row + window.height - 1 + row_offset) // factor + 1
    first_col = (window.col + col_offset) // factor
    stop_col = (window.col + window.width - 1 + col_offset) // factor + 1
    shape = (stop_row - first_row, stop_col - first_col)
    start = (window.row + row_offset - first_row * factor, window.col + col_offset - first_col * factor)
    rows = (max(0, first_row), min(own.height, stop_row))
    cols = (max(0, first_col), min(own.width, stop_col))
    return (first_row, first_col), shape, start, rows, cols


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
        blocks = []
        sources = []
        try:
            for path in self.paths:
                dataset = open_raster(path)
                own = Grid.of(dataset)
                blocks.append(dataset.GetRasterBand(1).GetBlockSize())
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
        self._pieces = _Pieces(self, blocks)

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
        (first_row, first_col), shape, start, rows, cols = _under(self._placements[index], window)
        part = self._codes(index, rows, cols) if rows[0] < rows[1] and cols[0] < cols[1] else None
        if part is not None and part.shape == shape:
            coarse = part
        else:
            coarse = np.full(shape, SCL_NODATA, dtype=np.uint8)
            if part is not None:
                coarse[rows[0] - first_row: rows[1] - first_row, cols[0] - first_col: cols[1] - first_col] = part
        return (coarse,) + start

    def _codes(self, index, rows, cols):
        """The class codes of SCL ``index``'s own pixels ``rows`` x ``cols`` ((start, stop) pairs)."""
        return self._as_codes(index, self._reader.read(
            index, Window(cols[0], rows[0], cols[1] - cols[0], rows[1] - rows[0]), band=1))

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
        if placement is not None:
            # Class decisions at the SCL's own resolution, each SCL block decoded once (``_Pieces``), then
            # worked out and repeated onto the grid.
            factor = placement[0][0]
            masked, seeds, row_start, col_start = self._pieces.planes(index, padded, window, settings)
            crop = (slice(row_start, row_start + padded.height), slice(col_start, col_start + padded.width))
            return compute_mask_from_coarse(masked, seeds, factor, crop, inner, settings, pixel)
        return compute_mask(self.read(index, padded), settings, pixel)[inner]

    def close(self):
        if getattr(self, "_pieces", None) is not None:
            self._pieces.clear()
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


def _pack(plane):
    """A boolean plane packed eight pixels to a byte along its rows, or one bool when it is uniform."""
    if plane is None:
        return None
    if not plane.any():
        return np.False_
    if plane.all():
        return np.True_
    return np.packbits(plane, axis=1)


def _unpack_into(target, packed, rows, cols):
    """``target[...] = `` the pixels ``rows`` x ``cols`` (slices) of a plane packed by ``_pack`` (or of a
    boolean plane)."""
    if isinstance(packed, np.bool_):
        target[...] = packed
        return
    if packed.dtype == bool:
        target[...] = packed[rows, cols]
        return
    first = cols.start // 8
    bits = np.unpackbits(packed[rows, first: -(-cols.stop // 8)], axis=1)
    target[...] = bits[:, cols.start - 8 * first: cols.stop - 8 * first]


def _overlap(first, second):
    """The pixels two rectangles (row start, row stop, col start, col stop) have in common."""
    rows = min(first[1], second[1]) - max(first[0], second[0])
    cols = min(first[3], second[3]) - max(first[2], second[2])
    return max(0, rows) * max(0, cols)


@dataclass
class _Piece:
    """Rows ``rows`` x columns ``cols`` of an SCL (its own pixels) as packed class decisions; ``reach``:
    the product pixels whose mask depends on them, ``unread``: how many of those no window has read."""

    rows: tuple
    cols: tuple
    masked: object
    seeds: object
    reach: tuple
    unread: int

    def packed(self):
        """This piece with its planes packed (as kept)."""
        return _Piece(self.rows, self.cols, _pack(self.masked), _pack(self.seeds), self.reach, self.unread)

    @property
    def nbytes(self):
        return sum(getattr(plane, "nbytes", 0) for plane in (self.masked, self.seeds))

    def copy_into(self, masked, seeds, origin, rows, cols):
        """Write the part of this piece within ``rows`` x ``cols`` (SCL pixel ranges) into the planes
        ``masked`` and ``seeds`` whose first pixel is SCL pixel ``origin``."""
        first_row, stop_row = max(rows[0], self.rows[0]), min(rows[1], self.rows[1])
        first_col, stop_col = max(cols[0], self.cols[0]), min(cols[1], self.cols[1])
        if first_row >= stop_row or first_col >= stop_col:
            return
        mine = (slice(first_row - self.rows[0], stop_row - self.rows[0]),
                slice(first_col - self.cols[0], stop_col - self.cols[0]))
        theirs = (slice(first_row - origin[0], stop_row - origin[0]), slice(first_col - origin[1], stop_col - origin[1]))
        _unpack_into(masked[theirs], self.masked, *mine)
        if seeds is not None:
            _unpack_into(seeds[theirs], self.seeds, *mine)


class _Pieces:
    """The class decisions (``core.masking.mask_planes``) of each input's SCL at its own resolution, for
    windows read with halos: each SCL block is decoded once per run, however many windows reach into it.

    A window's halo reaches a few rows and columns into the blocks around it, and the engine's windows
    come in rows: the blocks of the next row are decoded for the halos of this one. So the decisions of
    a decoded cell (whole SCL blocks) are kept, packed eight pixels to a byte, in pieces: its top and
    bottom rows, which the halos of the windows above and below need, and its middle. A piece is dropped
    once the windows that read it cover every product pixel whose mask depends on it (windows that tile
    the grid, as the engine's do, read each piece once per date), so about one row of cells per date is
    kept, and never more than ``PIECES_BYTES``. Other window sequences get the same masks, with more
    decoding. Safe from any thread: a cell being decoded by one thread is waited for by the others.
    """

    def __init__(self, reader, blocks):
        self._reader = reader
        self._cells = [(_cell_side(height), _cell_side(width)) for width, height in blocks]
        self._lock = threading.Lock()
        self._settings = None
        self._alive = {}  # index -> {(cell row, cell col): [pieces]}
        self._decoded = set()  # (index, cell row, cell col): decoded (and kept) once already
        self._loading = {}  # (index, cell row, cell col) -> threading.Event set once decoded
        self._bytes = 0

    def clear(self):
        with self._lock:
            self._alive, self._decoded, self._bytes = {}, set(), 0

    def planes(self, index, padded, window, settings):
        """``(masked, seeds, row, col)``: the class decisions (``mask_planes``; seeds None when the mask
        does not grow) of the SCL pixels under ``padded`` (SCL 0 beyond the SCL) and where ``padded``
        starts in them once repeated; ``window`` is the window ``padded`` was grown from."""
        placement = self._reader._placements[index]
        own, pixel = placement[1], self._reader._pixel
        with self._lock:
            if settings != self._settings:
                self._alive, self._decoded, self._bytes, self._settings = {}, set(), 0, settings
        (first_row, first_col), shape, start, rows, cols = _under(placement, padded)
        cell_rows, cell_cols = self._cells[index]
        if padded == window and (rows[1] - rows[0], cols[1] - cols[0]) == shape \
                and rows[0] % cell_rows == 0 and (rows[1] % cell_rows == 0 or rows[1] == own.height) \
                and cols[0] % cell_cols == 0 and (cols[1] % cell_cols == 0 or cols[1] == own.width):
            # Whole cells that no other window of a tiling reads (no halo): decoded for this window alone.
            codes = self._reader._codes(index, rows, cols)
            return mask_planes(codes, settings, pixel) + start
        masked = np.empty(shape, dtype=bool)
        seeds = np.empty(shape, dtype=bool) if settings.seed_classes(pixel) else None
        if (rows[1] - rows[0], cols[1] - cols[0]) != shape:  # partly beyond the SCL: class 0 there
            nodata = mask_planes(np.full((1, 1), SCL_NODATA, dtype=np.uint8), settings, pixel)
            for plane, value in zip((masked, seeds), nodata):
                if plane is not None:
                    plane[...] = value[0, 0]
        cells = []
        if rows[0] < rows[1] and cols[0] < cols[1]:
            cells = [(cell_row, cell_col) for cell_row in range(rows[0] // cell_rows, (rows[1] - 1) // cell_rows + 1)
                     for cell_col in range(cols[0] // cell_cols, (cols[1] - 1) // cell_cols + 1)]
        for cell_row, cell_col in cells:
            for piece in self._cell(index, cell_row, cell_col, rows, settings, window):
                piece.copy_into(masked, seeds, (first_row, first_col), rows, cols)
        self._read_by(index, window, cells)
        return (masked, seeds) + start

    def _cell(self, index, cell_row, cell_col, rows, settings, window):
        """The pieces of a cell that hold SCL ``rows`` of it: kept ones, or decoded now for ``window``
        (then those that windows other than ``window`` read are kept)."""
        key = (index, cell_row, cell_col)
        while True:
            with self._lock:
                pieces = self._alive.get(index, {}).get(key[1:], [])
                first = max(rows[0], cell_row * self._cells[index][0])
                stop = min(rows[1], (cell_row + 1) * self._cells[index][0])
                if sum(max(0, min(stop, piece.rows[1]) - max(first, piece.rows[0])) for piece in pieces) == stop - first:
                    return pieces
                loading = self._loading.get(key)
                if loading is None:
                    loading = self._loading[key] = threading.Event()
                    keep = key not in self._decoded
                    self._decoded.add(key)
                    break
            loading.wait()
        pieces = []
        try:
            pieces = self._decode(index, cell_row, cell_col, settings)
        finally:
            with self._lock:
                del self._loading[key]
                read = (window.row, window.row + window.height, window.col, window.col + window.width)
                kept = [piece.packed() for piece in pieces if piece.unread > _overlap(piece.reach, read)] if keep else []
                size = sum(piece.nbytes for piece in kept)
                if kept and self._bytes + size <= PIECES_BYTES and settings == self._settings:
                    self._alive.setdefault(index, {})[key[1:]] = kept
                    self._bytes += size
                loading.set()
        return pieces

    def _decode(self, index, cell_row, cell_col, settings):
        """Read and decide a cell (whole SCL blocks), cut into pieces (not packed): top rows, middle,
        bottom rows."""
        (factor, col_offset, row_offset), own = self._reader._placements[index]
        pixel, grid = self._reader._pixel, self._reader.grid
        cell_rows, cell_cols = self._cells[index]
        first_row, first_col = cell_row * cell_rows, cell_col * cell_cols
        stop_row, stop_col = min(own.height, first_row + cell_rows), min(own.width, first_col + cell_cols)
        codes = self._reader._codes(index, (first_row, stop_row), (first_col, stop_col))
        masked, seeds = mask_planes(codes, settings, pixel)
        halo = settings.halo(pixel)
        strip = halo // factor + 2  # SCL rows the halos of the windows above and below reach at most
        height = stop_row - first_row
        cuts = [0, strip, height - strip, height] if halo and height > 3 * strip else [0, height]
        cols = ((first_col * factor - col_offset), (stop_col * factor - col_offset))
        pieces = []
        for top, bottom in zip(cuts, cuts[1:]):
            fine_rows = ((first_row + top) * factor - row_offset, (first_row + bottom) * factor - row_offset)
            reach = (max(0, max(0, fine_rows[0]) - halo), min(grid.height, min(grid.height, fine_rows[1]) + halo),
                     max(0, max(0, cols[0]) - halo), min(grid.width, min(grid.width, cols[1]) + halo))
            inside = fine_rows[0] < grid.height and fine_rows[1] > 0 and cols[0] < grid.width and cols[1] > 0
            pieces.append(_Piece(
                (first_row + top, first_row + bottom), (first_col, stop_col), masked[top:bottom],
                seeds[top:bottom] if seeds is not None else None, reach,
                _overlap(reach, reach) if inside else 0))
        return pieces

    def _read_by(self, index, window, cells):
        """Count ``window``'s pixels as read for the kept pieces of ``cells`` (those its padded window
        reaches: no other piece has pixels it reads) of input ``index``; drop those read by all."""
        read = (window.row, window.row + window.height, window.col, window.col + window.width)
        with self._lock:
            alive = self._alive.get(index, {})
            for key in cells:
                pieces = alive.get(key)
                if not pieces:
                    continue
                left = []
                for piece in pieces:
                    piece.unread -= _overlap(piece.reach, read)
                    if piece.unread > 0:
                        left.append(piece)
                    else:
                        self._bytes -= piece.nbytes
                if left:
                    alive[key] = left
                else:
                    del alive[key]


def _cell_side(block):
    """A cell's side: the smallest multiple of ``block`` pixels that is at least ``CELL_MIN``, or
    ``CELL_MAX`` for blocks that large."""
    block = max(1, int(block))
    if block >= CELL_MAX:
        return CELL_MAX
    return block * -(-CELL_MIN // block)


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

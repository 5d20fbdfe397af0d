"""The block engine every raster algorithm uses.

A grid is cut into windows; a thread pool (one worker per core) runs a function on each window, so
GDAL's decoding and encoding and numpy's arithmetic, all of which release the GIL, overlap. At most a
few windows are in flight at once and GDAL's block cache is capped while the engine runs, so memory is
bounded by the window size, not by the raster size or the number of inputs. Progress is reported per
window; a cancel is noticed within one window's work and raises ``Cancelled``.
"""

import contextlib
import math
import os
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from .errors import Cancelled, RasterError
from .raster import open_raster
from .writer import OUTPUT_BLOCK, numpy_type

gdal.UseExceptions()

WINDOW_PIXELS = 1024 * 1024  # default pixels per window: a few MB per input per window
GDAL_CACHE_BYTES = 64 * 1024 * 1024  # GDAL's block cache while the engine runs


class NullProgress:
    """A progress sink that ignores reports and is never cancelled."""

    def report(self, fraction):
        pass

    def cancelled(self):
        return False


@dataclass(frozen=True)
class Window:
    """A rectangle of pixels: column and row offsets, width and height."""

    col: int
    row: int
    width: int
    height: int

    @property
    def slices(self):
        return slice(self.row, self.row + self.height), slice(self.col, self.col + self.width)

    def padded(self, halo, grid):
        """This window grown by ``halo`` pixels on each side, clipped to ``grid``, and the slices
        that cut this window back out of an array read for the padded one."""
        col, row = max(0, self.col - halo), max(0, self.row - halo)
        end_col = min(grid.width, self.col + self.width + halo)
        end_row = min(grid.height, self.row + self.height + halo)
        inner = (slice(self.row - row, self.row - row + self.height),
                 slice(self.col - col, self.col - col + self.width))
        return Window(col, row, end_col - col, end_row - row), inner


def plan_windows(grid, window_pixels=WINDOW_PIXELS):
    """Square windows of about ``window_pixels`` pixels, sides multiples of the output tile size."""
    side = max(OUTPUT_BLOCK, int(math.sqrt(window_pixels)) // OUTPUT_BLOCK * OUTPUT_BLOCK)
    return [
        Window(col, row, min(side, grid.width - col), min(side, grid.height - row))
        for row in range(0, grid.height, side)
        for col in range(0, grid.width, side)
    ]


def window_pixels_for(bytes_per_pixel, budget_bytes):
    """The window size (in pixels) that keeps ``bytes_per_pixel`` of working data within the budget."""
    return max(OUTPUT_BLOCK * OUTPUT_BLOCK, int(budget_bytes // max(1, bytes_per_pixel)))


class RasterReader:
    """Reads windows of a list of rasters; each thread gets its own GDAL handles (they are not
    thread-safe to share)."""

    def __init__(self, paths):
        self.paths = [os.fspath(path) for path in paths]
        self._local = threading.local()

    def _dataset(self, index):
        handles = getattr(self._local, "handles", None)
        if handles is None:
            handles = self._local.handles = {}
        if index not in handles:
            handles[index] = open_raster(self.paths[index])
        return handles[index]

    def read(self, index, window, band=None):
        """One band (2-D) or, with ``band=None`` on a multi-band raster, all bands (3-D)."""
        dataset = self._dataset(index)
        try:
            if band is not None:
                return dataset.GetRasterBand(band).ReadAsArray(
                    window.col, window.row, window.width, window.height)
            return dataset.ReadAsArray(window.col, window.row, window.width, window.height)
        except RuntimeError as error:
            raise RasterError(f"{self.paths[index]}: cannot read pixels ({error})") from None

    def read_unmasked(self, index, window, masked, band=1):
        """``read(index, window, band)``, decoding only the file's blocks that hold a pixel not ``masked``
        (booleans of the window's shape): the other pixels are 0. A date's blocks wholly masked by its
        SCL (clouds, the swath's edge) are then never decompressed."""
        raster_band = self._dataset(index).GetRasterBand(band)
        pieces = _block_pieces(window, *raster_band.GetBlockSize())
        needed = [piece for piece in pieces if not masked[piece].all()]
        if len(needed) == len(pieces):
            return self.read(index, window, band)
        out = np.zeros((window.height, window.width), dtype=numpy_type(raster_band.DataType))
        try:
            for rows, cols in needed:
                raster_band.ReadAsArray(window.col + cols.start, window.row + rows.start, cols.stop - cols.start,
                                        rows.stop - rows.start, buf_obj=out[rows, cols])
        except RuntimeError as error:
            raise RasterError(f"{self.paths[index]}: cannot read pixels ({error})") from None
        return out


def _block_pieces(window, block_width, block_height):
    """The parts of ``window`` in each block of a raster tiled ``block_width`` x ``block_height``: pairs of
    (row slice, column slice) relative to the window."""

    def cuts(start, length, block):
        edges = [start] + list(range((start // block + 1) * block, start + length, block)) + [start + length]
        return [slice(first - start, last - start) for first, last in zip(edges, edges[1:])]

    return [(rows, cols) for rows in cuts(window.row, window.height, block_height)
            for cols in cuts(window.col, window.width, block_width)]


_cache_lock = threading.Lock()
_cache_users = 0
_cache_before = None


@contextlib.contextmanager
def capped_gdal_cache(max_bytes=GDAL_CACHE_BYTES):
    """Cap GDAL's block cache (default 5% of RAM) while the engine streams, then restore it.

    Runs may overlap (QGIS runs algorithms as parallel tasks): the first one in saves the user's
    setting and the last one out restores it, whatever order they finish in.
    """
    global _cache_users, _cache_before
    with _cache_lock:
        if _cache_users == 0:
            _cache_before = gdal.GetCacheMax()
        _cache_users += 1
        gdal.SetCacheMax(min(_cache_before, max_bytes))
    try:
        yield
    finally:
        with _cache_lock:
            _cache_users -= 1
            if _cache_users == 0:
                gdal.SetCacheMax(_cache_before)


def run_windows(windows, work, progress=None, threads=None):
    """Run ``work(window)`` on every window with one thread per core; yield ``(window, result)`` as
    each finishes (in any order). Raises ``Cancelled`` when ``progress.cancelled()`` turns true."""
    progress = progress or NullProgress()
    windows = list(windows)
    threads = threads or os.cpu_count() or 1
    in_flight_limit = 2 * threads
    done = 0
    with capped_gdal_cache(), ThreadPoolExecutor(max_workers=threads) as pool:
        pending = {}
        queue = iter(windows)
        try:
            while True:
                while len(pending) < in_flight_limit and not progress.cancelled():
                    window = next(queue, None)
                    if window is None:
                        break
                    pending[pool.submit(work, window)] = window
                if progress.cancelled():
                    raise Cancelled("cancelled by the user")
                if not pending:
                    return
                finished, _ = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
                for future in finished:
                    window = pending.pop(future)
                    result = future.result()
                    done += 1
                    progress.report(done / len(windows))
                    yield window, result
        finally:
            for future in pending:
                future.cancel()


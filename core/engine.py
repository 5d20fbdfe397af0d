"""The block engine every raster algorithm uses.

A grid is cut into windows; one thread per core runs a function on each window of its lane (the
windows next to each other in a row run on one thread), so GDAL's decoding and encoding and numpy's
arithmetic, all of which release the GIL, overlap. At most a few windows are in flight at once and
GDAL's block cache is capped while the engine runs, so memory is bounded by the window size, not by
the raster size or the number of inputs. Progress is reported per window; a cancel is noticed within
one window's work and raises ``Cancelled``.
"""

import contextlib
import itertools
import math
import os
import queue
import threading
from collections import deque
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


def plan_windows(grid, window_pixels=WINDOW_PIXELS, block=None):
    """Windows of at most about ``window_pixels`` pixels in rows, sides multiples of the output tile size:
    squares, or with ``block`` (the inputs' block width and height) sides that are also multiples of the
    block's wherever a window is at least a block wide or high, holding no more pixels than the square. A
    block cut between two windows is decoded again by the second once the capped block cache has let it
    go: on 512 px blocks, 768² windows cost 15-20 % more CPU than 1024² or 512 x 1024 ones."""
    side = int(math.sqrt(window_pixels))
    square = max(OUTPUT_BLOCK, side // OUTPUT_BLOCK * OUTPUT_BLOCK)
    if block is None:
        width = height = square
    else:
        width_unit, height_unit = (_unit(size, side) for size in block)
        width = max(width_unit, side // width_unit * width_unit)
        height = max(height_unit, square * square // width // height_unit * height_unit)
    return [
        Window(col, row, min(width, grid.width - col), min(height, grid.height - row))
        for row in range(0, grid.height, height)
        for col in range(0, grid.width, width)
    ]


def _unit(block_side, side):
    """The step of a window side: the least common multiple of the output tile and an input block side
    when a window of ``side`` can hold it, else the output tile."""
    unit = math.lcm(OUTPUT_BLOCK, block_side)
    return unit if unit <= side else OUTPUT_BLOCK


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
            raise self._unreadable(index, error) from None

    def _unreadable(self, index, error):
        return RasterError(f"{self.paths[index]}: cannot read pixels ({error})")

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
            raise self._unreadable(index, error) from None
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


IN_FLIGHT_PER_THREAD = 2  # windows of a lane alive at once: worked on, waiting, being written (memory plans)


def window_lanes(windows, threads):
    """``windows`` dealt into ``threads`` lanes (deques), each worked through in order by one thread: lane
    t holds the t-th contiguous part of every row of windows. Neighbouring windows of a row then run on
    one thread one after the other, so an input block that both reach (an input whose blocks do not
    line up with the windows: the second tile of a target grid, an extent that cuts blocks) is decoded
    once, into that thread's GDAL handle and block cache, and not once by each thread. A row is a run
    of consecutive windows (or work items with a ``row``) that start on the same row."""
    lanes = [deque() for _ in range(threads)]
    for _, row in itertools.groupby(windows, key=lambda window: window.row):
        row = list(row)
        share, extra = divmod(len(row), threads)
        start = 0
        for lane, deal in enumerate(lanes):
            stop = start + share + (lane < extra)
            deal.extend(row[start:stop])
            start = stop
    return lanes


def run_windows(windows, work, progress=None, threads=None):
    """Run ``work(window)`` on every window with one thread per core; yield ``(window, result)`` as
    each finishes (in any order). Raises ``Cancelled`` when ``progress.cancelled()`` turns true.

    Each thread works through its lane (``window_lanes``); one that runs out takes the last window of
    the longest other lane, so no core idles while windows are left. At most ``IN_FLIGHT_PER_THREAD``
    windows per thread are alive at once: being worked on, waiting, or being consumed. Leaving the loop
    (an error, a cancel, the consumer stopping) lets the windows being worked on finish and starts no
    other."""
    progress = progress or NullProgress()
    windows = list(windows)
    if not windows:
        return
    threads = max(1, min(threads or os.cpu_count() or 1, len(windows)))
    lanes = window_lanes(windows, threads)
    lock = threading.Lock()
    stop = threading.Event()
    finished = queue.Queue()
    room = [threading.Semaphore(IN_FLIGHT_PER_THREAD) for _ in lanes]

    def next_window(lane):
        with lock:
            if stop.is_set():
                return None
            if lanes[lane]:
                return lanes[lane].popleft()
            longest = max(lanes, key=len)
            return longest.pop() if longest else None

    def run_lane(lane):
        while True:
            while not room[lane].acquire(timeout=0.25):
                if not threading.main_thread().is_alive():
                    return  # the interpreter is exiting with this run left unfinished: do not hold it up
            window = next_window(lane)
            if window is None:
                return
            try:
                finished.put((lane, window, work(window), None))
            except BaseException as error:  # handed to the consumer, which raises it
                finished.put((lane, window, None, error))
                return

    workers = [threading.Thread(target=run_lane, args=(lane,), name=f"terrascope-window-{lane}")
               for lane in range(threads)]
    done = 0
    with capped_gdal_cache():
        for worker in workers:
            worker.start()
        try:
            while done < len(windows):
                if progress.cancelled():
                    raise Cancelled("cancelled by the user")
                try:
                    lane, window, result, error = finished.get(timeout=0.25)
                except queue.Empty:
                    continue
                if error is not None:
                    raise error
                done += 1
                progress.report(done / len(windows))
                yield window, result
                room[lane].release()  # the consumer is done with it (written): the lane may start another
        finally:
            stop.set()
            for semaphore in room:
                semaphore.release(IN_FLIGHT_PER_THREAD)
            for worker in workers:
                worker.join()

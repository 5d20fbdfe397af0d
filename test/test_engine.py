"""The core block engine: window planning, the threaded window walker, the atomic writer, raster grids
and nearest-neighbour views. No QGIS."""

import os
import threading
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from osgeo import gdal, osr

from rasters import EPSG, ORIGIN, make_raster, read_raster
from terrascope_processing.core.engine import (
    GDAL_CACHE_BYTES,
    RasterReader,
    Window,
    plan_windows,
    run_windows,
    window_lanes,
)
from terrascope_processing.core.errors import Cancelled, RasterError
from terrascope_processing.core.raster import Grid, nearest_view, open_raster, require_same_grid
from terrascope_processing.core.writer import OUTPUT_BLOCK, RasterWriter

gdal.UseExceptions()


def utm_wkt(epsg=EPSG):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def grid(width, height, pixel=10.0, origin=ORIGIN, epsg=EPSG):
    return Grid(width, height, (origin[0], pixel, 0.0, origin[1], 0.0, -pixel), utm_wkt(epsg))


def random_bytes_file(path, size=4096):
    path.write_bytes(np.random.default_rng(7).integers(0, 256, size, dtype=np.uint8).tobytes())
    return str(path)


def folder_entries(folder):
    return sorted(os.listdir(folder))


# --- plan_windows and Window ------------------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(width=st.integers(1, 1500), height=st.integers(1, 1500),
       window_pixels=st.integers(1, 2_000_000))
def test_plan_windows_covers_the_grid_exactly_once(width, height, window_pixels):
    coverage = np.zeros((height, width), dtype=np.uint16)
    windows = plan_windows(grid(width, height), window_pixels)
    for window in windows:
        assert window.width > 0 and window.height > 0
        assert window.col + window.width <= width and window.row + window.height <= height
        # Windows start on output tile boundaries, so each output tile is written by one window.
        assert window.col % OUTPUT_BLOCK == 0 and window.row % OUTPUT_BLOCK == 0
        coverage[window.slices] += 1
    assert (coverage == 1).all()


def test_plan_windows_honours_the_pixel_budget():
    windows = plan_windows(grid(3000, 2000), 512 * 512)
    assert {(w.width, w.height) for w in windows[:1]} == {(512, 512)}
    assert len(windows) == 6 * 4  # ceil(3000/512) x ceil(2000/512)


def test_window_padded_inside_the_grid():
    padded, inner = Window(10, 20, 5, 6).padded(3, grid(100, 100))
    assert padded == Window(7, 17, 11, 12)
    assert inner == (slice(3, 9), slice(3, 8))


def test_window_padded_is_clipped_at_the_grid_edges():
    padded, inner = Window(0, 0, 5, 5).padded(4, grid(7, 6))
    assert padded == Window(0, 0, 7, 6)
    assert inner == (slice(0, 5), slice(0, 5))
    padded, inner = Window(4, 3, 3, 3).padded(2, grid(7, 6))
    assert padded == Window(2, 1, 5, 5)
    assert inner == (slice(2, 5), slice(2, 5))


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_window_padded_inner_slices_cut_the_window_back_out(data):
    width, height = data.draw(st.integers(1, 40)), data.draw(st.integers(1, 40))
    col, row = data.draw(st.integers(0, width - 1)), data.draw(st.integers(0, height - 1))
    window = Window(col, row, data.draw(st.integers(1, width - col)), data.draw(st.integers(1, height - row)))
    halo = data.draw(st.integers(0, 50))
    image = np.arange(width * height).reshape(height, width)
    padded, inner = window.padded(halo, grid(width, height))
    assert padded.col >= 0 and padded.row >= 0
    assert padded.col + padded.width <= width and padded.row + padded.height <= height
    np.testing.assert_array_equal(image[padded.slices][inner], image[window.slices])


# --- run_windows --------------------------------------------------------------------------------------------

class RecordingProgress:
    """Records reports; cancels once ``cancel_after`` reports have come in (never when None)."""

    def __init__(self, cancel_after=None):
        self.fractions = []
        self.cancel_after = cancel_after
        self.cancel = threading.Event()

    def report(self, fraction):
        self.fractions.append(fraction)
        if self.cancel_after is not None and len(self.fractions) >= self.cancel_after:
            self.cancel.set()

    def cancelled(self):
        return self.cancel.is_set()


def test_run_windows_yields_every_window_once_on_several_threads():
    windows = plan_windows(grid(2000, 1500), OUTPUT_BLOCK * OUTPUT_BLOCK)
    threads_used = set()

    def work(window):
        threads_used.add(threading.get_ident())
        time.sleep(0.01)
        return window.col * 100000 + window.row

    progress = RecordingProgress()
    results = list(run_windows(windows, work, progress, threads=4))
    assert sorted((w.row, w.col) for w, _ in results) == sorted((w.row, w.col) for w in windows)
    assert len(results) == len(windows)
    assert all(value == window.col * 100000 + window.row for window, value in results)
    assert len(threads_used) > 1
    assert threading.get_ident() not in threads_used
    assert progress.fractions == sorted(progress.fractions)
    assert progress.fractions[-1] == pytest.approx(1.0)
    assert len(progress.fractions) == len(windows)


def _coverage(windows, grid_):
    covered = np.zeros((grid_.height, grid_.width), dtype=int)
    for window in windows:
        covered[window.slices] += 1
    return covered


def test_plan_windows_keeps_input_blocks_whole_when_windows_are_smaller_than_the_default():
    # 877,240 px: the statistics' budget at 48 dates. Squares would be 768 px: 512 px blocks cut in two.
    area = grid(3000, 3500)
    windows = plan_windows(area, 877_240, block=(512, 512))
    inner = {(w.width, w.height) for w in windows if w.col + w.width < area.width and w.row + w.height < area.height}
    assert inner == {(512, 1024)}  # no more pixels than the square: the memory plan holds
    assert all(w.col % 512 == 0 and w.row % 512 == 0 and w.width * w.height <= 768 * 768 for w in windows)
    assert (_coverage(windows, area) == 1).all()
    assert {(w.width, w.height) for w in plan_windows(area, 877_240)} >= {(768, 768)}  # no block: squares
    assert plan_windows(area, 1 << 20, block=(512, 512)) == plan_windows(area)  # the default is whole blocks


@pytest.mark.parametrize("block, expected", [
    ((1024, 1024), (512, 512)),  # blocks wider than a window: output tiles
    ((10980, 1), (512, 512)),  # a raster stored in rows
    ((128, 128), (512, 512)),
    ((512, 256), (512, 512)),
])
def test_plan_windows_falls_back_to_output_tiles_where_a_block_does_not_fit(block, expected):
    windows = plan_windows(grid(2000, 2000), 300_000, block=block)
    assert (windows[0].width, windows[0].height) == expected
    assert (_coverage(windows, grid(2000, 2000)) == 1).all()


def test_window_lanes_deal_each_row_in_contiguous_parts():
    windows = plan_windows(grid(5 * OUTPUT_BLOCK, 3 * OUTPUT_BLOCK), OUTPUT_BLOCK * OUTPUT_BLOCK)
    lanes = window_lanes(windows, 2)
    assert [[(w.row // OUTPUT_BLOCK, w.col // OUTPUT_BLOCK) for w in lane] for lane in lanes] == [
        [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)],
        [(0, 3), (0, 4), (1, 3), (1, 4), (2, 3), (2, 4)],
    ]
    column = plan_windows(grid(OUTPUT_BLOCK, 3 * OUTPUT_BLOCK), OUTPUT_BLOCK * OUTPUT_BLOCK)
    assert [len(lane) for lane in window_lanes(column, 2)] == [3, 0]  # the second thread takes from the end


def test_run_windows_runs_neighbouring_windows_of_a_row_on_one_thread():
    # A block shared by two neighbouring windows is then decoded once, by one thread's GDAL handle.
    windows = [Window(col * 256, 0, 256, 256) for col in range(8)]
    started = threading.Barrier(2)
    ran = {}

    def work(window):
        if window.col in (0, 4 * 256):
            started.wait(5)  # both threads at work before either goes on
        ran[window.col // 256] = threading.get_ident()
        time.sleep(0.02)
        return window

    assert len(list(run_windows(windows, work, threads=2))) == 8
    assert ran[0] == ran[1] == ran[2] != ran[4] == ran[5] == ran[6]


def test_run_windows_keeps_at_most_two_windows_per_thread_alive_with_a_slow_consumer():
    # Memory plans count two windows per thread: worked on, waiting, or being written by the consumer.
    alive, peak, lock = [0], [0], threading.Lock()

    def work(window):
        with lock:
            alive[0] += 1
            peak[0] = max(peak[0], alive[0])
        time.sleep(0.002)
        return window

    for _ in run_windows([Window(col, 0, 1, 1) for col in range(30)], work, threads=2):
        time.sleep(0.02)  # writing the window's result
        with lock:
            alive[0] -= 1
    assert peak[0] <= 4


def test_a_run_left_unfinished_does_not_hold_up_the_interpreter_at_exit(tmp_path):
    import subprocess
    import sys

    import terrascope_processing

    script = tmp_path / "abandon.py"
    script.write_text(
        "import sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from terrascope_processing.core.engine import Window, run_windows\n"
        "RUN = run_windows([Window(col, 0, 1, 1) for col in range(10)], lambda window: window, threads=2)\n"
        "next(RUN)  # suspended with windows left, never closed\n")
    package_parent = os.path.dirname(os.path.dirname(terrascope_processing.__file__))
    result = subprocess.run([sys.executable, str(script), package_parent], timeout=30, capture_output=True)
    assert result.returncode == 0, result.stderr


def test_run_windows_leaves_no_core_idle_while_windows_are_left():
    # One thread's lane is slow: the other thread, done with its own, takes windows from its end.
    windows = [Window(col, 0, 1, 1) for col in range(10)]
    ran = {}

    def work(window):
        ran[window.col] = threading.get_ident()
        time.sleep(0.05 if window.col < 5 else 0.001)
        return window

    assert len(list(run_windows(windows, work, threads=2))) == 10
    assert ran[4] != ran[0]  # the last window of the slow lane ran on the other thread


def test_run_windows_raises_cancelled_midway_and_returns_promptly():
    windows = [Window(col, 0, 1, 1) for col in range(200)]
    started = []

    def work(window):
        started.append(window)
        time.sleep(0.05)
        return window

    progress = RecordingProgress(cancel_after=3)
    begin = time.monotonic()
    with pytest.raises(Cancelled):
        for _ in run_windows(windows, work, progress, threads=2):
            pass
    assert time.monotonic() - begin < 2.0
    assert len(started) < 20  # at most a few windows in flight when the cancel came
    assert max(progress.fractions) < 1.0


def test_run_windows_notices_a_cancel_while_a_window_is_still_working():
    release = threading.Event()

    def work(window):
        release.wait(5)
        return window

    progress = RecordingProgress()
    threading.Timer(0.2, progress.cancel.set).start()
    threading.Timer(0.5, release.set).start()  # the window in flight finishes; the rest never start
    begin = time.monotonic()
    with pytest.raises(Cancelled):
        list(run_windows([Window(i, 0, 1, 1) for i in range(50)], work, progress, threads=1))
    assert time.monotonic() - begin < 1.5


def test_run_windows_propagates_the_work_error():
    def work(window):
        if window.col == 3:
            raise RasterError("broken window")
        return window

    with pytest.raises(RasterError, match="broken window"):
        list(run_windows([Window(i, 0, 1, 1) for i in range(8)], work, threads=2))


@pytest.fixture
def large_gdal_cache():
    previous = gdal.GetCacheMax()
    large = 4 * GDAL_CACHE_BYTES
    gdal.SetCacheMax(large)
    yield large
    gdal.SetCacheMax(previous)


def test_gdal_cache_is_capped_during_a_run_and_restored_after(large_gdal_cache):
    seen = []
    list(run_windows([Window(i, 0, 1, 1) for i in range(4)], lambda w: seen.append(gdal.GetCacheMax())))
    assert seen and max(seen) <= GDAL_CACHE_BYTES
    assert gdal.GetCacheMax() == large_gdal_cache


def test_gdal_cache_is_restored_after_an_error_in_the_work(large_gdal_cache):
    def work(window):
        raise ValueError("boom")

    with pytest.raises(ValueError):
        list(run_windows([Window(0, 0, 1, 1)], work))
    assert gdal.GetCacheMax() == large_gdal_cache


def test_gdal_cache_is_restored_after_an_error_in_the_consumer(large_gdal_cache):
    def consume():
        for _ in run_windows([Window(i, 0, 1, 1) for i in range(10)], lambda w: w, threads=2):
            raise KeyError("consumer failed")

    with pytest.raises(KeyError):
        consume()
    assert gdal.GetCacheMax() == large_gdal_cache


def test_gdal_cache_is_restored_after_a_cancel(large_gdal_cache):
    progress = RecordingProgress(cancel_after=1)
    with pytest.raises(Cancelled):
        list(run_windows([Window(i, 0, 1, 1) for i in range(10)], lambda w: w, progress, threads=2))
    assert gdal.GetCacheMax() == large_gdal_cache


# --- RasterWriter -----------------------------------------------------------------------------------------

def test_writer_commit_puts_a_tiled_deflate_file_in_place(tmp_path):
    target = tmp_path / "out.tif"
    data = np.arange(300 * 280, dtype=np.float32).reshape(280, 300)
    with RasterWriter(target, grid(300, 280), np.float32, nodata=np.nan, descriptions=["values"]) as writer:
        for window in plan_windows(grid(300, 280), OUTPUT_BLOCK * OUTPUT_BLOCK):
            writer.write(window, data[window.slices])
        assert not target.exists()  # nothing in place before the commit
        writer.commit()
    assert folder_entries(tmp_path) == ["out.tif"]
    array, nodata, geotransform = read_raster(target)
    np.testing.assert_array_equal(array[0], data)
    assert np.isnan(nodata[0])
    assert geotransform == grid(300, 280).geotransform
    dataset = gdal.Open(str(target))
    band = dataset.GetRasterBand(1)
    assert band.GetBlockSize() == [OUTPUT_BLOCK, OUTPUT_BLOCK]
    assert band.GetDescription() == "values"
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"


def test_writer_output_gets_the_usual_file_permissions(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "out.tif"
    with RasterWriter(target, grid(4, 4), np.uint8) as writer:
        writer.write(Window(0, 0, 4, 4), np.ones((4, 4)))
        writer.commit()
    assert os.stat(target).st_mode & 0o777 == 0o666 & ~umask


def test_writer_cog(tmp_path):
    target = tmp_path / "out.tif"
    with RasterWriter(target, grid(600, 600), np.float32, nodata=np.nan, cog=True) as writer:
        writer.write(Window(0, 0, 600, 600), np.ones((600, 600)))
        writer.commit()
    assert folder_entries(tmp_path) == ["out.tif"]
    dataset = gdal.Open(str(target))
    assert dataset.GetMetadata("IMAGE_STRUCTURE").get("LAYOUT") == "COG"
    assert read_raster(target)[0].min() == 1


def test_writer_exception_inside_the_block_leaves_nothing(tmp_path):
    target = tmp_path / "out.tif"
    with pytest.raises(RuntimeError):
        with RasterWriter(target, grid(4, 4), np.float32) as writer:
            writer.write(Window(0, 0, 4, 4), np.ones((4, 4)))
            raise RuntimeError("failed half-way")
    assert folder_entries(tmp_path) == []


def test_writer_without_commit_leaves_nothing(tmp_path):
    with RasterWriter(tmp_path / "out.tif", grid(4, 4), np.float32) as writer:
        writer.write(Window(0, 0, 4, 4), np.ones((4, 4)))
    assert folder_entries(tmp_path) == []


def test_writer_abort_keeps_an_existing_file(tmp_path):
    target = tmp_path / "out.tif"
    target.write_bytes(b"an older result")
    with pytest.raises(Cancelled):
        with RasterWriter(target, grid(4, 4), np.float32):
            raise Cancelled("cancelled by the user")
    assert target.read_bytes() == b"an older result"
    assert folder_entries(tmp_path) == ["out.tif"]


def test_writer_commit_replaces_an_existing_file(tmp_path):
    target = tmp_path / "out.tif"
    target.write_bytes(b"an older result")
    with RasterWriter(target, grid(4, 4), np.uint8) as writer:
        writer.write(Window(0, 0, 4, 4), np.full((4, 4), 9))
        writer.commit()
    assert (read_raster(target)[0] == 9).all()


def test_writer_missing_folder_is_a_raster_error(tmp_path):
    target = tmp_path / "missing" / "out.tif"
    with pytest.raises(RasterError, match="does not exist") as error:
        RasterWriter(target, grid(4, 4), np.float32)
    assert str(target) in str(error.value)


def test_writer_unsupported_type_leaves_no_temporary_file(tmp_path):
    with pytest.raises(KeyError):
        RasterWriter(tmp_path / "out.tif", grid(4, 4), np.complex64)
    assert folder_entries(tmp_path) == []


# --- rasters and grids ----------------------------------------------------------------------------------

def test_open_raster_missing_file(tmp_path):
    missing = tmp_path / "nothing.tif"
    with pytest.raises(RasterError, match="no such file") as error:
        open_raster(missing)
    assert str(missing) in str(error.value)


def test_open_raster_random_bytes(tmp_path):
    path = random_bytes_file(tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V200.tif")
    with pytest.raises(RasterError) as error:
        open_raster(path)
    assert path in str(error.value)


def test_open_raster_is_read_only(tmp_path):
    path = make_raster(tmp_path / "a.tif", np.zeros((4, 4), np.uint8))
    dataset = open_raster(path)
    with pytest.raises(RuntimeError):
        dataset.GetRasterBand(1).WriteArray(np.ones((4, 4), np.uint8))
        dataset.FlushCache()


def test_grid_same_as():
    reference = grid(100, 80)
    assert reference.same_as(grid(100, 80))
    assert not reference.same_as(grid(100, 81))
    assert not reference.same_as(grid(100, 80, origin=(ORIGIN[0] + 10, ORIGIN[1])))
    assert not reference.same_as(grid(100, 80, pixel=20.0))
    assert not reference.same_as(grid(100, 80, epsg=32632))
    # A rounding difference far below a pixel is the same grid.
    assert reference.same_as(grid(100, 80, origin=(ORIGIN[0] + 1e-6, ORIGIN[1])))


def test_grid_same_as_accepts_the_same_crs_written_differently():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    other = Grid(100, 80, grid(100, 80).geotransform, srs.ExportToWkt(["FORMAT=WKT2_2018"]))
    assert other.crs_wkt != grid(100, 80).crs_wkt
    assert grid(100, 80).same_as(other)


def test_grid_of_path(tmp_path):
    path = make_raster(tmp_path / "a.tif", np.zeros((8, 6), np.uint8), pixel=20.0)
    assert Grid.of_path(path).same_as(grid(6, 8, pixel=20.0))
    assert Grid.of_path(path).bounds == (ORIGIN[0], ORIGIN[1] - 160, ORIGIN[0] + 120, ORIGIN[1])


def test_require_same_grid_names_the_odd_files(tmp_path):
    good = [make_raster(tmp_path / f"good{i}.tif", np.zeros((8, 8), np.uint8)) for i in range(3)]
    shifted = make_raster(tmp_path / "shifted.tif", np.zeros((8, 8), np.uint8),
                          origin=(ORIGIN[0] + 10, ORIGIN[1]))
    coarse = make_raster(tmp_path / "coarse.tif", np.zeros((4, 4), np.uint8), pixel=20.0)
    assert require_same_grid(good).same_as(grid(8, 8))
    with pytest.raises(RasterError) as error:
        require_same_grid(good[:2] + [shifted] + good[2:] + [coarse])
    message = str(error.value)
    assert shifted in message and coarse in message
    assert good[1] not in message and good[2] not in message
    assert "2 input(s)" in message


def test_require_same_grid_of_nothing():
    with pytest.raises(RasterError):
        require_same_grid([])


def test_nearest_view_of_20m_onto_10m_is_a_pixel_repeat(tmp_path):
    scl = np.random.default_rng(1).integers(0, 12, (15, 13), dtype=np.uint8)
    path = make_raster(tmp_path / "scl.tif", scl, pixel=20.0)
    view = nearest_view(path, grid(26, 30, pixel=10.0))
    try:
        resampled = gdal.Open(view).ReadAsArray()
    finally:
        gdal.Unlink(view)
    np.testing.assert_array_equal(resampled, np.repeat(np.repeat(scl, 2, axis=0), 2, axis=1))


def test_nearest_view_onto_part_of_the_grid(tmp_path):
    scl = np.random.default_rng(2).integers(0, 12, (10, 10), dtype=np.uint8)
    path = make_raster(tmp_path / "scl.tif", scl, pixel=20.0)
    # A 10 m grid starting one 20 m pixel in: rows/cols 1.. of the source, each repeated twice.
    target = grid(8, 6, pixel=10.0, origin=(ORIGIN[0] + 20, ORIGIN[1] - 20))
    view = nearest_view(path, target)
    try:
        resampled = gdal.Open(view).ReadAsArray()
    finally:
        gdal.Unlink(view)
    expected = np.repeat(np.repeat(scl[1:4, 1:5], 2, axis=0), 2, axis=1)
    np.testing.assert_array_equal(resampled, expected)


def test_nearest_view_onto_a_10m_grid_not_aligned_on_the_20m_pixels(tmp_path):
    scl = np.arange(100, dtype=np.uint8).reshape(10, 10)
    path = make_raster(tmp_path / "scl.tif", scl, pixel=20.0)
    # A 10 m grid starting 10 m in (e.g. a band clipped to an area of interest): target pixel i has
    # its centre at 15 + 10 i metres from the source's corner, in source pixel (15 + 10 i) // 20.
    target = grid(8, 6, pixel=10.0, origin=(ORIGIN[0] + 10, ORIGIN[1] - 10))
    view = nearest_view(path, target)
    try:
        resampled = gdal.Open(view).ReadAsArray()
    finally:
        gdal.Unlink(view)
    rows = [(15 + 10 * i) // 20 for i in range(6)]
    cols = [(15 + 10 * j) // 20 for j in range(8)]
    np.testing.assert_array_equal(resampled, scl[np.ix_(rows, cols)])


def test_nearest_view_onto_a_grid_reaching_past_the_source(tmp_path):
    scl = np.arange(1, 101, dtype=np.uint8).reshape(10, 10)
    path = make_raster(tmp_path / "scl.tif", scl, pixel=20.0)
    target = grid(8, 4, pixel=10.0, origin=(ORIGIN[0] - 40, ORIGIN[1]))  # 4 columns left of the source
    view = nearest_view(path, target)
    try:
        resampled = gdal.Open(view).ReadAsArray()
    finally:
        gdal.Unlink(view)
    assert (resampled[:, :4] == 0).all()
    np.testing.assert_array_equal(resampled[:, 4:], np.repeat(np.repeat(scl[:2, :2], 2, axis=0), 2, axis=1))


def test_nearest_view_onto_a_grid_in_another_crs(tmp_path):
    source = np.arange(40 * 40, dtype=np.int32).reshape(40, 40)
    path = make_raster(tmp_path / "values.tif", source, pixel=20.0)
    utm, geographic = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(EPSG)
    geographic.ImportFromEPSG(4326)
    geographic.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_geographic = osr.CoordinateTransformation(utm, geographic)
    to_utm = osr.CoordinateTransformation(geographic, utm)
    # A lon/lat grid well inside the source's footprint.
    west, north, _ = to_geographic.TransformPoint(ORIGIN[0] + 100, ORIGIN[1] - 100)
    east, south, _ = to_geographic.TransformPoint(ORIGIN[0] + 700, ORIGIN[1] - 700)
    width = height = 50
    step_x, step_y = (east - west) / width, (north - south) / height
    target = Grid(width, height, (west, step_x, 0.0, north, 0.0, -step_y), geographic.ExportToWkt())
    view = nearest_view(path, target)
    try:
        resampled = gdal.Open(view).ReadAsArray()
    finally:
        gdal.Unlink(view)
    assert resampled.shape == (height, width)
    # Independent reference: the source pixel under each target pixel centre, by osr.
    checked = 0
    for row in range(height):
        for col in range(width):
            x, y, _ = to_utm.TransformPoint(west + (col + 0.5) * step_x, north - (row + 0.5) * step_y)
            src_col, src_row = (x - ORIGIN[0]) / 20.0, (ORIGIN[1] - y) / 20.0
            if not (0.2 < src_col % 1 < 0.8 and 0.2 < src_row % 1 < 0.8):
                continue  # too near a source pixel edge for an exact answer
            assert resampled[row, col] == source[int(src_row), int(src_col)]
            checked += 1
    assert checked > width * height // 4


def test_nearest_view_of_a_corrupt_file_is_a_raster_error(tmp_path):
    path = random_bytes_file(tmp_path / "scl.tif")
    with pytest.raises(RasterError) as error:
        nearest_view(path, grid(4, 4))
    assert path in str(error.value)


def test_gdal_cache_is_restored_when_overlapping_runs_end_in_any_order(large_gdal_cache):
    # Two algorithms running as parallel QGIS tasks: the first to start ends first.
    first = run_windows([Window(i, 0, 1, 1) for i in range(3)], lambda w: w, threads=1)
    second = run_windows([Window(i, 0, 1, 1) for i in range(3)], lambda w: w, threads=1)
    next(first)
    next(second)
    assert gdal.GetCacheMax() <= GDAL_CACHE_BYTES
    list(first)
    assert gdal.GetCacheMax() <= GDAL_CACHE_BYTES  # the second run is still streaming
    list(second)
    assert gdal.GetCacheMax() == large_gdal_cache


def test_grid_descriptions_print_coordinates_in_full():
    first = grid(10, 10, origin=(600000.0, 5699940.0))
    second = grid(10, 10, origin=(600000.0, 5699940.5))
    assert first.describe() == "10x10 px of 10x10 over (600000, 5699840, 600100, 5699940) in EPSG:32631"
    assert second.describe() == "10x10 px of 10x10 over (600000, 5699840.5, 600100, 5699940.5) in EPSG:32631"
    fine = Grid(3, 3, (0.1, 0.1, 0.0, 51.123456789, 0.0, -0.1), utm_wkt())
    assert "51.123456789)" in fine.describe() and "e-" not in fine.describe() and "e+" not in fine.describe()


def _tiled_with_a_corrupt_block(path, values, block=16, corrupt=(1, 2)):
    """A DEFLATE GeoTIFF of ``values`` tiled ``block`` x ``block`` whose tile (row, col) ``corrupt`` cannot
    be decompressed."""
    dataset = gdal.GetDriverByName("GTiff").Create(
        path, values.shape[1], values.shape[0], 1, gdal.GDT_Byte,
        ["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}", "COMPRESS=DEFLATE"])
    dataset.SetGeoTransform((ORIGIN[0], 10.0, 0.0, ORIGIN[1], 0.0, -10.0))
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    dataset = gdal.Open(path)  # held while its band is used
    band = dataset.GetRasterBand(1)
    row, col = corrupt
    offset = int(band.GetMetadataItem(f"BLOCK_OFFSET_{col}_{row}", "TIFF"))
    size = int(band.GetMetadataItem(f"BLOCK_SIZE_{col}_{row}", "TIFF"))
    band = dataset = None
    with open(path, "r+b") as stream:
        stream.seek(offset)
        stream.write(b"\xff" * size)


@pytest.mark.parametrize("window", [Window(0, 0, 64, 48), Window(5, 7, 40, 30)])
def test_read_unmasked_decodes_only_the_blocks_with_unmasked_pixels(tmp_path, window):
    values = np.arange(64 * 48, dtype=np.uint32).reshape(48, 64).astype(np.uint8)
    path = str(tmp_path / "tiled.tif")
    _tiled_with_a_corrupt_block(path, values)  # rows 16..31, columns 32..47
    reader = RasterReader([path])
    masked = np.zeros((window.height, window.width), dtype=bool)
    with pytest.raises(RasterError, match="tiled.tif: cannot read pixels"):
        reader.read_unmasked(0, window, masked)
    masked[16 - window.row:32 - window.row, 32 - window.col:48 - window.col] = True  # the corrupt block
    read = reader.read_unmasked(0, window, masked)
    expected = values[window.slices].copy()
    expected[16 - window.row:32 - window.row, 32 - window.col:48 - window.col] = 0
    assert read.dtype == np.uint8 and np.array_equal(read, expected)
    assert not reader.read_unmasked(0, window, np.ones_like(masked)).any()

"""The window-writing loop (core.writer.write_windows): outputs of one run committed together or not at
all, cancels honoured up to the last moment, long output names, and a full disk leaving no file open or
on disk. No QGIS."""

import contextlib
import os
import resource
import signal

import numpy as np
import pytest
from osgeo import gdal

from rasters import read_raster
from terrascope_processing.core import writer as writer_module
from terrascope_processing.core.engine import Window, plan_windows
from terrascope_processing.core.errors import Cancelled, RasterError
from terrascope_processing.core.writer import RasterOutput, RasterWriter, check_outputs, write_windows
from test_engine import grid

gdal.UseExceptions()

SIDE = 512


class Flag:
    """A progress that is cancelled once ``cancel`` is set (by a patched GDAL call in the tests)."""

    def __init__(self):
        self.cancel = False

    def report(self, fraction):
        pass

    def cancelled(self):
        return self.cancel


def two_outputs(folder, cog=False):
    """A constant Float32 output (compresses to almost nothing) and a UInt16 noise output (does not
    compress): with a small file size limit, only the second fails, as a COUNT on a full disk."""
    return [RasterOutput(str(folder / "mean.tif"), grid(SIDE, SIDE), np.float32, nodata=np.nan, cog=cog),
            RasterOutput(str(folder / "count.tif"), grid(SIDE, SIDE), np.uint16, cog=cog)]


def two_arrays(window):
    noise = np.random.default_rng(window.col * 7 + window.row).integers(0, 65535, (window.height, window.width))
    return np.full((window.height, window.width), 0.5, np.float32), noise.astype(np.uint16)


def windows():
    return plan_windows(grid(SIDE, SIDE), 256 * 256)


def entries(folder):
    return sorted(os.listdir(folder))


def open_files_under(folder):
    """The files (deleted or not) under ``folder`` that this process holds open."""
    folder = os.path.realpath(folder)
    found = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target.startswith(folder):
                found.append(target)
    return found


@contextlib.contextmanager
def file_size_limit(size):
    """Writes beyond ``size`` bytes fail with EFBIG, as on a full disk (RLIMIT_FSIZE, no root needed)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_write_windows_leaves_no_window_at_work_once_it_has_failed(tmp_path):
    # The caller closes what the work reads (the series) right after: no engine thread may still read it.
    import threading
    import time

    at_work, lock = [0], threading.Lock()

    def work(window):
        with lock:
            at_work[0] += 1
        try:
            if window.col == 0:
                raise RasterError("broken window")
            time.sleep(0.3)  # the other thread's window, still at work when the first one fails
            return np.zeros((window.height, window.width), np.float32)
        finally:
            with lock:
                at_work[0] -= 1

    output = RasterOutput(str(tmp_path / "out.tif"), grid(512, 256), np.float32)
    with pytest.raises(RasterError, match="broken window"):
        write_windows([output], [Window(0, 0, 256, 256), Window(256, 0, 256, 256)], work, threads=2)
    assert at_work[0] == 0
    assert os.listdir(tmp_path) == []


def test_write_windows_commits_every_output(tmp_path):
    write_windows(two_outputs(tmp_path), windows(), two_arrays)
    assert entries(tmp_path) == ["count.tif", "mean.tif"]
    assert (read_raster(tmp_path / "mean.tif")[0] == 0.5).all()
    assert read_raster(tmp_path / "count.tif")[0].std() > 1000


# GDAL reports the failed write once more when the file is closed, from the dataset's destructor.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_disk_full_on_the_second_output_commits_neither_and_frees_the_space(tmp_path):
    (tmp_path / "mean.tif").write_bytes(b"an older result")
    with pytest.raises(RasterError, match="count.tif: cannot be written") as error:
        with file_size_limit(100_000):
            write_windows(two_outputs(tmp_path), windows(), two_arrays)
    # The exception is still held (as QGIS keeps a failed run's error): no file may stay open.
    assert error.value is not None
    assert open_files_under(tmp_path) == []
    assert entries(tmp_path) == ["mean.tif"]
    assert (tmp_path / "mean.tif").read_bytes() == b"an older result"


def test_a_move_failing_half_way_restores_the_outputs_already_moved(tmp_path):
    (tmp_path / "mean.tif").write_bytes(b"an older result")
    (tmp_path / "count.tif").mkdir()  # a folder: the output cannot be renamed onto it
    (tmp_path / "count.tif" / "keep").write_bytes(b"")
    with pytest.raises(RasterError, match="count.tif: cannot be written"):
        write_windows(two_outputs(tmp_path), windows(), two_arrays)
    assert entries(tmp_path) == ["count.tif", "mean.tif"]
    assert (tmp_path / "mean.tif").read_bytes() == b"an older result"


def test_a_move_failing_half_way_removes_new_outputs(tmp_path):
    (tmp_path / "count.tif").mkdir()
    (tmp_path / "count.tif" / "keep").write_bytes(b"")
    with pytest.raises(RasterError):
        write_windows(two_outputs(tmp_path), windows(), two_arrays)
    assert entries(tmp_path) == ["count.tif"]


def test_cancel_during_the_final_flush_commits_nothing(tmp_path, monkeypatch):
    progress = Flag()
    flush = gdal.Dataset.FlushCache

    def slow_flush(dataset):
        progress.cancel = True  # the user presses Cancel while GDAL writes the last tiles
        return flush(dataset)

    monkeypatch.setattr(gdal.Dataset, "FlushCache", slow_flush)
    (tmp_path / "mean.tif").write_bytes(b"an older result")
    with pytest.raises(Cancelled):
        write_windows(two_outputs(tmp_path), windows(), two_arrays, progress)
    assert entries(tmp_path) == ["mean.tif"]
    assert (tmp_path / "mean.tif").read_bytes() == b"an older result"


def test_cancel_during_the_cog_conversion_commits_nothing(tmp_path, monkeypatch):
    progress = Flag()
    translate = gdal.Translate
    conversions = []

    def cancelled_translate(*args, **kwargs):
        progress.cancel = True
        conversions.append(kwargs.get("format"))
        return translate(*args, **kwargs)

    monkeypatch.setattr(writer_module.gdal, "Translate", cancelled_translate)
    with pytest.raises(Cancelled):
        write_windows(two_outputs(tmp_path, cog=True), windows(), two_arrays, progress)
    assert conversions == ["COG"]  # stopped at the first output's conversion
    assert entries(tmp_path) == []


def test_cancel_during_the_last_output_of_several_commits_none(tmp_path, monkeypatch):
    progress = Flag()
    finish = RasterWriter.finish

    def finish_then_cancel(writer, progress_=None):
        finish(writer, progress_)
        if writer.path.endswith("count.tif"):
            progress.cancel = True

    monkeypatch.setattr(RasterWriter, "finish", finish_then_cancel)
    with pytest.raises(Cancelled):
        write_windows(two_outputs(tmp_path), windows(), two_arrays, progress)
    assert entries(tmp_path) == []


def test_output_names_up_to_the_file_system_limit(tmp_path):
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    name = "n" * (limit - len(".tif")) + ".tif"
    output = RasterOutput(str(tmp_path / name), grid(4, 4), np.uint8)
    write_windows([output], [Window(0, 0, 4, 4)], lambda window: np.full((4, 4), 3))
    assert entries(tmp_path) == [name]
    assert (read_raster(tmp_path / name)[0] == 3).all()


def test_temporary_files_are_short_hidden_names(tmp_path):
    seen = []

    def work(window):
        seen.extend(entries(tmp_path))
        return np.ones((4, 4))

    write_windows([RasterOutput(str(tmp_path / ("x" * 200 + ".tif")), grid(4, 4), np.uint8)],
                  [Window(0, 0, 4, 4)], work)
    assert len(seen) == 1 and seen[0].startswith(".terrascope-") and len(seen[0]) < 40


def test_none_entries_are_optional_outputs_not_asked_for(tmp_path):
    outputs = two_outputs(tmp_path)
    write_windows([outputs[0], None], windows(), two_arrays)
    assert entries(tmp_path) == ["mean.tif"]


def test_check_outputs_refuses_an_input_through_a_link_and_twice_the_same_output(tmp_path):
    source = tmp_path / "input.tif"
    source.write_bytes(b"input")
    (tmp_path / "link.tif").symlink_to(source)
    with pytest.raises(RasterError, match="would overwrite the input"):
        check_outputs([str(tmp_path / "link.tif")], [str(source)])
    with pytest.raises(RasterError, match="must be different files"):
        check_outputs([str(tmp_path / "a.tif"), str(tmp_path / "." / "a.tif")])
    check_outputs([str(tmp_path / "a.tif"), None], [str(source)])  # a new file: fine


def test_write_windows_refuses_an_input_before_writing_anything(tmp_path):
    source = tmp_path / "input.tif"
    source.write_bytes(b"input")
    calls = []
    with pytest.raises(RasterError, match="would overwrite the input"):
        write_windows([RasterOutput(str(source), grid(4, 4), np.uint8)], [Window(0, 0, 4, 4)],
                      calls.append, inputs=[str(source)])
    assert calls == [] and source.read_bytes() == b"input"


def test_plots_and_tables_take_names_up_to_the_file_system_limit(tmp_path):
    from terrascope_processing.core.plots import write_atomically

    name = "h" * (os.pathconf(tmp_path, "PC_NAME_MAX") - len(".csv")) + ".csv"
    write_atomically(str(tmp_path / name), b"bin,count\n")
    assert entries(tmp_path) == [name] and (tmp_path / name).read_bytes() == b"bin,count\n"


def test_bands_of_a_multi_band_output_are_stored_one_after_the_other(tmp_path):
    # Pixel interleaving compresses a tile again for every band written into it (periods, statistics).
    output = RasterOutput(str(tmp_path / "bands.tif"), grid(SIDE, SIDE), np.float32, bands=3, nodata=np.nan)
    write_windows([output], windows(), lambda window: np.stack(
        [np.full((window.height, window.width), band, np.float32) for band in range(3)]))
    dataset = gdal.Open(str(tmp_path / "bands.tif"))
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["INTERLEAVE"] == "BAND"
    assert [dataset.GetRasterBand(band + 1).ReadAsArray()[7, 9] for band in range(3)] == [0, 1, 2]
    dataset = None


@pytest.mark.parametrize("cog", [False, True])
def test_values_from_dns_are_stored_without_the_floating_point_predictor(tmp_path, cog):
    # Values taken from DNs repeat a few hundred numbers: DEFLATE finds the repeats as they are, and the
    # floating-point predictor would make the file about twice as large and twice as slow to write.
    rng = np.random.default_rng(3)
    dns = rng.integers(0, 251, (SIDE, SIDE))
    values = (dns * np.float32(0.004) - np.float32(0.08)).astype(np.float32)
    counts = RasterOutput(str(tmp_path / "count.tif"), grid(SIDE, SIDE), np.uint16, cog=cog)
    means = RasterOutput(str(tmp_path / "mean.tif"), grid(SIDE, SIDE), np.float32, nodata=np.nan, cog=cog)
    write_windows([means, counts], windows(), lambda window: (
        values[window.slices], dns[window.slices].astype(np.uint16)))
    structure = {name: gdal.Open(str(tmp_path / name)).GetMetadata("IMAGE_STRUCTURE") for name in ("mean.tif", "count.tif")}
    assert structure["mean.tif"].get("PREDICTOR", "1") == "1" and structure["count.tif"]["PREDICTOR"] == "2"
    assert np.array_equal(read_raster(str(tmp_path / "mean.tif"))[0][0], values)
    gdal.Translate(str(tmp_path / "predicted.tif"), str(tmp_path / "mean.tif"), creationOptions=[
        "TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=3"])
    assert os.path.getsize(tmp_path / "mean.tif") < 0.8 * os.path.getsize(tmp_path / "predicted.tif")

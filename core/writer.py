"""Writing the GeoTIFF outputs of a run window by window, atomically and all together.

``write_windows`` is the one loop every raster algorithm uses::

    outputs = [RasterOutput(output_path, grid, np.float32, nodata=np.nan),
               RasterOutput(count_path, grid, np.uint16) if count_path else None]
    write_windows(outputs, plan_windows(grid), work, progress, inputs=series.paths)

``work(window)`` returns one array per output (rows x cols, or bands x rows x cols; the array itself
when there is one output), or None to write nothing for that window. Before anything is written the
outputs are checked not to overwrite an input or each other (``check_outputs``). Each output is
written to a short hidden temporary file in its folder (``.terrascope-<random>.partial.tif``, so an
output name may be as long as the file system allows) and the outputs are moved into place together
only when every one of them is complete: a failure (disk full) or a cancel, also during the final flush
or the COG conversion, leaves no output committed, existing files of the same names untouched, and no
temporary file behind, open or on disk.

``RasterWriter`` is one such output, for code that writes outside the engine (``commit()`` when
complete; leaving its ``with`` block without a commit removes the temporary file); ``commit_together``
commits several.
"""

import contextlib
import os
import threading
import uuid
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from .errors import Cancelled, RasterError

gdal.UseExceptions()

OUTPUT_BLOCK = 256  # output tile size; engine windows are multiples of it, so each tile is written once
TEMPORARY_PREFIX = ".terrascope-"  # hidden temporary files; a random part follows

_GDAL_TYPES = {
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("int16"): gdal.GDT_Int16,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("int32"): gdal.GDT_Int32,
    np.dtype("uint32"): gdal.GDT_UInt32,
    np.dtype("float32"): gdal.GDT_Float32,
    np.dtype("float64"): gdal.GDT_Float64,
}


def gdal_type(dtype):
    """The GDAL data type for a numpy dtype."""
    return _GDAL_TYPES[np.dtype(dtype)]


def numpy_type(gdal_data_type):
    """The numpy dtype for a GDAL data type."""
    for dtype, code in _GDAL_TYPES.items():
        if code == gdal_data_type:
            return dtype
    raise RasterError(f"unsupported raster data type {gdal.GetDataTypeName(gdal_data_type)}")


def creation_options(dtype):
    """Tiled DEFLATE GeoTIFF options; the predictor suits the data; compression uses all cores.

    Bands are stored one after the other (``INTERLEAVE=BAND``): the engine writes each band of a window
    separately, and with GDAL's default pixel interleaving a tile holding every band is compressed
    again for each band written into it once the capped block cache has let it go. DEFLATE at level 1:
    level 6 shrinks the values by under 1 % more and costs about 40 % more encoding, which bounds every
    algorithm that writes several bands (statistics, periods). Float values get no predictor: they all
    come from DNs (a few hundred distinct values, repeated), which DEFLATE finds as they are, whereas the
    floating-point predictor turns the repeats into noise: twice the encoding and files about twice as
    large on every series measured. Integers (counts, classes) are differenced horizontally.
    """
    predictor = 2 if _differenced(dtype) else 1
    return [
        "TILED=YES", f"BLOCKXSIZE={OUTPUT_BLOCK}", f"BLOCKYSIZE={OUTPUT_BLOCK}", "INTERLEAVE=BAND",
        "COMPRESS=DEFLATE", "ZLEVEL=1", f"PREDICTOR={predictor}", "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS",
    ]


def _differenced(dtype):
    """True when values of ``dtype`` are stored horizontally differenced (integers), not as they are."""
    return np.dtype(dtype).kind != "f"


def temporary_path(folder, suffix=".partial.tif"):
    """A new hidden file name in ``folder`` whose length does not depend on the output's name."""
    return os.path.join(folder, f"{TEMPORARY_PREFIX}{uuid.uuid4().hex[:12]}{suffix}")


def same_file(first, second):
    """True when the two paths are one file (through links too; by real path when one is missing)."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.realpath(first) == os.path.realpath(second)


def check_outputs(outputs, inputs=()):
    """Refuse outputs that would overwrite an input or each other (``RasterError`` naming them)."""
    outputs = [os.fspath(path) for path in outputs if path]
    for output in outputs:
        for path in inputs:
            if path and os.path.exists(output) and same_file(output, path):
                raise RasterError(f"{output}: the output would overwrite the input {path}; choose another file")
    if len({os.path.realpath(path) for path in outputs}) != len(outputs):
        raise RasterError(f"the outputs must be different files: {'; '.join(outputs)}")


def _quietly(function, *args):
    """Call a GDAL ``function``; return None, or the error message when it fails. The exception is
    dropped here: its traceback holds the GDAL object, which must not outlive the writer's handle."""
    try:
        with _quiet_gdal_errors():
            function(*args)
    except RuntimeError as error:
        return str(error).strip() or "unknown error"
    return None


def _cancelled(progress):
    return progress is not None and progress.cancelled()


@contextlib.contextmanager
def _quiet_gdal_errors():
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


class RasterWriter:
    """A GeoTIFF on ``grid`` with ``bands`` bands of ``dtype``, written by windows from any thread.

    Use as a context manager and call ``commit()`` when complete; leaving the block without a
    commit (an exception, a cancel) removes the temporary file. ``nodata`` is one value for every band
    or a sequence with one per band (None: not declared); ``scales``, optional, a ``(scale, offset)``
    per band to tag on the bands (e.g. to keep a DN raster's scaling).
    """

    def __init__(self, path, grid, dtype, bands=1, nodata=None, descriptions=(), metadata=None, cog=False,
                 scales=()):
        self.path = os.fspath(path)
        self.dtype = np.dtype(dtype)
        self.cog = cog
        folder = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(folder):
            raise RasterError(f"{self.path}: the output folder {folder} does not exist")
        data_type = gdal_type(self.dtype)
        # A name GDAL creates itself, so the file gets the user's usual permissions (a mkstemp file is
        # 0600, and the rename would carry that onto the output).
        self._temporary = temporary_path(folder)
        self._lock = threading.Lock()
        self._dataset = None
        failure = None
        try:
            self._dataset = gdal.GetDriverByName("GTiff").Create(
                self._temporary, grid.width, grid.height, bands, data_type,
                options=creation_options(self.dtype))
            self._dataset.SetGeoTransform(grid.geotransform)
            self._dataset.SetProjection(grid.crs_wkt)
            per_band = list(nodata) if isinstance(nodata, (list, tuple)) else [nodata] * bands
            for index in range(bands):
                band = self._dataset.GetRasterBand(index + 1)
                if index < len(per_band) and per_band[index] is not None:
                    band.SetNoDataValue(float(per_band[index]))
                if index < len(descriptions) and descriptions[index]:
                    band.SetDescription(descriptions[index])
                if index < len(scales) and scales[index] is not None:
                    scale, offset = scales[index]
                    if scale is not None:
                        band.SetScale(float(scale))
                    if offset is not None:
                        band.SetOffset(float(offset))
                band = None
            if metadata:
                self._dataset.SetMetadata({key: str(value) for key, value in metadata.items()})
        except RuntimeError as error:
            failure = str(error)
        if failure:  # raised outside the except block, so that no traceback holds the dataset
            self.abort()
            raise RasterError(f"{self.path}: cannot be created ({failure})")

    def write(self, window, data):
        """Write ``data`` (rows x cols, or bands x rows x cols) at ``window``; safe from any thread."""
        data = np.asarray(data, dtype=self.dtype)
        if data.ndim == 2:
            data = data[np.newaxis]
        with self._lock:
            for index, plane in enumerate(data):
                failure = _quietly(self._dataset.GetRasterBand(index + 1).WriteArray, plane, window.col, window.row)
                if failure:
                    self._fail(failure)

    def finish(self, progress=None):
        """Complete the temporary file (flush, close, COG conversion) without moving it into place.

        ``progress.cancelled()`` is asked after the flush and during the COG conversion: a cancel then
        raises ``Cancelled`` and removes the temporary file, as any failure does (``RasterError``).
        """
        with self._lock:
            failure = _quietly(self._dataset.FlushCache)
            failure = self._close() or failure
            if failure:
                self._fail(failure)
            if _cancelled(progress):
                self._cancel()
            if self.cog:
                self._convert_to_cog(progress)

    def commit(self, progress=None):
        """Finish the file and move it into place (one output; ``commit_together`` for several)."""
        commit_together([self], progress)

    def _close(self):
        """Close the dataset (GDAL writes what is left); the error message when that fails."""
        dataset, self._dataset = self._dataset, None
        if dataset is None:
            return None
        gdal.ErrorReset()
        with _quiet_gdal_errors():
            del dataset  # GDAL writes what is left and closes the file
        if gdal.GetLastErrorType() >= gdal.CE_Failure:
            return gdal.GetLastErrorMsg() or "the file could not be closed"
        return None

    def _convert_to_cog(self, progress):
        cog_path = temporary_path(os.path.dirname(self._temporary), ".cog.tif")
        failure = None
        try:
            failure = _quietly(lambda: gdal.Translate(
                cog_path, self._temporary, format="COG", creationOptions=[
                    "COMPRESS=DEFLATE", "LEVEL=1", f"PREDICTOR={'YES' if _differenced(self.dtype) else 'NO'}",
                    "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"],
                callback=lambda *_: 0 if _cancelled(progress) else 1))
            if _cancelled(progress):  # GDAL stops without an error when the callback says so
                self._cancel()
            if failure:
                self._fail(failure)
            os.replace(cog_path, self._temporary)
        finally:
            if os.path.exists(cog_path):
                os.remove(cog_path)

    def _fail(self, message):
        self._discard()
        raise RasterError(f"{self.path}: cannot be written ({message})")

    def _cancel(self):
        self._discard()
        raise Cancelled("cancelled by the user")

    def abort(self):
        """Drop the temporary file; the destination is left as it was."""
        with self._lock:
            self._discard()

    def _discard(self):
        self._close()
        for path in (self._temporary, self._temporary + ".aux.xml"):
            if os.path.exists(path):
                os.remove(path)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.abort()  # after a commit the temporary file is gone, so this removes nothing
        return False


def commit_together(writers, progress=None):
    """Finish every writer, then move all their files into place: all of them or, on a failure or a
    cancel (also during the flush or the COG conversion), none, with any file they would have replaced
    restored. Raises ``RasterError`` or ``Cancelled``; the temporary files are removed either way."""
    try:
        for writer in writers:
            writer.finish(progress)
        if _cancelled(progress):
            raise Cancelled("cancelled by the user")
        _move_into_place(writers)
    finally:
        for writer in writers:
            writer.abort()


def _move_into_place(writers):
    backups = []  # (destination, hard link to the file it replaced, or None)
    try:
        for writer in writers:
            backup = None
            if os.path.isfile(writer.path):
                backup = temporary_path(os.path.dirname(os.path.abspath(writer.path)), ".previous")
                try:
                    os.link(writer.path, backup)
                except OSError:  # a file system without hard links: no undo for this one
                    backup = None
            backups.append((writer.path, backup))
            failure = _replace(writer._temporary, writer.path)
            if failure:
                raise RasterError(f"{writer.path}: cannot be written ({failure})")
    except BaseException:
        for destination, backup in backups[:-1]:
            if backup:
                os.replace(backup, destination)
            elif os.path.exists(destination):
                os.remove(destination)
        raise
    finally:
        for _, backup in backups:
            if backup and os.path.exists(backup):
                os.remove(backup)


def _replace(source, destination):
    try:
        os.replace(source, destination)
    except OSError as error:
        return error.strerror or str(error)
    return None


@dataclass(frozen=True)
class RasterOutput:
    """One output of ``write_windows``: the ``RasterWriter`` arguments."""

    path: str
    grid: object
    dtype: object
    bands: int = 1
    nodata: object = None
    descriptions: tuple = ()
    metadata: dict = field(default=None, hash=False)
    cog: bool = False
    scales: tuple = ()

    def writer(self):
        return RasterWriter(self.path, self.grid, self.dtype, bands=self.bands, nodata=self.nodata,
                            descriptions=self.descriptions, metadata=self.metadata, cog=self.cog,
                            scales=self.scales)


def write_windows(outputs, windows, work, progress=None, threads=None, inputs=()):
    """Write ``work(window)`` for every window of ``windows`` into ``outputs`` and commit them together.

    ``outputs``: ``RasterOutput``s; a None entry is an optional output not asked for (its array in
    ``work``'s result is skipped). ``work(window)`` runs on the engine's threads (``engine.run_windows``)
    and returns one array per entry of ``outputs`` (the array itself for a single output), or None to
    write nothing. ``inputs``: the files the outputs must not overwrite. ``progress`` follows the
    engine's protocol; a cancel at any point raises ``Cancelled``. Nothing is committed unless all
    outputs are complete.
    """
    from .engine import run_windows  # the engine imports this module's OUTPUT_BLOCK

    check_outputs([output.path for output in outputs if output is not None], inputs)
    with contextlib.ExitStack() as stack:
        writers = [stack.enter_context(output.writer()) if output is not None else None for output in outputs]
        single = len(writers) == 1
        for window, arrays in run_windows(windows, work, progress, threads=threads):
            if arrays is None:
                continue
            for writer, array in zip(writers, [arrays] if single else arrays):
                if writer is not None:
                    writer.write(window, array)
        commit_together([writer for writer in writers if writer is not None], progress)

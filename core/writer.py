"""Writing a tiled, compressed GeoTIFF block by block, atomically.

The raster is written to a hidden temporary file in the destination folder and renamed over the
destination only by ``commit()``: a failure or a cancel leaves no partial output and never destroys an
existing file of the same name.
"""

import os
import threading
import uuid

import numpy as np
from osgeo import gdal

from .errors import RasterError

gdal.UseExceptions()

OUTPUT_BLOCK = 256  # output tile size; engine windows are multiples of it, so each tile is written once

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
    """Tiled DEFLATE GeoTIFF options; the predictor suits the data type; compression uses all cores."""
    predictor = "3" if np.dtype(dtype).kind == "f" else "2"
    return [
        "TILED=YES", f"BLOCKXSIZE={OUTPUT_BLOCK}", f"BLOCKYSIZE={OUTPUT_BLOCK}",
        "COMPRESS=DEFLATE", f"PREDICTOR={predictor}", "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS",
    ]


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
        # A unique name that GDAL creates itself, so the file gets the user's usual permissions (a
        # mkstemp file is 0600, and the rename would carry that onto the output).
        self._temporary = os.path.join(
            folder, f".{os.path.basename(self.path)}.{uuid.uuid4().hex}.partial.tif")
        self._lock = threading.Lock()
        self._dataset = None
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
            if metadata:
                self._dataset.SetMetadata({key: str(value) for key, value in metadata.items()})
        except RuntimeError as error:
            self.abort()
            raise RasterError(f"{self.path}: cannot be created ({error})") from None

    def write(self, window, data):
        """Write ``data`` (rows x cols, or bands x rows x cols) at ``window``; safe from any thread."""
        data = np.asarray(data, dtype=self.dtype)
        if data.ndim == 2:
            data = data[np.newaxis]
        with self._lock:
            for index, plane in enumerate(data):
                self._dataset.GetRasterBand(index + 1).WriteArray(plane, window.col, window.row)

    def commit(self):
        """Finish the file and move it into place."""
        with self._lock:
            dataset, self._dataset = self._dataset, None
            try:
                dataset.FlushCache()
                dataset = None
                if self.cog:
                    self._convert_to_cog()
                os.replace(self._temporary, self.path)
            except (RuntimeError, OSError) as error:
                dataset = None
                self._remove_temporary()
                raise RasterError(f"{self.path}: cannot be written ({error})") from None

    def _convert_to_cog(self):
        cog_path = self._temporary[: -len(".tif")] + ".cog.tif"
        predictor = "YES" if self.dtype.kind != "f" else "FLOATING_POINT"
        try:
            gdal.Translate(cog_path, self._temporary, format="COG", creationOptions=[
                "COMPRESS=DEFLATE", f"PREDICTOR={predictor}", "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"])
            os.replace(cog_path, self._temporary)
        finally:
            if os.path.exists(cog_path):
                os.remove(cog_path)

    def abort(self):
        """Drop the temporary file; the destination is left as it was."""
        with self._lock:
            self._dataset = None
            self._remove_temporary()

    def _remove_temporary(self):
        for path in (self._temporary, self._temporary + ".aux.xml"):
            if os.path.exists(path):
                os.remove(path)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self._dataset is not None:
            self.abort()
        return False

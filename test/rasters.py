"""Small GeoTIFFs with exactly known values, made in code for the tests."""

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

_GDAL_TYPES = {
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("int16"): gdal.GDT_Int16,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("int32"): gdal.GDT_Int32,
    np.dtype("float32"): gdal.GDT_Float32,
    np.dtype("float64"): gdal.GDT_Float64,
}

ORIGIN = (600000.0, 5700000.0)  # a corner inside UTM zone 31N, where tile 31UFS lies
EPSG = 32631


def make_raster(path, data, nodata=None, pixel=10.0, origin=ORIGIN, epsg=EPSG, tiled=True, metadata=None):
    """Write ``data`` (2-D, or 3-D as bands x rows x cols) as a GeoTIFF; returns ``str(path)``."""
    data = np.asarray(data)
    bands = data[np.newaxis] if data.ndim == 2 else data
    count, rows, cols = bands.shape
    options = ["TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16", "COMPRESS=DEFLATE"] if tiled else []
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), cols, rows, count, _GDAL_TYPES[bands.dtype], options=options
    )
    dataset.SetGeoTransform((origin[0], pixel, 0.0, origin[1], 0.0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    for index in range(count):
        band = dataset.GetRasterBand(index + 1)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        band.WriteArray(bands[index])
    if metadata:
        dataset.SetMetadata(metadata)
    dataset = None
    return str(path)


def read_raster(path):
    """All bands of a raster as a 3-D array, with its nodata values and geotransform."""
    dataset = gdal.Open(str(path))
    array = dataset.ReadAsArray()
    if array.ndim == 2:
        array = array[np.newaxis]
    nodata = [dataset.GetRasterBand(i + 1).GetNoDataValue() for i in range(dataset.RasterCount)]
    return array, nodata, dataset.GetGeoTransform()

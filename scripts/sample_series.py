"""Generate a Terrascope-like NDVI time series in the archive layout, block by block.

Each date is a product folder ``NDVI_V2/YYYY/MM/DD/S2A_<time>_31UFS_NDVI_V210/10M/`` holding the
10 m NDVI (uint8 DN, nodata 255) and the native 20 m scene classification, with clouds (SCL 8 and 9),
their shadows (SCL 3), thin cirrus (SCL 10) and a no-data swath edge (SCL 0, DN 255). Fields of
vegetation green up and brown down over the season. Written in strips, so full 10980 x 10980 tiles
need little memory.
"""

import os
from datetime import datetime, timedelta

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

TILE = "31UFS"
ORIGIN = (600000.0, 5700000.0)  # the upper-left corner of tile 31UFS, UTM zone 31N
EPSG = 32631
FIRST_DATE = datetime(2023, 4, 2, 10, 50, 21)
REVISIT = timedelta(days=5)
CREATION = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "PREDICTOR=2"]
STRIP = 512  # rows written at a time


def _smooth_field(rng, shape, cells):
    """A smooth random field in [0, 1]: bilinear interpolation of a coarse random grid."""
    coarse = rng.random((cells + 2, cells + 2))
    rows, cols = shape

    def sample(row_start, row_count):
        y = (np.arange(row_start, row_start + row_count) + 0.5) / rows * cells
        x = (np.arange(cols) + 0.5) / cols * cells
        y0, x0 = y.astype(int), x.astype(int)
        fy, fx = (y - y0)[:, None], (x - x0)[None, :]
        c = coarse
        top = c[y0][:, x0] * (1 - fx) + c[y0][:, x0 + 1] * fx
        bottom = c[y0 + 1][:, x0] * (1 - fx) + c[y0 + 1][:, x0 + 1] * fx
        return top * (1 - fy) + bottom * fy

    return sample


def _create(path, size, pixel, data_type, nodata):
    dataset = gdal.GetDriverByName("GTiff").Create(path, size, size, 1, data_type, options=CREATION)
    dataset.SetGeoTransform((ORIGIN[0], pixel, 0.0, ORIGIN[1], 0.0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    dataset.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        dataset.GetRasterBand(1).SetNoDataValue(nodata)
    return dataset


def write_date(folder, index, dates, size, seed=0):
    """Write date ``index`` of ``dates``: NDVI (``size`` px at 10 m) and 20 m SCL; returns the NDVI path."""
    when = FIRST_DATE + index * REVISIT
    stamp = when.strftime("%Y%m%dT%H%M%S")
    product = f"S2A_{stamp}_{TILE}_NDVI_V210"
    target = os.path.join(folder, "NDVI_V2", when.strftime("%Y/%m/%d"), product, "10M")
    os.makedirs(target, exist_ok=True)
    ndvi_path = os.path.join(target, f"S2A_{stamp}_{TILE}_NDVI_10M_V210.tif")
    scl_path = os.path.join(target, f"S2A_{stamp}_{TILE}_SCENECLASSIFICATION_20M_V210.tif")
    scl_size = (size + 1) // 2

    landscape = np.random.default_rng(seed)  # the same fields on every date
    fields = _smooth_field(landscape, (size, size), 24)
    vigour = _smooth_field(landscape, (size, size), 6)
    weather = np.random.default_rng(seed * 1000 + index + 1)
    clouds = _smooth_field(weather, (scl_size, scl_size), 10)
    cirrus = _smooth_field(weather, (scl_size, scl_size), 4)
    cloudiness = 0.35 + 0.35 * weather.random()  # share of the tile under cloud varies by date
    season = 0.3 + 0.7 * np.sin(np.pi * (index + 0.5) / dates)  # green-up then senescence
    shadow_shift = max(1, scl_size // 40)  # shadows fall south-east of their clouds
    swath_edge = int(scl_size * (0.15 if index % 3 == 0 else 0.0))  # some dates miss the west edge

    ndvi = _create(ndvi_path, size, 10.0, gdal.GDT_Byte, 255)
    scl = _create(scl_path, scl_size, 20.0, gdal.GDT_Byte, None)
    for scl_row in range(0, scl_size, STRIP // 2):
        rows = min(STRIP // 2, scl_size - scl_row)
        halo = min(shadow_shift, scl_row)
        cloud_field = clouds(scl_row - halo, rows + halo)
        cloud = cloud_field > 1 - cloudiness * 0.6
        shadow = np.zeros_like(cloud)
        shadow[shadow_shift:, shadow_shift:] = cloud[:-shadow_shift, :-shadow_shift]
        cloud, shadow = cloud[halo:], shadow[halo:] & ~cloud[halo:]
        row = scl_row * 2
        nrows = min(2 * rows, size - row)
        field = np.floor(fields(row, nrows) * 6) / 5  # parcels of even vigour
        green = 0.25 + 0.6 * season * field * (0.5 + 0.5 * vigour(row, nrows))
        classes = np.full((rows, scl_size), 5, dtype=np.uint8)
        classes[: (nrows + 1) // 2, : (size + 1) // 2][green[::2, ::2] > 0.45] = 4
        classes[cirrus(scl_row, rows) > 0.8] = 10
        classes[shadow] = 3
        classes[cloud & (cloud_field[halo:] > 1 - cloudiness * 0.3)] = 9
        classes[cloud & (classes != 9)] = 8
        classes[:, :swath_edge] = 0
        scl.GetRasterBand(1).WriteArray(classes, 0, scl_row)

        dn = np.clip(np.round((green + 0.08) * 250), 0, 250).astype(np.uint8)
        fine = np.repeat(np.repeat(classes, 2, axis=0), 2, axis=1)[:nrows, :size]
        dn[(fine == 8) | (fine == 9)] = 30  # clouds look like bare ground to NDVI
        dn[fine == 3] = np.minimum(dn[fine == 3], 60)
        dn[fine == 0] = 255
        ndvi.GetRasterBand(1).WriteArray(dn, 0, row)
    ndvi = scl = None
    return ndvi_path


def write_series(folder, dates=12, size=1098, seed=0):
    """Write ``dates`` dates of one tile; returns the NDVI paths in time order."""
    return [write_date(folder, index, dates, size, seed) for index in range(dates)]

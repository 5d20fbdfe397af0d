"""Generate a Terrascope-like NDVI time series in the archive layout, block by block.

Each date is a product folder ``NDVI_V2/YYYY/MM/DD/S2A_<time>_31UFS_NDVI_V210/10M/`` holding the
10 m NDVI (uint8 DN, nodata 255, tiled DEFLATE) and the native 20 m scene classification, with clouds
(SCL 8 and 9), their shadows (SCL 3), thin cirrus (SCL 10) and, on some dates, a no-data swath edge
(SCL 0, DN 255). Parcels green up and brown down over the season, with a per-pixel texture so the files
compress like real ones. Written in strips: full 10980 x 10980 tiles need little memory.
"""

import os
from datetime import datetime, timedelta

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

TILE = "31UFS"
ORIGIN = (600000.0, 5700000.0)  # the upper-left corner of tile 31UFS, UTM zone 31N
NEIGHBOUR = ("31UGS", (699960.0, 5700000.0))  # the next tile east: 9.84 km (984 px) of overlap
EPSG = 32631
FIRST_DATE = datetime(2023, 4, 2, 10, 50, 21)
REVISIT = timedelta(days=5)
CREATION = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "PREDICTOR=2"]
STRIP = 512  # 10 m rows written at a time


def _smooth(rng, cells):
    """A smooth random field in [0, 1] over the unit square: bilinear interpolation of a coarse grid."""
    coarse = rng.random((cells + 2, cells + 2))

    def sample(y, x):  # y, x: 1-D coordinates in [0, 1)
        fy, fx = y * cells, x * cells
        y0, x0 = fy.astype(int), fx.astype(int)
        wy, wx = (fy - y0)[:, None], (fx - x0)[None, :]
        top = coarse[y0][:, x0] * (1 - wx) + coarse[y0][:, x0 + 1] * wx
        bottom = coarse[y0 + 1][:, x0] * (1 - wx) + coarse[y0 + 1][:, x0 + 1] * wx
        return top * (1 - wy) + bottom * wy

    return sample


def _create(path, size, pixel, nodata, origin=ORIGIN):
    dataset = gdal.GetDriverByName("GTiff").Create(path, size, size, 1, gdal.GDT_Byte, options=CREATION)
    dataset.SetGeoTransform((origin[0], pixel, 0.0, origin[1], 0.0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    dataset.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        dataset.GetRasterBand(1).SetNoDataValue(nodata)
    return dataset


def date_paths(root, index, tile=TILE):
    """The NDVI and SCL paths of date ``index`` of a series of ``tile`` under ``root``."""
    when = FIRST_DATE + index * REVISIT
    stamp = when.strftime("%Y%m%dT%H%M%S")
    folder = os.path.join(root, "NDVI_V2", when.strftime("%Y/%m/%d"), f"S2A_{stamp}_{tile}_NDVI_V210", "10M")
    return (os.path.join(folder, f"S2A_{stamp}_{tile}_NDVI_10M_V210.tif"),
            os.path.join(folder, f"S2A_{stamp}_{tile}_SCENECLASSIFICATION_20M_V210.tif"))


def write_date(root, index, dates, size, texture=4.0, tile=TILE, origin=ORIGIN):
    """Write date ``index`` of ``dates`` of ``tile`` (upper-left corner ``origin``): NDVI (``size`` px at
    10 m) and its 20 m SCL.

    ``texture`` is the standard deviation, in DN, of the per-pixel noise. Returns (NDVI, SCL) paths.
    """
    ndvi_path, scl_path = date_paths(root, index, tile)
    os.makedirs(os.path.dirname(ndvi_path), exist_ok=True)
    scl_size = (size + 1) // 2

    land = np.random.default_rng(0)  # the same parcels on every date
    parcels, vigour = _smooth(land, max(24, size // 180)), _smooth(land, 8)
    weather = np.random.default_rng(1000 + index)
    clouds, cirrus = _smooth(weather, 12), _smooth(weather, 5)
    noise = np.random.default_rng(2000 + index)
    cloudiness = 0.25 + 0.4 * weather.random()
    season = 0.3 + 0.7 * np.sin(np.pi * (index + 0.5) / dates)  # green-up, then senescence
    shift = max(1, scl_size // 60)  # shadows fall south-east of their clouds
    edge = int(scl_size * 0.2) if index % 3 == 0 else 0  # some dates miss the west of the tile

    ndvi = _create(ndvi_path, size, 10.0, 255, origin)
    scl = _create(scl_path, scl_size, 20.0, None, origin)
    x_fine = (np.arange(size) + 0.5) / size
    x_coarse = (np.arange(scl_size) + 0.5) / scl_size
    for row in range(0, size, STRIP):
        rows = min(STRIP, size - row)
        coarse_row, coarse_rows = row // 2, (rows + 1) // 2
        halo = min(shift, coarse_row)
        y_coarse = (np.arange(coarse_row - halo, coarse_row + coarse_rows) + 0.5) / scl_size
        cloud_field = clouds(y_coarse, x_coarse)
        cloud = cloud_field > 1 - cloudiness * 0.5
        shadow = np.zeros_like(cloud)
        shadow[shift:, shift:] = cloud[:-shift, :-shift]
        cloud, shadow, cloud_field = cloud[halo:], shadow[halo:] & ~cloud[halo:], cloud_field[halo:]
        classes = np.full((coarse_rows, scl_size), 4, dtype=np.uint8)
        y_fine = (np.arange(row, row + rows) + 0.5) / size
        field = np.floor(parcels(y_fine, x_fine) * 7) / 6  # parcels of even vigour
        green = 0.2 + 0.65 * season * field * (0.4 + 0.6 * vigour(y_fine, x_fine))
        classes[green[::2, ::2] < 0.35] = 5
        classes[cirrus(y_coarse[halo:], x_coarse) > 0.8] = 10
        classes[shadow] = 3
        classes[cloud] = 8
        classes[cloud & (cloud_field > 1 - cloudiness * 0.25)] = 9
        classes[:, :edge] = 0
        scl.GetRasterBand(1).WriteArray(classes, 0, coarse_row)

        dn = (green + 0.08) * 250 + noise.normal(0, texture, green.shape)
        fine = np.repeat(np.repeat(classes, 2, axis=0), 2, axis=1)[:rows, :size]
        cloudy = (fine == 8) | (fine == 9)
        dn[cloudy] = 25 + noise.normal(0, texture, int(cloudy.sum()))  # clouds look like bare ground
        dn[fine == 3] = np.minimum(dn[fine == 3], 60)  # and shadows darken
        dn = np.clip(np.round(dn), 0, 250).astype(np.uint8)
        dn[fine == 0] = 255
        ndvi.GetRasterBand(1).WriteArray(dn, 0, row)
    ndvi = scl = None
    return ndvi_path, scl_path


def write_series(root, dates=12, size=1098, texture=4.0):
    """Write ``dates`` dates of one tile under ``root``; returns the NDVI paths in time order."""
    return [write_date(root, index, dates, size, texture)[0] for index in range(dates)]

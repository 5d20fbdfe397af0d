"""A small NDVI series whose time series at a few places are worked out by hand (for the core and the
algorithm tests of the time series).

Grid: 300 rows x 8 columns of 10 m from (600000, 5700000), EPSG:32631, so that the engine's 256-row
windows split it between rows 255 and 256. Two dates:

- 2023-04-02: DN = (row + col) % 200, except DN 255 (nodata) at row 10, col 1;
- 2023-04-07: DN 100 everywhere; its 20 m SCL is 4 (vegetation) except 9 (cloud, high probability) on
  SCL cell (127, 1), which covers rows 254-255, cols 2-3.

Physical NDVI = DN / 250 - 0.08.
"""

from datetime import datetime, timezone

import numpy as np
from osgeo import osr

from rasters import make_raster

ROWS, COLS = 300, 8
X0, Y0 = 600000.0, 5700000.0
DATES = (datetime(2023, 4, 2, 10, 50, 21, tzinfo=timezone.utc), datetime(2023, 4, 7, 10, 50, 21, tzinfo=timezone.utc))


def ndvi(dn):
    return dn / 250 - 0.08


def write_dates(folder):
    """The two products (with their SCL); returns their paths in time order."""
    first = np.add.outer(np.arange(ROWS), np.arange(COLS)) % 200
    first = first.astype(np.uint8)
    first[10, 1] = 255
    second = np.full((ROWS, COLS), 100, dtype=np.uint8)
    scl_first = np.full((ROWS // 2, COLS // 2), 4, dtype=np.uint8)
    scl_second = scl_first.copy()
    scl_second[127, 1] = 9
    paths = []
    for when, dn, scl in ((DATES[0], first, scl_first), (DATES[1], second, scl_second)):
        stamp = when.strftime("%Y%m%dT%H%M%S")
        paths.append(make_raster(folder / f"S2A_{stamp}_31UFS_NDVI_10M_V210.tif", dn, nodata=255))
        make_raster(folder / f"S2A_{stamp}_31UFS_SCENECLASSIFICATION_20M_V210.tif", scl, pixel=20.0)
    return paths


def centre(row, col):
    """The UTM coordinates of a pixel's centre."""
    return X0 + 10 * col + 5, Y0 - 10 * row - 5


def rectangle(col0, col1, row0, row1):
    """WKT of a rectangle holding the centres of cols col0..col1 and rows row0..row1 and no other centre."""
    xmin, xmax = X0 + 10 * col0 + 1, X0 + 10 * (col1 + 1) - 1
    ymax, ymin = Y0 - 10 * row0 - 1, Y0 - 10 * (row1 + 1) + 1
    return f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))"


def lon_lat(x, y):
    """(lon, lat) of UTM 31N coordinates, by PROJ."""
    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32631)
    wgs84.ImportFromEPSG(4326)
    for reference in (utm, wgs84):
        reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(utm, wgs84).TransformPoint(x, y)
    return lon, lat


# Hand-worked expectations: feature -> [(mean on date 1, valid, pixels), (mean on date 2, valid, pixels)].
# The polygon across the window edge holds rows 254-257 x cols 2-4: on date 1 its DNs (row + col) are
# 256..261 % 200 = 56 57 58 / 57 58 59 / 58 59 60 / 59 60 61, mean 58.5; on date 2 the cloud removes
# rows 254-255 x cols 2-3 (4 pixels), leaving 8 pixels of DN 100.
EXPECTED = {
    "point": [(ndvi(5 + 3), 1, 1), (ndvi(100), 1, 1)],  # pixel row 5, col 3
    "nodata point": [(None, 0, 1), (ndvi(100), 1, 1)],  # row 10, col 1: DN 255 on date 1
    "edge polygon": [(ndvi(58.5), 12, 12), (ndvi(100), 8, 12)],
    "wgs84 point": [(ndvi(5 + 3), 1, 1), (ndvi(100), 1, 1)],  # the first point in EPSG:4326
    "outside": [(None, 0, 0), (None, 0, 0)],
}

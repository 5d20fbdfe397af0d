"""A small archive of random NDVI products on two tiles for the cluster runner's tests: true Terrascope
names, the archive's folder layout, a 20 m SCL beside each product, known arrays."""

import os

import numpy as np

from archive import TILES
from rasters import make_raster
from series_data import product_name, random_dn, random_scl

SHAPE = (300, 280)  # two task windows of 256 px each way with --window-size 256


def write_two_tiles(root, dates=4, seed=7, tiles=("31UES", "31UFS")):
    """NDVI_10M products of ``dates`` dates on each of ``tiles``; returns {tile: [(path, scl_path)]}."""
    rng = np.random.default_rng(seed)
    written = {}
    for tile in tiles:
        epsg, x0, y0 = TILES[tile]
        for index in range(dates):
            name = product_name(index, tile=tile)
            folder = os.path.join(root, "NDVI_V2", name[4:8], name[8:10], name[10:12], name[:-len("_NDVI_10M_V210.tif")] + "_NDVI_V210")
            os.makedirs(folder, exist_ok=True)
            path = make_raster(os.path.join(folder, name), random_dn(rng, SHAPE), nodata=255, pixel=10.0,
                               origin=(x0, y0), epsg=epsg)
            scl = random_scl(rng, (SHAPE[0] // 2, SHAPE[1] // 2), cloud_share=0.1)
            scl_path = make_raster(os.path.join(folder, product_name(index, "SCENECLASSIFICATION", "20M", tile=tile)),
                                   scl, pixel=20.0, origin=(x0, y0), epsg=epsg)
            written.setdefault(tile, []).append((path, scl_path))
    return written

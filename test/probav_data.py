"""Small PROBA-V products in the Terrascope archive layout, from arrays the tests keep as references.

``write_probav`` writes ``PROBAV_<S>_TOC_X18Y02_<date>_333M_V<VVV>_<LAYER>.tif`` files (NDVI, the 4-band
RADIOMETRY and the status map SM) in the archive's folders:

- V101: ``<root>/PROBAV_L3_S1_TOC_333M/YYYY/YYYYMMDD/PROBAV_S1_TOC_YYYYMMDD_333M_V101/<files>``;
- V001: ``<root>/PROBAV_L3_S10_TOC_333M/YYYYMMDD/PROBAV_S10_TOC_YYYYMMDD_333M_V001/<files>``;

on the plate carree tile grid (EPSG:4326, 1/336 degree pixels; tile X18Y02's upper left corner is
0 degrees E, 55 degrees N). The status maps hold every combination of class, land/sea and radiometric
bits; ``clear(sm)`` decodes them by hand (independently of ``core.statusmap``).
"""

import os
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from rasters import make_raster

TILE = "X18Y02"
TILE_ORIGIN = (0.0, 55.0)  # X = floor(lon / 10) + 18 = 18, Y = 5 - floor((lat - 15) / 10) = 2
PIXEL_333M = 1 / 336
FIRST = date(2016, 1, 31)


@dataclass
class ProbavDate:
    ndvi_path: str
    radiometry_path: str
    sm_path: str
    ndvi: np.ndarray  # DNs
    radiometry: np.ndarray  # 4 x rows x cols DNs
    sm: np.ndarray


def product_folder(root, when, synthesis="S1", version="101"):
    """The archive folder of one PROBA-V product (the V001 layout has no year level)."""
    collection = os.path.join(os.fspath(root), f"PROBAV_L3_{synthesis}_TOC_333M")
    dated = [f"{when:%Y}", f"{when:%Y%m%d}"] if version != "001" else [f"{when:%Y%m%d}"]
    return os.path.join(collection, *dated, f"PROBAV_{synthesis}_TOC_{when:%Y%m%d}_333M_V{version}")


def file_name(when, layer, synthesis="S1", version="101", tile=TILE):
    return f"PROBAV_{synthesis}_TOC_{tile}_{when:%Y%m%d}_333M_V{version}_{layer}.tif"


def random_status_map(rng, shape, clear_share=0.6):
    """Status maps with every class (0..7, 5-7 not defined), land and sea, and random radiometric bits."""
    classes = rng.integers(0, 8, shape)
    classes[rng.random(shape) < clear_share] = 0
    land = rng.random(shape) < 0.8
    quality = rng.integers(0, 16, shape)
    return (classes + 8 * land + 16 * quality).astype(np.uint8)


def clear(sm):
    """Where a status map says clear: the class (the value modulo 8) is 0, whatever else is set."""
    return sm.astype(np.int64) % 8 == 0


def write_probav(root, dates, shape=(24, 30), synthesis="S1", version="101", seed=0, step_days=1):
    """Write ``dates`` PROBA-V products (NDVI, RADIOMETRY, SM) in the archive layout; returns ``ProbavDate``s."""
    rng = np.random.default_rng(seed)
    written = []
    for index in range(dates):
        when = FIRST + timedelta(days=step_days * index)
        folder = product_folder(root, when, synthesis, version)
        os.makedirs(folder, exist_ok=True)
        ndvi = rng.integers(0, 251, shape).astype(np.uint8)
        ndvi[rng.random(shape) < 0.05] = 255
        radiometry = rng.integers(0, 4000, (4,) + shape).astype(np.int16)
        radiometry[:, rng.random(shape) < 0.05] = -1
        sm = random_status_map(rng, shape)
        grid = {"pixel": PIXEL_333M, "origin": TILE_ORIGIN, "epsg": 4326}
        written.append(ProbavDate(
            make_raster(os.path.join(folder, file_name(when, "NDVI", synthesis, version)), ndvi, nodata=255, **grid),
            make_raster(os.path.join(folder, file_name(when, "RADIOMETRY", synthesis, version)), radiometry,
                        nodata=-1, **grid),
            make_raster(os.path.join(folder, file_name(when, "SM", synthesis, version)), sm, **grid),
            ndvi, radiometry, sm))
    return written


def reference_clear_mean(dates, physical=True):
    """(mean, count) of the NDVI over the dates where the DN is valid (0..250) and the status map clear."""
    total = np.zeros(dates[0].ndvi.shape)
    count = np.zeros(dates[0].ndvi.shape, dtype=np.int64)
    for dated in dates:
        valid = (dated.ndvi <= 250) & clear(dated.sm)
        values = dated.ndvi * 0.004 - 0.08 if physical else dated.ndvi.astype(np.float64)
        total[valid] += values[valid]
        count += valid
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1), np.nan), count

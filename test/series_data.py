"""Random Terrascope-like series for the masking, series and composite tests, with independent references.

``write_series`` writes products with true Terrascope names (``S2A_<time>_31UFS_NDVI_10M_V210.tif`` and
the native 20 m ``..._SCENECLASSIFICATION_20M_V210.tif`` beside it) from arrays it returns, so a test
can compute what the result must be straight from those arrays with plain numpy (``reference_*``),
without the code under test.
"""

import os
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from rasters import EPSG, ORIGIN, make_raster

FIRST = datetime(2023, 4, 2, 10, 50, 21)


@dataclass
class Dated:
    path: str
    scl_path: str
    dn: np.ndarray  # on the product grid
    scl: np.ndarray  # native SCL grid (factor x coarser)


def product_name(index, content="NDVI", resolution="10M", mission="S2A", tile="31UFS", version="210"):
    stamp = (FIRST + timedelta(days=5 * index)).strftime("%Y%m%dT%H%M%S")
    return f"{mission}_{stamp}_{tile}_{content}_{resolution}_V{version}.tif"


def random_dn(rng, shape, content="NDVI"):
    """DNs with every kind of value: valid, nodata and (for biophysical contents) out of range."""
    if content.startswith("TOC"):
        dn = rng.integers(-200, 10000, shape).astype(np.int16)
        dn[rng.random(shape) < 0.1] = 32767
        return dn
    top = {"NDVI": 250, "LAI": 250, "FAPAR": 200, "FCOVER": 200}[content]
    dn = rng.integers(0, top + 1, shape).astype(np.uint8)
    dn[rng.random(shape) < 0.05] = 255
    dn[rng.random(shape) < 0.03] = rng.integers(top + 1, 255, 1)[0]
    return dn


def random_scl(rng, shape, cloud_share=0.05):
    """SCL with all classes, sparse clouds (so a dilation has room to grow) and some nodata."""
    scl = rng.choice(np.array([2, 4, 5, 6, 7], dtype=np.uint8), size=shape)
    cloudy = rng.random(shape) < cloud_share
    scl[cloudy] = rng.choice(np.array([1, 3, 8, 9, 10, 11], dtype=np.uint8), size=int(cloudy.sum()),
                             p=[0.05, 0.3, 0.2, 0.2, 0.15, 0.1])
    scl[rng.random(shape) < 0.01] = 0
    return scl


def write_series(folder, dates, shape=(37, 45), content="NDVI", factor=2, seed=0, pixel=10.0,
                 scl_declared_nodata=None, dn_nodata="declare", tile="31UFS", origin=ORIGIN, epsg=EPSG):
    """Write ``dates`` products of ``content`` on one grid (``shape`` at ``pixel`` m, upper-left corner
    ``origin`` in EPSG ``epsg``) of ``tile`` with an SCL ``factor`` times coarser beside each; returns a
    list of ``Dated``."""
    rng = np.random.default_rng(seed)
    os.makedirs(folder, exist_ok=True)
    scl_shape = (-(-shape[0] // factor), -(-shape[1] // factor))
    nodata = 32767 if content.startswith("TOC") else 255
    series = []
    for index in range(dates):
        dn = random_dn(rng, shape, content)
        scl = random_scl(rng, scl_shape)
        resolution = f"{int(pixel)}M"
        path = make_raster(os.path.join(folder, product_name(index, content, resolution, tile=tile)), dn,
                           nodata=nodata if dn_nodata == "declare" else None, pixel=pixel, origin=origin,
                           epsg=epsg)
        scl_path = make_raster(os.path.join(folder, product_name(index, "SCENECLASSIFICATION", "20M", tile=tile)),
                               scl, nodata=scl_declared_nodata, pixel=pixel * factor, origin=origin, epsg=epsg)
        series.append(Dated(path, scl_path, dn, scl))
    return series


def upsample(scl, factor, shape):
    """Nearest-neighbour SCL on the product grid, independently of the code under test."""
    rows = np.arange(shape[0]) // factor
    cols = np.arange(shape[1]) // factor
    return scl[rows[:, None], cols[None, :]]


def brute_disk_dilation(mask, radius):
    """True within ``radius`` pixels (centre to centre) of a True pixel: the mask shifted by every
    offset (dy, dx) with dy² + dx² <= radius², OR-ed together."""
    rows, cols = mask.shape
    out = mask.copy()
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            if dy * dy + dx * dx > radius * radius or (dy == 0 and dx == 0):
                continue
            # out[r, c] |= mask[r - dy, c - dx] where inside.
            out[max(0, dy): rows + min(0, dy), max(0, dx): cols + min(0, dx)] |= \
                mask[max(0, -dy): rows - max(0, dy), max(0, -dx): cols - max(0, dx)]
    return out


def reference_mask(scl_fine, classes, radius=0, dilatable=(3, 8, 9, 10)):
    masked = np.isin(scl_fine, list(classes))
    if radius:
        masked |= brute_disk_dilation(np.isin(scl_fine, [c for c in classes if c in dilatable]), radius)
    return masked


def reference_valid(dn, content="NDVI"):
    if content.startswith("TOC"):
        return dn != 32767
    top = {"NDVI": 250, "LAI": 250, "FAPAR": 200, "FCOVER": 200}[content]
    return (dn <= top) & (dn != 255)


PHYSICAL = {"NDVI": (1 / 250, -0.08), "LAI": (10 / 250, 0.0), "FAPAR": (1 / 200, 0.0),
            "FCOVER": (1 / 200, 0.0)}


def reference_values(dated, content="NDVI", classes=(0, 1, 3, 8, 9, 10, 11), radius=0, factor=2,
                     physical=True):
    """Float64 values of one date (NaN where invalid or masked), from the arrays alone."""
    scl_fine = upsample(dated.scl, factor, dated.dn.shape)
    valid = reference_valid(dated.dn, content) & ~reference_mask(scl_fine, classes, radius)
    values = dated.dn.astype(np.float64)
    if physical:
        scale, offset = PHYSICAL.get(content, (0.0001, 0.0))
        values = values * scale + offset
    values[~valid] = np.nan
    return values


def reference_mean(dates, **options):
    """The mean and count of the valid values per pixel over ``dates``, by stack-and-nanmean."""
    stack = np.stack([reference_values(dated, **options) for dated in dates])
    count = (~np.isnan(stack)).sum(axis=0)
    with np.errstate(invalid="ignore"):
        mean = np.nansum(np.nan_to_num(stack), axis=0) / count
    mean[count == 0] = np.nan
    return mean, count

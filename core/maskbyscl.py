"""Mask a raster by its scene classification: masked pixels become the raster's nodata, block by block.

The output keeps the input's data type, bands, band descriptions and scale/offset tags; the SCL is read
nearest-neighbour on the input's grid (``core.qualitylayer``), with the halo a dilation needs. Written through
the block engine and ``RasterWriter`` (atomic: nothing is left behind by a failure or a cancel).
"""

import math
import os
from dataclasses import dataclass

import numpy as np

from .engine import WINDOW_PIXELS, RasterReader, plan_windows
from .errors import RasterError, TerrascopeError
from .naming import NAME_PATTERN, try_parse_name
from .products import PRODUCT_TABLE
from .raster import Grid, open_raster
from .qualitylayer import SclReader, check_scl
from .siblings import find_quality_layer, quality_candidates, quality_decoder
from .writer import RasterOutput, numpy_type, write_windows


@dataclass(frozen=True)
class MaskResult:
    """What ``mask_raster`` did."""

    path: str
    scl_path: str | None
    nodata: tuple  # per band, the value masked pixels got
    nodata_from_table: bool  # True when the input declared none and the product table's was used
    content: str | None  # from the input's name, None for a name outside the convention
    masked_pixels: int


def _fits(value, dtype):
    dtype = np.dtype(dtype)
    if dtype.kind == "f":
        return True
    if not math.isfinite(value) or not float(value).is_integer():
        return False
    info = np.iinfo(dtype)
    return info.min <= value <= info.max


def resolve_scl(path, scl_path=None):
    """The quality layer (SCL, PROBA-V status map) to use for ``path``: ``scl_path`` when given, else the
    one beside it by the naming convention; ``TerrascopeError`` naming the input and where it looked
    when there is none."""
    if scl_path:
        return os.fspath(scl_path)
    found = find_quality_layer(path)
    if found is None:
        looked = quality_candidates(path)
        where = (" (looked for " + " and ".join(looked) + ")") if looked else (
            f" (its name does not follow {NAME_PATTERN}, so none can be found beside it)")
        name = try_parse_name(path)
        label = name.family.quality.label if name is not None else "scene classification (SCL)"
        raise TerrascopeError(f"{path}: no {label} found{where}; give it explicitly")
    return found


def mask_raster(path, output_path, settings, scl_path=None, progress=None, window_pixels=WINDOW_PIXELS,
                threads=None, cog=False, radiometric_quality=False):
    """Write ``path`` with the pixels its SCL masks under ``settings`` (a ``MaskSettings``) set to nodata.

    The nodata is the one each band declares, else the product table's nodata DN for the content in the
    file name (``MaskResult.nodata_from_table`` says so); a raster with neither is refused. Without
    chosen classes the output is a plain copy. ``radiometric_quality`` (PROBA-V): pixels of bad
    radiometric quality in a band the raster's values depend on read as SCL 1 (defective). Returns a
    ``MaskResult``.
    """
    path, output_path = os.fspath(path), os.fspath(output_path)
    dataset = open_raster(path)
    grid = Grid.of(dataset)
    count = dataset.RasterCount
    bands = [dataset.GetRasterBand(index + 1) for index in range(count)]
    dtypes = {numpy_type(band.DataType) for band in bands}
    if len(dtypes) != 1:
        raise RasterError(f"{path}: bands of different data types ({', '.join(map(str, dtypes))}) are not supported")
    dtype = dtypes.pop()
    name = try_parse_name(path)
    content = name.content if name is not None else None
    declared = [band.GetNoDataValue() for band in bands]
    from_table = any(value is None for value in declared)
    table_nodata = PRODUCT_TABLE[content].nodata if content in PRODUCT_TABLE else None
    if from_table and table_nodata is None:
        raise TerrascopeError(
            f"{path}: declares no nodata value and the product table has none for "
            f"{content or 'a file whose name does not follow ' + NAME_PATTERN}: masked pixels could not be "
            "told apart; declare a nodata value on the raster first")
    nodata = tuple(value if value is not None else float(table_nodata) for value in declared)
    wrong = [value for value in nodata if not _fits(value, dtype)]
    if wrong:
        raise RasterError(f"{path}: the nodata value {wrong[0]!r} does not fit its data type {dtype}")
    descriptions = [band.GetDescription() for band in bands]
    scales = [(band.GetScale(), band.GetOffset()) for band in bands]
    bands = dataset = None

    scl_path = resolve_scl(path, scl_path) if settings is not None and settings.active else None
    inputs = [path] + ([scl_path] if scl_path else [])
    if scl_path:
        check_scl(scl_path)
        scl_grid = Grid.of_path(scl_path)
        if not grid.overlaps(scl_grid):
            raise RasterError(f"{scl_path}: does not overlap its input {path} (it covers "
                              f"{scl_grid.describe()}, the input {grid.describe()})")

    reader = RasterReader([path])
    fill = np.array(nodata, dtype=np.float64)
    metadata = {"TERRASCOPE_SOURCE": os.path.basename(path),
                "TERRASCOPE_MASK": settings.describe(grid.ground_pixel_size) if settings else "no SCL masking"}
    if scl_path:
        metadata["TERRASCOPE_SCL"] = os.path.basename(scl_path)
    if content:
        metadata["TERRASCOPE_CONTENT"] = content
    masked_counts = []  # one per window (appended from the engine's threads)
    scl = SclReader([scl_path], grid, [quality_decoder(path, radiometric_quality)]) if scl_path else None
    try:
        def work(window):
            data = reader.read(0, window)
            if data.ndim == 2:
                data = data[np.newaxis]
            if scl is None:
                return data
            masked = scl.masked(0, window, settings)
            for index in range(count):
                data[index][masked] = fill[index]
            masked_counts.append(int(masked.sum()))
            return data

        tags = [(scale, offset) if (scale not in (None, 1.0) or offset not in (None, 0.0)) else None
                for scale, offset in scales]
        output = RasterOutput(output_path, grid, dtype, bands=count, nodata=tuple(nodata),
                              descriptions=tuple(descriptions), metadata=metadata, cog=cog, scales=tuple(tags))
        write_windows([output], plan_windows(grid, window_pixels), work, progress, threads=threads, inputs=inputs)
    finally:
        if scl is not None:
            scl.close()
    return MaskResult(output_path, scl_path, nodata, from_table, content, sum(masked_counts))


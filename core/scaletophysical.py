"""Scale a Terrascope raster's digital numbers (DN) to physical values, block by block.

PV = scale * DN + offset for every band; the nodata DN and DNs outside the valid range become NaN. The
output is a tiled, compressed Float32 GeoTIFF on the input's grid, written atomically (see ``writer``).
"""

import os
from dataclasses import dataclass

import numpy as np

from .engine import WINDOW_PIXELS, RasterReader, plan_windows
from .errors import UnknownContentError
from .naming import parse_name
from .products import QUALITY_CONTENTS, SCALABLE_CONTENTS, content_spec
from .raster import Grid, open_raster
from .scaling import scaling_for
from .writer import RasterOutput, write_windows


@dataclass(frozen=True)
class PhysicalResult:
    """What ``scale_to_physical`` did: the output path, the content and one ``Scaling`` per band."""

    path: str
    content: str
    scalings: tuple


def physical_content(path, content=None):
    """The content whose DNs ``path`` holds, checked to be a physical quantity.

    ``content`` (e.g. ``"NDVI"``, any case) wins; without it the file name decides, and a name that does
    not follow the convention raises ``ProductNameError`` with the expected pattern. A quality layer
    (scene classification, status map), a quicklook or another non-physical content raises
    ``UnknownContentError`` naming the file.
    """
    path = os.fspath(path)
    content = (content or parse_name(path).content).upper()
    if content in QUALITY_CONTENTS:
        raise UnknownContentError(
            f"{path}: a quality layer ({content}) holds class codes, which are never scaled to physical values")
    try:
        content_spec(content)
    except UnknownContentError as error:
        raise UnknownContentError(f"{path}: {error}") from None
    if content not in SCALABLE_CONTENTS:
        raise UnknownContentError(
            f"{path}: {content} is not a physical quantity; contents that can be scaled: "
            + ", ".join(SCALABLE_CONTENTS))
    return content


def _description(band, index, count, content):
    own = band.GetDescription()
    if own:
        return own
    return content if count == 1 else f"{content} (band {index})"


def _format_numbers(values):
    distinct = sorted(set(values))
    return repr(distinct[0]) if len(distinct) == 1 else ",".join(repr(value) for value in values)


def scale_to_physical(path, output_path, content=None, scale=None, offset=None, progress=None, cog=False,
                      window_pixels=WINDOW_PIXELS):
    """Write the physical values of every band of the raster at ``path`` to ``output_path``.

    ``content`` overrides the content read from the file name; ``scale`` and ``offset`` override the
    product table (each on its own) and are required for contents the table cannot scale (CCC, CWC)
    when the file declares no scale/offset of its own. ``progress`` follows the engine's protocol
    (``report(fraction)``, ``cancelled()``); a cancel raises ``Cancelled`` and leaves no output. The
    output is Float32 with NaN nodata, georeferenced as the input; ``cog=True`` makes it a COG.
    Returns a ``PhysicalResult``. The input is opened read-only and never modified.
    """
    path, output_path = os.fspath(path), os.fspath(output_path)
    content = physical_content(path, content)
    dataset = open_raster(path)
    grid = Grid.of(dataset)
    count = dataset.RasterCount
    bands = [dataset.GetRasterBand(index + 1) for index in range(count)]
    scalings = tuple(scaling_for(path, band, content, scale, offset) for band in bands)
    descriptions = [_description(band, index + 1, count, content) for index, band in enumerate(bands)]
    metadata = {
        "TERRASCOPE_CONTENT": content,
        "TERRASCOPE_SOURCE": os.path.basename(path),
        "TERRASCOPE_SCALE": _format_numbers([scaling.scale for scaling in scalings]),
        "TERRASCOPE_OFFSET": _format_numbers([scaling.offset for scaling in scalings]),
    }
    bands = dataset = None

    reader = RasterReader([path])

    def work(window):
        return np.stack([scalings[index].to_physical(reader.read(0, window, band=index + 1))
                         for index in range(count)])

    output = RasterOutput(output_path, grid, np.float32, bands=count, nodata=np.nan,
                          descriptions=tuple(descriptions), metadata=metadata, cog=cog)
    write_windows([output], plan_windows(grid, window_pixels), work, progress, inputs=[path])
    return PhysicalResult(output_path, content, scalings)

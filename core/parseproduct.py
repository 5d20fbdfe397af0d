"""Everything the plugin knows of one product file: its name, the product table, the file's own
nodata declaration and the XML sidecar (what ``terrascope:parseproduct`` outputs)."""

import os

from .errors import MetadataError, ProductNameError, TerrascopeError
from .metadata import find_sidecar, read_sidecar
from .naming import NAME_PATTERN, parse_name
from .raster import open_raster
from .scaling import scaling_for

# The keys of ``describe_product``'s result, in the order the algorithm lists its outputs.
PRODUCT_KEYS = (
    "MISSION", "ACQUISITION", "TILE", "CONTENT", "RESOLUTION", "VERSION",
    "SCALE", "OFFSET", "NODATA", "CLOUD_COVER", "FOOTPRINT",
)


def describe_product(path, warn=None):
    """Describe a Terrascope product file (a ``.tif`` or its ``.xml``).

    Returns a dict with the ``PRODUCT_KEYS``: strings ``MISSION``, ``ACQUISITION`` (ISO 8601 UTC,
    e.g. ``2023-02-20T07:49:41Z``), ``TILE``, ``CONTENT``, ``RESOLUTION`` ("" when the name has none),
    ``VERSION`` (digits); numbers or None ``SCALE``, ``OFFSET``, ``NODATA`` (the nodata DN: the file's
    own declaration wins over the product table; None for quality layers, masks and quicklooks),
    ``CLOUD_COVER`` (%) and ``FOOTPRINT`` (WKT, EPSG:4326) from the XML sidecar, None where there is none.

    Raises ``ProductNameError`` for a name off the convention, ``RasterError`` for a .tif GDAL cannot
    open, ``MetadataError`` for an XML input that cannot be read safely. A sidecar beside a .tif that
    cannot be read is passed to ``warn`` (the GeoTIFF and its name stay the authority) or, without
    ``warn``, raised.
    """
    path = os.fspath(path)
    name = parse_name(path)
    if name.extension not in (".tif", ".xml"):
        raise ProductNameError(f"{path}: expected a .tif file or its .xml sidecar, named {NAME_PATTERN}")
    scale, offset, nodata = _scaling(path, name)
    metadata = _sidecar(path, name, warn)
    return {
        "MISSION": name.mission,
        "ACQUISITION": name.acquisition_iso,
        "TILE": name.tile,
        "CONTENT": name.content,
        "RESOLUTION": name.resolution,
        "VERSION": name.version,
        "SCALE": _float(scale),
        "OFFSET": _float(offset),
        "NODATA": _float(nodata),
        "CLOUD_COVER": metadata.cloud_cover if metadata else None,
        "FOOTPRINT": metadata.footprint_wkt if metadata else None,
    }


def _scaling(path, name):
    """(scale, offset, nodata DN); None where the content has none or it is unknown."""
    if name.is_mask:
        return None, None, None  # class codes, flags and RGB previews: nothing to scale
    spec = name.content_spec()
    if spec is None:  # e.g. "TOC" of the product XML: one file, many contents
        return None, None, None
    if name.extension == ".xml":
        return (spec.scale, spec.offset, spec.nodata) if spec.scalable else (None, None, None)
    dataset = open_raster(path)  # held while its band is used: GDAL's band does not keep it alive
    band = dataset.GetRasterBand(1)
    try:
        scaling = scaling_for(path, band, name.content)
    except TerrascopeError:  # no published scale and no tags in the file (CCC, CWC)
        return None, None, band.GetNoDataValue()
    return scaling.scale, scaling.offset, scaling.nodata


def _sidecar(path, name, warn):
    if name.extension == ".xml":
        return read_sidecar(path)  # the input itself: unreadable is an error
    sidecar = find_sidecar(path)
    if sidecar is None:
        return None
    try:
        return read_sidecar(sidecar)
    except MetadataError as error:
        if warn is None:
            raise
        warn(f"the XML sidecar was not used: {error}")
        return None


def _float(value):
    return None if value is None else float(value)

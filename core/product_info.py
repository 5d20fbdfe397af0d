"""Everything the plugin knows of one product file: its name, the product table, the file's own
nodata declaration and the XML sidecar (what ``terrascope:parseproduct`` outputs)."""

import os

from osgeo import gdal

from .errors import RasterError, UnknownContentError
from .metadata import find_sidecar, read_sidecar
from .naming import parse_name
from .products import content_spec

# The keys of ``describe_product``'s result, in the order the algorithm lists its outputs.
PRODUCT_KEYS = (
    "MISSION", "ACQUISITION", "TILE", "CONTENT", "RESOLUTION", "VERSION",
    "SCALE", "OFFSET", "NODATA", "CLOUD_COVER", "FOOTPRINT",
)


def describe_product(path):
    """Describe a Terrascope product file (a ``.tif`` or its ``.xml``).

    Returns a dict with the ``PRODUCT_KEYS``: strings ``MISSION``, ``ACQUISITION`` (ISO 8601 UTC,
    e.g. ``2023-02-20T07:49:41Z``), ``TILE``, ``CONTENT``, ``RESOLUTION`` ("" when the name has none),
    ``VERSION`` (digits); numbers or None ``SCALE``, ``OFFSET``, ``NODATA`` (the nodata DN: the file's
    own declaration wins over the product table; None for the scene classification, quicklooks and
    contents of unknown scale), ``CLOUD_COVER`` (%) and ``FOOTPRINT`` (WKT, EPSG:4326) from the XML
    sidecar, None where there is none.

    Raises ``ProductNameError`` for a name off the convention, ``RasterError`` for a .tif GDAL cannot
    open, ``MetadataError`` for a sidecar that cannot be read safely.
    """
    path = os.fspath(path)
    name = parse_name(path)
    header = _raster_header(path) if name.extension == ".tif" else None

    scale = offset = nodata = None
    spec = _spec(name.content)
    if spec is not None and not name.is_scene_classification:
        if spec.scalable:
            scale, offset = spec.scale, spec.offset
        elif header is not None and header["scale"] is not None:
            # no public scale for this content (CCC, CWC): the file's own tags where it has them
            scale, offset = header["scale"], header["offset"] or 0.0
        if scale is not None:
            declared = header["nodata"] if header is not None else None
            nodata = declared if declared is not None else spec.nodata

    cloud_cover = footprint = None
    sidecar = find_sidecar(path)
    if sidecar is not None:
        metadata = read_sidecar(sidecar)
        cloud_cover, footprint = metadata.cloud_cover, metadata.footprint_wkt

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
        "CLOUD_COVER": cloud_cover,
        "FOOTPRINT": footprint,
    }


def _spec(content):
    try:
        return content_spec(content)
    except UnknownContentError:  # quicklooks, "TOC" (the XML), contents the table does not know
        return None


def _float(value):
    return None if value is None else float(value)


def _raster_header(path):
    """Band 1's nodata, scale and offset, reading the GeoTIFF header only (either GDAL error mode)."""
    gdal.ErrorReset()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        try:
            dataset = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_READONLY, allowed_drivers=["GTiff"])
        except RuntimeError as error:
            raise RasterError(f"{path}: cannot be opened as a GeoTIFF: {_gdal_message(path, error)}") from None
        if dataset is None:
            message = _gdal_message(path, gdal.GetLastErrorMsg())
            raise RasterError(f"{path}: cannot be opened as a GeoTIFF: {message}")
        if dataset.RasterCount < 1:
            raise RasterError(f"{path}: the GeoTIFF has no raster band")
        band = dataset.GetRasterBand(1)
        header = {"nodata": band.GetNoDataValue(), "scale": band.GetScale(), "offset": band.GetOffset()}
        dataset = band = None
        return header
    finally:
        gdal.PopErrorHandler()


def _gdal_message(path, error):
    """GDAL's message without the file name it often starts with (the caller names the file)."""
    message = str(error or "").strip()
    if message.startswith(path + ":"):
        message = message[len(path) + 1:].strip()
    return message or "not a readable GeoTIFF"

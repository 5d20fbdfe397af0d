"""The Terrascope Sentinel-2 family: names, product table, scene classification, archive hints.

Facts from the Terrascope FAQ and STAC records (terrascope-products.md). PV = scale x DN + offset; where
no public source gives a fact (CCC, CWC) the table says None and the file's tags or the caller decide.
"""

import re
from datetime import datetime, timezone

from .family import ContentSpec, ProductFamily, ProductName, QualityLayer

SCL_CONTENT = "SCENECLASSIFICATION"
SCL_RESOLUTION = "20M"
TOC_BANDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")

NAME_PATTERN = "<MISSION>_<YYYYMMDD>T<HHMMSS>[Z]_<TILE>_<CONTENT>[_<RES>]_V<VVV>[.tif|.xml]"
EXAMPLE_NAME = "S2A_20190307T105021_31UFS_FAPAR_10M_V200.tif"

_NAME = re.compile(
    r"""(?P<mission>S2[ABC])
    _(?P<date>[0-9]{8})T(?P<time>[0-9]{6})(?P<zulu>Z?)
    _(?P<tile>[0-9]{2}[A-Z]{3})
    _(?P<content>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?(?:_QUICKLOOK)?)
    (?:_(?P<resolution>[126]0M))?
    _V(?P<version>[0-9]{3})
    (?P<extension>\.(?:tif|tiff|xml))?""",
    re.VERBOSE | re.IGNORECASE | re.ASCII,
)


def parse(name):
    """A ``ProductName`` for a Sentinel-2 file or product-folder name; None when it is not one.
    Raises ``ValueError`` (its message: the date and time as written) for a name of this family whose
    date or time does not exist."""
    match = _NAME.fullmatch(name)
    if not match:
        return None
    date, time = match["date"], match["time"]
    try:
        acquisition = datetime(int(date[:4]), int(date[4:6]), int(date[6:]),
                               int(time[:2]), int(time[2:4]), int(time[4:]), tzinfo=timezone.utc)
    except ValueError:
        raise ValueError(f"{date}T{time}") from None
    extension = (match["extension"] or "").lower()
    return ProductName(
        mission=match["mission"].upper(),
        acquisition=acquisition,
        tile=match["tile"].upper(),
        content=match["content"].upper(),
        resolution=(match["resolution"] or "").upper(),
        version=match["version"],
        extension=".tif" if extension == ".tiff" else extension,
        zulu=bool(match["zulu"]),
        family_key="S2",
    )


def format_name(name):
    """The file name of a Sentinel-2 ``ProductName``."""
    moment = name.acquisition
    stamp = f"{moment.year:04d}{moment:%m%dT%H%M%S}" + ("Z" if name.zulu else "")  # %Y drops zeros
    parts = [name.mission, stamp, name.tile, name.content]
    if name.resolution:
        parts.append(name.resolution)
    parts.append("V" + name.version)
    return "_".join(parts) + name.extension


_BIOPHYSICAL = (
    ContentSpec("NDVI", "uint8", 1 / 250, -0.08, 255, 0, 250, "", (-0.08, 0.92),
                "Normalised difference vegetation index"),
    ContentSpec("FAPAR", "uint8", 1 / 200, 0.0, 255, 0, 200, "", (0.0, 1.0),
                "Fraction of absorbed photosynthetically active radiation"),
    ContentSpec("FCOVER", "uint8", 1 / 200, 0.0, 255, 0, 200, "", (0.0, 1.0),
                "Fraction of vegetation cover"),
    ContentSpec("LAI", "uint8", 10 / 250, 0.0, 255, 0, 250, "m²/m²", (0.0, 10.0), "Leaf area index"),
    ContentSpec("CCC", None, None, None, None, description="Canopy chlorophyll content (scale unknown)"),
    ContentSpec("CWC", None, None, None, None, description="Canopy water content (scale unknown)"),
)
_TOC = tuple(
    ContentSpec(f"TOC-{band}", "int16", 0.0001, 0.0, 32767, unit="", physical_range=(0.0, 1.0),
                description=f"Top-of-canopy reflectance, band {band}")
    for band in TOC_BANDS
)
_AUXILIARY = (
    ContentSpec("AOT", "uint16", 0.001, 0.0, 32767, physical_range=(0.0, 1.0),
                description="Aerosol optical thickness"),
    ContentSpec("WVP", "uint16", 0.001, 0.0, 32767, unit="cm", physical_range=(0.0, 6.0),
                description="Water vapour"),
    ContentSpec("SZA", "int16", 0.01, 0.0, 32767, unit="°", physical_range=(0.0, 90.0),
                description="Sun zenith angle"),
    ContentSpec("VZA", "int16", 0.01, 0.0, 32767, unit="°", physical_range=(0.0, 90.0),
                description="View zenith angle"),
    # int16 / nodata 32767 in V210, uint16 / nodata 65535 in V220: the file's own declaration decides.
    ContentSpec("RAA", None, 0.01, 0.0, 32767, unit="°", physical_range=(0.0, 360.0),
                description="Relative azimuth angle"),
)
_MASKS = (
    ContentSpec(SCL_CONTENT, "uint8", None, None, 0, 0, 11,
                description="Scene classification (class codes, never scaled)"),
    ContentSpec("CLOUDMASK", "uint8", None, None, None, description="Cloud mask (V220)"),
)

SENTINEL2 = ProductFamily(
    key="S2",
    title="Sentinel-2",
    name_pattern=NAME_PATTERN,
    example_name=EXAMPLE_NAME,
    parse=parse,
    format=format_name,
    table=_BIOPHYSICAL + _TOC + _AUXILIARY + _MASKS,
    quality=QualityLayer(SCL_CONTENT, "scene classification (SCL)", SCL_RESOLUTION),
    mask_contents=frozenset(spec.content for spec in _MASKS),
    tile_pattern=r"\d{2}[A-Z]{3}",
    mission_pattern=r"S2[ABC]",
    resolutions=("10M", "20M", "60M"),
    resolution_folders=("10M", "20M", "60M"),
)

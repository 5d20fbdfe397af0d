"""The Terrascope PROBA-V family (2013-2020): names, product table, status map, archive hints.

Facts from terrascope-products.md (PROBA-V); where the facts are uncertain the file's own scale, offset
and nodata tags decide (the table leaves them None).

- Names: ``PROBAV_<S1|S5|S10>_<TOC|TOA>_X<xx>Y<yy>_<YYYYMMDD>_<1KM|333M|100M>[_NDVI]_V<VVV>_<LAYER>.tif``,
  e.g. ``PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif``; the separate NDVI product inserts ``NDVI``
  before the version (``PROBAV_S10_TOC_X18Y02_20180721_333M_NDVI_V101_NDVI.tif``). The date is the
  synthesis date: the acquisition is that day at 00:00 UTC. ``ProductName.product_type`` keeps the
  synthesis and level (``S10_TOC``; ``S10_TOC_NDVI`` for the NDVI product).
- Layers: NDVI (0.004 x DN - 0.08, nodata 255), RADIOMETRY (int16, 4 bands BLUE, RED, NIR, SWIR,
  DN / 2000, nodata -1), SM (the status map, ``core.statusmap``), TIME and GEOMETRY (scale from the file).
- Archive: ``PROBAV_L3_S1_TOC_333M/YYYY/YYYYMMDD/PROBAV_S1_TOC_YYYYMMDD_333M_V101/<files>`` (V001
  without the year level); every file of a product in one folder, the status map beside the layers.
- Tiles: plate carree (EPSG:4326), 10 degree tiles; X = floor(lon / 10) + 18, Y = 5 - floor((lat - 15) / 10).
"""

import re
from datetime import datetime, timezone

from .family import ContentSpec, ProductFamily, ProductName, QualityLayer
from .statusmap import scl_codes

MISSION = "PROBAV"
SM_CONTENT = "SM"
NDVI_PRODUCT = "NDVI"  # the token the separate NDVI product inserts before the version
RADIOMETRY_BANDS = ("BLUE", "RED", "NIR", "SWIR")

NAME_PATTERN = "PROBAV_<S1|S5|S10>_<TOC|TOA>_X<xx>Y<yy>_<YYYYMMDD>_<1KM|333M|100M>[_NDVI]_V<VVV>_<LAYER>.tif"
EXAMPLE_NAME = "PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif"

_NAME = re.compile(
    r"""(?P<mission>PROBAV)
    _(?P<synthesis>S1|S5|S10)_(?P<level>TOC|TOA)
    _(?P<tile>X[0-9]{2}Y[0-9]{2})
    _(?P<date>[0-9]{8})
    _(?P<resolution>1KM|333M|100M)
    (?P<ndvi_product>_NDVI)?
    _V(?P<version>[0-9]{3})
    _(?P<content>[A-Z][A-Z0-9]*)
    (?P<extension>\.(?:tif|tiff))?""",
    re.VERBOSE | re.IGNORECASE | re.ASCII,
)


def parse(name):
    """A ``ProductName`` for a PROBA-V file name; None when it is not one. Raises ``ValueError`` (its
    message: the date as written) for a date that does not exist."""
    match = _NAME.fullmatch(name)
    if not match:
        return None
    date = match["date"]
    try:
        acquisition = datetime(int(date[:4]), int(date[4:6]), int(date[6:]), tzinfo=timezone.utc)
    except ValueError:
        raise ValueError(date) from None
    product_type = f"{match['synthesis']}_{match['level']}".upper()
    if match["ndvi_product"]:
        product_type += "_" + NDVI_PRODUCT
    extension = (match["extension"] or "").lower()
    return ProductName(
        mission=MISSION,
        acquisition=acquisition,
        tile=match["tile"].upper(),
        content=match["content"].upper(),
        resolution=match["resolution"].upper(),
        version=match["version"],
        extension=".tif" if extension == ".tiff" else extension,
        family_key=MISSION,
        product_type=product_type,
    )


def format_name(name):
    """The file name of a PROBA-V ``ProductName``."""
    synthesis, level, *ndvi_product = name.product_type.split("_")
    date = f"{name.acquisition.year:04d}{name.acquisition:%m%d}"  # %Y drops the zeros of years before 1000
    parts = [MISSION, synthesis, level, name.tile, date, name.resolution]
    parts += ndvi_product
    parts += ["V" + name.version, name.content]
    return "_".join(parts) + name.extension


_TABLE = (
    ContentSpec("NDVI", "uint8", 0.004, -0.08, 255, 0, 250, "", (-0.08, 0.92),
                "Normalised difference vegetation index", quality_bands=("RED", "NIR")),
    ContentSpec("RADIOMETRY", "int16", 1 / 2000, 0.0, -1, unit="", physical_range=(0.0, 1.0),
                description="Top-of-canopy (TOC) or top-of-atmosphere (TOA) reflectance, 4 bands",
                bands=RADIOMETRY_BANDS, quality_bands=RADIOMETRY_BANDS),
    ContentSpec("TIME", None, None, None, None, description="Observation time (scale from the file)"),
    ContentSpec("GEOMETRY", None, None, None, None, description="Sun and view angles (scale from the file)"),
    ContentSpec(SM_CONTENT, "uint8", None, None, None, description="Status map (flags, never scaled)"),
)

PROBAV = ProductFamily(
    key=MISSION,
    title="PROBA-V",
    name_pattern=NAME_PATTERN,
    example_name=EXAMPLE_NAME,
    parse=parse,
    format=format_name,
    table=_TABLE,
    quality=QualityLayer(SM_CONTENT, "status map (SM)", to_scl_codes=scl_codes),
    mask_contents=frozenset({SM_CONTENT}),
    tile_pattern=r"X\d{2}Y\d{2}",
    mission_pattern=MISSION,
    resolutions=("1KM", "333M", "100M"),
)

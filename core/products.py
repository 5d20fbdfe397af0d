"""The product table: how each Terrascope content's digital numbers (DN) map to physical values.

PV = scale * DN + offset. Facts from the Terrascope FAQ and STAC records (see terrascope-products.md).
Where no public source gives a fact (CCC, CWC) the table says None and the caller must ask.
"""

from dataclasses import dataclass

from .errors import UnknownContentError
from .naming import QUICKLOOK_SUFFIX, SCL_CONTENT

TOC_BANDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")


@dataclass(frozen=True)
class ContentSpec:
    """What the product table knows of one content."""

    content: str
    dtype: str | None  # numpy name of the delivered data type; None where it varies or is unknown
    scale: float | None
    offset: float | None
    nodata: float | None  # the nodata DN; the file's own declaration wins where it has one
    valid_min: float | None = None  # valid DN range; None = any DN but nodata
    valid_max: float | None = None
    unit: str = ""
    physical_range: tuple | None = None  # for default histogram ranges and colour ramps
    description: str = ""

    @property
    def scalable(self):
        """True where the table gives the scale and offset."""
        return self.scale is not None and self.offset is not None


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
SCL_SPEC = ContentSpec(SCL_CONTENT, "uint8", None, None, 0, 0, 11,
                       description="Scene classification (class codes, never scaled)")
CLOUDMASK_SPEC = ContentSpec("CLOUDMASK", "uint8", None, None, None, description="Cloud mask (V220)")

PRODUCT_TABLE = {spec.content: spec for spec in _BIOPHYSICAL + _TOC + _AUXILIARY + (SCL_SPEC, CLOUDMASK_SPEC)}

# Contents whose DNs are physical quantities (offered in the algorithms' CONTENT choices, in this order).
SCALABLE_CONTENTS = tuple(spec.content for spec in _BIOPHYSICAL + _TOC + _AUXILIARY)


def content_spec(content):
    """The table entry for a content, e.g. ``"TOC-B04"``; quicklooks and unknown contents raise."""
    key = content.upper()
    if key.endswith(QUICKLOOK_SUFFIX):
        raise UnknownContentError(
            f"{content} is a quicklook (an RGB preview of byte values), not a physical quantity"
        )
    try:
        return PRODUCT_TABLE[key]
    except KeyError:
        raise UnknownContentError(
            f"{content} is not a Terrascope Sentinel-2 content; known: {', '.join(PRODUCT_TABLE)}"
        ) from None

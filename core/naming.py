"""The Terrascope Sentinel-2 file-naming convention: parse a name, build a sibling's name."""

import os
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from .errors import ProductNameError

NAME_PATTERN = "<MISSION>_<YYYYMMDD>T<HHMMSS>[Z]_<TILE>_<CONTENT>[_<RES>]_V<VVV>[.tif|.xml]"
EXAMPLE_NAME = "S2A_20190307T105021_31UFS_FAPAR_10M_V200.tif"

_NAME = re.compile(
    r"""^(?P<mission>S2[ABC])
    _(?P<date>[0-9]{8})T(?P<time>[0-9]{6})(?P<zulu>Z?)
    _(?P<tile>[0-9]{2}[A-Z]{3})
    _(?P<content>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?(?:_QUICKLOOK)?)
    (?:_(?P<resolution>[126]0M))?
    _V(?P<version>[0-9]{3})
    (?P<extension>\.(?:tif|tiff|xml))?""",
    re.VERBOSE | re.IGNORECASE | re.ASCII,
)

SCL_CONTENT = "SCENECLASSIFICATION"
QUICKLOOK_SUFFIX = "_QUICKLOOK"


@dataclass(frozen=True)
class ProductName:
    """The parts of a Terrascope file or product-folder name."""

    mission: str
    acquisition: datetime  # UTC, timezone-aware
    tile: str
    content: str  # e.g. "TOC-B04", "NDVI", "SCENECLASSIFICATION", "FAPAR_QUICKLOOK", "TOC" (XML, folder)
    resolution: str  # "10M", "20M", "60M" or "" when the name has none
    version: str  # three digits, e.g. "210"
    extension: str  # ".tif", ".xml" or "" for a product folder
    zulu: bool = False  # the older V1xx names carry a "Z" after the time

    @property
    def is_quicklook(self):
        return self.content.endswith(QUICKLOOK_SUFFIX)

    @property
    def is_scene_classification(self):
        return self.content == SCL_CONTENT

    @property
    def acquisition_iso(self):
        """The acquisition as ISO 8601 UTC, e.g. ``2023-02-20T07:49:41Z``."""
        return self.acquisition.strftime("%Y-%m-%dT%H:%M:%SZ")

    @property
    def acquisition_key(self):
        """What identifies one acquisition of one tile, whatever the version or content."""
        return (self.mission, self.acquisition, self.tile)

    def file_name(self):
        """The name this record was parsed from (case normalised)."""
        stamp = self.acquisition.strftime("%Y%m%dT%H%M%S") + ("Z" if self.zulu else "")
        parts = [self.mission, stamp, self.tile, self.content]
        if self.resolution:
            parts.append(self.resolution)
        parts.append("V" + self.version)
        return "_".join(parts) + self.extension

    def sibling(self, content, resolution="", extension=".tif"):
        """The name of another file of the same product, e.g. its scene classification."""
        return replace(self, content=content, resolution=resolution, extension=extension).file_name()


def parse_name(path):
    """Parse a Terrascope file or product-folder name (a path's last part is used).

    Raises ``ProductNameError`` naming the file and the expected pattern.
    """
    name = os.path.basename(os.fspath(path).rstrip("/\\"))
    match = _NAME.fullmatch(name)
    if not match:
        raise ProductNameError(
            f"{name!r} is not a Terrascope Sentinel-2 file name: expected {NAME_PATTERN}, "
            f"e.g. {EXAMPLE_NAME}"
        )
    date, time = match["date"], match["time"]
    try:
        acquisition = datetime(int(date[:4]), int(date[4:6]), int(date[6:]),
                               int(time[:2]), int(time[2:4]), int(time[4:]), tzinfo=timezone.utc)
    except ValueError:
        raise ProductNameError(
            f"{name!r} has no valid date and time in {match['date']}T{match['time']}: "
            f"expected {NAME_PATTERN}"
        ) from None
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
    )


def try_parse_name(path):
    """``parse_name`` or None for a name that does not follow the convention."""
    try:
        return parse_name(path)
    except ProductNameError:
        return None

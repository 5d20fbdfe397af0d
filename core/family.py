"""What a product family is: the vocabulary of the product model.

A family (``core.sentinel2.SENTINEL2``, ``core.probav.PROBAV``) describes

- its names: how a file name is parsed into a ``ProductName`` and written back;
- its product table: one ``ContentSpec`` per content (DN -> value; the file's own tags win where the
  table gives no scale);
- its quality layer (``QualityLayer``): the file beside each product that says which pixels to leave out
  (the Sentinel-2 scene classification, the PROBA-V status map), where to look for it, and how its values
  read as SCL class codes so that one masking engine (``core.masking``) serves every family;
- hints on its archive layout (tile and mission patterns, resolutions, resolution folders).

The rest of the core asks the family of a name (``ProductName.family``) instead of knowing any of it.
This module holds no product facts and imports nothing of the plugin.
"""

import os
from dataclasses import dataclass, field, replace
from datetime import datetime

QUICKLOOK_SUFFIX = "_QUICKLOOK"

_FAMILIES = {}  # key -> ProductFamily, filled as the family modules define theirs


@dataclass(frozen=True)
class ContentSpec:
    """What a product table knows of one content."""

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
    bands: tuple = ()  # band names of a multi-band content (PROBA-V RADIOMETRY), in band order
    quality_bands: tuple = ()  # the bands whose radiometric quality the values depend on (PROBA-V NDVI)

    @property
    def scalable(self):
        """True where the table gives the scale and offset."""
        return self.scale is not None and self.offset is not None


@dataclass(frozen=True)
class QualityLayer:
    """A family's per-pixel quality file: which content it is, its resolution in names, and how its
    values read as SCL class codes (``to_scl_codes(values, bands)``, ``bands`` the names of the bands whose
    bad radiometric quality is to be masked; None where the values are SCL codes already)."""

    content: str  # e.g. "SCENECLASSIFICATION", "SM"
    label: str  # e.g. "scene classification (SCL)"
    resolution: str = ""  # the resolution its file name carries; "" = the product's own
    to_scl_codes: object = None  # uint8 array -> uint8 SCL codes, or None


@dataclass(frozen=True)
class ProductFamily:
    """One product family: see the module docstring. ``parse(name)`` gives a ``ProductName`` or None;
    ``format(name)`` writes a ``ProductName`` back as a file name."""

    key: str  # short identifier stored in ``ProductName.family``, e.g. "S2", "PROBAV"
    title: str  # e.g. "Sentinel-2"
    name_pattern: str
    example_name: str
    parse: object
    format: object
    table: tuple  # ContentSpec entries, in the order the algorithms offer them
    quality: QualityLayer
    mask_contents: frozenset  # contents that are masks, not values (never listed by default, never scaled)
    tile_pattern: str  # regular expression of a tile name
    mission_pattern: str  # regular expression of a mission name
    resolutions: tuple  # resolution tokens of names, e.g. ("10M", "20M", "60M")
    resolution_folders: tuple = ()  # folders inside a product that hold one resolution each
    contents: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "contents", {spec.content: spec for spec in self.table})
        _FAMILIES[self.key] = self

    @property
    def scalable_contents(self):
        """The contents whose DNs are physical quantities (not masks), in table order."""
        return tuple(spec.content for spec in self.table if spec.content not in self.mask_contents)

    def quality_candidates(self, path, name):
        """Where the quality layer of ``path`` (parsed as ``name``) may be, most likely first: the same
        folder, then for a file in a resolution folder the folder of the quality layer's resolution."""
        if name.content == self.quality.content:
            return []
        file_name = name.sibling(self.quality.content, self.quality.resolution or name.resolution, ".tif")
        folder = os.path.dirname(os.path.abspath(os.fspath(path)))
        candidates = [os.path.join(folder, file_name)]
        parent, leaf = os.path.split(folder)
        if self.quality.resolution and leaf.upper() in self.resolution_folders \
                and leaf.upper() != self.quality.resolution:
            candidates.append(os.path.join(parent, self.quality.resolution, file_name))
        return candidates


def family(key):
    """The ``ProductFamily`` registered under ``key``."""
    return _FAMILIES[key]


def families():
    """Every registered family, in registration order."""
    return tuple(_FAMILIES.values())


@dataclass(frozen=True)
class ProductName:
    """The parts of a Terrascope file (or product-folder) name, whatever its family."""

    mission: str  # "S2A", "S2B", "S2C", "PROBAV"
    acquisition: datetime  # UTC, timezone-aware (PROBA-V: the synthesis date at 00:00)
    tile: str  # MGRS "31UFS" or PROBA-V "X18Y02"
    content: str  # e.g. "TOC-B04", "NDVI", "SCENECLASSIFICATION", "FAPAR_QUICKLOOK", "RADIOMETRY", "SM"
    resolution: str  # "10M", "333M"... or "" when the name has none
    version: str  # three digits, e.g. "210"
    extension: str  # ".tif", ".xml" or "" for a product folder
    zulu: bool = False  # Sentinel-2: the older V1xx names carry a "Z" after the time
    family_key: str = "S2"
    product_type: str = ""  # PROBA-V: synthesis and level, e.g. "S10_TOC" ("S10_TOC_NDVI": NDVI product)

    @property
    def family(self):
        return family(self.family_key)

    @property
    def is_quicklook(self):
        return self.content.endswith(QUICKLOOK_SUFFIX)

    @property
    def is_quality_layer(self):
        """True for the family's quality layer (the SCL, the PROBA-V status map)."""
        return self.content == self.family.quality.content

    @property
    def is_mask(self):
        """True for masks and quicklooks: files that hold no values of a physical quantity."""
        return self.is_quicklook or self.content in self.family.mask_contents

    @property
    def acquisition_iso(self):
        """The acquisition as ISO 8601 UTC, e.g. ``2023-02-20T07:49:41Z``."""
        return iso_utc(self.acquisition)

    @property
    def acquisition_key(self):
        """What identifies one acquisition of one tile, whatever the version or content."""
        return (self.mission, self.acquisition, self.tile)

    def content_spec(self):
        """This content's entry in the family's product table, or None where it has none."""
        return self.family.contents.get(self.content)

    def file_name(self):
        """The name this record was parsed from (case normalised)."""
        return self.family.format(self)

    def sibling(self, content, resolution="", extension=".tif"):
        """The name of another file of the same product, e.g. its quality layer."""
        return replace(self, content=content, resolution=resolution, extension=extension).file_name()


def iso_utc(moment):
    """A UTC datetime as ISO 8601 with a four-digit year, e.g. ``0023-02-20T07:49:41Z`` (``strftime``'s
    ``%Y`` writes years before 1000 without their leading zeros)."""
    return f"{moment.year:04d}-{moment:%m-%dT%H:%M:%S}Z"

"""The product families the plugin knows, and their product tables looked up by content.

Each family's facts are in its own module (``core.sentinel2``, ``core.probav``); what a family
describes is in ``core.family``. Add a family by writing its module and listing it in ``FAMILIES``.
"""

from .errors import UnknownContentError
from .family import QUICKLOOK_SUFFIX
from .probav import PROBAV
from .sentinel2 import SENTINEL2

FAMILIES = (SENTINEL2, PROBAV)

# Every content of every family (the first family's entry where two share a content name).
PRODUCT_TABLE = {}
for _family in FAMILIES:
    for _content, _spec in _family.contents.items():
        PRODUCT_TABLE.setdefault(_content, _spec)

# Contents whose DNs are physical quantities (offered in the algorithms' CONTENT choices, in this order).
SCALABLE_CONTENTS = tuple(dict.fromkeys(content for family in FAMILIES for content in family.scalable_contents))

# The quality layers (SCL, status map): class codes, never scaled.
QUALITY_CONTENTS = frozenset(family.quality.content for family in FAMILIES)

# Contents that are masks in some family (quality layers and the like): never scaled, never averaged.
MASK_CONTENTS = frozenset().union(*(family.mask_contents for family in FAMILIES))


def content_spec(content, family=None):
    """The table entry for a content, e.g. ``"TOC-B04"``, in ``family``'s table (a ``ProductFamily``)
    or, without one, in any family's; quicklooks and unknown contents raise ``UnknownContentError``."""
    key = content.upper()
    if key.endswith(QUICKLOOK_SUFFIX):
        raise UnknownContentError(
            f"{content} is a quicklook (an RGB preview of byte values), not a physical quantity"
        )
    table = family.contents if family is not None else PRODUCT_TABLE
    try:
        return table[key]
    except KeyError:
        title = f"Terrascope {family.title}" if family is not None else "Terrascope"
        raise UnknownContentError(f"{content} is not a {title} content; known: {', '.join(table)}") from None

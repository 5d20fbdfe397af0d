"""Terrascope file names: which family a name belongs to and what it says (``ProductName``).

The grammar of each family's names is in its module (``core.sentinel2``, ``core.probav``).
"""

import os

from .errors import ProductNameError
from .family import QUICKLOOK_SUFFIX, ProductName  # noqa: F401 (the names' vocabulary, used by callers)
from .products import FAMILIES
from .sentinel2 import SCL_CONTENT  # noqa: F401 (the Sentinel-2 quality layer, used by callers)

NAME_PATTERN = " or ".join(f"{family.name_pattern} ({family.title})" for family in FAMILIES)
EXAMPLE_NAMES = ", ".join(family.example_name for family in FAMILIES)


def parse_name(path):
    """Parse a Terrascope file or product-folder name (a path's last part is used).

    Raises ``ProductNameError`` naming the file and the expected patterns.
    """
    name = os.path.basename(os.fspath(path).rstrip("/\\"))
    for family in FAMILIES:
        try:
            parsed = family.parse(name)
        except ValueError as error:
            raise ProductNameError(f"{name!r} has no valid date in {error}: expected {NAME_PATTERN}") from None
        if parsed is not None:
            return parsed
    raise ProductNameError(f"{name!r} is not a Terrascope file name: expected {NAME_PATTERN}, e.g. {EXAMPLE_NAMES}")


def try_parse_name(path):
    """``parse_name`` or None for a name that does not follow the convention."""
    try:
        return parse_name(path)
    except ProductNameError:
        return None

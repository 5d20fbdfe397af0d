"""The PROBA-V status map (``..._SM.tif``, uint8): its bits, and the masks and SCL codes it gives.

Bits (terrascope-products.md, PROBA-V; google/earthengine-catalog VITO_PROBAV_C1_S1_TOC_333M):

- bits 0-2, the pixel's class: 000 clear, 001 shadow, 010 undefined, 011 cloud, 100 snow/ice
  (101-111 are not defined: read as undefined);
- bit 3: 1 land, 0 sea;
- bits 4, 5, 6, 7: radiometric quality good (1) for SWIR, NIR, RED, BLUE.

``scl_codes(status, bands=())`` reads the status map as Sentinel-2 SCL class codes, so that the
composites' ``CLASSES``, ``DILATION`` and mask presets (``core.masking``) work on PROBA-V unchanged:
clear land -> 4 (VEGETATION), clear sea -> 6 (WATER), shadow -> 3 (CLOUD_SHADOWS), undefined -> 0
(NO_DATA), cloud -> 9 (CLOUD_HIGH_PROBABILITY), snow/ice -> 11 (SNOW). The default ``CLASSES`` (0, 1,
3, 8, 9, 10, 11) thus mask everything that is not clear; adding 6 masks the sea too. Radiometric quality
counts only where asked: a clear pixel whose quality is bad in one of ``bands`` reads as 1
(SATURATED_OR_DEFECTIVE), which the default ``CLASSES`` mask.
"""

import numpy as np

from .errors import TerrascopeError

CLASS_BITS = 0b0000_0111
LAND_BIT = 0b0000_1000
CLEAR, SHADOW, UNDEFINED, CLOUD, SNOW_ICE = 0, 1, 2, 3, 4
CLASS_LABELS = {CLEAR: "clear", SHADOW: "shadow", UNDEFINED: "undefined", CLOUD: "cloud", SNOW_ICE: "snow/ice"}
QUALITY_BITS = {"SWIR": 1 << 4, "NIR": 1 << 5, "RED": 1 << 6, "BLUE": 1 << 7}  # 1 = radiometry good

# The SCL code each status-map class reads as (clear: 4 on land, 6 on sea).
_SCL_OF_CLASS = {SHADOW: 3, UNDEFINED: 0, CLOUD: 9, SNOW_ICE: 11}
_CLEAR_LAND_SCL, _CLEAR_SEA_SCL = 4, 6


_DEFECTIVE_SCL = 1


def _scl_lookup(bands):
    quality = _quality_bits(bands)
    table = np.zeros(256, dtype=np.uint8)
    for value in range(256):
        status = value & CLASS_BITS
        if status == CLEAR:
            table[value] = _CLEAR_LAND_SCL if value & LAND_BIT else _CLEAR_SEA_SCL
            if value & quality != quality:
                table[value] = _DEFECTIVE_SCL
        else:
            table[value] = _SCL_OF_CLASS.get(status, _SCL_OF_CLASS[UNDEFINED])
    return table


def _quality_bits(bands):
    wrong = [band for band in bands if band not in QUALITY_BITS]
    if wrong:
        raise TerrascopeError(f"status map bands {wrong} do not exist: expected some of {', '.join(QUALITY_BITS)}")
    bits = 0
    for band in bands:
        bits |= QUALITY_BITS[band]
    return bits


_SCL_LOOKUPS = {}  # frozenset of bands -> lookup table (numpy only)

# How the status map reads as SCL classes, for help texts.
SCL_READING = ", ".join(
    [f"clear land {_CLEAR_LAND_SCL}", f"clear sea {_CLEAR_SEA_SCL}"]
    + [f"{CLASS_LABELS[status]} {code}" for status, code in _SCL_OF_CLASS.items()]
    + [f"clear but of bad radiometric quality (where asked) {_DEFECTIVE_SCL}"])


def scl_codes(status, bands=()):
    """The SCL class code of each status-map value (any integer array; values outside 0..255 read as
    undefined, SCL 0); clear pixels of bad radiometric quality in one of ``bands`` read as 1."""
    key = frozenset(bands)
    lookup = _SCL_LOOKUPS.get(key)
    if lookup is None:
        lookup = _SCL_LOOKUPS.setdefault(key, _scl_lookup(key))
    status = np.asarray(status)
    if status.dtype != np.uint8:
        outside = (status < 0) | (status > 255)
        status = np.where(outside, UNDEFINED, status).astype(np.uint8)
    return lookup[status]

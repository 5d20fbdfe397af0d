"""The PROBA-V status map (``..._SM.tif``, uint8): its bits, and the masks and SCL codes it gives.

Bits (terrascope-products.md, PROBA-V; google/earthengine-catalog VITO_PROBAV_C1_S1_TOC_333M):

- bits 0-2, the pixel's class: 000 clear, 001 shadow, 010 undefined, 011 cloud, 100 snow/ice
  (101-111 are not defined: read as undefined);
- bit 3: 1 land, 0 sea;
- bits 4, 5, 6, 7: radiometric quality good (1) for SWIR, NIR, RED, BLUE.

Two ways to use it:

``scl_codes(status)``
    The status map read as Sentinel-2 SCL class codes, so that the composites' ``CLASSES``, ``DILATION``
    and mask presets (``core.masking``) work on PROBA-V unchanged: clear land -> 4 (VEGETATION), clear
    sea -> 6 (WATER), shadow -> 3 (CLOUD_SHADOWS), undefined -> 0 (NO_DATA), cloud -> 9
    (CLOUD_HIGH_PROBABILITY), snow/ice -> 11 (SNOW). The default ``CLASSES`` (0, 1, 3, 8, 9, 10, 11)
    thus mask everything that is not clear; adding 6 masks the sea too. Radiometric quality is not part
    of this reading.

``status_mask(status, classes, sea, bands)``
    Every option of the status map: the classes to mask (default: every class but clear), the sea, and
    the bands whose bad radiometric quality masks a pixel (default: none).
"""

import numpy as np

from .errors import TerrascopeError

CLASS_BITS = 0b0000_0111
LAND_BIT = 0b0000_1000
CLEAR, SHADOW, UNDEFINED, CLOUD, SNOW_ICE = 0, 1, 2, 3, 4
CLASS_LABELS = {CLEAR: "clear", SHADOW: "shadow", UNDEFINED: "undefined", CLOUD: "cloud", SNOW_ICE: "snow/ice"}
DEFAULT_MASKED_CLASSES = (SHADOW, UNDEFINED, CLOUD, SNOW_ICE)  # everything that is not clear
QUALITY_BITS = {"SWIR": 1 << 4, "NIR": 1 << 5, "RED": 1 << 6, "BLUE": 1 << 7}  # 1 = radiometry good

# The SCL code each status-map class reads as (clear: 4 on land, 6 on sea).
_SCL_OF_CLASS = {SHADOW: 3, UNDEFINED: 0, CLOUD: 9, SNOW_ICE: 11}
_CLEAR_LAND_SCL, _CLEAR_SEA_SCL = 4, 6


def _scl_lookup():
    table = np.zeros(256, dtype=np.uint8)
    for value in range(256):
        status = value & CLASS_BITS
        if status == CLEAR:
            table[value] = _CLEAR_LAND_SCL if value & LAND_BIT else _CLEAR_SEA_SCL
        else:
            table[value] = _SCL_OF_CLASS.get(status, _SCL_OF_CLASS[UNDEFINED])
    return table


_SCL_LOOKUP = _scl_lookup()

# How the status map reads as SCL classes, for help texts.
SCL_READING = ", ".join(
    [f"clear land {_CLEAR_LAND_SCL}", f"clear sea {_CLEAR_SEA_SCL}"]
    + [f"{CLASS_LABELS[status]} {code}" for status, code in _SCL_OF_CLASS.items()])


def scl_codes(status):
    """The SCL class code of each status-map value (any integer array; values outside 0..255 read as
    undefined, SCL 0)."""
    status = np.asarray(status)
    if status.dtype != np.uint8:
        outside = (status < 0) | (status > 255)
        status = np.where(outside, UNDEFINED, status).astype(np.uint8)
    return _SCL_LOOKUP[status]


def status_mask(status, classes=DEFAULT_MASKED_CLASSES, sea=False, bands=()):
    """True where the status map ``status`` masks a pixel: its class is one of ``classes`` (values of
    bits 0-2; classes 5-7 count as undefined), or it is sea and ``sea`` is set, or its radiometric
    quality is bad in one of ``bands`` (names of ``QUALITY_BITS``)."""
    wrong = [band for band in bands if band not in QUALITY_BITS]
    if wrong:
        raise TerrascopeError(f"status map bands {wrong} do not exist: expected some of {', '.join(QUALITY_BITS)}")
    unknown = [value for value in classes if value not in CLASS_LABELS]
    if unknown:
        raise TerrascopeError(f"status map classes {unknown} do not exist: expected some of 0..4")
    status = np.asarray(status).astype(np.uint8, copy=False)
    pixel_class = status & CLASS_BITS
    pixel_class[pixel_class > SNOW_ICE] = UNDEFINED
    masked = np.isin(pixel_class, np.array(sorted(classes), dtype=np.uint8))
    if sea:
        masked |= (status & LAND_BIT) == 0
    quality = 0
    for band in bands:
        quality |= QUALITY_BITS[band]
    if quality:
        masked |= (status & quality) != quality
    return masked

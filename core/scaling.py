"""Digital numbers (DN) to physical values: PV = scale * DN + offset, invalid DNs to NaN."""

import math
from dataclasses import dataclass

import numpy as np

from .errors import TerrascopeError, UnknownContentError
from .naming import SCL_CONTENT
from .products import content_spec


@dataclass(frozen=True)
class Scaling:
    """How one raster's DNs become values: scale, offset, the nodata DN and the valid DN range."""

    scale: float
    offset: float
    nodata: float | None = None
    valid_min: float | None = None
    valid_max: float | None = None

    def invalid(self, dn):
        """True where a DN is the nodata value or outside the valid range."""
        invalid = np.zeros(dn.shape, dtype=bool)
        if self.nodata is not None:
            invalid |= np.isnan(dn) if math.isnan(self.nodata) else dn == self.nodata
        if self.valid_min is not None:
            invalid |= dn < self.valid_min
        if self.valid_max is not None:
            invalid |= dn > self.valid_max
        return invalid

    def to_physical(self, dn):
        """Float32 physical values, NaN where the DN is not valid."""
        values = dn.astype(np.float32) * np.float32(self.scale) + np.float32(self.offset)
        values[self.invalid(dn)] = np.nan
        return values

    def to_valid_dn(self, dn):
        """Float32 DNs as they are, NaN where the DN is not valid."""
        values = dn.astype(np.float32)
        values[self.invalid(dn)] = np.nan
        return values


def _file_scale(band):
    """The scale and offset the file declares on a band, or None when it declares none."""
    scale, offset = band.GetScale(), band.GetOffset()
    if scale not in (None, 1.0) or offset not in (None, 0.0):
        return (1.0 if scale is None else scale), (0.0 if offset is None else offset)
    return None


def scaling_for(path, band, content, scale=None, offset=None):
    """The ``Scaling`` of one band (a ``gdal.Band``) of the raster at ``path`` with ``content``.

    The product table gives scale, offset and valid range; the band's own nodata declaration wins
    over the table's (RAA is int16/32767 in V210 but uint16/65535 in V220). For contents the table
    cannot scale (CCC, CWC) the file's own scale/offset tags are used, else the explicit ``scale``
    (and ``offset``, 0 when not given). An explicit scale or offset overrides the table or the tags on
    its own: giving only one never silently drops it. SCL and quicklooks are refused.
    """
    if content.upper() == SCL_CONTENT:
        raise UnknownContentError(
            f"{path}: a scene classification holds class codes, which are never scaled to physical values")
    spec = content_spec(content)
    declared = band.GetNoDataValue()
    nodata = declared if declared is not None else spec.nodata
    known = (spec.scale, spec.offset) if spec.scalable else _file_scale(band)
    if known is None and scale is None:
        raise TerrascopeError(
            f"{path}: no public source gives the scale and offset of {spec.content} and the file "
            "declares none; give them explicitly (the advanced SCALE and OFFSET parameters)")
    # An explicit scale or offset overrides on its own; an offset not given otherwise is 0.
    chosen = (scale if scale is not None else known[0],
              offset if offset is not None else (known[1] if known is not None else 0.0))
    return Scaling(chosen[0], chosen[1], nodata, spec.valid_min, spec.valid_max)

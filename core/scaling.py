"""Digital numbers (DN) to values, in one place: PV = scale * DN + offset, invalid DNs left out.

``scaling_for`` reads one band's ``Scaling`` from the family's product table and the file's own tags;
``Scaling`` says which DNs are valid and turns DNs (or sums and means of DNs) into physical values.
"""

import math
import os
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from .errors import RasterError, TerrascopeError, UnknownContentError
from .naming import try_parse_name
from .products import MASK_CONTENTS, content_spec


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

    def apply(self, values):
        """``scale * values + offset`` for a float array of DNs (or of their means), in its own precision
        and in place."""
        values *= values.dtype.type(self.scale)
        values += values.dtype.type(self.offset)
        return values

    def to_physical(self, dn, valid=None):
        """Float32 physical values of the DNs ``dn``, NaN where the DN is not valid (or not ``valid``)."""
        values = self.apply(dn.astype(np.float32))
        values[~self.valid_function(dn.dtype)(dn) if valid is None else ~valid] = np.nan
        return values

    def valid_function(self, dtype):
        """A function ``dn -> bool array``: True where a DN of ``dtype`` is valid.

        For integer data it uses only the comparisons that can matter (for NDVI's uint8: ``dn <= 250``,
        which also excludes the nodata 255), with integer thresholds so numpy never widens the array.
        """
        dtype = np.dtype(dtype)
        if dtype.kind not in "iu":
            return lambda dn: ~self.invalid(dn)
        info = np.iinfo(dtype)
        low, high = info.min, info.max
        if self.valid_min is not None:
            low = max(low, math.ceil(self.valid_min))
        if self.valid_max is not None:
            high = min(high, math.floor(self.valid_max))
        if low > high:
            return lambda dn: np.zeros(dn.shape, dtype=bool)
        nodata = self.nodata
        checks = []
        if low > info.min:
            checks.append((np.greater_equal, dtype.type(low)))
        if high < info.max:
            checks.append((np.less_equal, dtype.type(high)))
        if nodata is not None and math.isfinite(nodata) and float(nodata).is_integer() and low <= nodata <= high:
            checks.append((np.not_equal, dtype.type(int(nodata))))

        def valid(dn):
            if dn.dtype != dtype:
                return ~self.invalid(dn)
            if not checks:
                return np.ones(dn.shape, dtype=bool)
            compare, value = checks[0]
            result = compare(dn, value)
            for compare, value in checks[1:]:
                result &= compare(dn, value)
            return result

        return valid


def _file_scale(band):
    """The scale and offset the file declares on a band, or None when it declares none."""
    scale, offset = band.GetScale(), band.GetOffset()
    if scale not in (None, 1.0) or offset not in (None, 0.0):
        return (1.0 if scale is None else scale), (0.0 if offset is None else offset)
    return None


def spec_for(path, content):
    """The product-table entry of ``content`` for the file at ``path``: from the family of its name
    where that family has the content, else from any family's table. Masks (SCL, status map, cloud
    mask) and quicklooks raise ``UnknownContentError`` naming the file."""
    content = content.upper()
    if content in MASK_CONTENTS:
        raise UnknownContentError(
            f"{os.fspath(path)}: {content} holds class codes or flags, which are never scaled to physical values")
    name = try_parse_name(path)
    family = name.family if name is not None and content in name.family.contents else None
    return content_spec(content, family)


def _converted(band, spec):
    """True for floating-point values of a content the product table has as integer DNs."""
    return (spec.dtype is not None and np.dtype(spec.dtype).kind in "iu"
            and gdal.GetDataTypeName(band.DataType).startswith(("Float", "CFloat")))


def check_delivered_type(path, band, spec):
    """Refuse floating-point values where the product table has integer DNs: the file has been converted
    already (an NDVI scaled to physical values, say), and scaling it again would be wrong."""
    if _converted(band, spec):
        actual = gdal.GetDataTypeName(band.DataType)
        raise RasterError(
            f"{os.fspath(path)}: holds {actual} values where {spec.content} is delivered as {spec.dtype} "
            "digital numbers: it looks converted already (e.g. scaled to physical values), and scaling it "
            "again would be wrong; use the file as delivered (or give the scale and offset explicitly)")


def scaling_for(path, band, content, scale=None, offset=None):
    """The ``Scaling`` of one band (a ``gdal.Band``) of the raster at ``path`` with ``content``.

    The product table gives scale, offset and valid range; the band's own nodata declaration wins
    over the table's (RAA is int16/32767 in V210 but uint16/65535 in V220). For contents the table
    cannot scale (CCC, CWC, PROBA-V angles and TIME) the file's own scale/offset tags are used, else the
    explicit ``scale`` (and ``offset``, 0 when not given). An explicit scale or offset overrides the
    table or the tags on its own: giving only one never silently drops it. Masks and quicklooks are
    refused, and so are floating-point values of a content delivered as integer DNs
    (``check_delivered_type``) unless a scale or offset is given: then the table's valid DN range does
    not apply to them.
    """
    spec = spec_for(path, content)
    converted = _converted(band, spec)
    if converted and scale is None and offset is None:
        check_delivered_type(path, band, spec)
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
    if converted:
        return Scaling(chosen[0], chosen[1], nodata)
    return Scaling(chosen[0], chosen[1], nodata, spec.valid_min, spec.valid_max)

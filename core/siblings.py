"""Files that belong together by the naming convention: a product's quality layer beside it.

The family of a product's name says what its quality layer is and where it lies
(``ProductFamily.quality_candidates``); layouts (terrascope-products.md):

- Sentinel-2 TOC: one flat product folder holds every band and ``<...>_SCENECLASSIFICATION_20M_<V>.tif``.
- Sentinel-2 biophysical products: ``<product>/10M/`` and ``<product>/20M/``, each normally holding its
  own copy of the 20 m SCL; where a 10M folder lacks it, the one in the sibling ``20M`` folder is used.
- PROBA-V: the status map ``<...>_SM.tif`` of the same product in the same folder.

Only names are built and looked up: no file is opened.
"""

import functools
import os

from .naming import try_parse_name


def quality_candidates(path, name=None):
    """Where the quality layer of ``path`` may be, most likely first; empty when ``path`` is not a
    Terrascope name or is itself a quality layer. ``name``: the ``ProductName`` of ``path`` when the
    caller has parsed it already."""
    name = name or try_parse_name(path)
    if name is None:
        return []
    return name.family.quality_candidates(path, name)


def find_quality_layer(path, exists=os.path.isfile, name=None):
    """The path of the quality layer (the SCL ``..._SCENECLASSIFICATION_20M_<V>.tif``, the PROBA-V status
    map ``..._SM.tif``) beside the Terrascope file ``path``, or None when there is none (or ``path`` is
    not a Terrascope name, or is a quality layer itself).

    ``exists`` decides whether a candidate path exists (default ``os.path.isfile``); a caller that has
    already listed the folders can pass a faster set lookup; ``name`` is the already parsed
    ``ProductName`` of ``path``, if any.
    """
    for candidate in quality_candidates(path, name):
        if exists(candidate):
            return candidate
    return None


def quality_decoder(path, radiometric_quality=False, band=None):
    """How the quality layer of ``path``'s family reads as SCL class codes: a function, or None where it
    is an SCL (or ``path`` is not a Terrascope name). With ``radiometric_quality`` pixels of bad
    radiometric quality in a band the values depend on (PROBA-V NDVI: RED and NIR; RADIOMETRY: ``band``,
    counted from 1, or all four) read as defective (SCL 1)."""
    name = try_parse_name(path)
    decode = name.family.quality.to_scl_codes if name is not None else None
    if decode is None:
        return None
    spec = name.content_spec()
    bands = ()
    if radiometric_quality and spec is not None:
        bands = spec.quality_bands
        if band is not None and spec.bands:
            bands = spec.bands[band - 1: band]
    return functools.partial(decode, bands=bands)

"""Files that belong together by the Terrascope naming convention: a product's scene classification.

Layouts (terrascope-products.md):

- TOC: one flat product folder holds every band and ``<...>_SCENECLASSIFICATION_20M_<V>.tif``.
- Biophysical products: ``<product>/10M/`` and ``<product>/20M/``, each normally holding its own copy of
  the 20 m SCL; where a 10M folder lacks it, the one in the sibling ``20M`` folder is used.

Only names are built and looked up: no file is opened.
"""

import os

from .naming import SCL_CONTENT, try_parse_name

SCL_RESOLUTION = "20M"


def scl_name(path, name=None):
    """The file name of the scene classification that belongs to ``path`` (same mission, acquisition,
    tile and version), or None when ``path`` is not a Terrascope name or is itself an SCL.
    ``name``: the ``ProductName`` of ``path`` when the caller has parsed it already."""
    name = name or try_parse_name(path)
    if name is None or name.is_scene_classification:
        return None
    return name.sibling(SCL_CONTENT, SCL_RESOLUTION, ".tif")


def scl_candidates(path, name=None):
    """Where the SCL of ``path`` may be, most likely first: the same folder, then, for a file inside a
    ``10M``/``60M`` folder, the sibling ``20M`` folder. Empty when there is no SCL name."""
    name = scl_name(path, name)
    if name is None:
        return []
    folder = os.path.dirname(os.path.abspath(os.fspath(path)))
    candidates = [os.path.join(folder, name)]
    parent, leaf = os.path.split(folder)
    if leaf.upper() in ("10M", "60M"):
        candidates.append(os.path.join(parent, SCL_RESOLUTION, name))
    return candidates


def find_scl(path, exists=os.path.isfile, name=None):
    """The path of the scene classification (``..._SCENECLASSIFICATION_20M_<V>.tif``) beside the
    Terrascope file ``path``, or None when there is none (or ``path`` is not a Terrascope name, or is an
    SCL itself).

    ``exists`` decides whether a candidate path exists (default ``os.path.isfile``); a caller that has
    already listed the folders can pass a faster set lookup; ``name`` is the already parsed
    ``core.naming.ProductName`` of ``path``, if any.
    """
    for candidate in scl_candidates(path, name):
        if exists(candidate):
            return candidate
    return None

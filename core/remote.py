"""Rasters read over the network: GDAL ``/vsicurl/`` URLs of catalogue assets (``core.searchcatalogue``).

The naming convention finds a local product's scene classification beside it on disk; for a URL the
catalogue item says where it is. The search remembers that mapping here (``remember_scl``: strings only,
for the life of the process), and ``quality_layer`` looks it up, falling back to the naming convention
applied to the URL (checked with ``VSIStatL``, one HEAD request) for URLs from another session.
"""

import contextlib
import os
import posixpath

from osgeo import gdal

from .errors import TerrascopeError
from .siblings import find_quality_layer, quality_candidates

NETWORK_PREFIXES = ("/vsicurl/", "/vsicurl?")
_SCL_OF = {}  # asset URL -> the URL (or path) of its item's scene classification


def is_network_path(path):
    """True for a GDAL network path (``/vsicurl/https://…``)."""
    return os.fspath(path).startswith(NETWORK_PREFIXES)


def exists(path):
    """True where ``path`` is a regular local file, or a network path that answers (``VSIStatL``)."""
    path = os.fspath(path)
    if is_network_path(path):
        return gdal.VSIStatL(path) is not None
    return os.path.isfile(path)


def missing_reason(paths):
    """What to say of input ``paths`` that ``exists`` did not find: they do not exist, or, for network
    paths, may also be refused to this user."""
    if any(is_network_path(path) for path in paths):
        return ("do not exist or cannot be read over the network (a catalogue's files need the search's "
                "authentication configuration, AUTHCFG, and a reachable server)")
    return "do not exist"


def remember_scl(records):
    """Remember the scene classification of each network record (``core.findproducts.ProductRecord``)."""
    for record in records:
        if record.scl_path and is_network_path(record.path):
            _SCL_OF[record.path] = record.scl_path


def quality_layer(path):
    """The quality layer (SCL) of ``path``: for a network path the one its catalogue item names, else the
    one the naming convention gives in the same URL folder where it answers; for a local file the one
    beside it (``core.siblings.find_quality_layer``). None when there is none."""
    path = os.fspath(path)
    if not is_network_path(path):
        return find_quality_layer(path)
    if path in _SCL_OF:
        return _SCL_OF[path]
    folder = posixpath.dirname(path)
    for candidate in quality_candidates(path):
        url = posixpath.join(folder, os.path.basename(candidate))
        if gdal.VSIStatL(url) is not None:
            return url
    return None


def url_prefix(path):
    """``/vsicurl/scheme://host[:port]/`` of a network path: the reads one authentication is for."""
    url = os.fspath(path)[len(NETWORK_PREFIXES[0]):]
    scheme, _, rest = url.partition("://")
    return f"{NETWORK_PREFIXES[0]}{scheme}://{rest.split('/', 1)[0]}/"


@contextlib.contextmanager
def http_headers(prefix, headers, paths):
    """Within the block, GDAL sends ``headers`` (``"Name: value"`` lines) with its reads under ``prefix``.

    GDAL 3.6 takes ``GDAL_HTTP_HEADERS`` only as a process-wide option (``SetPathSpecificOption`` has no
    effect on it there), so the network ``paths`` of the run (inputs and their scene classifications)
    must all lie under ``prefix``: otherwise the headers would go to another server, and this is
    refused. The option lives in memory only (never a header file) and is removed after the block, with
    GDAL's cached answers for ``prefix``."""
    network = [path for path in paths if is_network_path(path)]
    network += [_SCL_OF[path] for path in network if path in _SCL_OF]
    elsewhere = sorted({url_prefix(path) for path in network if not path.startswith(prefix)})
    if elsewhere:
        raise TerrascopeError(
            f"the inputs come from {prefix[len(NETWORK_PREFIXES[0]):]} with authentication and also from "
            f"{', '.join(p[len(NETWORK_PREFIXES[0]):] for p in elsewhere)}: run them separately, so that "
            f"credentials go to their own server only")
    previous = gdal.GetConfigOption("GDAL_HTTP_HEADERS")
    gdal.VSICurlPartialClearCache(prefix)
    gdal.SetConfigOption("GDAL_HTTP_HEADERS", headers)
    try:
        yield
    finally:
        gdal.SetConfigOption("GDAL_HTTP_HEADERS", previous)
        gdal.VSICurlPartialClearCache(prefix)

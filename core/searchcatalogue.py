"""Find Terrascope products in a STAC catalogue (terra-stac-api, e.g. https://stac.terrascope.be): the
search requests, the reading of the answers and the records, in pure Python. The network is the caller's:
``search`` takes a ``fetch(url) -> Response`` function (the QGIS algorithm passes one that goes through
QGIS's network access manager, with proxies, authentication and timeouts).

A search asks ``/collections/{id}`` (so that an unknown collection is named as such), then
``/search?collections=…&datetime=…&bbox=…&limit=…`` and follows the pages' ``next`` links (at most
``max_pages``). Of each item the assets whose file names follow the naming convention are the candidate
files; the filters, the highest version per acquisition and the records are those of findproducts
(``core.findproducts``), with the tile (``mgrs:*``) and the cloud cover (``eo:cloud_cover``) from the item's
properties and the footprint from its geometry. A record's path is the asset's local alternate
(``alternate.local.href`` or ``alternate.MEP.href``, as on the Terrascope platform) where ``local`` is set
and that file exists, else the GDAL ``/vsicurl/`` URL of the asset; its ``scl_path`` is the same item's
scene classification asset, chosen the same way.
"""

import json
import os
from dataclasses import dataclass, replace
from datetime import timedelta
from urllib.parse import quote, urlencode

from osgeo import ogr

from .findproducts import (
    CatalogueResult,
    MetadataFilter,
    ProductRecord,
    Query,
    Throttled,
    highest_versions,
)
from .errors import TerrascopeError
from .naming import SCL_CONTENT, try_parse_name

DEFAULT_URL = "https://stac.terrascope.be"
DEFAULT_COLLECTION = "terrascope-s2-ndvi-v2"
PAGE_LIMIT = 100  # items asked for per page
MAX_PAGES = 100  # pages followed at most: 10,000 items
LOCAL_ALTERNATES = ("local", "MEP")  # VITO's samples and terra-stac-api's items name it either way
VSICURL = "/vsicurl/"


class CatalogueError(TerrascopeError):
    """The catalogue could not be reached, refused the request or gave an answer that cannot be read."""


@dataclass(frozen=True)
class Response:
    """What a ``fetch`` gives: the HTTP ``status`` (0 when no answer came: ``error`` says why) and body."""

    url: str
    status: int
    body: bytes = b""
    error: str = ""
    reason: str = ""


def _iso(value):
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def search_url(url, collection, query, limit=PAGE_LIMIT):
    """The first ``/search`` request of ``query`` (a ``core.findproducts.Query``) in ``collection``.

    The time range is widened by one second on each side (items carry fractions of seconds that the
    names do not): the exact, inclusive bounds are applied to the names afterwards."""
    parameters = {"collections": collection, "limit": str(int(limit))}
    if query.start is not None or query.end is not None:
        begin = _iso(query.start - timedelta(seconds=1)) if query.start is not None else ".."
        end = _iso(query.end + timedelta(seconds=1)) if query.end is not None else ".."
        parameters["datetime"] = f"{begin}/{end}"
    if query.bbox is not None:
        parameters["bbox"] = ",".join(f"{value:.7f}" for value in query.bbox)
    return f"{url.rstrip('/')}/search?{urlencode(parameters, safe=',/:')}"


def check_response(response, catalogue):
    """Raise ``CatalogueError`` (naming ``findproducts`` and what to do) unless ``response`` is HTTP 200."""
    status = response.status
    if status == 200:
        return
    if status == 0:
        raise CatalogueError(f"the catalogue {catalogue} cannot be reached ({response.error or 'no answer'}): "
                             f"check the URL and the network (proxy settings)")
    answer = f"HTTP {status}{' ' + response.reason if response.reason else ''}"
    if status in (401, 403):
        raise CatalogueError(f"the catalogue {catalogue} refused access ({answer}) to {response.url}: choose an "
                             f"authentication configuration (AUTHCFG) with your Terrascope account, or check it")
    if status >= 500:
        raise CatalogueError(f"the catalogue {catalogue} failed ({answer}) on {response.url}: a problem of the "
                             f"server; try again later")
    excerpt = response.body[:200].decode("utf-8", "replace").strip()
    raise CatalogueError(f"the catalogue {catalogue} answered {answer} to {response.url}"
                         + (f": {excerpt}" if excerpt else ""))


def read_json(response):
    """The JSON object of a 200 response, or ``CatalogueError`` naming the URL."""
    try:
        value = json.loads(response.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise CatalogueError(f"the answer of {response.url} is not valid JSON ({error})") from None
    if not isinstance(value, dict):
        raise CatalogueError(f"the answer of {response.url} is not a JSON object")
    return value


def read_page(response):
    """``(items, next URL or None, items matched in all or None)`` of one page of a STAC search."""
    page = read_json(response)
    items = page.get("features")
    if page.get("type") != "FeatureCollection" or not isinstance(items, list):
        raise CatalogueError(f"the answer of {response.url} is not a STAC item collection (no 'features' list)")
    following = None
    for link in page.get("links") or ():
        if isinstance(link, dict) and link.get("rel") == "next" and link.get("href"):
            if str(link.get("method", "GET")).upper() != "GET":
                raise CatalogueError(f"the catalogue's next page of {response.url} needs a {link['method']} "
                                     f"request, which is not supported")
            following = link["href"]
    matched = page.get("numberMatched", (page.get("context") or {}).get("matched"))
    return [item for item in items if isinstance(item, dict)], following, (
        matched if isinstance(matched, int) else None)


def _item_tile(properties):
    zone, band, square = (properties.get(key) for key in ("mgrs:utm_zone", "mgrs:latitude_band", "mgrs:grid_square"))
    if isinstance(zone, int) and isinstance(band, str) and isinstance(square, str):
        return f"{zone:02d}{band}{square}".upper()
    return None


def _footprint(item):
    geometry = item.get("geometry")
    if isinstance(geometry, dict):
        shape = ogr.CreateGeometryFromJson(json.dumps(geometry))
        if shape is not None and not shape.IsEmpty():
            return shape.ExportToWkt()
    bbox = item.get("bbox")
    if isinstance(bbox, list) and len(bbox) >= 4:
        west, south, east, north = bbox[0], bbox[1], bbox[-2], bbox[-1]
        return (f"POLYGON (({west} {south}, {west} {north}, {east} {north}, {east} {south}, "
                f"{west} {south}))")
    return None


def asset_path(asset, local=True, exists=os.path.isfile):
    """Where GDAL reads ``asset``: its local alternate where ``local`` and that file ``exists``, else the
    ``/vsicurl/`` URL of its ``href`` (a plain path stays a path)."""
    alternates = asset.get("alternate") or {}
    if local:
        for key in LOCAL_ALTERNATES:
            href = (alternates.get(key) or {}).get("href")
            if href and exists(href):
                return href
    href = asset["href"]
    return VSICURL + href if href.startswith(("http://", "https://")) else href


@dataclass(frozen=True)
class _ItemFile:
    path: str
    name: object  # core.naming.ProductName
    cloud: float | None
    footprint: str | None
    scl_path: str | None


def item_files(item, local=True, exists=os.path.isfile):
    """The candidate files of one STAC item: ``(path, ProductName, _ItemFile)`` per raster asset whose
    file name follows the naming convention (tile from the item's properties where given)."""
    assets = item.get("assets") or {}
    properties = item.get("properties") or {}
    tile = _item_tile(properties)
    cloud = properties.get("eo:cloud_cover")
    cloud = float(cloud) if isinstance(cloud, (int, float)) else None
    named, scl = [], None
    for asset in assets.values():
        if not isinstance(asset, dict) or not isinstance(asset.get("href"), str):
            continue
        name = try_parse_name(asset["href"].rsplit("/", 1)[-1].split("?", 1)[0])
        if name is None or name.extension != ".tif":
            continue
        if tile:
            name = replace(name, tile=tile)
        path = asset_path(asset, local, exists)
        named.append((path, name))
        if name.content == SCL_CONTENT:
            scl = path
    if not named:
        return []
    footprint = _footprint(item)
    return [(path, name, _ItemFile(path, name, cloud, footprint, scl)) for path, name in named]


def search(fetch, url=DEFAULT_URL, collection=DEFAULT_COLLECTION, content=None, start=None, end=None,
           tiles=None, bbox=None, max_cloud=None, local=True, progress=None, limit=PAGE_LIMIT,
           max_pages=MAX_PAGES, exists=os.path.isfile):
    """Search ``collection`` of the STAC catalogue at ``url`` with the filters of findproducts
    (``core.findproducts.scan``: ``content``, ``start``, ``end``, ``tiles``, ``bbox``, ``max_cloud``).

    ``fetch(url) -> Response`` does the HTTP GETs; ``progress`` (``report``/``cancelled``) is told after
    each page and a cancel between pages raises ``Cancelled``. ``local`` uses the assets' local
    alternates where they ``exist``. Returns a ``CatalogueResult`` (records sorted by time, then tile).
    Raises ``CatalogueError`` for an unreachable or failing catalogue, a refused request (401/403: set
    AUTHCFG), an unknown collection, an unreadable answer, or more than ``max_pages`` pages.
    """
    query = Query.of(content, start, end, tiles, None, None, bbox, max_cloud)
    base = url.rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise TerrascopeError(f"catalogue URL {url!r} is not an http(s) URL, e.g. {DEFAULT_URL}")
    collection = (collection or "").strip()
    if not collection:
        raise TerrascopeError(f"no collection was given, e.g. {DEFAULT_COLLECTION}")
    _check_collection(fetch, base, collection)

    throttle = Throttled(progress)
    found, pages, seen = [], 0, 0
    following = search_url(base, collection, query, limit)
    while following:
        if pages == max_pages:
            raise CatalogueError(
                f"the search in {collection} returns more than {max_pages * limit} items ({max_pages} pages of "
                f"{limit}): narrow it with START/END, EXTENT or TILES")
        throttle.check()
        response = fetch(following)
        check_response(response, base)
        items, following, matched = read_page(response)
        pages += 1
        seen += len(items)
        for item in items:
            found.extend(item_files(item, local, exists))
        throttle.report(seen / matched if matched else pages / max_pages if following else 1.0)

    result = CatalogueResult(records=[], files_seen=seen, names_parsed=len(found))
    metadata_filter = MetadataFilter(query)
    for path, name, file in highest_versions(found, query, result):
        if not metadata_filter.keeps(path, file.cloud, file.footprint):
            continue
        result.records.append(ProductRecord(
            path=path, mission=name.mission, acquisition=name.acquisition, tile=name.tile,
            content=name.content, resolution=name.resolution, version=name.version, cloud_cover=file.cloud,
            scl_path=file.scl_path if name.content != SCL_CONTENT else None, footprint_wkt=file.footprint))
    result.warnings.extend(metadata_filter.warnings("no eo:cloud_cover in the item", "no item geometry"))
    throttle.report(1.0)
    return result


def _check_collection(fetch, base, collection):
    response = fetch(f"{base}/collections/{quote(collection, safe='')}")
    if response.status == 404:
        known = _collection_ids(fetch, base)
        raise CatalogueError(f"the catalogue {base} has no collection {collection!r}"
                             + (f"; its collections: {', '.join(known)}" if known else ""))
    check_response(response, base)
    read_json(response)


def _collection_ids(fetch, base):
    """The ids of the catalogue's collections (first page), or ``[]`` when they cannot be listed."""
    response = fetch(f"{base}/collections")
    if response.status != 200:
        return []
    try:
        collections = read_json(response).get("collections") or []
    except CatalogueError:
        return []
    return sorted(c["id"] for c in collections if isinstance(c, dict) and isinstance(c.get("id"), str))

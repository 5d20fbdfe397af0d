"""A small STAC API and file server on 127.0.0.1 (an ephemeral port) for the catalogue tests.

It answers as terra-stac-api does: ``/collections``, ``/collections/{id}``, ``/search`` (``collections``,
``datetime``, ``bbox``, ``limit``; pages linked by ``next``), and serves files under ``/files/`` with HTTP
range requests (so GDAL's ``/vsicurl/`` reads them). It can require a header (``require``), answer
every STAC request with one status (``fail_with``), with a body that is not JSON (``malformed``) or
late (``delay``), and records each request's path and headers (``requests``)::

    with StacServer(files_root) as server:
        server.add_item("terrascope-s2-ndvi-v2", item)
        server.url, server.file_url("NDVI_V2/…/x.tif")
"""

import copy
import json
import os
import threading
import time
from datetime import datetime

from osgeo import gdal

from archive import D1, TILES, Product, default_products, tile_bbox
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, urlsplit

NDVI = "terrascope-s2-ndvi-v2"
TOC = "terrascope-s2-toc-v2"
REAL_ITEM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "S2A_20230220T074941_38SKG_TOC_V210.json")


def real_item():
    """The real Terrascope TOC item (terra-stac-api's test resource), as a new dict."""
    with open(REAL_ITEM, encoding="utf-8") as stream:
        return json.load(stream)


def _time(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


class StacServer:
    def __init__(self, files_root=None):
        self.files_root = files_root
        self.collections = {}  # id -> [items]
        self.require = None  # (header, value) that every request must carry
        self.require_for_files_only = False
        self.fail_with = None  # an HTTP status for every STAC request
        self.malformed = False
        self.delay = 0  # seconds to wait before answering a STAC request
        self.page_size = None  # the most items a page holds, whatever the limit asked (None: the limit)
        self.requests = []  # (path with query, {header: value})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.app = self
        self._thread = None

    @property
    def url(self):
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def file_url(self, relative):
        return f"{self.url}/files/{quote(relative.replace(os.sep, '/'))}"

    def add_item(self, collection, item):
        self.collections.setdefault(collection, []).append(item)

    def __enter__(self):
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
        return False

    # --- search ---------------------------------------------------------------------------------------

    def search(self, query):
        wanted = set(query.get("collections", [""])[0].split(","))
        items = [item for c in sorted(self.collections) if c in wanted for item in self.collections[c]]
        if "datetime" in query:
            begin, end = query["datetime"][0].split("/")
            items = [i for i in items if (begin == ".." or _time(i["properties"]["datetime"]) >= _time(begin))
                     and (end == ".." or _time(i["properties"]["datetime"]) <= _time(end))]
        if "bbox" in query:
            west, south, east, north = (float(v) for v in query["bbox"][0].split(","))
            items = [i for i in items if i["bbox"][0] <= east and west <= i["bbox"][2]
                     and i["bbox"][1] <= north and south <= i["bbox"][3]]
        items.sort(key=lambda i: i["properties"]["datetime"])
        limit = min(int(query.get("limit", ["10"])[0]), self.page_size or 10 ** 6)
        page = int(query.get("page", ["0"])[0])
        page_items = items[page * limit:(page + 1) * limit]
        links = []
        if (page + 1) * limit < len(items):
            following = {key: values[0] for key, values in query.items()}
            following["page"] = str(page + 1)
            links.append({"rel": "next", "type": "application/geo+json", "method": "GET",
                          "href": f"{self.url}/search?" + "&".join(f"{k}={quote(v, safe=',/:')}"
                                                                  for k, v in following.items())})
        return {"type": "FeatureCollection", "features": page_items, "links": links,
                "numberMatched": len(items), "numberReturned": len(page_items)}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    @property
    def app(self):
        return self.server.app

    def _send(self, status, body=b"", content_type="application/json", extra=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, value, status=200):
        self._send(status, json.dumps(value).encode("utf-8"))

    def do_HEAD(self):  # noqa: N802 (http.server naming)
        self.do_GET()

    def do_GET(self):  # noqa: N802 (http.server naming)
        app = self.app
        app.requests.append((self.path, dict(self.headers.items())))
        parts = urlsplit(self.path)
        path = parts.path
        is_file = path.startswith("/files/")
        if app.require and (is_file or not app.require_for_files_only):
            name, value = app.require
            if self.headers.get(name) != value:
                self._json({"code": "Unauthorized", "description": "authentication required"}, 401)
                return
        if is_file:
            self._file(path[len("/files/"):])
            return
        time.sleep(app.delay)
        if app.fail_with:
            self._json({"code": "ServerError", "description": "failure"}, app.fail_with)
            return
        if app.malformed:
            self._send(200, b"<html>not json</html>", "text/html")
            return
        if path == "/collections":
            self._json({"collections": [{"id": c, "type": "Collection"} for c in sorted(app.collections)]})
        elif path.startswith("/collections/") and path.count("/") == 2:
            collection = path.split("/")[2]
            if collection in app.collections:
                self._json({"id": collection, "type": "Collection", "links": []})
            else:
                self._json({"code": "NotFoundError", "description": f"collection {collection} not found"}, 404)
        elif path == "/search":
            self._json(app.search(parse_qs(parts.query)))
        else:
            self._json({"code": "NotFoundError"}, 404)

    def _file(self, relative):
        root = os.path.realpath(self.app.files_root or "")
        target = os.path.realpath(os.path.join(root, *relative.split("/")))
        if not target.startswith(root + os.sep) or not os.path.isfile(target):
            self._send(404, b"not found", "text/plain")
            return
        with open(target, "rb") as stream:
            data = stream.read()
        wanted = self.headers.get("Range")
        if wanted and wanted.startswith("bytes="):
            first, _, last = wanted[len("bytes="):].split(",")[0].partition("-")
            first = int(first) if first else max(len(data) - int(last), 0)
            last = min(int(last), len(data) - 1) if last and first <= int(last) else len(data) - 1
            if first >= len(data):
                self._send(416, b"", "text/plain", [("Content-Range", f"bytes */{len(data)}")])
                return
            self._send(206, data[first:last + 1], "image/tiff",
                       [("Content-Range", f"bytes {first}-{last}/{len(data)}"), ("Accept-Ranges", "bytes")])
            return
        self._send(200, data, "image/tiff", [("Accept-Ranges", "bytes")])


def ndvi_item(template, server, product, ndvi_relative, scl_relative, local_root=None, cloud=None):
    """A STAC item of one NDVI product (``archive.Product``) built from the real ``template`` item: its NDVI
    and SCL assets served by ``server`` (files at ``ndvi_relative``/``scl_relative`` under the server's
    root) with the local alternate under ``local_root`` (``alternate.MEP.href``, as terra-stac-api)."""
    item = copy.deepcopy(template)
    item["id"] = product.name(product.collection, extension="")
    item["collection"] = "terrascope-s2-ndvi-v2"
    stamp = product.acquisition.strftime("%Y-%m-%dT%H:%M:%S.024000Z")
    tile = product.tile
    item["properties"].update({
        "datetime": stamp, "start_datetime": stamp, "end_datetime": stamp, "title": item["id"],
        "platform": "sentinel-2" + product.mission[-1].lower(),
        "mgrs:utm_zone": int(tile[:2]), "mgrs:latitude_band": tile[2], "mgrs:grid_square": tile[3:],
        "eo:cloud_cover": cloud if cloud is not None else product.cloud_cover,
    })
    if item["properties"]["eo:cloud_cover"] is None:
        del item["properties"]["eo:cloud_cover"]
    west, south, east, north = tile_bbox(tile) if tile in TILES else item["bbox"]
    item["bbox"] = [west, south, east, north]
    item["geometry"] = {"type": "Polygon", "coordinates": [[[west, south], [east, south], [east, north],
                                                             [west, north], [west, south]]]}
    scl_asset = template["assets"]["S2A_20230220T074941_38SKG_SCENECLASSIFICATION_20M_V210.tif"]
    ndvi_asset = copy.deepcopy(scl_asset)
    ndvi_asset.update({"title": "NDVI", "description": "Normalised difference vegetation index"})
    ndvi_asset["raster:bands"] = [{"data_type": "uint8", "scale": 0.004, "offset": -0.08, "nodata": 255}]
    item["assets"] = {}
    for relative, asset in ((ndvi_relative, ndvi_asset), (scl_relative, copy.deepcopy(scl_asset))):
        asset["href"] = server.file_url(relative)
        asset["alternate"] = {"MEP": {"href": os.path.join(local_root or "/nowhere", relative)}}
        item["assets"][os.path.basename(relative)] = asset
    return item


def ndvi_products():
    """The NDVI products of the default archive (one without sidecar, a far one) and a V200 copy."""
    products = [p for p in default_products() if p.collection == "NDVI"]
    return products + [Product("NDVI", "S2A", D1, "31UFS", "200", cloud_cover=35.0)]


def make_cogs(archive):
    """Rewrite every raster of ``archive`` as a Cloud Optimized GeoTIFF (same values)."""
    for item in archive.files:
        if item.kind in ("raster", "scl"):
            temporary = item.path + ".cog"
            gdal.Translate(temporary, item.path, format="COG", creationOptions=["BLOCKSIZE=256"])
            os.replace(temporary, item.path)


def serve_archive(server, archive, local_alternates=True):
    """Serve ``archive`` (NDVI products, test/archive.py): an NDVI item per product (local alternates in
    ``archive.root``, or where no file is with ``local_alternates=False``) and the real TOC item."""
    template = real_item()
    for product in archive.products:
        ndvi = archive.select(content="NDVI", tile=product.tile, version=product.version,
                              acquisition=product.acquisition)[0].path
        scl = os.path.join(os.path.dirname(ndvi), product.name("SCENECLASSIFICATION", "20M"))
        server.add_item(NDVI, ndvi_item(template, server, product, os.path.relpath(ndvi, archive.root),
                                        os.path.relpath(scl, archive.root),
                                        local_root=archive.root if local_alternates else None))
    server.add_item(TOC, template)

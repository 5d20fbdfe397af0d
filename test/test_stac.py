"""core.searchcatalogue against a real HTTP server on 127.0.0.1 (test/stac_server.py) serving items built from the real
Terrascope STAC item and small generated COGs; the network through urllib (no QGIS)."""

import dataclasses
import os
import socket
import urllib.error
import urllib.request

import pytest
from osgeo import gdal, ogr

from archive import BELGIUM_BBOX, D1, D2, D3, FAR_DATE, make_archive
from stac_server import NDVI, TOC, StacServer, make_cogs, ndvi_products, serve_archive
from terrascope_processing.core.findproducts import scan
from terrascope_processing.core.errors import Cancelled
from terrascope_processing.core.searchcatalogue import CatalogueError, Response, search


def urllib_fetch(headers=None):
    def fetch(url):
        request = urllib.request.Request(url, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return Response(url, answer.status, answer.read())
        except urllib.error.HTTPError as error:
            return Response(url, error.code, error.read(), reason=error.reason)
        except urllib.error.URLError as error:
            return Response(url, 0, error=str(error.reason))
    return fetch


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    archive = make_archive(tmp_path_factory.mktemp("stac-archive"), ndvi_products(), size=8, foreign=False)
    make_cogs(archive)
    return archive


@pytest.fixture()
def server(archive):
    with StacServer(archive.root) as server:
        serve_archive(server, archive)
        yield server


def test_local_paths_equal_what_findproducts_finds(server, archive):
    result = search(urllib_fetch(), server.url, NDVI, limit=2)
    local = scan(archive.root, content="NDVI")
    assert [r.path for r in result.records] == [r.path for r in local.records]
    assert [(r.acquisition, r.tile, r.version, r.cloud_cover, r.scl_path) for r in result.records] == [
        (r.acquisition, r.tile, r.version, r.cloud_cover, r.scl_path) for r in local.records]
    assert result.superseded == 1  # the V200 copy
    searches = [path for path, _ in server.requests if path.startswith("/search")]
    assert len(searches) == 3  # 6 items, 2 per page: the next links were followed


def test_remote_paths_are_vsicurl_urls_of_the_assets(server, archive):
    records = search(urllib_fetch(), server.url, NDVI, local=False, tiles="31UES").records
    assert len(records) == 1
    record = records[0]
    relative = os.path.relpath(archive.paths(content="NDVI", tile="31UES")[0], archive.root)
    assert record.path == "/vsicurl/" + server.file_url(relative)
    assert record.scl_path == "/vsicurl/" + server.file_url(relative.replace("_NDVI_10M_", "_SCENECLASSIFICATION_20M_"))
    assert gdal.Open(record.path).ReadAsArray().tolist() == archive.file(archive.root + "/" + relative).data.tolist()


def test_filters_and_fields(server):
    fetch = urllib_fetch()
    belgium = search(fetch, server.url, NDVI, bbox=BELGIUM_BBOX, max_cloud=50)
    # 31UFS D1 (35 %), 31UES D1 (10 %), D3 (no cloud cover: kept with a warning); D2 80 %, the far tile out
    assert [(r.acquisition, r.tile, r.cloud_cover) for r in belgium.records] == [
        (D1, "31UES", 10.0), (D1, "31UFS", 35.0), (D3, "31UFS", None)]
    assert any("no known cloud cover" in w for w in belgium.warnings)
    assert any("bbox=2.5000000,49.4000000,6.5000000,51.6000000" in path for path, _ in server.requests)
    dated = search(fetch, server.url, NDVI, start=D2, end=D3)
    assert [r.acquisition for r in dated.records] == [D2, D3]  # inclusive, although items carry .024 s
    assert any("datetime=2019-03-12T10:50:18Z/2019-03-17T10:50:22Z" in path for path, _ in server.requests)
    far = search(fetch, server.url, NDVI, tiles="38SKG").records[0]
    assert (far.mission, far.acquisition, far.content, far.resolution, far.version) == (
        "S2A", FAR_DATE, "NDVI", "10M", "210")
    assert ogr.CreateGeometryFromWkt(far.footprint_wkt).Contains(ogr.CreateGeometryFromWkt("POINT (42.3 34.7)"))


def test_the_real_item(server):
    records = search(urllib_fetch(), server.url, TOC, content="TOC-B04").records
    assert len(records) == 1
    record = records[0]
    assert record.path == ("/vsicurl/https://services.terrascope.be/download/Sentinel2/TOC_V2/2023/02/20/"
                           "S2A_20230220T074941_38SKG_TOC_V210/S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif")
    assert (record.tile, record.cloud_cover, record.version, record.resolution) == ("38SKG", 7.156, "210", "10M")
    assert record.scl_path.endswith("S2A_20230220T074941_38SKG_SCENECLASSIFICATION_20M_V210.tif")
    assert ogr.CreateGeometryFromWkt(record.footprint_wkt).GetGeometryName() == "MULTIPOLYGON"
    on_platform = search(urllib_fetch(), server.url, TOC, content="TOC-B04", exists=lambda path: True).records[0]
    assert on_platform.path == ("/data/MTDA/TERRASCOPE_Sentinel2/TOC_V2/2023/02/20/S2A_20230220T074941_38SKG_TOC_V210/"
                                "S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif")
    every = search(urllib_fetch(), server.url, TOC).records  # bands and auxiliary layers, no SCL or quicklook
    assert len(every) == 16 and not [r for r in every if "SCENECLASSIFICATION" in r.path or "QUICKLOOK" in r.path]


def test_authentication_header(server):
    server.require = ("Authorization", "Bearer secret")
    with pytest.raises(CatalogueError, match="HTTP 401.*AUTHCFG"):
        search(urllib_fetch(), server.url, NDVI)
    assert len(search(urllib_fetch({"Authorization": "Bearer secret"}), server.url, NDVI).records) == 5


@pytest.mark.parametrize("status, message", [
    (403, "refused access .*HTTP 403.*AUTHCFG"), (500, "failed .*HTTP 500.*try again later"),
    (503, "HTTP 503")])
def test_http_errors(server, status, message):
    server.fail_with = status
    with pytest.raises(CatalogueError, match=message):
        search(urllib_fetch(), server.url, NDVI)


def test_malformed_answer(server):
    server.malformed = True
    with pytest.raises(CatalogueError, match="not valid JSON"):
        search(urllib_fetch(), server.url, NDVI)


def test_unknown_collection_names_the_known_ones(server):
    with pytest.raises(CatalogueError, match="no collection 'terrascope-s2-nvdi-v2'.*terrascope-s2-ndvi-v2"):
        search(urllib_fetch(), server.url, "terrascope-s2-nvdi-v2")


def test_unreachable_server():
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(CatalogueError, match="cannot be reached"):
        search(urllib_fetch(), f"http://127.0.0.1:{port}", NDVI)


def test_empty_result_is_no_error(server):
    assert search(urllib_fetch(), server.url, NDVI, tiles="32ULB").records == []


def test_paging_is_bounded_and_cancel_stops_between_pages(server):
    with pytest.raises(CatalogueError, match="more than 2 items .*narrow"):
        search(urllib_fetch(), server.url, NDVI, limit=1, max_pages=2)

    class CancelAfterFirstPage:
        reports = []

        def report(self, fraction):
            self.reports.append(fraction)

        def cancelled(self):
            return bool(self.reports)

    progress = CancelAfterFirstPage()
    server.requests.clear()
    with pytest.raises(Cancelled):
        search(urllib_fetch(), server.url, NDVI, limit=2, progress=progress)
    assert progress.reports == [pytest.approx(2 / 6)]
    assert len([path for path, _ in server.requests if path.startswith("/search")]) == 1


def test_scl_of_a_url_remembered_or_by_the_naming_convention(server):
    from terrascope_processing.core import remote

    record = search(urllib_fetch(), server.url, NDVI, local=False, tiles="31UES").records[0]
    # Not remembered (a URL from another session): the naming convention in the URL's folder, over HTTP.
    assert remote.quality_layer(record.path) == record.scl_path and remote.exists(record.path)
    elsewhere = "/vsicurl/" + server.file_url("NDVI_V2/S2A_20190307T105021_31UES_NDVI_10M_V210.tif")
    assert remote.quality_layer(elsewhere) is None and not remote.exists(elsewhere)
    # Remembered from a search: the SCL asset of the item, wherever it lies.
    remote.remember_scl([dataclasses.replace(record, path=elsewhere)])
    assert remote.quality_layer(elsewhere) == record.scl_path

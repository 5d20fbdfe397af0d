"""terrascope:searchcatalogue through processing.run against a STAC server on 127.0.0.1 (test/stac_server.py):
the same products, fields and files as findproducts, the network through QGIS (an authentication
configuration of the QGIS auth manager), clear errors, and composites over remote inputs equal to the same
composites over local files."""

import base64
import os
import socket

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsVectorLayer

from feedback import RecordingFeedback
from stac_server import NDVI
from test_stac import archive, server  # noqa: F401 (the generated archive and its STAC server: fixtures)

ALG = "terrascope:searchcatalogue"
USER, PASSWORD = "terrascope-user", "s3cret-pa55"
BASIC = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


@pytest.fixture(scope="module")
def authcfg(qgis_app):
    """A Basic authentication configuration in QGIS's auth manager (the test profile's database)."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("terrascope-tests", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("Terrascope test account")
    config.setConfig("username", USER)
    config.setConfig("password", PASSWORD)
    assert manager.storeAuthenticationConfig(config)[0]
    yield config.id()
    manager.removeAuthenticationConfig(config.id())


def features(path):
    """The features of a vector file as plain dicts (field values, and the geometry's bounding box as
    ``bbox``): no QGIS object outlives the call."""
    layer = QgsVectorLayer(path, "found", "ogr")
    assert layer.isValid()
    names = [f.name() for f in layer.fields() if f.name() != "fid"]
    rows = []
    for feature in layer.getFeatures():
        box = feature.geometry().boundingBox()
        rows.append(dict({name: feature[name] for name in names},
                         bbox=(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())))
    del layer
    return names, rows


def run(server, tmp_path, feedback=None, **parameters):
    """Run the search with the OUTPUT in a GeoPackage; returns (results, field names, feature dicts)."""
    import processing

    output = str(tmp_path / f"search{len(os.listdir(tmp_path))}.gpkg")
    results = processing.run(ALG, dict({"URL": server.url, "COLLECTION": NDVI, "OUTPUT": output}, **parameters),
                             feedback=feedback)
    return (results,) + features(results["OUTPUT"])


def test_same_products_fields_and_files_as_findproducts(provider, server, archive, tmp_path):
    import processing

    results, fields, rows = run(server, tmp_path, CONTENT="NDVI", END="2019-03-17")
    local = processing.run("terrascope:findproducts", {"INPUT": archive.root, "CONTENT": "NDVI", "END": "2019-03-17",
                                                       "OUTPUT": str(tmp_path / "local.gpkg")})
    assert results["LAYERS"] == local["LAYERS"]  # local alternates: the archive's own files
    assert fields == ["path", "mission", "acquisition", "tile", "content", "resolution", "version", "cloud_cover",
                      "scl_path"]
    _, local_rows = features(local["OUTPUT"])
    assert [[row[name] for name in fields] for row in rows] == [[row[name] for name in fields] for row in local_rows]
    first = rows[0]
    assert (first["tile"], first["version"], first["cloud_cover"]) == ("31UES", "210", 10.0)
    west, south, east, north = first["bbox"]
    assert west < 3.2 < east and south < 51.2 < north  # 31UES holds Bruges
    assert not west < 5.6 < east  # and not Liège


def test_remote_files_tiles_and_cloud(provider, server, archive, tmp_path):
    results, _fields, rows = run(server, tmp_path, LOCAL=False, TILES="31UFS", MAX_CLOUD=50)
    relative = [os.path.relpath(p, archive.root) for p in archive.paths(content="NDVI", tile="31UFS", version="210")]
    kept = [r for r in relative if "20190312" not in r]  # D2: 80 % cloud
    assert results["LAYERS"] == ["/vsicurl/" + server.file_url(r) for r in kept]
    assert [row["scl_path"] for row in rows] == [
        "/vsicurl/" + server.file_url(r.replace("_NDVI_10M_", "_SCENECLASSIFICATION_20M_")) for r in kept]


def test_empty_result_is_a_warning(provider, server, tmp_path):
    feedback = RecordingFeedback()
    results, _fields, rows = run(server, tmp_path, feedback, TILES="32ULB")
    assert results["LAYERS"] == [] and rows == []
    assert any(w.startswith("No product") for w in feedback.warnings)


@pytest.mark.parametrize("setup, message", [
    (lambda s: setattr(s, "require", ("Authorization", BASIC)), "HTTP 401.*AUTHCFG"),
    (lambda s: setattr(s, "fail_with", 503), "HTTP 503.*try again later"),
    (lambda s: setattr(s, "malformed", True), "not valid JSON"),
])
def test_errors(provider, server, tmp_path, setup, message):
    setup(server)
    with pytest.raises(QgsProcessingException, match=message):
        run(server, tmp_path)


def _cached(url):
    from qgis.core import QgsNetworkAccessManager
    from qgis.PyQt.QtCore import QUrl

    cache = QgsNetworkAccessManager.instance().cache()
    return cache is not None and cache.metaData(QUrl(url)).isValid()


def test_server_error_is_never_answered_from_qgis_cache(provider, server, tmp_path):
    """Qt answers a 5xx with any copy of the URL in the cache; a copy left by another request (here a plain
    QgsBlockingNetworkRequest, which always stores) must not turn a server error into a stale answer."""
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    collection = f"{server.url}/collections/{NDVI}"
    other = QgsBlockingNetworkRequest()
    assert other.get(QNetworkRequest(QUrl(collection))) == QgsBlockingNetworkRequest.NoError
    del other
    assert _cached(collection)
    server.fail_with = 503
    with pytest.raises(QgsProcessingException, match="HTTP 503.*try again later"):
        run(server, tmp_path)


def test_answers_are_not_stored_in_qgis_cache(provider, server, tmp_path):
    run(server, tmp_path)
    assert not _cached(f"{server.url}/collections/{NDVI}")
    assert not any(_cached(server.url + path) for path, _headers in server.requests)


def test_unknown_collection(provider, server, tmp_path):
    with pytest.raises(QgsProcessingException, match="no collection 'terrascope-s2-nvdi'.*terrascope-s2-ndvi-v2"):
        run(server, tmp_path, COLLECTION="terrascope-s2-nvdi")


def test_unreachable_catalogue(provider, tmp_path):
    import processing

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(QgsProcessingException, match="cannot be reached"):
        processing.run(ALG, {"URL": f"http://127.0.0.1:{port}", "OUTPUT": str(tmp_path / "x.gpkg")})


def test_cancel_aborts_the_request_under_way(provider, server, tmp_path):
    import time

    from qgis.PyQt.QtCore import QTimer

    server.delay = 20
    feedback = RecordingFeedback()
    QTimer.singleShot(300, feedback.cancel)
    began = time.monotonic()
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        run(server, tmp_path, feedback)
    assert time.monotonic() - began < 5
    assert not os.listdir(tmp_path)


def test_paging_with_progress(provider, server, tmp_path):
    server.page_size = 2  # the server gives at most 2 items per page, whatever the limit asked
    progress = []
    feedback = RecordingFeedback()
    feedback.progressChanged.connect(progress.append)
    results, _fields, _rows = run(server, tmp_path, feedback)
    assert len(results["LAYERS"]) == 5
    assert len([p for p, _ in server.requests if p.startswith("/search")]) == 3  # 6 items, 2 per page
    assert [round(p) for p in progress[:3]] == [33, 67, 100]  # after each page


def _composite(inputs, path, count):
    import processing

    processing.run("terrascope:meancomposite", {"INPUTS": inputs, "OUTPUT": str(path), "COUNT": str(count)})
    return gdal.Open(str(path)).ReadAsArray(), gdal.Open(str(count)).ReadAsArray()


def test_composite_over_remote_files_with_authentication(provider, server, archive, authcfg, tmp_path):
    server.require, server.require_for_files_only = ("Authorization", BASIC), True  # the catalogue is public
    feedback = RecordingFeedback()
    remote = run(server, tmp_path, feedback, LOCAL=False, TILES="31UFS", AUTHCFG=authcfg)[0]
    local = run(server, tmp_path, TILES="31UFS")[0]
    assert len(remote["LAYERS"]) == 3 and all(p.startswith("/vsicurl/") for p in remote["LAYERS"])
    mean, count = _composite(remote["LAYERS"], tmp_path / "remote.tif", tmp_path / "remote_count.tif")
    local_mean, local_count = _composite(local["LAYERS"], tmp_path / "local.tif", tmp_path / "local_count.tif")
    np.testing.assert_array_equal(mean, local_mean)
    np.testing.assert_array_equal(count, local_count)
    assert count[0, 0] == 2  # D2 is cloudy at the first pixel: its SCL (read remotely) masked it
    file_requests = [headers for path, headers in server.requests if path.startswith("/files/")]
    assert file_requests and all(headers.get("Authorization") == BASIC for headers in file_requests)
    assert gdal.GetConfigOption("GDAL_HTTP_HEADERS") is None  # cleared after the run
    assert not any(PASSWORD in m or BASIC in m for m in feedback.messages)


def test_remote_files_without_authentication_are_refused_clearly(provider, server, tmp_path):
    import processing

    server.require, server.require_for_files_only = ("Authorization", BASIC), True
    remote = run(server, tmp_path, LOCAL=False, TILES="31UES")[0]
    with pytest.raises(QgsProcessingException,
                       match="cannot be read over the network.*AUTHCFG.*31UES_NDVI_10M_V210.tif"):
        processing.run("terrascope:meancomposite", {"INPUTS": remote["LAYERS"], "OUTPUT": str(tmp_path / "x.tif")})
    assert not os.path.exists(tmp_path / "x.tif")


def test_time_series_over_remote_files_with_authentication(provider, server, authcfg, tmp_path):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    server.require, server.require_for_files_only = ("Authorization", BASIC), True
    remote = run(server, tmp_path, LOCAL=False, TILES="31UFS", AUTHCFG=authcfg)[0]
    local = run(server, tmp_path, TILES="31UFS")[0]
    points = QgsVectorLayer("Point?crs=EPSG:4326", "places", "memory")
    place = QgsFeature()
    place.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(5.6, 51.0)))  # inside 31UFS
    points.dataProvider().addFeatures([place])

    def series(inputs):
        result = processing.run("terrascope:timeseries", {"INPUTS": inputs, "LOCATIONS": points,
                                                          "OUTPUT": "memory:"})
        return [(f["acquisition"], f["mean"], f["valid"]) for f in result["OUTPUT"].getFeatures()]

    remote_rows = series(remote["LAYERS"])
    assert len(remote_rows) == 3 and remote_rows == series(local["LAYERS"])
    del points

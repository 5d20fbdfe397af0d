"""terrascope:findproducts through processing.run, on a generated archive tree (test/archive.py)."""

import os

import pytest
from osgeo import osr
from qgis.core import (NULL, QgsCoordinateReferenceSystem, QgsProcessingContext, QgsProcessingException,
                       QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from archive import BRUGES_BBOX, D1, D2, D3, LIEGE_BBOX, make_archive

ALG = "terrascope:findproducts"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return make_archive(tmp_path_factory.mktemp("archive"))


def run(parameters, tmp_path, feedback=None):
    """Run the algorithm with the OUTPUT in a GeoPackage; returns (results, layer)."""
    import processing

    output = str(tmp_path / f"found{len(os.listdir(tmp_path))}.gpkg")
    results = processing.run(ALG, dict(parameters, OUTPUT=output), feedback=feedback)
    layer = QgsVectorLayer(results["OUTPUT"], "found", "ogr")
    assert layer.isValid()
    return results, layer


def utc(value):
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second),
                     Qt.UTC)


def projected_extent(bbox, epsg):
    """``"xmin,xmax,ymin,ymax [EPSG:n]"``: a box inside the lon/lat ``bbox``, in another CRS."""
    source = osr.SpatialReference()
    source.ImportFromEPSG(4326)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target = osr.SpatialReference()
    target.ImportFromEPSG(epsg)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    west, south, east, north = bbox
    (x0, y0, _), (x1, y1, _) = transform.TransformPoints([(west, south), (east, north)])
    shrink_x, shrink_y = (x1 - x0) / 4, (y1 - y0) / 4
    return f"{x0 + shrink_x},{x1 - shrink_x},{y0 + shrink_y},{y1 - shrink_y} [EPSG:{epsg}]"


def test_fields_and_values(provider, archive, tmp_path):
    results, layer = run({"INPUT": archive.root, "CONTENT": "NDVI", "TILES": "31UFS"}, tmp_path)
    assert layer.crs() == QgsCoordinateReferenceSystem("EPSG:4326")
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry
    names = [f.name() for f in layer.fields()]
    assert names[names.index("path"):] == ["path", "mission", "acquisition", "tile", "content", "resolution",
                                           "version", "cloud_cover", "scl_path"]
    features = list(layer.getFeatures())
    assert len(features) == 3
    expected_paths = archive.paths(content="NDVI", tile="31UFS")
    assert [f["path"] for f in features] == expected_paths  # sorted by time
    assert results["LAYERS"] == expected_paths
    assert [f["acquisition"].toUTC() for f in features] == [utc(D1), utc(D2), utc(D3)]
    assert [f["mission"] for f in features] == ["S2A", "S2B", "S2A"]
    assert {(f["tile"], f["content"], f["resolution"], f["version"]) for f in features} == \
        {("31UFS", "NDVI", "10M", "210")}
    clouds = [f["cloud_cover"] for f in features]
    assert clouds[:2] == [35.0, 80.0] and clouds[2] == NULL  # D3 has no sidecar: unknown
    for feature in features:
        assert feature["scl_path"] == os.path.join(
            os.path.dirname(feature["path"]), os.path.basename(feature["path"]).replace(
                "_NDVI_10M_", "_SCENECLASSIFICATION_20M_"))
        geometry = feature.geometry()
        assert not geometry.isNull() and geometry.area() > 1.0  # a whole MGRS tile, in degrees²
        assert geometry.boundingBox().contains(geometry.centroid().asPoint())


def test_all_contents_and_highest_versions(provider, archive, tmp_path):
    results, layer = run({"INPUT": archive.root}, tmp_path)
    assert layer.featureCount() == 12 + 5 + 2
    assert {f["version"] for f in layer.getFeatures()} == {"210"}
    assert len(results["LAYERS"]) == 19 and not set(results["LAYERS"]) & set(archive.foreign)
    times = [f["acquisition"].toUTC() for f in layer.getFeatures()]
    assert times == sorted(times)


@pytest.mark.parametrize("epsg", [31370, 3857])
def test_extent_in_another_crs(provider, archive, tmp_path, epsg):
    _, liege = run({"INPUT": archive.root, "CONTENT": "NDVI", "EXTENT": projected_extent(LIEGE_BBOX, epsg)},
                   tmp_path)
    assert [f["tile"] for f in liege.getFeatures()] == ["31UFS"] * 3
    _, bruges = run({"INPUT": archive.root, "CONTENT": "TOC-B04", "EXTENT": projected_extent(BRUGES_BBOX, epsg)},
                    tmp_path)
    assert [(f["tile"], f["acquisition"].toUTC()) for f in bruges.getFeatures()] == [
        ("31UES", utc(D1)), ("31UES", utc(D2))]


def test_extent_excludes_the_far_product(provider, archive, tmp_path):
    results, layer = run({"INPUT": archive.root, "CONTENT": "NDVI",
                          "EXTENT": "2.5,6.5,49.4,51.6 [EPSG:4326]"}, tmp_path)
    assert layer.featureCount() == 4 and "38SKG" not in {f["tile"] for f in layer.getFeatures()}
    assert not any("38SKG" in path for path in results["LAYERS"])


def test_dates_missions_and_cloud(provider, archive, tmp_path):
    # an END given as a date alone includes that day
    results, _ = run({"INPUT": archive.root, "CONTENT": "NDVI", "START": "2019-03-12", "END": "2019-03-12"},
                     tmp_path)
    assert results["LAYERS"] == archive.paths(content="NDVI", acquisition=D2)
    results, _ = run({"INPUT": archive.root, "CONTENT": "NDVI", "START": QDateTime(QDate(2019, 3, 12),
                      QTime(10, 50, 19), Qt.UTC)}, tmp_path)
    assert len(results["LAYERS"]) == 2
    results, _ = run({"INPUT": archive.root, "MISSION": "S2B", "CONTENT": "TOC-B08"}, tmp_path)
    assert len(results["LAYERS"]) == 2 and all("S2B_" in os.path.basename(p) for p in results["LAYERS"])
    results, layer = run({"INPUT": archive.root, "CONTENT": "NDVI", "MAX_CLOUD": 50}, tmp_path)
    assert layer.featureCount() == 4
    results, layer = run({"INPUT": archive.root, "CONTENT": "NDVI", "MAX_CLOUD": 50,
                          "KEEP_UNKNOWN_CLOUD": False}, tmp_path)
    assert sorted(f["cloud_cover"] for f in layer.getFeatures()) == [5.0, 10.0, 35.0]
    results, layer = run({"INPUT": archive.root, "CONTENT": "FAPAR", "RESOLUTION": "20M"}, tmp_path)
    assert [(f["resolution"], f["version"]) for f in layer.getFeatures()] == [("20M", "210")]


def test_nothing_found_is_an_empty_layer(provider, archive, tmp_path):
    results, layer = run({"INPUT": archive.root, "CONTENT": "LAI"}, tmp_path)
    assert layer.featureCount() == 0 and results["LAYERS"] == []


def test_bad_folder(provider, tmp_path):
    import processing

    missing = str(tmp_path / "no-such-archive")
    with pytest.raises(QgsProcessingException, match="no-such-archive"):
        processing.run(ALG, {"INPUT": missing, "OUTPUT": "memory:"})


def test_bad_content(provider, archive):
    import processing

    with pytest.raises(QgsProcessingException, match="NVDI"):
        processing.run(ALG, {"INPUT": archive.root, "CONTENT": "NVDI", "OUTPUT": "memory:"})


def test_cancel(provider, archive):
    import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        processing.run(ALG, {"INPUT": archive.root, "OUTPUT": "memory:"}, feedback=feedback)


def test_memory_output_and_help(provider, archive):
    import processing
    from qgis.core import QgsApplication

    context = QgsProcessingContext()
    results = processing.run(ALG, {"INPUT": archive.root, "CONTENT": "TOC-B04", "OUTPUT": "memory:"},
                             context=context)
    layer = results["OUTPUT"]
    if isinstance(layer, str):
        layer = context.getMapLayer(layer)
    assert layer.featureCount() == 6
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert "highest" in algorithm.shortHelpString()
    for parameter in algorithm.parameterDefinitions():
        assert parameter.help(), parameter.name()

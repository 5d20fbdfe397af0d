"""The shipped model resources/models/find_and_time_series.model3 (find products -> time series at fields):
it is what scripts/build_model.py writes, it is registered, and it runs headless on a generated archive
with values worked out by hand from the archive's known digital numbers."""

import os

from osgeo import gdal
import pytest
from qgis.core import NULL, QgsApplication, QgsFeature, QgsGeometry, QgsVectorLayer

from archive import D1, D2, make_archive
from test_model import build_script, output_name

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_PATH = os.path.join(REPO_ROOT, "resources", "models", "find_and_time_series.model3")
MODEL_ID = "terrascope:findandtimeseries"
TABLE = "Time series"
PLOT = "Time series plot"


def test_build_script_writes_the_shipped_file(provider, tmp_path):
    from lxml import etree

    script = build_script()
    written = script.write_model(str(tmp_path / "model.model3"), script.MODELS["find_and_time_series.model3"])

    def canonical(path):
        parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
        return etree.tostring(etree.parse(path, parser), method="c14n")

    assert canonical(written) == canonical(MODEL_PATH), "re-run scripts/build_model.py"


def test_registered_with_inputs_in_dialog_order(provider):
    algorithm = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert algorithm is not None and algorithm.groupId() == "timeseries"
    assert [d.name() for d in algorithm.parameterDefinitions()] == [
        "FOLDER", "CONTENT", "START", "END", "TILES", "EXTENT", "MAX_CLOUD", "LOCATIONS", "DILATION",
        f"timeseries:{TABLE}", f"timeseries:{PLOT}"]
    ok, errors = algorithm.validate()
    assert ok, errors


def centre(transform, row, col):
    return transform[0] + (col + 0.5) * transform[1], transform[3] + (row + 0.5) * transform[5]


def test_model_runs_on_points_and_a_field(provider, tmp_path):
    """By hand: NDVI of 31UFS on 2019-03-07 and 2019-03-12, DN = day x 10 + (pixel index mod 20) on an
    8 x 8 grid, NDVI = DN / 250 - 0.08; on the 12th the SCL is cloud (9) on the first 20 m pixel, i.e.
    the 10 m pixels of rows 0-1, cols 0-1."""
    import processing

    archive = make_archive(tmp_path / "archive", size=8)
    (reference,) = archive.paths(content="NDVI", tile="31UFS", acquisition=D1)
    transform = gdal.Open(reference).GetGeoTransform()
    layer = QgsVectorLayer("Polygon?crs=EPSG:32631", "fields", "memory")
    features = []
    for first, last in ((centre(transform, 0, 0), centre(transform, 0, 0)),
                        (centre(transform, 3, 5), centre(transform, 3, 5)),
                        (centre(transform, 4, 0), centre(transform, 5, 1))):
        (left, top), (right, bottom) = first, last
        wkt = (f"POLYGON(({left - 1} {top + 1},{right + 1} {top + 1},{right + 1} {bottom - 1},"
               f"{left - 1} {bottom - 1},{left - 1} {top + 1}))")
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)

    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    plot = str(tmp_path / "plot.html")
    result = processing.run(model, {
        "FOLDER": archive.root, "CONTENT": "NDVI", "START": "2019-03-01T00:00:00", "END": "2019-03-12",
        "TILES": "31UFS", "LOCATIONS": layer, output_name(model, TABLE): "memory:", output_name(model, PLOT): plot})
    table = result[output_name(model, TABLE)]
    got = [(f["feature"], f["acquisition"].toPyDateTime().day, f["mean"], f["valid"], f["pixels"])
           for f in table.getFeatures()]

    def ndvi(dn):
        return dn / 250 - 0.08

    # Small squares around a pixel centre hold that pixel alone. Pixel (0, 0): index 0; pixel (3, 5):
    # index 29, 29 mod 20 = 9; the field over rows 4-5, cols 0-1: indices 32, 33, 40, 41 -> 12, 13, 0, 1.
    expected = [(1, 7, ndvi(70), 1, 1), (1, 12, None, 0, 1),
                (2, 7, ndvi(79), 1, 1), (2, 12, ndvi(129), 1, 1),
                (3, 7, ndvi(76.5), 4, 4), (3, 12, ndvi(126.5), 4, 4)]
    assert [(f, d, v, p) for f, d, _, v, p in got] == [(f, d, v, p) for f, d, _, v, p in expected]
    for (*_, mean, _, _), (*_, wanted, _, _) in zip(got, expected):
        assert mean == NULL if wanted is None else mean == pytest.approx(wanted)
    assert D2.day == 12 and os.path.exists(plot)

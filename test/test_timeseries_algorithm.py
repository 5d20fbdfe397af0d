"""terrascope:timeseries through processing.run: points and polygons (in two CRSs) against the hand-worked
values of timeseries_data, the table's fields, and the plot."""

import pytest
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

import timeseries_data as data

ALG = "terrascope:timeseries"


def run(parameters):
    import processing

    return processing.run(ALG, parameters)


def layer(kind, crs, geometries):
    """A memory layer of ``kind`` (Point, Polygon) in ``crs`` with one feature per WKT (ids 1, 2, ...)."""
    created = QgsVectorLayer(f"{kind}?crs={crs}&field=name:string", kind, "memory")
    features = []
    for wkt in geometries:
        feature = QgsFeature(created.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    created.dataProvider().addFeatures(features)
    return created


def rows(table):
    return [(f["feature"], f["acquisition"].toPyDateTime(), f["mean"], f["valid"], f["pixels"], f["path"])
            for f in table.getFeatures()]


def assert_rows(got, expected_by_fid, paths):
    fids = sorted(expected_by_fid)
    assert [(fid, when) for fid, when, *_ in got] == [
        (fid, when.replace(tzinfo=None)) for fid in fids for when in data.DATES]
    for fid, when, mean, valid, pixels, path in got:
        date = [d.replace(tzinfo=None) for d in data.DATES].index(when)
        expected_mean, expected_valid, expected_pixels = expected_by_fid[fid][date]
        assert (valid, pixels, path) == (expected_valid, expected_pixels, paths[date])
        if expected_mean is None:
            assert mean == NULL, (fid, when, mean)
        else:
            assert mean == pytest.approx(expected_mean, abs=1e-9)


def test_points_in_utm_and_in_wgs84(provider, tmp_path):
    paths = data.write_dates(tmp_path)
    lon, lat = data.lon_lat(*data.centre(5, 3))
    utm = layer("Point", "EPSG:32631", ["POINT(%r %r)" % data.centre(5, 3), "POINT(%r %r)" % data.centre(10, 1),
                                         "POINT(700000 5000000)"])
    result = run({"INPUTS": paths[::-1], "LOCATIONS": utm, "OUTPUT": "memory:"})
    assert [field.name() for field in result["OUTPUT"].fields()] == [
        "feature", "acquisition", "mean", "valid", "pixels", "path"]
    assert_rows(rows(result["OUTPUT"]), {1: data.EXPECTED["point"], 2: data.EXPECTED["nodata point"],
                                         3: data.EXPECTED["outside"]}, paths)
    wgs84 = layer("Point", "EPSG:4326", [f"POINT({lon!r} {lat!r})"])
    result = run({"INPUTS": paths, "LOCATIONS": wgs84, "OUTPUT": "memory:"})
    assert_rows(rows(result["OUTPUT"]), {1: data.EXPECTED["wgs84 point"]}, paths)


def test_polygons_and_plot(provider, tmp_path):
    paths = data.write_dates(tmp_path)
    fields = layer("Polygon", "EPSG:32631", [data.rectangle(2, 4, 254, 257),
                                              "POLYGON((700000 5000000,700100 5000000,700100 5000100,700000 5000000))"])
    plot = str(tmp_path / "curves.html")
    result = run({"INPUTS": paths, "LOCATIONS": fields, "OUTPUT": "memory:", "PLOT": plot})
    assert_rows(rows(result["OUTPUT"]), {1: data.EXPECTED["edge polygon"], 2: data.EXPECTED["outside"]}, paths)
    assert result["PLOT"] == plot
    html = open(plot, encoding="utf-8").read()
    assert html.count("<polyline") == 1 and html.count("<circle") == 2 and "NDVI" in html


def test_mixed_contents_are_refused(provider, tmp_path):
    paths = data.write_dates(tmp_path)
    other = tmp_path / "S2A_20230402T105021_31UFS_FAPAR_10M_V210.tif"
    other.write_bytes(open(paths[0], "rb").read())
    with pytest.raises(QgsProcessingException, match="different contents"):
        run({"INPUTS": paths + [str(other)], "LOCATIONS": layer("Point", "EPSG:32631", ["POINT(600035 5699945)"]),
             "OUTPUT": "memory:"})


def test_probav_point_and_field(provider, tmp_path):
    """PROBA-V NDVI (plate carree, 1/336 degree pixels from 0 E, 55 N) masked by its status map: the
    pixel under a point and the 2 x 2 pixels inside a field, from the arrays and the status bits."""
    from probav_data import PIXEL_333M, clear, write_probav

    dates = write_probav(tmp_path, 3, seed=5)
    lon, lat = 4.5 * PIXEL_333M, 55 - 3.5 * PIXEL_333M  # the centre of row 3, col 4
    west, north, east, south = 6.2 * PIXEL_333M, 55 - 10.2 * PIXEL_333M, 7.8 * PIXEL_333M, 55 - 11.8 * PIXEL_333M
    point = layer("Point", "EPSG:4326", [f"POINT({lon!r} {lat!r})"])
    field = layer("Polygon", "EPSG:4326", [f"POLYGON(({west!r} {south!r},{east!r} {south!r},{east!r} {north!r},"
                                           f"{west!r} {north!r},{west!r} {south!r}))"])
    paths = [d.ndvi_path for d in dates]
    at_point = rows(run({"INPUTS": paths, "LOCATIONS": point, "OUTPUT": "memory:"})["OUTPUT"])
    in_field = rows(run({"INPUTS": paths, "LOCATIONS": field, "OUTPUT": "memory:"})["OUTPUT"])
    assert len(at_point) == len(in_field) == 3
    counts = [valid for *_, valid, _, _ in at_point + in_field]
    assert 0 in counts and any(counts)  # masked and valid dates both occur (seed 5)
    for dated, (*_, mean, valid, pixels, path), (*_, field_mean, field_valid, field_pixels, _) in zip(
            dates, at_point, in_field):
        assert path == dated.ndvi_path and pixels == 1 and field_pixels == 4
        ok = (dated.ndvi <= 250) & clear(dated.sm)
        values = dated.ndvi * 0.004 - 0.08
        assert valid == int(ok[3, 4])
        assert mean == (pytest.approx(values[3, 4]) if ok[3, 4] else NULL)
        block, block_ok = values[10:12, 6:8], ok[10:12, 6:8]
        assert field_valid == int(block_ok.sum())
        assert field_mean == (pytest.approx(block[block_ok].mean()) if block_ok.any() else NULL)

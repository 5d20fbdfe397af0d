"""core.timeseries: means of the valid pixels under points and inside polygons, against hand-worked values
(timeseries_data), and the plots."""

import numpy as np
import pytest
from osgeo import ogr, osr

from terrascope_processing.core.errors import Cancelled
from terrascope_processing.core.masking import MaskSettings
from terrascope_processing.core.series import Series, series_by_grid
from terrascope_processing.core.timeseries import time_series
from terrascope_processing.core.timeseries_plot import lines, write_png, write_svg

import timeseries_data as data
from rasters import make_raster


SPLIT_AT_ROW_256 = 256 * 256  # the engine's windows of 256 x 256 pixels: the edge polygon spans two


def wkb(wkt):
    return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToWkb())


def epsg_wkt(code):
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(code)
    return reference.ExportToWkt()


def check(rows, expected, features):
    assert [(row.feature, row.acquisition) for row in rows] == [
        (feature, when) for feature in features for when in data.DATES]
    for row in rows:
        mean, valid, pixels = expected[row.feature][data.DATES.index(row.acquisition)]
        assert (row.valid, row.pixels) == (valid, pixels), row
        if mean is None:
            assert row.mean is None, row
        else:
            assert row.mean == pytest.approx(mean, abs=1e-9), row


def test_points_and_polygons_in_utm(tmp_path):
    paths = data.write_dates(tmp_path)
    locations = [
        ("point", wkb("POINT(%r %r)" % data.centre(5, 3))),
        ("nodata point", wkb("POINT(%r %r)" % data.centre(10, 1))),
        ("edge polygon", wkb(data.rectangle(2, 4, 254, 257))),
        ("outside", wkb("POINT(700000 5000000)")),
    ]
    with Series(paths[::-1], MaskSettings()) as series:  # any input order: rows in time order
        rows = time_series([series], locations, epsg_wkt(32631), window_pixels=SPLIT_AT_ROW_256)
    check(rows, data.EXPECTED, [name for name, _ in locations])
    assert {row.path for row in rows} == set(paths)
    assert [row.path for row in rows[:2]] == paths


def test_a_feature_in_another_crs_and_no_geometry(tmp_path):
    paths = data.write_dates(tmp_path)
    lon, lat = data.lon_lat(*data.centre(5, 3))
    with Series(paths, MaskSettings()) as series:
        rows = time_series([series], [("wgs84 point", wkb(f"POINT({lon!r} {lat!r})")), ("outside", None)],
                           epsg_wkt(4326))
    check(rows, data.EXPECTED, ["wgs84 point", "outside"])


def test_dilation_masks_as_the_composites_do(tmp_path):
    # 20 m of dilation grows the cloud (rows 254-255, cols 2-3) by a disk of 2 pixels: on date 2 every
    # pixel of the edge polygon (rows 254-257, cols 2-4) is then within reach but (257, 4), whose
    # nearest cloud pixel (255, 3) is sqrt(5) > 2 pixels away.
    paths = data.write_dates(tmp_path)
    with Series(paths, MaskSettings(dilation_m=20)) as series:
        rows = time_series([series], [("edge polygon", wkb(data.rectangle(2, 4, 254, 257)))], "")
    assert [(row.valid, row.pixels) for row in rows] == [(12, 12), (1, 12)]
    assert rows[1].mean == pytest.approx(data.ndvi(100))


def test_several_grids_one_series_each(tmp_path):
    paths = data.write_dates(tmp_path)
    other = make_raster(tmp_path / "S2B_20230410T105021_31UFS_NDVI_10M_V210.tif",
                        np.full((4, 4), 200, dtype=np.uint8), nodata=255, origin=(610000.0, 5700000.0))
    opened = series_by_grid(paths + [other], MaskSettings(classes=()))
    try:
        assert [series.paths for series in opened] == [paths, [other]]
        rows = time_series(opened, [("there", wkb("POINT(610015 5699985)")), ("here", wkb(data.rectangle(2, 4, 254, 257)))], "")
    finally:
        for series in opened:
            series.close()
    # One row per feature and date, in time order; outside a grid a feature has no pixels there.
    assert [(row.feature, row.acquisition.day, row.valid, row.pixels) for row in rows] == [
        ("there", 2, 0, 0), ("there", 7, 0, 0), ("there", 10, 1, 1),
        ("here", 2, 12, 12), ("here", 7, 12, 12), ("here", 10, 0, 0)]
    assert rows[2].mean == pytest.approx(data.ndvi(200))


def test_cancel(tmp_path):
    class Cancelling:
        def report(self, fraction):
            pass

        def cancelled(self):
            return True

    paths = data.write_dates(tmp_path)
    with Series(paths, MaskSettings()) as series, pytest.raises(Cancelled):
        time_series([series], [("point", wkb("POINT(%r %r)" % data.centre(5, 3)))], "", progress=Cancelling())


def test_plots_leave_masked_dates_out(tmp_path):
    paths = data.write_dates(tmp_path)
    locations = [("point", wkb("POINT(%r %r)" % data.centre(5, 3))),
                 ("nodata point", wkb("POINT(%r %r)" % data.centre(10, 1)))]
    with Series(paths, MaskSettings()) as series:
        rows = time_series([series], locations, "")
    drawn = lines(rows)
    assert [(feature, [when for when, _ in points]) for feature, points in drawn] == [
        ("point", list(data.DATES)), ("nodata point", [data.DATES[1]])]
    write_svg(rows, str(tmp_path / "plot.html"), title="NDVI <at> fields")
    html = (tmp_path / "plot.html").read_text()
    assert html.count("<polyline") == 2 and html.count("<circle") == 3 and "NDVI &lt;at&gt; fields" in html
    pytest.importorskip("matplotlib")
    write_png(rows, str(tmp_path / "plot.png"))
    assert (tmp_path / "plot.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

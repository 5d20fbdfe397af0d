"""PROBA-V in the core (no QGIS): names, product table, status map, siblings, series, archive scans."""

import os
from datetime import datetime, timezone

import numpy as np
import pytest
from osgeo import gdal

from probav_data import FIRST, TILE, clear, file_name, product_folder, reference_clear_mean, write_probav
from rasters import make_raster, read_raster
from terrascope_processing.core.findproducts import find_products
from terrascope_processing.core.meancomposite import mean_composite
from terrascope_processing.core.errors import ProductNameError, RasterError, UnknownContentError
from terrascope_processing.core.masking import MaskSettings
from terrascope_processing.core.naming import NAME_PATTERN, parse_name, try_parse_name
from terrascope_processing.core.parseproduct import describe_product
from terrascope_processing.core.scaletophysical import scale_to_physical
from terrascope_processing.core.series import Series
from terrascope_processing.core.siblings import find_quality_layer
from terrascope_processing.core.statusmap import scl_codes


def utc(*parts):
    return datetime(*parts, tzinfo=timezone.utc)


# --------------------------------------------------------------------------------- names

# (name, acquisition, tile, content, resolution, version, product type), read off by hand.
NAMES = [
    ("PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif", utc(2017, 4, 20), "X18Y02", "NDVI", "333M", "101",
     "S1_TOC"),
    ("PROBAV_S10_TOC_X18Y02_20180721_333M_V101_SM.tif", utc(2018, 7, 21), "X18Y02", "SM", "333M", "101",
     "S10_TOC"),
    ("PROBAV_S10_TOC_X18Y02_20180721_333M_NDVI_V101_NDVI.tif", utc(2018, 7, 21), "X18Y02", "NDVI", "333M", "101",
     "S10_TOC_NDVI"),
    ("PROBAV_S5_TOA_X00Y00_20140101_100M_V001_RADIOMETRY.tif", utc(2014, 1, 1), "X00Y00", "RADIOMETRY", "100M",
     "001", "S5_TOA"),
    ("PROBAV_S1_TOA_X35Y13_20200630_1KM_V101_GEOMETRY.tif", utc(2020, 6, 30), "X35Y13", "GEOMETRY", "1KM", "101",
     "S1_TOA"),
]


@pytest.mark.parametrize("case", NAMES, ids=[case[0] for case in NAMES])
def test_names(case):
    name, acquisition, tile, content, resolution, version, product_type = case
    parsed = parse_name(name)
    assert (parsed.mission, parsed.acquisition, parsed.tile, parsed.content, parsed.resolution,
            parsed.version, parsed.product_type, parsed.extension) == (
        "PROBAV", acquisition, tile, content, resolution, version, product_type, ".tif")
    assert parsed.acquisition_iso == acquisition.strftime("%Y-%m-%dT00:00:00Z")
    assert parsed.file_name() == name
    assert parsed.family.title == "PROBA-V"


def test_sibling_names():
    ndvi = parse_name("PROBAV_S10_TOC_X18Y02_20180721_333M_NDVI_V101_NDVI.tif")
    assert ndvi.sibling("SM", "333M") == "PROBAV_S10_TOC_X18Y02_20180721_333M_NDVI_V101_SM.tif"


@pytest.mark.parametrize("name", [
    "PROBAV_S2_TOC_X18Y02_20170420_333M_V101_NDVI.tif",  # no S2 synthesis
    "PROBAV_S1_TOC_18Y02_20170420_333M_V101_NDVI.tif",  # tile without X
    "PROBAV_S1_TOC_X18Y02_20170420_300M_V101_NDVI.tif",  # no 300M resolution
    "PROBAV_S1_TOC_X18Y02_20170420_333M_V11_NDVI.tif",  # two-digit version
    "PROBAV_S1_TOC_X18Y02_20170420_333M_V101.tif",  # no layer
    "PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif\n",
])
def test_foreign_names(name):
    with pytest.raises(ProductNameError) as caught:
        parse_name(name)
    assert NAME_PATTERN in str(caught.value) and "PROBAV_<S1|S5|S10>" in NAME_PATTERN


def test_invalid_date():
    with pytest.raises(ProductNameError, match="20170230"):
        parse_name("PROBAV_S1_TOC_X18Y02_20170230_333M_V101_NDVI.tif")


# --------------------------------------------------------------------------------- status map

def test_status_map_read_as_scl_codes_every_value():
    values = np.arange(256, dtype=np.uint8)
    expected = []
    for value in range(256):  # decoded by hand: class = value mod 8, land = bit 3
        status, land = value % 8, (value // 8) % 2 == 1
        expected.append({0: 4 if land else 6, 1: 3, 2: 0, 3: 9, 4: 11}.get(status, 0))
    assert scl_codes(values).tolist() == expected
    assert scl_codes(np.array([[-1, 300, 8]], dtype=np.int16)).tolist() == [[0, 0, 4]]


def test_radiometric_quality_reads_as_defective_where_asked():
    values = np.arange(256, dtype=np.uint8)
    status = values % 8
    good = {name: (values // 2 ** bit) % 2 == 1 for name, bit in (("SWIR", 4), ("NIR", 5), ("RED", 6), ("BLUE", 7))}
    plain = scl_codes(values)
    red_nir = scl_codes(values, bands=("RED", "NIR"))
    bad = (status == 0) & ~(good["RED"] & good["NIR"])
    assert bad.any() and (~bad & (status == 0)).any()
    assert (red_nir[bad] == 1).all() and np.array_equal(red_nir[~bad], plain[~bad])
    swir = scl_codes(values, bands=("SWIR",))
    assert np.array_equal(swir == 1, (status == 0) & ~good["SWIR"])
    with pytest.raises(Exception, match="GREEN"):
        scl_codes(values, bands=("GREEN",))


# --------------------------------------------------------------------------------- table and files

def test_describe_probav_products(tmp_path):
    dated = write_probav(tmp_path, 1)[0]
    ndvi = describe_product(dated.ndvi_path)
    assert {key: ndvi[key] for key in ("MISSION", "ACQUISITION", "TILE", "CONTENT", "RESOLUTION", "VERSION")} == {
        "MISSION": "PROBAV", "ACQUISITION": "2016-01-31T00:00:00Z", "TILE": "X18Y02", "CONTENT": "NDVI",
        "RESOLUTION": "333M", "VERSION": "101"}
    assert (ndvi["SCALE"], ndvi["OFFSET"], ndvi["NODATA"]) == (pytest.approx(0.004), pytest.approx(-0.08), 255)
    radiometry = describe_product(dated.radiometry_path)
    assert (radiometry["SCALE"], radiometry["OFFSET"], radiometry["NODATA"]) == (0.0005, 0.0, -1)
    sm = describe_product(dated.sm_path)
    assert (sm["CONTENT"], sm["SCALE"], sm["OFFSET"], sm["NODATA"]) == ("SM", None, None, None)


def test_scale_radiometry_every_band(tmp_path):
    dated = write_probav(tmp_path, 1)[0]
    result = scale_to_physical(dated.radiometry_path, tmp_path / "reflectance.tif")
    values, nodata, _ = read_raster(result.path)
    assert values.shape[0] == 4 and np.isnan(nodata).all()
    expected = np.where(dated.radiometry == -1, np.nan, dated.radiometry / 2000.0)
    np.testing.assert_allclose(values, expected, rtol=1e-6)
    assert values[0][dated.radiometry[0] == 2000].tolist() == [1.0] * int((dated.radiometry[0] == 2000).sum())


def test_time_layer_takes_the_file_tags(tmp_path):
    path = os.path.join(tmp_path, file_name(FIRST, "TIME"))
    make_raster(path, np.array([[10, 20]], dtype=np.uint8), epsg=4326, pixel=1 / 336, origin=(0.0, 55.0))
    with pytest.raises(Exception, match="SCALE and OFFSET"):
        scale_to_physical(path, tmp_path / "no_tags.tif")
    dataset = gdal.Open(path, gdal.GA_Update)
    dataset.GetRasterBand(1).SetScale(2.0)
    dataset.GetRasterBand(1).SetOffset(1.0)
    dataset = None
    scale_to_physical(path, tmp_path / "tagged.tif")
    assert read_raster(tmp_path / "tagged.tif")[0][0].tolist() == [[21.0, 41.0]]


def test_status_map_is_never_scaled(tmp_path):
    dated = write_probav(tmp_path, 1)[0]
    with pytest.raises(UnknownContentError, match="class codes"):
        scale_to_physical(dated.sm_path, tmp_path / "out.tif")


# --------------------------------------------------------------------------------- siblings

def test_status_map_found_beside_each_product(tmp_path):
    dated = write_probav(tmp_path, 1)[0]
    assert find_quality_layer(dated.ndvi_path) == dated.sm_path
    assert find_quality_layer(dated.radiometry_path) == dated.sm_path
    assert find_quality_layer(dated.sm_path) is None
    os.remove(dated.sm_path)
    assert find_quality_layer(dated.ndvi_path) is None


# --------------------------------------------------------------------------------- series

def test_composite_is_the_mean_of_clear_pixels(tmp_path):
    dates = write_probav(tmp_path, 4, seed=3)
    expected, count = reference_clear_mean(dates)
    assert 0 < np.isnan(expected).sum() < expected.size and (count > 1).any()
    with Series([d.ndvi_path for d in dates], MaskSettings()) as series:
        assert series.scl_paths == [d.sm_path for d in dates]
        assert series.acquisitions[1] == utc(2016, 2, 1)
        mean_composite(series, tmp_path / "mean.tif", tmp_path / "count.tif")
    mean = read_raster(tmp_path / "mean.tif")[0][0]
    np.testing.assert_allclose(mean, expected, rtol=1e-5, atol=1e-6)
    assert np.array_equal(read_raster(tmp_path / "count.tif")[0][0], count)


def test_sea_masked_when_water_is_chosen(tmp_path):
    dates = write_probav(tmp_path, 2, seed=4)
    with Series([d.ndvi_path for d in dates], MaskSettings(classes=(6,)), physical=False) as series:
        for index, dated in enumerate(dates):
            from terrascope_processing.core.engine import Window
            dn, valid = series.read_valid(index, Window(0, 0, dated.ndvi.shape[1], dated.ndvi.shape[0]))
            sea_and_clear = clear(dated.sm) & ((dated.sm.astype(int) // 8) % 2 == 0)
            assert np.array_equal(valid, (dated.ndvi <= 250) & ~sea_and_clear)


def test_radiometry_series_needs_a_band(tmp_path):
    dates = write_probav(tmp_path, 2, seed=5)
    paths = [d.radiometry_path for d in dates]
    with pytest.raises(RasterError, match="BLUE, RED, NIR, SWIR"):
        Series(paths, MaskSettings())
    with pytest.raises(RasterError, match="band 5"):
        Series(paths, MaskSettings(), band=5)
    with Series(paths, MaskSettings(), band=3) as series:  # NIR
        mean_composite(series, tmp_path / "nir.tif")
    nir = np.stack([d.radiometry[2] / 2000.0 for d in dates])
    valid = np.stack([(d.radiometry[2] != -1) & clear(d.sm) for d in dates])
    with np.errstate(invalid="ignore"):
        expected = np.where(valid, nir, 0).sum(axis=0) / valid.sum(axis=0)
    np.testing.assert_allclose(read_raster(tmp_path / "nir.tif")[0][0], expected, rtol=1e-5)


def test_series_without_status_map_names_it(tmp_path):
    dates = write_probav(tmp_path, 2, seed=6)
    os.remove(dates[1].sm_path)
    with pytest.raises(Exception, match="no status map") as error:
        Series([d.ndvi_path for d in dates], MaskSettings())
    assert dates[1].sm_path in str(error.value)


# --------------------------------------------------------------------------------- archive scans

def test_find_products_in_the_archive_layouts(tmp_path):
    v101 = write_probav(tmp_path, 3, synthesis="S1", version="101")
    v001 = write_probav(tmp_path, 2, synthesis="S10", version="001", step_days=10)
    assert os.path.dirname(v101[0].ndvi_path) == product_folder(tmp_path, FIRST)
    assert "/2016/20160131/" in v101[0].ndvi_path and "/2016/" not in v001[0].ndvi_path.replace(str(tmp_path), "")
    records = find_products(tmp_path, content="NDVI", read_metadata=False)
    expected = sorted([d.ndvi_path for d in v101 + v001],
                      key=lambda path: (parse_name(path).acquisition, path))
    assert [record.path for record in records] == expected
    assert [record.scl_path for record in records] == [
        find_quality_layer(path) for path in expected]
    assert {record.mission for record in records} == {"PROBAV"} and {record.tile for record in records} == {TILE}
    # the same day as an S1 and an S10 synthesis: two products, neither supersedes the other
    assert len([r for r in records if r.acquisition == utc(2016, 1, 31)]) == 2

    february = find_products(tmp_path, content="NDVI", start=datetime(2016, 2, 1), end=datetime(2016, 2, 9),
                             tiles="X18Y02", missions="PROBAV", resolutions="333M", read_metadata=False)
    assert [record.path for record in february] == [v101[1].ndvi_path, v101[2].ndvi_path]
    assert find_products(tmp_path, content="RADIOMETRY", tiles="X19Y02", read_metadata=False) == []
    assert [r.path for r in find_products(tmp_path, content="SM", end=datetime(2016, 1, 31),
                                          read_metadata=False)] == sorted([v101[0].sm_path, v001[0].sm_path])


def test_find_products_footprint_from_the_header(tmp_path):
    dated = write_probav(tmp_path, 1)[0]
    inside = find_products(tmp_path, content="NDVI", bbox=(0.01, 54.95, 0.02, 54.99))
    assert [record.path for record in inside] == [dated.ndvi_path]
    assert find_products(tmp_path, content="NDVI", bbox=(5.0, 50.0, 6.0, 51.0)) == []


def test_probav_names_are_not_sentinel2(tmp_path):
    assert try_parse_name("PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif").family.key == "PROBAV"
    assert try_parse_name("S2A_20190307T105021_31UFS_FAPAR_10M_V200.tif").family.key == "S2"


# --------------------------------------------------------------------------------- the cluster runner's job model

def test_job_composite_of_a_probav_archive(tmp_path):
    from terrascope_processing.core import jobs
    from terrascope_processing.core.joboutput import local_map, run_job

    dates = write_probav(tmp_path / "archive", 3, seed=12)
    tiles, warnings = jobs.select_tiles([str(tmp_path / "archive")], content="NDVI")
    assert warnings == [] and [tile for tile, _, _ in tiles] == [TILE]
    assert list(tiles[0][2]) == [d.sm_path for d in dates]  # the status maps play the part of the SCL
    plan = jobs.plan_job(tiles, jobs.JobSettings("composite", masking=MaskSettings(), count=True), 16)
    run_job(plan, tmp_path / "job", local_map(2))
    expected, count = reference_clear_mean(dates)
    np.testing.assert_allclose(read_raster(tmp_path / "job" / TILE / "mean.tif")[0][0], expected, rtol=1e-5, atol=1e-6)
    assert np.array_equal(read_raster(tmp_path / "job" / TILE / "count.tif")[0][0], count)

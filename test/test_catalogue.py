"""core.findproducts and core.siblings on a generated archive tree (no QGIS)."""

import os
from datetime import timedelta, timezone

import pytest
from osgeo import ogr

from archive import (BELGIUM_BBOX, BRUGES_BBOX, D1, D2, D3, FAR_DATE, LIEGE_BBOX, Product, make_archive,
                     tile_bbox)
from progress import Progress
from terrascope_processing.core import findproducts as catalogue, siblings
from terrascope_processing.core.findproducts import find_products, scan
from terrascope_processing.core.errors import Cancelled, TerrascopeError, UnknownContentError


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return make_archive(tmp_path_factory.mktemp("archive"))


def keys(records):
    return [(r.acquisition, r.tile, r.content, r.resolution, r.version) for r in records]


def test_default_lists_every_product_raster_but_masks_and_quicklooks(archive):
    records = find_products(archive.root)
    # TOC: 6 acquisitions x 2 bands (D1 31UFS once, in V210); NDVI: 5; FAPAR: one acquisition, 10M + 20M
    assert len(records) == 12 + 5 + 2
    contents = {r.content for r in records}
    assert contents == {"TOC-B04", "TOC-B08", "NDVI", "FAPAR"}
    expected = {f.path for f in archive.select(kind="raster") if f.product.version == "210"}
    assert {r.path for r in records} == expected


def test_foreign_files_are_ignored(archive):
    result = scan(archive.root)
    paths = {r.path for r in result.records}
    assert not paths & set(archive.foreign)
    assert result.files_seen == len(archive.files) + len(archive.foreign) - 1  # the foreign folder is no file
    assert result.names_parsed == len([f for f in archive.files if f.kind != "xml"])


def test_sorted_by_time_then_tile(archive):
    records = find_products(archive.root)
    order = [(r.acquisition, r.tile) for r in records]
    assert order == sorted(order)
    assert records[0].acquisition == D1 and records[-1].acquisition == D3


@pytest.mark.parametrize("content, count", [
    ("NDVI", 5), ("ndvi", 5), ("TOC-B04", 6), ("TOC-B04, TOC-B08", 12), ("FAPAR", 2), ("FAPAR_10M", 1),
    # The 10M and 20M folders of a biophysical product hold the same quicklook and SCL, and every
    # collection's folder holds the SCL of its acquisition (one name): each is listed once.
    ("FAPAR_QUICKLOOK", 1), ("SCL", 6), ("SCENECLASSIFICATION", 6), ("LAI", 0),
])
def test_content_filter(archive, content, count):
    records = find_products(archive.root, content=content, read_metadata=False)
    assert len(records) == count


def test_unknown_content_is_refused_with_the_known_ones(archive):
    with pytest.raises(UnknownContentError, match="NVDI.*NDVI"):
        find_products(archive.root, content="NVDI")


def test_highest_version_wins(archive):
    fapar = find_products(archive.root, content="FAPAR")
    assert [(r.resolution, r.version) for r in fapar] == [("10M", "210"), ("20M", "210")]
    assert all("_V210" in r.path for r in fapar)
    toc = find_products(archive.root, content="TOC-B04", tiles="31UFS", end=D1)
    assert [r.version for r in toc] == ["210"]
    assert toc[0].cloud_cover == 35.0  # from the V210 sidecar, not the V200 one (40)
    assert scan(archive.root, content="TOC-B04").superseded == 1


def test_time_filter_is_inclusive_and_utc(archive):
    ndvi = find_products(archive.root, content="NDVI", start=D2, end=D3)
    assert [(r.acquisition, r.tile) for r in ndvi] == [(D2, "31UFS"), (D3, "31UFS")]
    exactly = find_products(archive.root, content="NDVI", start=D2, end=D2)
    assert [r.acquisition for r in exactly] == [D2]
    naive = find_products(archive.root, content="NDVI", start=D2.replace(tzinfo=None),
                          end=D2.replace(tzinfo=None))
    assert [r.acquisition for r in naive] == [D2]
    brussels = timezone(timedelta(hours=1))
    local = find_products(archive.root, content="NDVI", start=D2.astimezone(brussels),
                          end=D2.astimezone(brussels))
    assert [r.acquisition for r in local] == [D2]
    just_after = find_products(archive.root, content="NDVI", start=D2 + timedelta(seconds=1), end=D3 - timedelta(seconds=1))
    assert just_after == []
    before_far = find_products(archive.root, content="NDVI", end=FAR_DATE - timedelta(seconds=1))
    assert {r.acquisition for r in before_far} == {D1}


def test_start_after_end_is_refused(archive):
    with pytest.raises(TerrascopeError, match="after"):
        find_products(archive.root, start=D3, end=D1)


def test_tile_and_mission_filters(archive):
    ues = find_products(archive.root, tiles="31ues", read_metadata=False)
    assert {r.tile for r in ues} == {"31UES"} and len(ues) == 2 * 2 + 1
    both = find_products(archive.root, tiles=["31UES", "31UFS"], content="NDVI", read_metadata=False)
    assert {r.tile for r in both} == {"31UES", "31UFS"} and len(both) == 4
    s2b = find_products(archive.root, missions="S2B", read_metadata=False)
    assert {r.mission for r in s2b} == {"S2B"} and {r.acquisition for r in s2b} == {D2}
    with pytest.raises(TerrascopeError, match="tile '31UF'"):
        find_products(archive.root, tiles="31UF")
    with pytest.raises(TerrascopeError, match="mission 'S3A'"):
        find_products(archive.root, missions="S3A")


def test_resolution_filter(archive):
    assert [r.resolution for r in find_products(archive.root, content="FAPAR", resolutions="20")] == ["20M"]
    with pytest.raises(TerrascopeError, match="resolution"):
        find_products(archive.root, resolutions="30M")


def test_extent_filter_excludes_the_far_product(archive):
    belgium = find_products(archive.root, content="NDVI", bbox=BELGIUM_BBOX)
    assert len(belgium) == 4 and "38SKG" not in {r.tile for r in belgium}
    liege = find_products(archive.root, content="NDVI", bbox=LIEGE_BBOX)
    assert {r.tile for r in liege} == {"31UFS"}
    # D3 has no XML sidecar: its footprint comes from the GeoTIFF header, and it is found too.
    assert [r.acquisition for r in liege] == [D1, D2, D3]
    bruges = find_products(archive.root, content="NDVI", bbox=BRUGES_BBOX)
    assert [(r.acquisition, r.tile) for r in bruges] == [(D1, "31UES")]
    far = find_products(archive.root, bbox=tile_bbox("38SKG"))
    assert {r.tile for r in far} == {"38SKG"} and len(far) == 3


def test_footprints_from_sidecar_and_header_agree(archive):
    records = find_products(archive.root, content="NDVI", tiles="31UFS")
    from_xml = ogr.CreateGeometryFromWkt(records[0].footprint_wkt)  # D1: sidecar bbox
    from_header = ogr.CreateGeometryFromWkt(records[-1].footprint_wkt)  # D3: no sidecar
    assert records[-1].acquisition == D3 and records[-1].cloud_cover is None
    west, south, east, north = tile_bbox("31UFS")
    assert from_xml.GetEnvelope() == pytest.approx((west, east, south, north), abs=1e-6)
    assert from_header.GetEnvelope() == pytest.approx((west, east, south, north), abs=1e-6)
    # the header footprint is the tile's true (rotated) quadrilateral, inside the sidecar's box
    assert from_header.GetGeometryRef(0).GetPointCount() > 5
    assert from_header.Area() < from_xml.Area()
    assert from_xml.Contains(from_header.Buffer(-1e-6))


def test_max_cloud_keeps_unknown_cloud_cover_with_a_warning(archive):
    result = scan(archive.root, content="NDVI", max_cloud=50)
    assert [(r.acquisition, r.tile, r.cloud_cover) for r in result.records] == [
        (D1, "31UES", 10.0), (D1, "31UFS", 35.0), (FAR_DATE, "38SKG", 5.0), (D3, "31UFS", None)]
    assert any("no known cloud cover" in w and "20190317" in w for w in result.warnings)
    strict = find_products(archive.root, content="NDVI", max_cloud=50, keep_unknown_cloud=False)
    assert None not in {r.cloud_cover for r in strict} and len(strict) == 3
    inclusive = find_products(archive.root, content="NDVI", max_cloud=35, keep_unknown_cloud=False)
    assert sorted(r.cloud_cover for r in inclusive) == [5.0, 10.0, 35.0]
    with pytest.raises(TerrascopeError, match="percentage"):
        find_products(archive.root, max_cloud=120)


def test_record_fields(archive):
    record = find_products(archive.root, content="TOC-B04", tiles="31UES", end=D1)[0]
    folder = os.path.join(archive.root, "TOC_V2", "2019", "03", "07", "S2A_20190307T105021_31UES_TOC_V210")
    assert record.path == os.path.join(folder, "S2A_20190307T105021_31UES_TOC-B04_10M_V210.tif")
    assert (record.mission, record.acquisition, record.tile) == ("S2A", D1, "31UES")
    assert (record.content, record.resolution, record.version) == ("TOC-B04", "10M", "210")
    assert record.cloud_cover == 10.0
    assert record.scl_path == os.path.join(folder, "S2A_20190307T105021_31UES_SCENECLASSIFICATION_20M_V210.tif")
    assert record.footprint_wkt.startswith("POLYGON")
    assert record.acquisition_iso == "2019-03-07T10:50:21Z"


def test_scl_paths(archive):
    for record in find_products(archive.root):
        assert record.scl_path is not None and os.path.isfile(record.scl_path)
        assert os.path.dirname(record.scl_path) == os.path.dirname(record.path)
        assert record.scl_path.endswith(f"_SCENECLASSIFICATION_20M_V{record.version}.tif")
    assert all(r.scl_path is None for r in find_products(archive.root, content="SCL", read_metadata=False))


def test_read_metadata_false_touches_no_file(archive):
    records = find_products(archive.root, content="NDVI", read_metadata=False)
    assert all(r.cloud_cover is None and r.footprint_wkt is None for r in records)
    assert scan(archive.root, content="NDVI", read_metadata=False).metadata_read == 0


def test_bad_folder(tmp_path):
    with pytest.raises(TerrascopeError, match="does not exist"):
        find_products(tmp_path / "missing")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(TerrascopeError, match="is not a folder"):
        find_products(tmp_path / "file.txt")


def test_a_flat_folder_of_files(tmp_path):
    archive = make_archive(tmp_path / "tree", [Product("NDVI", "S2B", D2, "31UFS", cloud_cover=12.0)],
                           foreign=False)
    flat = tmp_path / "flat"
    flat.mkdir()
    for item in archive.files:
        os.link(item.path, flat / os.path.basename(item.path))
    records = find_products(flat)
    assert [(r.content, r.cloud_cover) for r in records] == [("NDVI", 12.0)]
    assert records[0].scl_path == str(flat / "S2B_20190312T105019_31UFS_SCENECLASSIFICATION_20M_V210.tif")


def test_unreadable_sidecar_and_header_are_warnings(tmp_path):
    archive = make_archive(tmp_path, [Product("NDVI", "S2A", D1, "31UFS", cloud_cover=12.0)], foreign=False)
    xml = archive.paths(kind="xml")[0]
    with open(xml, "w") as stream:
        stream.write("<gmd:MD_Metadata")  # malformed
    result = scan(tmp_path, bbox=LIEGE_BBOX)
    assert len(result.records) == 1 and result.records[0].cloud_cover is None
    assert result.records[0].footprint_wkt is not None  # from the header
    assert any("could not be read" in w for w in result.warnings)
    raster = result.records[0].path
    with open(raster, "wb") as stream:
        stream.write(b"")  # no header either
    result = scan(tmp_path, bbox=LIEGE_BBOX)
    assert result.records == []
    assert any("no known footprint" in w for w in result.warnings)
    unfiltered = find_products(tmp_path)
    assert len(unfiltered) == 1 and unfiltered[0].footprint_wkt is None


def test_progress_and_cancel(archive):
    recorder = Progress()
    find_products(archive.root, progress=recorder)
    assert recorder.reports == sorted(recorder.reports)
    assert recorder.reports[-1] == 1.0 and 0.0 <= recorder.reports[0] and len(recorder.reports) > 3
    with pytest.raises(Cancelled):
        find_products(archive.root, progress=Progress(cancel_after_checks=3))


def test_symbolic_link_loop_is_not_followed(tmp_path):
    make_archive(tmp_path, [Product("NDVI", "S2A", D1, "31UFS")], foreign=False)
    os.symlink(tmp_path, tmp_path / "NDVI_V2" / "loop")
    assert len(find_products(tmp_path, read_metadata=False)) == 1


# --------------------------------------------------------------------------------------------------
# core.siblings


def test_find_scl_same_folder_then_20m_folder(tmp_path):
    archive = make_archive(tmp_path, [Product("FAPAR", "S2A", D1, "31UFS", "200")], foreign=False)
    fapar10, fapar20 = archive.paths(content="FAPAR")
    scl10, scl20 = archive.paths(kind="scl")
    assert "10M" in fapar10 and "10M" in scl10
    assert siblings.find_quality_layer(fapar10) == scl10
    assert siblings.find_quality_layer(fapar20) == scl20
    os.remove(scl10)
    assert siblings.find_quality_layer(fapar10) == scl20  # the 10M folder lacks it: the sibling 20M folder
    os.remove(scl20)
    assert siblings.find_quality_layer(fapar10) is None


def test_find_scl_names(tmp_path):
    def first_candidate(name):
        return os.path.basename(siblings.quality_candidates(name)[0])

    assert first_candidate("S2A_20190307T105021_31UFS_TOC-B04_10M_V210.tif") == \
        "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V210.tif"
    assert first_candidate("S2A_20160908T105416Z_31UFS_FAPAR_10M_V101.tif") == \
        "S2A_20160908T105416Z_31UFS_SCENECLASSIFICATION_20M_V101.tif"
    assert siblings.quality_candidates("S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V210.tif") == []
    assert siblings.find_quality_layer(tmp_path / "notes.tif") is None
    band = tmp_path / "S2A_20190307T105021_31UFS_TOC-B04_10M_V210.tif"
    assert siblings.find_quality_layer(band) is None
    (tmp_path / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V200.tif").write_bytes(b"")
    assert siblings.find_quality_layer(band) is None  # another version's SCL is not this product's
    (tmp_path / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V210.tif").write_bytes(b"")
    assert siblings.find_quality_layer(band) == str(tmp_path / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V210.tif")


def test_split_list():
    assert catalogue.split_list(" 31ufs, 31UES;31UFS ") == ("31UFS", "31UES")
    assert catalogue.split_list(None) == () and catalogue.split_list("") == ()
    assert catalogue.parse_contents("fapar_10m, SCL") == {("FAPAR", "10M"), ("SCENECLASSIFICATION", None)}

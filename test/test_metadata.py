"""The XML sidecar reader, sidecar discovery and describe_product (core only, no QGIS)."""

import os
import tempfile
import time
from datetime import datetime, timezone
from urllib.parse import urlparse

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from osgeo import ogr
from rasters import make_raster

from realdata import real_json
from terrascope_processing.core.errors import MetadataError, ProductNameError, RasterError
from terrascope_processing.core.metadata import (
    SidecarMetadata,
    find_sidecar,
    parse_datetime,
    read_sidecar,
)
from terrascope_processing.core.parseproduct import PRODUCT_KEYS, describe_product

TOC_TITLE = "S2A_20230220T074941_38SKG_TOC_V210"
IDENTIFIER = "urn:eop:VITO:TERRASCOPE_S2_TOC_V2:" + TOC_TITLE
# The bounding box and cloud cover of this product in its STAC item (test/data README)
WEST, EAST, SOUTH, NORTH = 42.3755856153577, 42.8639749541582, 36.92734463127546, 37.92768043331917

NAMESPACES = (
    'xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco" '
    'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:gmi="http://www.isotc211.org/2005/gmi" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def iso_record(root="gmd:MD_Metadata", identifier=IDENTIFIER, bbox=(WEST, EAST, SOUTH, NORTH),
               begin="2023-02-20T07:49:41.024Z", end="2023-02-20T07:49:41.024Z", cloud="7.156",
               polygon=None, prolog='<?xml version="1.0" encoding="UTF-8"?>\n'):
    """A small ISO 19139 record shaped like the INSPIRE records of Terrascope; None leaves a field out."""
    parts = [f"{prolog}<{root} {NAMESPACES}>"]
    if identifier is not None:
        parts.append(f"<gmd:fileIdentifier><gco:CharacterString>{identifier}</gco:CharacterString>"
                     "</gmd:fileIdentifier>")
    parts.append("<gmd:language><gmd:LanguageCode codeList='x' codeListValue='eng'/></gmd:language>")
    parts.append("<gmd:identificationInfo><gmd:MD_DataIdentification>")
    parts.append(f"<gmd:citation><gmd:CI_Citation><gmd:title><gco:CharacterString>{TOC_TITLE}"
                 "</gco:CharacterString></gmd:title></gmd:CI_Citation></gmd:citation>")
    parts.append("<gmd:extent><gmd:EX_Extent>")
    if bbox is not None:
        west, east, south, north = bbox
        parts.append(
            "<gmd:geographicElement><gmd:EX_GeographicBoundingBox>"
            f"<gmd:westBoundLongitude><gco:Decimal>{west}</gco:Decimal></gmd:westBoundLongitude>"
            f"<gmd:eastBoundLongitude><gco:Decimal>{east}</gco:Decimal></gmd:eastBoundLongitude>"
            f"<gmd:southBoundLatitude><gco:Decimal>{south}</gco:Decimal></gmd:southBoundLatitude>"
            f"<gmd:northBoundLatitude><gco:Decimal>{north}</gco:Decimal></gmd:northBoundLatitude>"
            "</gmd:EX_GeographicBoundingBox></gmd:geographicElement>"
        )
    if polygon is not None:
        parts.append(f"<gmd:geographicElement><gmd:EX_BoundingPolygon><gmd:polygon>{polygon}"
                     "</gmd:polygon></gmd:EX_BoundingPolygon></gmd:geographicElement>")
    if begin is not None or end is not None:
        parts.append('<gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent>'
                     '<gml:TimePeriod gml:id="period">')
        if begin is not None:
            parts.append(f"<gml:beginPosition>{begin}</gml:beginPosition>")
        if end is not None:
            parts.append(f"<gml:endPosition>{end}</gml:endPosition>")
        parts.append("</gml:TimePeriod></gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement>")
    parts.append("</gmd:EX_Extent></gmd:extent></gmd:MD_DataIdentification></gmd:identificationInfo>")
    if cloud is not None:
        parts.append("<gmd:contentInfo><gmd:MD_ImageDescription>"
                     f"<gmd:cloudCoverPercentage><gco:Real>{cloud}</gco:Real></gmd:cloudCoverPercentage>"
                     "</gmd:MD_ImageDescription></gmd:contentInfo>")
    parts.append(f"</{root}>")
    return "".join(parts)


def write(path, text):
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return str(path)


def bbox_wkt(west, east, south, north):
    return (f"POLYGON (({west!r} {south!r}, {east!r} {south!r}, {east!r} {north!r}, "
            f"{west!r} {north!r}, {west!r} {south!r}))")


def assert_valid_wkt(wkt):
    geometry = ogr.CreateGeometryFromWkt(wkt)
    assert geometry is not None and geometry.IsValid() and geometry.GetArea() > 0
    return geometry


def wkt_points(wkt):
    body = wkt[wkt.index("((") + 2: wkt.rindex("))")]
    return [float(v) for point in body.split(",") for v in point.split()]  # flat: x0 y0 x1 y1 ...


# --------------------------------------------------------------------------------- reading


def test_full_record(tmp_path):
    meta = read_sidecar(write(tmp_path / f"{TOC_TITLE}.xml", iso_record()))
    assert isinstance(meta, SidecarMetadata)
    assert meta.identifier == IDENTIFIER
    assert meta.cloud_cover == pytest.approx(7.156)
    assert meta.begin == datetime(2023, 2, 20, 7, 49, 41, 24000, tzinfo=timezone.utc)
    assert meta.end == meta.begin
    assert meta.begin.utcoffset().total_seconds() == 0
    assert meta.footprint_wkt == bbox_wkt(WEST, EAST, SOUTH, NORTH)
    envelope = assert_valid_wkt(meta.footprint_wkt).GetEnvelope()  # (minx, maxx, miny, maxy)
    assert envelope == pytest.approx((WEST, EAST, SOUTH, NORTH))


def test_mi_metadata_root_and_whitespace(tmp_path):
    text = iso_record(root="gmi:MI_Metadata", cloud="\n   7.156  \t", bbox=(" 4.4 ", "\n6.0", "50.4 ", " 51.4"),
                      identifier=f"\n  {IDENTIFIER}  \n", begin=" 2018-08-14T10:50:19Z ", end="2018-08-14T10:50:20")
    meta = read_sidecar(write(tmp_path / "m.xml", text))
    assert meta.cloud_cover == pytest.approx(7.156)
    assert meta.identifier == IDENTIFIER
    assert meta.footprint_wkt == bbox_wkt(4.4, 6.0, 50.4, 51.4)
    assert meta.begin == datetime(2018, 8, 14, 10, 50, 19, tzinfo=timezone.utc)
    assert meta.end == datetime(2018, 8, 14, 10, 50, 20, tzinfo=timezone.utc)  # no zone: UTC


def test_other_prefixes_and_namespace_versions(tmp_path):
    text = iso_record().replace("gmd:", "md:").replace("xmlns:gmd=", "xmlns:md=").replace(
        "http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml")
    meta = read_sidecar(write(tmp_path / "m.xml", text))
    assert meta.identifier == IDENTIFIER and meta.cloud_cover == pytest.approx(7.156)
    assert meta.begin is not None and meta.footprint_wkt is not None


@pytest.mark.parametrize("field", ["identifier", "bbox", "begin", "end", "cloud"])
def test_absent_fields_are_none(tmp_path, field):
    meta = read_sidecar(write(tmp_path / "m.xml", iso_record(**{field: None})))
    expected = {"identifier": "identifier", "bbox": "footprint_wkt", "begin": "begin", "end": "end",
                "cloud": "cloud_cover"}[field]
    assert getattr(meta, expected) is None
    for other in ("identifier", "footprint_wkt", "begin", "end", "cloud_cover"):
        if other != expected:
            assert getattr(meta, other) is not None


def test_empty_record(tmp_path):
    text = f'<gmd:MD_Metadata {NAMESPACES}/>'
    assert read_sidecar(write(tmp_path / "m.xml", text)) == SidecarMetadata(None, None, None, None, None)


@pytest.mark.parametrize("bbox", [
    (WEST, EAST, SOUTH, ""),          # empty value
    (WEST, EAST, SOUTH, "north"),     # not a number
    (WEST, EAST, 95.0, 96.0),         # latitude out of range
    (WEST, EAST, NORTH, SOUTH),       # south above north
    (WEST, WEST, SOUTH, NORTH),       # no width
    (WEST, EAST, SOUTH, "nan"),
])
def test_unusable_bbox_gives_no_footprint(tmp_path, bbox):
    assert read_sidecar(write(tmp_path / "m.xml", iso_record(bbox=bbox))).footprint_wkt is None


@pytest.mark.parametrize("cloud", ["", "unknown", "-1", "101", "inf"])
def test_unusable_cloud_cover_is_none(tmp_path, cloud):
    assert read_sidecar(write(tmp_path / "m.xml", iso_record(cloud=cloud))).cloud_cover is None


def test_bbox_across_the_antimeridian(tmp_path):
    meta = read_sidecar(write(tmp_path / "m.xml", iso_record(bbox=(179.5, -179.2, -17.0, -16.0))))
    assert meta.footprint_wkt.startswith("MULTIPOLYGON")
    assert "179.5 -17.0" in meta.footprint_wkt and "-179.2 -16.0" in meta.footprint_wkt
    assert assert_valid_wkt(meta.footprint_wkt).GetGeometryCount() == 2


# A footprint shaped like the STAC geometry of the product (a partly covered tile)
RING_LONLAT = [(42.3755856153577, 36.92734463127546), (42.8639749541582, 36.93866731150362),
               (42.83567015867037, 37.92768043331917), (42.6621610243319, 37.9235666654479),
               (42.3755856153577, 36.92734463127546)]
RING_FLAT = [v for point in RING_LONLAT for v in point]


def gml_polygon(srs, order="latlon", close=True):
    ring = RING_LONLAT if close else RING_LONLAT[:-1]
    pairs = [(lat, lon) if order == "latlon" else (lon, lat) for lon, lat in ring]
    srs_attribute = f' srsName="{srs}"' if srs else ""
    pos_list = " ".join(f"{a} {b}" for a, b in pairs)
    return (f'<gml:Polygon gml:id="fp"{srs_attribute}><gml:exterior><gml:LinearRing>'
            f"<gml:posList>{pos_list}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>")


@pytest.mark.parametrize("srs, order, with_bbox", [
    ("urn:ogc:def:crs:EPSG::4326", "latlon", True),
    ("urn:ogc:def:crs:EPSG::4326", "latlon", False),
    ("http://www.opengis.net/def/crs/EPSG/0/4326", "latlon", False),
    ("http://www.opengis.net/def/crs/OGC/1.3/CRS84", "lonlat", False),
    ("EPSG:4326", "lonlat", False),
    (None, "latlon", True),
    (None, "lonlat", True),       # no srsName: the bounding box tells the axis order
    ("urn:ogc:def:crs:EPSG::4326", "lonlat", True),  # declared order contradicted by the bbox
])
def test_gml_polygon_footprint_is_lon_lat(tmp_path, srs, order, with_bbox):
    text = iso_record(polygon=gml_polygon(srs, order), bbox=(WEST, EAST, SOUTH, NORTH) if with_bbox else None)
    wkt = read_sidecar(write(tmp_path / "m.xml", text)).footprint_wkt
    assert wkt.startswith("POLYGON ((")
    assert wkt_points(wkt) == pytest.approx(RING_FLAT)
    assert_valid_wkt(wkt)


def test_gml_polygon_ring_is_closed(tmp_path):
    text = iso_record(polygon=gml_polygon("urn:ogc:def:crs:EPSG::4326", close=False))
    points = wkt_points(read_sidecar(write(tmp_path / "m.xml", text)).footprint_wkt)
    assert points == pytest.approx(RING_FLAT)


def test_projected_polygon_falls_back_to_bbox(tmp_path):
    polygon = ('<gml:Polygon gml:id="p" srsName="urn:ogc:def:crs:EPSG::32638"><gml:exterior><gml:LinearRing>'
               "<gml:posList>399960 4200000 509760 4200000 509760 4090200 399960 4200000</gml:posList>"
               "</gml:LinearRing></gml:exterior></gml:Polygon>")
    wkt = read_sidecar(write(tmp_path / "m.xml", iso_record(polygon=polygon))).footprint_wkt
    assert wkt == bbox_wkt(WEST, EAST, SOUTH, NORTH)


@pytest.mark.parametrize("text, expected", [
    ("2023-02-20T07:49:41Z", datetime(2023, 2, 20, 7, 49, 41, tzinfo=timezone.utc)),
    ("2023-02-20T07:49:41.024000Z", datetime(2023, 2, 20, 7, 49, 41, 24000, tzinfo=timezone.utc)),
    ("2023-02-20T07:49:41.123456789Z", datetime(2023, 2, 20, 7, 49, 41, 123456, tzinfo=timezone.utc)),
    ("2023-02-20T09:49:41+02:00", datetime(2023, 2, 20, 7, 49, 41, tzinfo=timezone.utc)),
    ("2023-02-20", datetime(2023, 2, 20, tzinfo=timezone.utc)),
    ("  2023-02-20T07:49:41  ", datetime(2023, 2, 20, 7, 49, 41, tzinfo=timezone.utc)),
    ("2023-02-30T07:49:41Z", None),
    ("yesterday", None),
    ("", None),
    (None, None),
])
def test_parse_datetime(text, expected):
    assert parse_datetime(text) == expected


def test_gml31_time_instants(tmp_path):
    text = iso_record(begin=None, end=None).replace(
        "</gmd:EX_Extent>",
        '<gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent><gml:TimePeriod gml:id="t">'
        "<gml:begin><gml:TimeInstant><gml:timePosition>2019-03-07T10:50:21Z</gml:timePosition></gml:TimeInstant></gml:begin>"
        "<gml:end><gml:TimeInstant><gml:timePosition>2019-03-07T10:50:22Z</gml:timePosition></gml:TimeInstant></gml:end>"
        "</gml:TimePeriod></gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement></gmd:EX_Extent>")
    meta = read_sidecar(write(tmp_path / "m.xml", text))
    assert meta.begin == datetime(2019, 3, 7, 10, 50, 21, tzinfo=timezone.utc)
    assert meta.end == datetime(2019, 3, 7, 10, 50, 22, tzinfo=timezone.utc)


# --------------------------------------------------------------------------------- hostile input


def assert_refused(path, *words):
    with pytest.raises(MetadataError) as caught:
        read_sidecar(path)
    message = str(caught.value)
    assert os.fspath(path) in message
    for word in words:
        assert word.lower() in message.lower()
    return message


def test_xxe_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT-4711")
    text = iso_record(
        prolog=f'<?xml version="1.0"?>\n<!DOCTYPE gmd:MD_Metadata [<!ENTITY xxe SYSTEM "file://{secret}">]>\n',
        identifier="&xxe;")
    path = write(tmp_path / "xxe.xml", text)
    message = assert_refused(path, "entit")
    assert "TOP-SECRET" not in message


def test_xxe_in_utf16_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT-4711")
    text = iso_record(
        prolog=f'<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret}">]>\n',
        identifier="&xxe;")
    path = write(tmp_path / "xxe16.xml", text.encode("utf-16"))
    assert "TOP-SECRET" not in assert_refused(path)


def test_billion_laughs_is_refused_quickly(tmp_path):
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    text = iso_record(prolog=f'<?xml version="1.0"?>\n<!DOCTYPE lolz [{entities}]>\n', identifier="&lol9;")
    path = write(tmp_path / "lol.xml", text)
    start = time.perf_counter()
    assert_refused(path, "entit")
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE gmd:MD_Metadata SYSTEM "http://example.invalid/evil.dtd">',
    '<!DOCTYPE gmd:MD_Metadata PUBLIC "-//EVIL//DTD//EN" "http://example.invalid/evil.dtd">',
])
def test_network_dtd_is_refused(tmp_path, doctype):
    path = write(tmp_path / "dtd.xml", iso_record(prolog=f'<?xml version="1.0"?>\n{doctype}\n'))
    assert_refused(path, "DTD")


def test_parameter_entity_is_refused(tmp_path):
    doctype = '<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://example.invalid/x.dtd"> %remote;]>'
    path = write(tmp_path / "pe.xml", iso_record(prolog=f'<?xml version="1.0"?>\n{doctype}\n'))
    assert_refused(path, "entit")


@pytest.mark.parametrize("text", [
    "<gmd:MD_Metadata",                                   # truncated
    iso_record()[:-5],                                    # unclosed root
    "",                                                   # empty file
    "not xml at all",
])
def test_malformed_xml(tmp_path, text):
    assert_refused(write(tmp_path / "bad.xml", text), "malformed")


def test_not_an_iso_record(tmp_path):
    assert_refused(write(tmp_path / "other.xml", "<html><body/></html>"), "MD_Metadata")


def test_binary_file(tmp_path):
    data = bytes(np.random.default_rng(3).integers(0, 256, 4096, dtype=np.uint8))
    assert_refused(write(tmp_path / "binary.xml", b"\x89PNG\r\n\x1a\n" + data))


def test_oversize_file_is_refused_before_parsing(tmp_path):
    path = tmp_path / "big.xml"
    with open(path, "wb") as stream:  # sparse: no real disk use
        stream.write(iso_record().encode())
        stream.seek(17 * 1024 * 1024)
        stream.write(b" ")
    assert_refused(path, "too large")
    with pytest.raises(MetadataError, match="too large"):
        read_sidecar(write(tmp_path / "small.xml", iso_record()), max_bytes=100)


def test_missing_file_and_directory(tmp_path):
    assert_refused(str(tmp_path / "absent.xml"))
    assert_refused(str(tmp_path))


# --------------------------------------------------------------------------------- find_sidecar

TOC_FOLDER = "S2A_20230220T074941_38SKG_TOC_V210"
TOC_FILES = [f"S2A_20230220T074941_38SKG_{part}_V210.tif" for part in (
    "TOC-B04_10M", "TOC-B8A_20M", "TOC-B01_60M", "AOT_60M", "WVP_60M", "SZA_60M", "VZA_60M", "RAA_60M",
    "SCENECLASSIFICATION_20M", "TOC_QUICKLOOK")]


def touch(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


@pytest.fixture
def toc_folder(tmp_path):
    folder = tmp_path / "TOC_V2" / "2023" / "02" / "20" / TOC_FOLDER
    for name in TOC_FILES:
        touch(folder / name)
    touch(folder / f"{TOC_FOLDER}.xml")
    return folder


@pytest.mark.parametrize("name", TOC_FILES)
def test_find_sidecar_toc(toc_folder, name):
    assert find_sidecar(str(toc_folder / name)) == str(toc_folder / f"{TOC_FOLDER}.xml")


def test_find_sidecar_toc_other_version_not_taken(toc_folder):
    touch(toc_folder / "S2A_20230220T074941_38SKG_TOC-B04_10M_V200.tif")
    assert find_sidecar(str(toc_folder / "S2A_20230220T074941_38SKG_TOC-B04_10M_V200.tif")) is None


def test_find_sidecar_xml_and_absent(toc_folder, tmp_path):
    xml = str(toc_folder / f"{TOC_FOLDER}.xml")
    assert find_sidecar(xml) == xml
    assert find_sidecar(str(tmp_path / "nothing_here.xml")) is None
    os.remove(xml)
    assert find_sidecar(str(toc_folder / TOC_FILES[0])) is None
    assert find_sidecar(str(tmp_path / "foreign.tif")) is None


BIO = "S2A_20190307T105021_31UFS_FAPAR"


@pytest.fixture
def fapar_product(tmp_path):
    product = tmp_path / "FAPAR_V2" / "2019" / "03" / "07" / f"{BIO}_V200"
    for resolution in ("10M", "20M"):
        folder = product / resolution
        touch(folder / f"{BIO}_{resolution}_V200.tif")
        touch(folder / f"{BIO}_{resolution}_V200.xml")
        touch(folder / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V200.tif")
        touch(folder / f"{BIO}_QUICKLOOK_V200.tif")
    return product


@pytest.mark.parametrize("resolution", ["10M", "20M"])
def test_find_sidecar_biophysical(fapar_product, resolution):
    folder = fapar_product / resolution
    expected = str(folder / f"{BIO}_{resolution}_V200.xml")
    assert find_sidecar(str(folder / f"{BIO}_{resolution}_V200.tif")) == expected
    assert find_sidecar(str(folder / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V200.tif")) == expected
    assert find_sidecar(str(folder / f"{BIO}_QUICKLOOK_V200.tif")) == expected


def test_find_sidecar_biophysical_scl_ambiguous(fapar_product):
    folder = fapar_product / "10M"
    touch(folder / "S2A_20190307T105021_31UFS_NDVI_10M_V200.xml")  # two products in one folder
    assert find_sidecar(str(folder / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V200.tif")) is None
    assert find_sidecar(str(folder / f"{BIO}_10M_V200.tif")) == str(folder / f"{BIO}_10M_V200.xml")


def test_find_sidecar_biophysical_missing(fapar_product):
    folder = fapar_product / "20M"
    os.remove(folder / f"{BIO}_20M_V200.xml")
    assert find_sidecar(str(folder / f"{BIO}_20M_V200.tif")) is None
    assert find_sidecar(str(folder / "S2A_20190307T105021_31UFS_SCENECLASSIFICATION_20M_V200.tif")) is None


@pytest.mark.parametrize("resource", ["oscarsIssue6.json", "oscarsResolutionDifference.json"])
def test_find_sidecar_in_real_catalogue_layouts(tmp_path, resource):
    """The archive layout of real catalogue records, rebuilt under tmp_path: every .tif of a product
    finds the product's "Inspire metadata" link."""
    products = []
    for feature in real_json(resource)["features"]:
        files, xml = [], None
        for links in feature["properties"]["links"].values():
            for link in links:
                url = urlparse(link["href"])
                if url.scheme != "file":
                    continue
                local = tmp_path / url.path.lstrip("/")
                touch(local)
                if url.path.endswith(".xml"):
                    xml = str(local)
                else:
                    files.append(str(local))
        assert xml is not None and files
        products.append((files, xml))
    for files, xml in products:  # after the whole tree exists: V200 and V210 side by side
        for path in files:
            assert find_sidecar(path) == xml, path


# --------------------------------------------------------------------------------- describe_product


def test_describe_ndvi_with_sidecar(tmp_path):
    folder = tmp_path / "10M"
    folder.mkdir()
    tif = make_raster(folder / "S2B_20230103T110349_31UES_NDVI_10M_V210.tif", np.zeros((4, 4), np.uint8))
    write(folder / "S2B_20230103T110349_31UES_NDVI_10M_V210.xml", iso_record(cloud="12.5", bbox=(2.9, 4.4, 50.4, 51.4)))
    info = describe_product(tif)
    assert tuple(info) == PRODUCT_KEYS
    assert info == {
        "MISSION": "S2B", "ACQUISITION": "2023-01-03T11:03:49Z", "TILE": "31UES", "CONTENT": "NDVI",
        "RESOLUTION": "10M", "VERSION": "210", "SCALE": pytest.approx(0.004), "OFFSET": pytest.approx(-0.08),
        "NODATA": 255, "CLOUD_COVER": 12.5, "FOOTPRINT": bbox_wkt(2.9, 4.4, 50.4, 51.4),
    }


def test_describe_toc_band_declared_nodata_and_xml(tmp_path):
    folder = tmp_path / TOC_FOLDER
    folder.mkdir()
    tif = make_raster(folder / "S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif",
                      np.full((4, 4), 1234, np.int16), nodata=32767)
    write(folder / f"{TOC_FOLDER}.xml", iso_record())
    info = describe_product(tif)
    assert info["ACQUISITION"] == "2023-02-20T07:49:41Z"
    assert (info["MISSION"], info["TILE"], info["CONTENT"], info["RESOLUTION"], info["VERSION"]) == (
        "S2A", "38SKG", "TOC-B04", "10M", "210")
    assert info["SCALE"] == pytest.approx(0.0001) and info["OFFSET"] == 0 and info["NODATA"] == 32767
    assert info["CLOUD_COVER"] == pytest.approx(7.156)
    assert info["FOOTPRINT"] == bbox_wkt(WEST, EAST, SOUTH, NORTH)

    xml_info = describe_product(str(folder / f"{TOC_FOLDER}.xml"))
    assert xml_info["CONTENT"] == "TOC" and xml_info["RESOLUTION"] == ""
    assert xml_info["SCALE"] is None and xml_info["NODATA"] is None
    assert xml_info["CLOUD_COVER"] == pytest.approx(7.156)


def test_describe_raa_v220_uint16_file_nodata_wins(tmp_path):
    tif = make_raster(tmp_path / "S2C_20260807T104621_31TCN_RAA_60M_V220.tif",
                      np.full((3, 3), 18000, np.uint16), nodata=65535)
    info = describe_product(tif)
    assert info["MISSION"] == "S2C" and info["VERSION"] == "220"
    assert info["SCALE"] == pytest.approx(0.01) and info["OFFSET"] == 0
    assert info["NODATA"] == 65535
    assert info["CLOUD_COVER"] is None and info["FOOTPRINT"] is None


def test_describe_table_nodata_when_file_declares_none(tmp_path):
    tif = make_raster(tmp_path / "S2A_20190307T105021_31UFS_FAPAR_10M_V200.tif", np.zeros((3, 3), np.uint8))
    info = describe_product(tif)
    assert info["SCALE"] == pytest.approx(1 / 200) and info["NODATA"] == 255


def test_describe_scl_and_quicklook_have_no_scaling(tmp_path):
    scl = make_raster(tmp_path / "S2C_20260807T104621_31TCN_SCENECLASSIFICATION_20M_V220.tif",
                      np.arange(12, dtype=np.uint8).reshape(3, 4))
    info = describe_product(scl)
    assert info["CONTENT"] == "SCENECLASSIFICATION" and info["RESOLUTION"] == "20M"
    assert info["SCALE"] is None and info["OFFSET"] is None and info["NODATA"] is None
    quicklook = make_raster(tmp_path / "S2A_20190307T105021_31UFS_FAPAR_QUICKLOOK_V200.tif",
                            np.zeros((3, 4, 4), np.uint8))
    info = describe_product(quicklook)
    assert info["CONTENT"] == "FAPAR_QUICKLOOK" and info["RESOLUTION"] == ""
    assert info["SCALE"] is None and info["NODATA"] is None


def test_describe_unknown_scale_uses_file_tags_only(tmp_path):
    ccc = make_raster(tmp_path / "S2A_20190307T105021_31UFS_CCC_10M_V200.tif", np.zeros((3, 3), np.uint16),
                      nodata=65535)
    # no scale is known, but the nodata DN the file declares is still a fact about its digital numbers
    assert (describe_product(ccc)["SCALE"], describe_product(ccc)["NODATA"]) == (None, 65535)

    from osgeo import gdal
    cwc = make_raster(tmp_path / "S2A_20190307T105021_31UFS_CWC_10M_V200.tif", np.zeros((3, 3), np.uint16),
                      nodata=65535)
    dataset = gdal.Open(cwc, gdal.GA_Update)
    dataset.GetRasterBand(1).SetScale(0.001)
    dataset = None
    info = describe_product(cwc)
    assert info["SCALE"] == pytest.approx(0.001) and info["OFFSET"] == 0 and info["NODATA"] == 65535


def test_describe_corrupt_tif(tmp_path):
    path = tmp_path / "S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif"
    path.write_bytes(b"II*\x00" + bytes(np.random.default_rng(7).integers(0, 256, 2048, dtype=np.uint8)))
    with pytest.raises(RasterError) as caught:
        describe_product(str(path))
    assert str(path) in str(caught.value)


def test_describe_missing_tif_and_bad_name(tmp_path):
    with pytest.raises(RasterError, match="S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif"):
        describe_product(str(tmp_path / "S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif"))
    with pytest.raises(ProductNameError, match="expected"):
        describe_product(make_raster(tmp_path / "my_ndvi.tif", np.zeros((2, 2), np.uint8)))


def test_describe_bad_sidecar_is_reported(tmp_path):
    tif = make_raster(tmp_path / "S2A_20190307T105021_31UFS_FAPAR_10M_V200.tif", np.zeros((3, 3), np.uint8))
    xml = write(tmp_path / "S2A_20190307T105021_31UFS_FAPAR_10M_V200.xml", "<broken")
    with pytest.raises(MetadataError, match=xml):
        describe_product(tif)


@pytest.mark.parametrize("kind", ["xxe", "lol", "dtd", "pe"])
def test_parsed_document_check_alone_refuses(tmp_path, monkeypatch, kind):
    """Defence in depth: with the byte pre-scan switched off, the parsed document's DTD check refuses."""
    from terrascope_processing.core import metadata

    monkeypatch.setattr(metadata, "_refuse_dtd", lambda path, text: None)
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT-4711")
    doctype = {
        "xxe": f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret}">]>',
        "lol": '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        "dtd": '<!DOCTYPE r SYSTEM "http://example.invalid/evil.dtd">',
        "pe": f'<!DOCTYPE r [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>',
    }[kind]
    reference = {"xxe": "&xxe;", "lol": "&b;", "dtd": IDENTIFIER, "pe": IDENTIFIER}[kind]
    path = write(tmp_path / f"{kind}.xml", iso_record(prolog=f'<?xml version="1.0"?>\n{doctype}\n',
                                                       identifier=reference))
    assert "TOP-SECRET" not in assert_refused(path, "refused")


def test_bare_doctype_is_accepted(tmp_path):
    text = iso_record(prolog='<?xml version="1.0"?>\n<!DOCTYPE gmd:MD_Metadata>\n')
    assert read_sidecar(write(tmp_path / "m.xml", text)).identifier == IDENTIFIER


@settings(max_examples=60, deadline=None)
@given(st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(str.encode),
    st.tuples(st.integers(0, 2000), st.integers(0, 40), st.binary(max_size=8)).map(
        lambda cut: (lambda doc: doc[:cut[0]] + cut[2] + doc[cut[0] + cut[1]:])(iso_record().encode())),
))
def test_any_bytes_give_metadata_or_metadata_error(data):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "fuzz.xml")
        with open(path, "wb") as stream:
            stream.write(data)
        try:
            meta = read_sidecar(path)
        except MetadataError as error:
            assert path in str(error)
        else:
            assert isinstance(meta, SidecarMetadata)

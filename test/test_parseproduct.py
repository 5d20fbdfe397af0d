"""terrascope:parseproduct through processing.run, on tiny generated files with real Terrascope names.

Expected values come from the product table in docs/terrascope-products.md, not from the code."""

import os

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsProcessingException

from rasters import make_raster

ALG = "terrascope:parseproduct"


def run(path):
    import processing

    return processing.run(ALG, {"INPUT": str(path)})


def sidecar_xml(west, east, south, north, cloud=None, begin="2023-02-20T07:49:41Z"):
    """A minimal ISO 19139 record of the kind Terrascope ships beside its products."""
    cloud_part = (
        f"""<gmd:contentInfo><gmi:MI_ImageDescription><gmd:cloudCoverPercentage>
        <gco:Real>{cloud}</gco:Real></gmd:cloudCoverPercentage></gmi:MI_ImageDescription></gmd:contentInfo>"""
        if cloud is not None else ""
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<gmi:MI_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco"
    xmlns:gmi="http://www.isotc211.org/2005/gmi" xmlns:gml="http://www.opengis.net/gml/3.2">
  <gmd:fileIdentifier><gco:CharacterString>urn:eop:VITO:TERRASCOPE_S2_TOC_V2:test</gco:CharacterString></gmd:fileIdentifier>
  <gmd:identificationInfo><gmd:MD_DataIdentification><gmd:extent><gmd:EX_Extent>
    <gmd:geographicElement><gmd:EX_GeographicBoundingBox>
      <gmd:westBoundLongitude><gco:Decimal>{west}</gco:Decimal></gmd:westBoundLongitude>
      <gmd:eastBoundLongitude><gco:Decimal>{east}</gco:Decimal></gmd:eastBoundLongitude>
      <gmd:southBoundLatitude><gco:Decimal>{south}</gco:Decimal></gmd:southBoundLatitude>
      <gmd:northBoundLatitude><gco:Decimal>{north}</gco:Decimal></gmd:northBoundLatitude>
    </gmd:EX_GeographicBoundingBox></gmd:geographicElement>
    <gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent><gml:TimePeriod gml:id="t">
      <gml:beginPosition>{begin}</gml:beginPosition><gml:endPosition>{begin}</gml:endPosition>
    </gml:TimePeriod></gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement>
  </gmd:EX_Extent></gmd:extent></gmd:MD_DataIdentification></gmd:identificationInfo>
  {cloud_part}
</gmi:MI_Metadata>
"""


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


def tiny(path, dtype, nodata=None, value=1):
    return make_raster(path, np.full((4, 4), value, dtype=dtype), nodata=nodata, tiled=False)


def test_toc_band_name_parts_and_scaling(provider, tmp_path):
    path = tiny(tmp_path / "S2A_20230220T074941_38SKG_TOC-B8A_20M_V210.tif", "int16", nodata=32767)
    result = run(path)
    assert result["MISSION"] == "S2A"
    assert result["ACQUISITION"] == "2023-02-20T07:49:41Z"
    assert result["TILE"] == "38SKG"
    assert result["CONTENT"] == "TOC-B8A"
    assert result["RESOLUTION"] == "20M"
    assert result["VERSION"] == "210"
    assert result["SCALE"] == pytest.approx(0.0001)
    assert result["OFFSET"] == pytest.approx(0.0)
    assert result["NODATA"] == 32767
    # No sidecar beside it: nothing from the XML.
    assert result.get("CLOUD_COVER") is None
    assert not result.get("FOOTPRINT")


def test_toc_band_without_declared_nodata_takes_the_table_value(provider, tmp_path):
    path = tiny(tmp_path / "S2B_20180814T105019_31UFS_TOC-B04_10M_V210.tif", "int16")
    result = run(path)
    assert (result["SCALE"], result["OFFSET"], result["NODATA"]) == (pytest.approx(0.0001), 0, 32767)
    assert result["ACQUISITION"] == "2018-08-14T10:50:19Z"


def test_ndvi(provider, tmp_path):
    path = tiny(tmp_path / "S2B_20230103T110349_31UES_NDVI_10M_V210.tif", "uint8", nodata=255)
    result = run(path)
    assert result["CONTENT"] == "NDVI"
    assert result["MISSION"] == "S2B"
    assert result["SCALE"] == pytest.approx(0.004)
    assert result["OFFSET"] == pytest.approx(-0.08)
    assert result["NODATA"] == 255


def test_fapar(provider, tmp_path):
    path = tiny(tmp_path / "S2B_20230103T110349_31UES_FAPAR_20M_V210.tif", "uint8", nodata=255)
    result = run(path)
    assert result["SCALE"] == pytest.approx(0.005)
    assert result["OFFSET"] == pytest.approx(0.0)
    assert result["NODATA"] == 255
    assert result["RESOLUTION"] == "20M"


def test_declared_nodata_wins_over_the_table(provider, tmp_path):
    # RAA V220 is uint16 with nodata 65535, where the V210 table value is 32767.
    path = tiny(tmp_path / "S2C_20260807T104621_31TCN_RAA_60M_V220.tif", "uint16", nodata=65535)
    result = run(path)
    assert result["MISSION"] == "S2C"
    assert result["VERSION"] == "220"
    assert result["SCALE"] == pytest.approx(0.01)
    assert result["NODATA"] == 65535


def test_scene_classification_has_no_scaling(provider, tmp_path):
    path = tiny(tmp_path / "S2C_20260807T104621_31TCN_SCENECLASSIFICATION_20M_V220.tif", "uint8")
    result = run(path)
    assert result["CONTENT"] == "SCENECLASSIFICATION"
    assert result.get("NODATA") is None
    assert result.get("SCALE") is None
    assert result.get("OFFSET") is None


def test_quicklook_has_no_resolution_and_no_scaling(provider, tmp_path):
    path = tiny(tmp_path / "S2A_20190307T105021_31UFS_FAPAR_QUICKLOOK_V200.tif", "uint8")
    result = run(path)
    assert result["CONTENT"] == "FAPAR_QUICKLOOK"
    assert result["RESOLUTION"] == ""
    assert result["VERSION"] == "200"
    assert result.get("NODATA") is None
    assert result.get("SCALE") is None


def test_old_name_with_z(provider, tmp_path):
    path = tiny(tmp_path / "S2A_20160908T105416Z_31UFS_FAPAR_10M_V101.tif", "uint8", nodata=255)
    result = run(path)
    assert result["ACQUISITION"] == "2016-09-08T10:54:16Z"
    assert result["VERSION"] == "101"


def test_sidecar_beside_a_toc_band(provider, tmp_path):
    band = tiny(tmp_path / "S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif", "int16", nodata=32767)
    write(tmp_path / "S2A_20230220T074941_38SKG_TOC_V210.xml", sidecar_xml(44.0, 45.25, 36.0, 37.5, cloud=12.5))
    result = run(band)
    assert result["CLOUD_COVER"] == pytest.approx(12.5)
    footprint = QgsGeometry.fromWkt(result["FOOTPRINT"])
    assert not footprint.isNull()
    box = footprint.boundingBox()
    assert (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()) == (44.0, 45.25, 36.0, 37.5)
    assert footprint.area() == pytest.approx(1.25 * 1.5)


def test_toc_xml_itself(provider, tmp_path):
    xml = write(tmp_path / "S2A_20230220T074941_38SKG_TOC_V210.xml", sidecar_xml(44.0, 45.0, 36.0, 37.0, cloud=0))
    result = run(xml)
    assert result["CONTENT"] == "TOC"
    assert result["RESOLUTION"] == ""
    assert result["ACQUISITION"] == "2023-02-20T07:49:41Z"
    assert result["CLOUD_COVER"] == 0
    assert QgsGeometry.fromWkt(result["FOOTPRINT"]).area() == pytest.approx(1.0)
    assert result.get("SCALE") is None  # one XML for many contents


def test_biophysical_xml_gives_the_table_scaling(provider, tmp_path):
    xml = write(tmp_path / "S2A_20190307T105021_31UFS_FAPAR_10M_V200.xml", sidecar_xml(4.0, 5.5, 50.4, 51.4))
    result = run(xml)
    assert result["CONTENT"] == "FAPAR"
    assert result["RESOLUTION"] == "10M"
    assert result["SCALE"] == pytest.approx(0.005)
    assert result["NODATA"] == 255
    assert result.get("CLOUD_COVER") is None  # the record has none


def test_corrupt_sidecar_beside_a_band_is_a_warning_not_a_failure(provider, tmp_path):
    band = tiny(tmp_path / "S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif", "int16", nodata=32767)
    write(tmp_path / "S2A_20230220T074941_38SKG_TOC_V210.xml", "<gmi:MI_Metadata><broken")
    result = run(band)
    assert result["NODATA"] == 32767
    assert result.get("CLOUD_COVER") is None


def test_corrupt_xml_input_names_the_file(provider, tmp_path):
    xml = write(tmp_path / "S2A_20230220T074941_38SKG_TOC_V210.xml", "<gmi:MI_Metadata><broken")
    with pytest.raises(QgsProcessingException, match="S2A_20230220T074941_38SKG_TOC_V210.xml"):
        run(xml)


XXE = """<?xml version="1.0"?>
<!DOCTYPE gmd:MD_Metadata [<!ENTITY secret SYSTEM "file://{secret}">]>
<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco">
  <gmd:fileIdentifier><gco:CharacterString>&secret;</gco:CharacterString></gmd:fileIdentifier>
</gmd:MD_Metadata>"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd">&lol3;</gmd:MD_Metadata>"""


@pytest.mark.parametrize("attack", ["external entity", "entity expansion"])
def test_hostile_xml_is_refused_naming_the_file_and_leaking_nothing(provider, tmp_path, attack):
    secret = write(tmp_path / "secret.txt", "TOP-SECRET-TOKEN")
    text = XXE.format(secret=secret) if attack == "external entity" else BOMB
    xml = write(tmp_path / "S2A_20230220T074941_38SKG_TOC_V210.xml", text)
    with pytest.raises(QgsProcessingException) as raised:
        run(xml)
    assert "S2A_20230220T074941_38SKG_TOC_V210.xml" in str(raised.value)
    assert "TOP-SECRET-TOKEN" not in str(raised.value)


def test_foreign_name_names_the_file_and_the_pattern(provider, tmp_path):
    path = tiny(tmp_path / "my_ndvi_export.tif", "uint8")
    with pytest.raises(QgsProcessingException) as raised:
        run(path)
    message = str(raised.value)
    assert "my_ndvi_export.tif" in message
    assert "<MISSION>_<YYYYMMDD>T<HHMMSS>[Z]_<TILE>_<CONTENT>[_<RES>]_V<VVV>" in message


def test_corrupt_tif_names_the_file(provider, tmp_path):
    path = tmp_path / "S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif"
    path.write_bytes(b"II*\x00 this is not a GeoTIFF")
    with pytest.raises(QgsProcessingException, match="S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif"):
        run(path)


def test_missing_file(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="no such file"):
        run(tmp_path / "S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif")


def test_input_is_not_modified(provider, tmp_path):
    path = tiny(tmp_path / "S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif", "int16", nodata=32767)
    before = (os.path.getmtime(path), open(path, "rb").read())
    run(path)
    assert (os.path.getmtime(path), open(path, "rb").read()) == before
    assert sorted(os.listdir(tmp_path)) == ["S2A_20230220T074941_38SKG_TOC-B04_10M_V210.tif"]

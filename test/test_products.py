"""The product table against the published facts and the real STAC item (core only, no QGIS)."""

import posixpath
from urllib.parse import urlparse

import pytest

from realdata import real_json
from terrascope_processing.core.errors import UnknownContentError
from terrascope_processing.core.naming import parse_name
from terrascope_processing.core.products import PRODUCT_TABLE, SCALABLE_CONTENTS, content_spec


TOC_BANDS = ["B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]


# --------------------------------------------------------------------------------- the FAQ table

@pytest.mark.parametrize("content, scale, offset, nodata, valid", [
    ("NDVI", 1 / 250, -0.08, 255, (0, 250)),
    ("LAI", 10 / 250, 0.0, 255, (0, 250)),
    ("FAPAR", 1 / 200, 0.0, 255, (0, 200)),
    ("FCOVER", 1 / 200, 0.0, 255, (0, 200)),
])
def test_biophysical(content, scale, offset, nodata, valid):
    spec = content_spec(content)
    assert spec.scalable
    assert spec.scale == pytest.approx(scale) and spec.offset == pytest.approx(offset)
    assert spec.nodata == nodata and spec.dtype == "uint8"
    assert (spec.valid_min, spec.valid_max) == valid


def test_biophysical_physical_values():
    # PV = scale * DN + offset at the ends of the valid DN range (FAQ)
    ndvi = content_spec("NDVI")
    assert ndvi.scale * 0 + ndvi.offset == pytest.approx(-0.08)
    assert ndvi.scale * 250 + ndvi.offset == pytest.approx(0.92)
    assert content_spec("LAI").scale * 250 == pytest.approx(10.0)
    assert content_spec("FAPAR").scale * 200 == pytest.approx(1.0)


@pytest.mark.parametrize("band", TOC_BANDS)
def test_toc_bands(band):
    spec = content_spec(f"TOC-{band}")
    assert spec.scale == pytest.approx(0.0001) and spec.offset == 0
    assert spec.nodata == 32767 and spec.dtype == "int16"
    assert spec.valid_min is None and spec.valid_max is None  # negative DNs occur


@pytest.mark.parametrize("band", ["B09", "B10", "B8", "B13", "B00"])
def test_no_such_toc_band(band):
    with pytest.raises(UnknownContentError):
        content_spec(f"TOC-{band}")


@pytest.mark.parametrize("content, scale, nodata", [
    ("AOT", 0.001, 32767), ("WVP", 0.001, 32767),
    ("SZA", 0.01, 32767), ("VZA", 0.01, 32767), ("RAA", 0.01, 32767),
])
def test_auxiliary(content, scale, nodata):
    spec = content_spec(content)
    assert spec.scale == pytest.approx(scale) and spec.offset == 0 and spec.nodata == nodata


def test_raa_dtype_is_left_to_the_file():
    assert content_spec("RAA").dtype is None  # int16 in V210, uint16 in V220


@pytest.mark.parametrize("content", ["CCC", "CWC"])
def test_unknown_scale(content):
    spec = content_spec(content)
    assert not spec.scalable
    assert spec.scale is None and spec.offset is None


def test_scene_classification_is_not_scalable():
    spec = content_spec("SCENECLASSIFICATION")
    assert not spec.scalable
    assert (spec.valid_min, spec.valid_max, spec.nodata) == (0, 11, 0)
    assert "SCENECLASSIFICATION" not in SCALABLE_CONTENTS


@pytest.mark.parametrize("content", ["TOC_QUICKLOOK", "FAPAR_QUICKLOOK", "NDVI_QUICKLOOK", "toc_quicklook"])
def test_quicklook_raises(content):
    with pytest.raises(UnknownContentError, match="quicklook"):
        content_spec(content)


@pytest.mark.parametrize("content", ["TOC", "EVI", "", "B04", "TOC-", "NDVI2"])
def test_unknown_content_raises(content):
    with pytest.raises(UnknownContentError):
        content_spec(content)


def test_lookup_is_case_insensitive():
    assert content_spec("toc-b8a") is content_spec("TOC-B8A")
    assert content_spec("ndvi") is content_spec("NDVI")


def test_scalable_contents():
    expected = {"NDVI", "FAPAR", "FCOVER", "LAI", "CCC", "CWC", "AOT", "WVP", "SZA", "VZA", "RAA"} | {
        f"TOC-{band}" for band in TOC_BANDS} | {"RADIOMETRY", "TIME", "GEOMETRY"}  # the last three: PROBA-V
    assert set(SCALABLE_CONTENTS) == expected
    assert SCALABLE_CONTENTS[-3:] == ("RADIOMETRY", "TIME", "GEOMETRY")  # after Sentinel-2's: saved enum indices hold
    assert len(SCALABLE_CONTENTS) == len(set(SCALABLE_CONTENTS))
    assert set(SCALABLE_CONTENTS) <= set(PRODUCT_TABLE)


# --------------------------------------------------------------------------------- the STAC item

def _stac_assets():
    item = real_json("S2A_20230220T074941_38SKG_TOC_V210.json")
    for key, asset in item["assets"].items():
        bands = asset.get("raster:bands")
        if bands is None:  # the XML sidecar
            continue
        name = parse_name(posixpath.basename(urlparse(asset["href"]).path))
        assert name.file_name() == key
        yield name, bands


def test_stac_item_matches_the_table():
    checked = set()
    for name, bands in _stac_assets():
        if name.is_quicklook or name.is_quality_layer:
            continue
        spec = content_spec(name.content)
        assert len(bands) == 1, name
        band = bands[0]
        assert band["scale"] == pytest.approx(spec.scale), name.content
        assert band["offset"] == pytest.approx(spec.offset), name.content
        assert band["nodata"] == spec.nodata, name.content
        if spec.dtype is not None:  # RAA's dtype differs between versions: left to the file
            assert band["data_type"] == spec.dtype, name.content
        checked.add(name.content)
    assert checked == {f"TOC-{band}" for band in TOC_BANDS} | {"AOT", "WVP", "SZA", "VZA", "RAA"}


def test_stac_scene_classification_and_quicklook():
    seen = set()
    for name, bands in _stac_assets():
        if name.is_quality_layer:
            assert [band["data_type"] for band in bands] == [content_spec(name.content).dtype]
            assert "nodata" not in bands[0]  # 0 is nodata by convention only, not declared
            seen.add("scl")
        elif name.is_quicklook:
            assert [band["data_type"] for band in bands] == ["uint8"] * 3
            with pytest.raises(UnknownContentError):
                content_spec(name.content)
            seen.add("quicklook")
    assert seen == {"scl", "quicklook"}

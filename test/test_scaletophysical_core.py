"""core.scaletophysical: DN to physical values, checked against the product table's published numbers
(terrascope-products.md), not against the code's own table. No QGIS."""

import os

import numpy as np
import pytest
from osgeo import gdal

from rasters import make_raster, read_raster
from progress import Progress
from terrascope_processing.core.errors import (
    Cancelled,
    ProductNameError,
    RasterError,
    TerrascopeError,
    UnknownContentError,
)
from terrascope_processing.core.naming import NAME_PATTERN
from terrascope_processing.core.scaletophysical import scale_to_physical

gdal.UseExceptions()

NAN = float("nan")
SMALL_WINDOWS = 256 * 256  # one 256 x 256 window: a 600 x 520 raster takes 3 x 3 windows


def product(folder, content, resolution="10M", version="200"):
    """A Terrascope file name in ``folder``."""
    suffix = f"_{resolution}" if resolution else ""
    return folder / f"S2A_20190307T105021_31UFS_{content}{suffix}_V{version}.tif"


def scaled(tmp_path, named, dn, nodata=None, **kwargs):
    """Scale a raster of ``dn`` whose name says content ``named``; returns the output's bands (3-D)."""
    source = make_raster(product(tmp_path, named), np.asarray(dn), nodata=nodata)
    output = tmp_path / "out.tif"
    scale_to_physical(source, output, **kwargs)
    return read_raster(output)[0]


def assert_values(actual, expected):
    """Float32 values equal to the expected ones (NaN where NaN), within Float32 precision."""
    np.testing.assert_allclose(actual, np.asarray(expected, dtype=np.float64), rtol=1e-6, atol=1e-6)


def fingerprint(path):
    stat = os.stat(path)
    with open(path, "rb") as handle:
        return handle.read(), stat.st_mtime_ns, stat.st_size


def set_band_scale(path, scale, offset):
    dataset = gdal.Open(str(path), gdal.GA_Update)
    for index in range(dataset.RasterCount):
        dataset.GetRasterBand(index + 1).SetScale(scale)
        dataset.GetRasterBand(index + 1).SetOffset(offset)
    dataset = None


def corrupt_middle(path):
    """Overwrite the middle third of a file with random bytes (the header stays readable)."""
    size = os.path.getsize(path)
    with open(path, "r+b") as handle:
        handle.seek(size // 3)
        handle.write(np.random.default_rng(3).integers(0, 256, size // 3, dtype=np.uint8).tobytes())


# --- the published scaling ---------------------------------------------------------------------------------

def test_ndvi(tmp_path):
    dn = np.array([[0, 125, 250, 251], [252, 253, 254, 255]], dtype=np.uint8)
    values = scaled(tmp_path, "NDVI", dn, nodata=255)
    assert_values(values[0], [[-0.08, 0.42, 0.92, NAN], [NAN, NAN, NAN, NAN]])


def test_ndvi_without_a_declared_nodata(tmp_path):
    values = scaled(tmp_path, "NDVI", np.array([[0, 250, 255]], dtype=np.uint8))
    assert_values(values[0], [[-0.08, 0.92, NAN]])


def test_lai(tmp_path):
    values = scaled(tmp_path, "LAI", np.array([[0, 125, 250, 251, 255]], dtype=np.uint8), nodata=255)
    assert_values(values[0], [[0.0, 5.0, 10.0, NAN, NAN]])


def test_fapar(tmp_path):
    dn = np.array([[0, 100, 200] + list(range(201, 256))], dtype=np.uint8)
    values = scaled(tmp_path, "FAPAR", dn, nodata=255)
    assert_values(values[0], [[0.0, 0.5, 1.0] + [NAN] * 55])


def test_fcover(tmp_path):
    values = scaled(tmp_path, "FCOVER", np.array([[50, 200, 201, 255]], dtype=np.uint8), nodata=255)
    assert_values(values[0], [[0.25, 1.0, NAN, NAN]])


def test_toc_reflectance(tmp_path):
    dn = np.array([[-100, 0, 10000, 32767]], dtype=np.int16)
    path = make_raster(product(tmp_path, "TOC-B04"), dn, nodata=32767)
    scale_to_physical(path, tmp_path / "out.tif")
    assert_values(read_raster(tmp_path / "out.tif")[0][0], [[-0.01, 0.0, 1.0, NAN]])


def test_toc_b8a_20m(tmp_path):
    dn = np.array([[2500, 32767]], dtype=np.int16)
    path = make_raster(product(tmp_path, "TOC-B8A", "20M", "210"), dn)
    scale_to_physical(path, tmp_path / "out.tif")
    assert_values(read_raster(tmp_path / "out.tif")[0][0], [[0.25, NAN]])


def test_raa_v220_uint16_with_its_own_nodata(tmp_path):
    dn = np.array([[0, 18000, 32767, 65535]], dtype=np.uint16)
    path = make_raster(product(tmp_path, "RAA", "60M", "220"), dn, nodata=65535)
    scale_to_physical(path, tmp_path / "out.tif")
    # The file declares 65535; 32767 is then an angle like any other.
    assert_values(read_raster(tmp_path / "out.tif")[0][0], [[0.0, 180.0, 327.67, NAN]])


def test_raa_v210_int16(tmp_path):
    dn = np.array([[9000, 32767]], dtype=np.int16)
    path = make_raster(product(tmp_path, "RAA", "60M", "210"), dn, nodata=32767)
    scale_to_physical(path, tmp_path / "out.tif")
    assert_values(read_raster(tmp_path / "out.tif")[0][0], [[90.0, NAN]])


def test_aot_and_sza(tmp_path):
    assert_values(scaled(tmp_path, "AOT", np.array([[250, 32767]], dtype=np.uint16))[0], [[0.25, NAN]])
    assert_values(scaled(tmp_path, "SZA", np.array([[4512, 32767]], dtype=np.int16))[0], [[45.12, NAN]])


def test_every_band_of_a_multiband_input(tmp_path):
    dn = np.array([[[100, 32767]], [[2000, -5]], [[32767, 10000]]], dtype=np.int16)
    path = make_raster(product(tmp_path, "TOC-B02"), dn, nodata=32767)
    result = scale_to_physical(path, tmp_path / "out.tif")
    values, nodata, _ = read_raster(tmp_path / "out.tif")
    assert values.shape == (3, 1, 2)
    assert_values(values, [[[0.01, NAN]], [[0.2, -0.0005]], [[NAN, 1.0]]])
    assert all(np.isnan(value) for value in nodata)
    assert len(result.scalings) == 3
    dataset = gdal.Open(str(tmp_path / "out.tif"))
    descriptions = [dataset.GetRasterBand(i + 1).GetDescription() for i in range(3)]
    assert len(set(descriptions)) == 3 and all("TOC-B02" in text for text in descriptions)


def test_a_band_description_of_the_input_is_kept(tmp_path):
    path = make_raster(product(tmp_path, "NDVI"), np.zeros((2, 2), np.uint8))
    dataset = gdal.Open(path, gdal.GA_Update)
    dataset.GetRasterBand(1).SetDescription("vegetation index")
    dataset = None
    scale_to_physical(path, tmp_path / "out.tif")
    assert gdal.Open(str(tmp_path / "out.tif")).GetRasterBand(1).GetDescription() == "vegetation index"


def test_single_band_description_is_the_content(tmp_path):
    path = make_raster(product(tmp_path, "LAI"), np.zeros((2, 2), np.uint8))
    scale_to_physical(path, tmp_path / "out.tif")
    dataset = gdal.Open(str(tmp_path / "out.tif"))
    assert dataset.GetRasterBand(1).GetDescription() == "LAI"
    assert dataset.GetMetadataItem("TERRASCOPE_CONTENT") == "LAI"


# --- contents with no known scale, and overrides ------------------------------------------------------------

def test_ccc_without_tags_asks_for_scale_and_offset(tmp_path):
    path = make_raster(product(tmp_path, "CCC"), np.array([[10, 20]], dtype=np.uint16))
    with pytest.raises(TerrascopeError, match="SCALE and OFFSET") as error:
        scale_to_physical(path, tmp_path / "out.tif")
    assert path in str(error.value)
    assert not (tmp_path / "out.tif").exists()


def test_ccc_with_the_files_scale_and_offset_tags(tmp_path):
    path = make_raster(product(tmp_path, "CCC"), np.array([[10, 20, 65535]], dtype=np.uint16), nodata=65535)
    set_band_scale(path, 0.1, 2.0)
    result = scale_to_physical(path, tmp_path / "out.tif")
    assert_values(read_raster(tmp_path / "out.tif")[0][0], [[3.0, 4.0, NAN]])
    assert (result.scalings[0].scale, result.scalings[0].offset) == (0.1, 2.0)


def test_ccc_with_explicit_scale_and_offset(tmp_path):
    path = make_raster(product(tmp_path, "CWC"), np.array([[10, 20]], dtype=np.uint16))
    scale_to_physical(path, tmp_path / "out.tif", scale=0.5, offset=-1.0)
    assert_values(read_raster(tmp_path / "out.tif")[0][0], [[4.0, 9.0]])


def test_explicit_values_win_over_the_files_tags(tmp_path):
    path = make_raster(product(tmp_path, "CCC"), np.array([[10]], dtype=np.uint16))
    set_band_scale(path, 0.1, 2.0)
    scale_to_physical(path, tmp_path / "out.tif", scale=1.0, offset=0.0)
    assert_values(read_raster(tmp_path / "out.tif")[0][0], [[10.0]])


def test_ccc_with_only_a_scale_has_offset_zero(tmp_path):
    path = make_raster(product(tmp_path, "CCC"), np.array([[10]], dtype=np.uint16))
    scale_to_physical(path, tmp_path / "out.tif", scale=0.25)
    assert_values(read_raster(tmp_path / "out.tif")[0][0], [[2.5]])


def test_an_explicit_scale_alone_overrides_the_table(tmp_path):
    # The table's NDVI offset (-0.08) stays; the scale given replaces 1/250. It is never silently dropped.
    values = scaled(tmp_path, "NDVI", np.array([[100, 255]], dtype=np.uint8), scale=0.01)
    assert_values(values[0], [[0.92, NAN]])


def test_an_explicit_offset_alone_overrides_the_table(tmp_path):
    values = scaled(tmp_path, "LAI", np.array([[125]], dtype=np.uint8), offset=1.0)
    assert_values(values[0], [[6.0]])


# --- refusals ---------------------------------------------------------------------------------------------

def test_scene_classification_is_refused(tmp_path):
    path = make_raster(product(tmp_path, "SCENECLASSIFICATION", "20M"), np.array([[4, 8]], dtype=np.uint8))
    with pytest.raises(UnknownContentError, match="class codes") as error:
        scale_to_physical(path, tmp_path / "out.tif")
    assert path in str(error.value)
    assert not (tmp_path / "out.tif").exists()


def test_scene_classification_given_as_content_is_refused(tmp_path):
    path = make_raster(tmp_path / "classes.tif", np.array([[4, 8]], dtype=np.uint8))
    with pytest.raises(UnknownContentError, match="class codes"):
        scale_to_physical(path, tmp_path / "out.tif", content="SCENECLASSIFICATION")


def test_quicklook_is_refused(tmp_path):
    path = make_raster(product(tmp_path, "FAPAR_QUICKLOOK", ""), np.zeros((3, 2, 2), np.uint8))
    with pytest.raises(UnknownContentError, match="quicklook") as error:
        scale_to_physical(path, tmp_path / "out.tif")
    assert path in str(error.value)
    assert not (tmp_path / "out.tif").exists()


def test_cloud_mask_is_refused(tmp_path):
    path = make_raster(product(tmp_path, "CLOUDMASK", "20M", "220"), np.zeros((2, 2), np.uint8))
    with pytest.raises(UnknownContentError, match="not a physical quantity") as error:
        scale_to_physical(path, tmp_path / "out.tif")
    assert path in str(error.value)


def test_unknown_explicit_content_is_refused(tmp_path):
    path = make_raster(tmp_path / "x.tif", np.zeros((2, 2), np.uint8))
    with pytest.raises(UnknownContentError, match="TOC-B09"):
        scale_to_physical(path, tmp_path / "out.tif", content="TOC-B09")


def test_foreign_name_needs_a_content(tmp_path):
    path = make_raster(tmp_path / "my_ndvi.tif", np.array([[125]], dtype=np.uint8))
    with pytest.raises(ProductNameError) as error:
        scale_to_physical(path, tmp_path / "out.tif")
    assert NAME_PATTERN in str(error.value) and "my_ndvi.tif" in str(error.value)
    assert not (tmp_path / "out.tif").exists()


def test_foreign_name_with_an_explicit_content(tmp_path):
    path = make_raster(tmp_path / "my_ndvi.tif", np.array([[125, 255]], dtype=np.uint8))
    result = scale_to_physical(path, tmp_path / "out.tif", content="ndvi")
    assert result.content == "NDVI"
    assert_values(read_raster(tmp_path / "out.tif")[0][0], [[0.42, NAN]])


def test_explicit_content_wins_over_the_name(tmp_path):
    values = scaled(tmp_path, "NDVI", np.array([[125]], dtype=np.uint8), content="LAI")
    assert_values(values[0], [[5.0]])


def test_corrupt_raster_names_the_file(tmp_path):
    path = product(tmp_path, "NDVI")
    path.write_bytes(np.random.default_rng(5).integers(0, 256, 5000, dtype=np.uint8).tobytes())
    with pytest.raises(RasterError) as error:
        scale_to_physical(path, tmp_path / "out.tif")
    assert str(path) in str(error.value)
    assert os.listdir(tmp_path) == [path.name]


def test_missing_input_names_the_file(tmp_path):
    path = product(tmp_path, "NDVI")
    with pytest.raises(RasterError, match="no such file") as error:
        scale_to_physical(path, tmp_path / "out.tif")
    assert str(path) in str(error.value)


def test_output_over_the_input_is_refused(tmp_path):
    path = make_raster(product(tmp_path, "NDVI"), np.array([[125]], dtype=np.uint8))
    before = fingerprint(path)
    with pytest.raises(RasterError, match="overwrite the input"):
        scale_to_physical(path, path)
    assert fingerprint(path) == before


# --- output, windows, atomicity -----------------------------------------------------------------------------

@pytest.fixture
def large_ndvi(tmp_path):
    """A 600 x 520 NDVI raster: 3 x 3 windows of 256 x 256 (clipped at the edges)."""
    rng = np.random.default_rng(11)
    dn = rng.integers(0, 256, (520, 600), dtype=np.uint8)
    return make_raster(product(tmp_path, "NDVI"), dn, nodata=255), dn


def test_large_raster_over_several_windows(tmp_path, large_ndvi):
    path, dn = large_ndvi
    before = fingerprint(path)
    progress = Progress()
    output = tmp_path / "out.tif"
    scale_to_physical(path, output, progress=progress, window_pixels=SMALL_WINDOWS)
    assert len(progress.reports) == 9
    assert progress.reports[-1] == pytest.approx(1.0)
    expected = np.where(dn <= 250, dn / 250.0 - 0.08, np.nan)
    values, nodata, geotransform = read_raster(output)
    assert_values(values[0], expected)
    assert fingerprint(path) == before  # the input is untouched


def test_output_format_and_georeference(tmp_path, large_ndvi):
    path, _ = large_ndvi
    output = tmp_path / "out.tif"
    scale_to_physical(path, output, window_pixels=SMALL_WINDOWS)
    source, result = gdal.Open(path), gdal.Open(str(output))
    assert result.GetGeoTransform() == source.GetGeoTransform()
    assert result.GetProjection() == source.GetProjection()
    assert (result.RasterXSize, result.RasterYSize) == (source.RasterXSize, source.RasterYSize)
    band = result.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Float32
    assert np.isnan(band.GetNoDataValue())
    assert band.GetBlockSize() == [256, 256]
    assert result.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"
    assert sorted(os.listdir(tmp_path)) == sorted([os.path.basename(path), "out.tif"])


def test_cog_output(tmp_path, large_ndvi):
    path, dn = large_ndvi
    output = tmp_path / "out.tif"
    scale_to_physical(path, output, cog=True, window_pixels=SMALL_WINDOWS)
    dataset = gdal.Open(str(output))
    assert dataset.GetMetadata("IMAGE_STRUCTURE").get("LAYOUT") == "COG"
    assert_values(read_raster(output)[0][0], np.where(dn <= 250, dn / 250.0 - 0.08, np.nan))


def test_cancel_leaves_no_output_and_keeps_an_existing_file(tmp_path, large_ndvi):
    path, _ = large_ndvi
    output = tmp_path / "out.tif"
    output.write_bytes(b"yesterday's result")
    with pytest.raises(Cancelled):
        scale_to_physical(path, output, progress=Progress(cancel_after_reports=1), window_pixels=SMALL_WINDOWS)
    assert output.read_bytes() == b"yesterday's result"
    assert sorted(os.listdir(tmp_path)) == sorted([os.path.basename(path), "out.tif"])


def test_cancel_leaves_nothing_when_there_was_no_output(tmp_path, large_ndvi):
    path, _ = large_ndvi
    with pytest.raises(Cancelled):
        scale_to_physical(path, tmp_path / "out.tif", progress=Progress(cancel_after_reports=1),
                          window_pixels=SMALL_WINDOWS)
    assert os.listdir(tmp_path) == [os.path.basename(path)]


def test_read_failure_halfway_leaves_no_partial_output(tmp_path, large_ndvi):
    path, _ = large_ndvi
    corrupt_middle(path)
    output = tmp_path / "out.tif"
    output.write_bytes(b"yesterday's result")
    with pytest.raises(RasterError) as error:
        scale_to_physical(path, output, window_pixels=SMALL_WINDOWS)
    assert path in str(error.value)
    assert output.read_bytes() == b"yesterday's result"
    assert sorted(os.listdir(tmp_path)) == sorted([os.path.basename(path), "out.tif"])


def test_input_is_never_modified(tmp_path):
    path = make_raster(product(tmp_path, "TOC-B04"), np.array([[1, 2], [3, 32767]], dtype=np.int16),
                       nodata=32767)
    before = fingerprint(path)
    scale_to_physical(path, tmp_path / "out.tif")
    assert fingerprint(path) == before
    assert sorted(os.listdir(tmp_path)) == sorted([os.path.basename(path), "out.tif"])


def test_an_output_name_as_long_as_the_file_system_allows(tmp_path):
    path = make_raster(product(tmp_path, "NDVI"), np.array([[0, 125]], dtype=np.uint8), nodata=255)
    name = "o" * (os.pathconf(tmp_path, "PC_NAME_MAX") - len(".tif")) + ".tif"
    scale_to_physical(path, tmp_path / name)
    assert_values(read_raster(tmp_path / name)[0][0], [[-0.08, 0.42]])

"""terrascope:scaletophysical through processing.run, on tiny generated rasters with Terrascope names.

Expected values come from the product table in docs/terrascope-products.md, not from the code."""

import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProject,
    QgsRasterLayer,
)

from feedback import RecordingFeedback
from rasters import make_raster, read_raster
from terrascope_processing.core.naming import NAME_PATTERN

gdal.UseExceptions()

ALG = "terrascope:scaletophysical"
NAN = float("nan")


def run(parameters, feedback=None, context=None):
    import processing

    return processing.run(ALG, parameters, feedback=feedback, context=context)


def content_index(content):
    """The CONTENT enum index of ``content``, from the algorithm's own option labels."""
    options = QgsApplication.processingRegistry().algorithmById(ALG).parameterDefinition("CONTENT").options()
    return options.index(content)


def product(folder, content, resolution="10M", version="200"):
    suffix = f"_{resolution}" if resolution else ""
    return folder / f"S2A_20190307T105021_31UFS_{content}{suffix}_V{version}.tif"


def scale(tmp_path, path, **parameters):
    output = str(tmp_path / "physical.tif")
    result = run({"INPUT": path if isinstance(path, QgsRasterLayer) else str(path), "OUTPUT": output,
                  **parameters})
    assert result["OUTPUT"] == output
    return read_raster(output)[0]


def assert_values(actual, expected):
    np.testing.assert_allclose(actual, np.asarray(expected, dtype=np.float64), rtol=1e-6, atol=1e-6)


def listing(folder):
    """The files in ``folder``, without the .aux.xml statistics that QGIS itself writes beside a raster
    when it loads it as a layer (processing.run does, to check INPUT); the input's bytes stay as they were."""
    return sorted(name for name in os.listdir(folder) if not name.endswith(".aux.xml"))


def corrupt_middle(path):
    """Overwrite the middle third of a file with random bytes (the header stays readable)."""
    size = os.path.getsize(path)
    with open(path, "r+b") as handle:
        handle.seek(size // 3)
        handle.write(np.random.default_rng(3).integers(0, 256, size // 3, dtype=np.uint8).tobytes())


def fingerprint(path):
    stat = os.stat(path)
    with open(path, "rb") as handle:
        return handle.read(), stat.st_mtime_ns


# --- the algorithm's description ---------------------------------------------------------------------------

def test_registered_with_its_parameters(provider):
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm is not None
    names = [definition.name() for definition in algorithm.parameterDefinitions()]
    assert names == ["INPUT", "CONTENT", "SCALE", "OFFSET", "OUTPUT", "COG"]
    options = algorithm.parameterDefinition("CONTENT").options()
    assert options[0] == "From the file name"
    assert options[1:5] == ["NDVI", "FAPAR", "FCOVER", "LAI"]
    assert {"CCC", "CWC", "TOC-B01", "TOC-B8A", "TOC-B12", "AOT", "WVP", "SZA", "VZA", "RAA"} <= set(options)
    assert "SCENECLASSIFICATION" not in options
    for name in ("SCALE", "OFFSET", "COG"):
        definition = algorithm.parameterDefinition(name)
        assert definition.flags() & QgsProcessingParameterDefinition.FlagAdvanced
        assert definition.flags() & QgsProcessingParameterDefinition.FlagOptional
    for definition in algorithm.parameterDefinitions():
        assert definition.help(), definition.name()
    text = algorithm.shortHelpString()
    assert "scale × DN + offset" in text and "NaN" in text
    assert "NDVI: 0.004 × DN − 0.08" in text and "LAI: 0.04 × DN + 0" in text
    assert algorithm.groupId() and algorithm.group()


# --- values -------------------------------------------------------------------------------------------------

def test_ndvi(provider, tmp_path):
    dn = np.array([[0, 125, 250, 251], [252, 253, 254, 255]], dtype=np.uint8)
    path = make_raster(product(tmp_path, "NDVI"), dn, nodata=255)
    assert_values(scale(tmp_path, path)[0], [[-0.08, 0.42, 0.92, NAN], [NAN, NAN, NAN, NAN]])


def test_lai(provider, tmp_path):
    path = make_raster(product(tmp_path, "LAI"), np.array([[0, 125, 250, 251]], dtype=np.uint8), nodata=255)
    assert_values(scale(tmp_path, path)[0], [[0.0, 5.0, 10.0, NAN]])


def test_fapar(provider, tmp_path):
    dn = np.array([[0, 200] + list(range(201, 256))], dtype=np.uint8)
    path = make_raster(product(tmp_path, "FAPAR", "20M", "210"), dn, nodata=255)
    assert_values(scale(tmp_path, path)[0], [[0.0, 1.0] + [NAN] * 55])


def test_toc_int16(provider, tmp_path):
    dn = np.array([[-100, 10000, 32767]], dtype=np.int16)
    path = make_raster(product(tmp_path, "TOC-B04"), dn, nodata=32767)
    assert_values(scale(tmp_path, path)[0], [[-0.01, 1.0, NAN]])


def test_raa_v220_uint16_declared_nodata(provider, tmp_path):
    dn = np.array([[36000, 32767, 65535]], dtype=np.uint16)
    path = make_raster(product(tmp_path, "RAA", "60M", "220"), dn, nodata=65535)
    assert_values(scale(tmp_path, path)[0], [[360.0, 327.67, NAN]])


def test_three_bands_are_all_scaled(provider, tmp_path):
    dn = np.array([[[1000]], [[2000]], [[32767]]], dtype=np.int16)
    path = make_raster(product(tmp_path, "TOC-B03"), dn, nodata=32767)
    values = scale(tmp_path, path)
    assert values.shape == (3, 1, 1)
    assert_values(values[:, 0, 0], [0.1, 0.2, NAN])


def test_explicit_content_for_a_foreign_name(provider, tmp_path):
    path = make_raster(tmp_path / "field_ndvi.tif", np.array([[125, 255]], dtype=np.uint8))
    assert_values(scale(tmp_path, path, CONTENT=content_index("NDVI"))[0], [[0.42, NAN]])


def test_foreign_name_from_the_file_name_fails_with_the_pattern(provider, tmp_path):
    path = make_raster(tmp_path / "field_ndvi.tif", np.array([[125]], dtype=np.uint8))
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUT": path, "CONTENT": 0, "OUTPUT": str(tmp_path / "physical.tif")})
    assert NAME_PATTERN in str(error.value) and "field_ndvi.tif" in str(error.value)
    assert listing(tmp_path) == ["field_ndvi.tif"]


def test_reports_scale_and_offset(provider, tmp_path):
    path = make_raster(product(tmp_path, "LAI"), np.array([[125]], dtype=np.uint8), nodata=255)
    feedback = RecordingFeedback()
    run({"INPUT": path, "OUTPUT": str(tmp_path / "physical.tif")}, feedback)
    assert any("LAI" in info and "0.04 × DN + 0" in info and "255" in info for info in feedback.infos)


# --- contents without a published scale ---------------------------------------------------------------------

def test_ccc_without_tags_asks_for_scale_and_offset(provider, tmp_path):
    path = make_raster(product(tmp_path, "CCC"), np.array([[10]], dtype=np.uint16))
    with pytest.raises(QgsProcessingException, match="SCALE and OFFSET") as error:
        run({"INPUT": path, "OUTPUT": str(tmp_path / "physical.tif")})
    assert path in str(error.value)
    assert listing(tmp_path) == [os.path.basename(path)]


def test_ccc_with_band_tags(provider, tmp_path):
    path = make_raster(product(tmp_path, "CCC"), np.array([[10, 40]], dtype=np.uint16))
    dataset = gdal.Open(path, gdal.GA_Update)
    dataset.GetRasterBand(1).SetScale(0.5)
    dataset.GetRasterBand(1).SetOffset(1.0)
    dataset = None
    assert_values(scale(tmp_path, path)[0], [[6.0, 21.0]])


def test_ccc_with_explicit_scale_and_offset(provider, tmp_path):
    path = make_raster(product(tmp_path, "CWC"), np.array([[10, 40]], dtype=np.uint16))
    feedback = RecordingFeedback()
    output = str(tmp_path / "physical.tif")
    run({"INPUT": path, "SCALE": 0.01, "OFFSET": 0.5, "OUTPUT": output}, feedback)
    assert_values(read_raster(output)[0][0], [[0.6, 0.9]])
    assert any("0.01 × DN + 0.5" in info for info in feedback.infos)


def test_explicit_scale_overrides_the_table(provider, tmp_path):
    path = make_raster(product(tmp_path, "TOC-B08"), np.array([[10000]], dtype=np.int16))
    assert_values(scale(tmp_path, path, SCALE=0.001, OFFSET=0.0)[0], [[10.0]])


# --- refusals and bad input ---------------------------------------------------------------------------------

def test_scene_classification_is_refused(provider, tmp_path):
    path = make_raster(product(tmp_path, "SCENECLASSIFICATION", "20M"), np.array([[4]], dtype=np.uint8))
    with pytest.raises(QgsProcessingException, match="class codes") as error:
        run({"INPUT": path, "OUTPUT": str(tmp_path / "physical.tif")})
    assert path in str(error.value)


def test_quicklook_is_refused(provider, tmp_path):
    path = make_raster(product(tmp_path, "TOC_QUICKLOOK", "", "210"), np.zeros((3, 2, 2), np.uint8))
    with pytest.raises(QgsProcessingException, match="quicklook") as error:
        run({"INPUT": path, "OUTPUT": str(tmp_path / "physical.tif")})
    assert path in str(error.value)


def test_corrupt_tiff_names_the_file(provider, tmp_path):
    path = product(tmp_path, "NDVI")
    path.write_bytes(np.random.default_rng(9).integers(0, 256, 8000, dtype=np.uint8).tobytes())
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUT": str(path), "OUTPUT": str(tmp_path / "physical.tif")})
    assert str(path) in str(error.value)
    assert "cannot be read as a raster" in str(error.value)  # not QGIS's misleading "not found"
    assert listing(tmp_path) == [path.name]


def test_non_tif_output_is_refused(provider, tmp_path):
    path = make_raster(product(tmp_path, "NDVI"), np.array([[1]], dtype=np.uint8))
    with pytest.raises(QgsProcessingException, match=r"\.tif"):
        run({"INPUT": path, "OUTPUT": str(tmp_path / "physical.img")})
    assert listing(tmp_path) == [os.path.basename(path)]


# --- output, windows, atomicity, cancel ---------------------------------------------------------------------

@pytest.fixture
def wide_ndvi(tmp_path):
    """1100 x 40 px: wider than one default window (1024 px), so the output takes two windows."""
    dn = np.random.default_rng(4).integers(0, 256, (40, 1100), dtype=np.uint8)
    return make_raster(product(tmp_path, "NDVI"), dn, nodata=255), dn


def test_output_over_several_windows_format_and_georeference(provider, tmp_path, wide_ndvi):
    path, dn = wide_ndvi
    before = fingerprint(path)
    values = scale(tmp_path, path)
    assert_values(values[0], np.where(dn <= 250, dn / 250.0 - 0.08, np.nan))
    source, output = gdal.Open(path), gdal.Open(str(tmp_path / "physical.tif"))
    assert output.GetGeoTransform() == source.GetGeoTransform()
    assert output.GetProjection() == source.GetProjection()
    band = output.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Float32
    assert np.isnan(band.GetNoDataValue())
    assert band.GetBlockSize() == [256, 256]
    assert output.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"
    assert fingerprint(path) == before
    assert listing(tmp_path) == sorted([os.path.basename(path), "physical.tif"])


def test_truncated_tiff_names_the_file_and_leaves_an_existing_output(provider, tmp_path):
    path = product(tmp_path, "NDVI")
    path.write_bytes(b"II*\x00" + bytes(200))  # a TIFF header and nothing else
    output = tmp_path / "physical.tif"
    output.write_bytes(b"last week's result")
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUT": str(path), "OUTPUT": str(output)})
    assert str(path) in str(error.value)
    assert output.read_bytes() == b"last week's result"
    assert listing(tmp_path) == sorted([path.name, "physical.tif"])


def test_read_failure_halfway_leaves_an_existing_output_untouched(provider, tmp_path, wide_ndvi):
    path, _ = wide_ndvi
    corrupt_middle(path)  # the header is fine: the failure comes while the windows are read
    output = tmp_path / "physical.tif"
    output.write_bytes(b"last week's result")
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUT": path, "OUTPUT": str(output)})
    assert path in str(error.value) and "cannot read pixels" in str(error.value)
    assert output.read_bytes() == b"last week's result"
    assert listing(tmp_path) == sorted([os.path.basename(path), "physical.tif"])


def test_cancel_at_first_progress(provider, tmp_path, wide_ndvi):
    path, _ = wide_ndvi
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel())
    output = tmp_path / "physical.tif"
    output.write_bytes(b"last week's result")
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run({"INPUT": path, "OUTPUT": str(output)}, feedback)
    assert output.read_bytes() == b"last week's result"
    assert listing(tmp_path) == sorted([os.path.basename(path), "physical.tif"])


def test_cancel_leaves_no_output(provider, tmp_path, wide_ndvi):
    path, _ = wide_ndvi
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel())
    with pytest.raises(QgsProcessingException):
        run({"INPUT": path, "OUTPUT": str(tmp_path / "physical.tif")}, feedback)
    assert listing(tmp_path) == [os.path.basename(path)]


# --- default style when the output is loaded ---------------------------------------------------------------

def loading_context(output):
    """A context that will load ``output`` into a project on completion (as the toolbox does)."""
    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    return context, project, QgsProcessingOutputLayerDefinition(output, project)


def test_a_loaded_ndvi_output_gets_the_ndvi_ramp(provider, tmp_path):
    dn = np.array([[0, 125], [250, 255]], dtype=np.uint8)
    path = make_raster(product(tmp_path, "NDVI"), dn, nodata=255)
    output = str(tmp_path / "physical.tif")
    context, project, destination = loading_context(output)
    run({"INPUT": path, "OUTPUT": destination}, context=context)
    processor = context.layerToLoadOnCompletionDetails(output).postProcessor()
    assert processor is not None
    layer = QgsRasterLayer(output, "ndvi", "gdal")
    processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    renderer = layer.renderer()
    assert renderer.type() == "singlebandpseudocolor"
    assert (renderer.classificationMin(), renderer.classificationMax()) == pytest.approx((-0.08, 0.92))


def test_no_style_is_attached_to_a_multiband_output(provider, tmp_path):
    path = make_raster(product(tmp_path, "TOC-B04"), np.zeros((3, 2, 2), np.int16))
    output = str(tmp_path / "physical.tif")
    context, project, destination = loading_context(output)
    run({"INPUT": path, "OUTPUT": destination}, context=context)
    layer = QgsRasterLayer(output, "physical", "gdal")
    renderer_type = layer.renderer().type()
    processor = context.layerToLoadOnCompletionDetails(output).postProcessor()  # names the layer only
    processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    assert layer.renderer().type() == renderer_type
    assert layer.name() == os.path.splitext(os.path.basename(path))[0] + " physical values"


# --- ways of giving the input and the output ---------------------------------------------------------------

def test_a_loaded_layer_as_input(provider, tmp_path):
    path = make_raster(product(tmp_path, "FCOVER"), np.array([[100, 255]], dtype=np.uint8), nodata=255)
    layer = QgsRasterLayer(path, "fcover", "gdal")
    assert layer.isValid()
    assert_values(scale(tmp_path, layer)[0], [[0.5, NAN]])


def test_temporary_output(provider, tmp_path):
    path = make_raster(product(tmp_path, "LAI"), np.array([[125]], dtype=np.uint8), nodata=255)
    result = run({"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["OUTPUT"].endswith(".tif")
    assert_values(read_raster(result["OUTPUT"])[0][0], [[5.0]])

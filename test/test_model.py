"""The shipped model resources/models/find_and_composite.model3: it loads as a model, is what
scripts/build_model.py writes, and runs headless through processing.run on a generated archive; the
composite is checked against a mean computed here by hand from the archive's known digital numbers."""

import importlib.util
import os
import re

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingModelAlgorithm

from archive import BELGIUM_BBOX, CLOUDY_DAY, LIEGE_BBOX, make_archive

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_PATH = os.path.join(REPO_ROOT, "resources", "models", "find_and_composite.model3")
MODEL_ID = "terrascope:findandcomposite"
COMPOSITE = "Mean composite"
COUNT = "Valid observation count"


def build_script():
    spec = importlib.util.spec_from_file_location("build_model", os.path.join(REPO_ROOT, "scripts", "build_model.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_model():
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL_PATH)
    return model


def output_name(model, suffix):
    """The model's destination parameter for a model output (QGIS names them '<child>:<output>')."""
    names = [p.name() for p in model.destinationParameterDefinitions()]
    found = [name for name in names if name.split(":")[-1] == suffix]
    assert len(found) == 1, names
    return found[0]


def extent(bbox):
    west, south, east, north = bbox
    return f"{west},{east},{south},{north} [EPSG:4326]"


def test_model_file_loads(provider):
    model = load_model()
    assert model.name() == "Find products and mean composite"
    assert {p.name() for p in model.parameterDefinitions() if not p.isDestination()} == {
        "FOLDER", "CONTENT", "START", "END", "EXTENT", "TILES", "MAX_CLOUD", "DILATION"}
    children = {child_id: model.childAlgorithm(child_id) for child_id in model.childAlgorithms()}
    assert {child.algorithmId() for child in children.values()} == {"terrascope:findproducts",
                                                                    "terrascope:meancomposite"}
    assert all(child.algorithm() is not None for child in children.values())
    composite = children["meancomposite"]
    (source,) = composite.parameterSources()["INPUTS"]
    assert (source.outputChildId(), source.outputName()) == ("findproducts", "LAYERS")
    assert output_name(model, COMPOSITE)
    ok, errors = model.validate()
    assert ok, errors


def test_build_script_writes_the_shipped_file(qgis_app, tmp_path):
    from lxml import etree

    script = build_script()
    written = script.write_model(str(tmp_path / "model.model3"), script.MODELS["find_and_composite.model3"])

    def canonical(path):  # Qt writes attributes in a random order: compare canonical XML
        parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
        return etree.tostring(etree.parse(path, parser), method="c14n")

    assert canonical(written) == canonical(MODEL_PATH), "re-run scripts/build_model.py"


def test_registered_in_the_provider(provider):
    algorithm = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert algorithm is not None
    assert algorithm.provider().id() == "terrascope"
    assert algorithm.groupId() == "timeseries"
    assert "mean composite" in algorithm.displayName().lower()
    assert "Finds the Terrascope products" in algorithm.shortHelpString()
    # the provider's own instance resolved its children once the provider was registered
    assert any(p.name().endswith(":" + COMPOSITE) for p in algorithm.destinationParameterDefinitions())


def expected_composite(archive):
    """By hand: NDVI of 31UFS on 2019-03-07 and 2019-03-12 (the Liège extent, dates up to the 12th).
    DN = day x 10 + (pixel index mod 20); physical = DN / 250 - 0.08; the SCL of the 12th is cloud (9)
    on its first 20 m pixel, i.e. the 2 x 2 top-left 10 m pixels, which then take the 7th alone."""
    (first,) = archive.select(content="NDVI", tile="31UFS", acquisition=archive.products[0].acquisition)
    shape = first.data.shape
    ramp = (np.arange(shape[0] * shape[1]) % 20).reshape(shape).astype(np.float64)
    day7 = (70 + ramp) / 250 - 0.08
    day12 = (120 + ramp) / 250 - 0.08
    mean = (day7 + day12) / 2
    mean[:2, :2] = day7[:2, :2]
    count = np.full(shape, 2)
    count[:2, :2] = 1
    return mean, count


def nearest_reference(archive, output, tiles, end=CLOUDY_DAY, classes=(0, 1, 3, 8, 9, 10, 11)):
    """Mean and count on the grid of ``output``, worked out here from the archive's NDVI DNs: each output
    pixel centre takes, per acquisition, the pixel under it of the first tile (in file name order) where
    it is valid (not nodata, its 20 m SCL class not masked)."""
    dataset = gdal.Open(output)
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    x, y = np.meshgrid(x0 + (np.arange(dataset.RasterXSize) + 0.5) * dx,
                       y0 + (np.arange(dataset.RasterYSize) + 0.5) * dy)
    files = sorted((f for f in archive.files if f.kind == "raster" and f.content == "NDVI"
                    and f.product.tile in tiles and f.product.acquisition <= end),
                   key=lambda f: os.path.basename(f.path))

    def under(path, data):  # the pixel of ``path`` under each centre, and where there is one
        ox, px, _, oy, _, py = gdal.Open(path).GetGeoTransform()
        cols, rows = np.floor((x - ox) / px).astype(int), np.floor((y - oy) / py).astype(int)
        inside = (cols >= 0) & (cols < data.shape[1]) & (rows >= 0) & (rows < data.shape[0])
        return data[np.clip(rows, 0, data.shape[0] - 1), np.clip(cols, 0, data.shape[1] - 1)], inside

    observations = {}
    for file in files:
        dn, inside = under(file.path, file.data)
        scl_path = os.path.join(os.path.dirname(file.path), file.product.name("SCENECLASSIFICATION", "20M"))
        scl, _ = under(scl_path, gdal.Open(scl_path).ReadAsArray())
        values = np.where(inside & (dn != 255) & ~np.isin(scl, classes), dn / 250 - 0.08, np.nan)
        first = observations.setdefault((file.product.mission, file.product.acquisition), values)
        np.copyto(first, values, where=np.isnan(first))
    stack = np.array(list(observations.values()))
    count = (~np.isnan(stack)).sum(axis=0)
    with np.errstate(invalid="ignore"):
        return np.nansum(stack, axis=0) / count, count


@pytest.mark.parametrize("how", ["registered", "model file"])
def test_model_runs_headless(provider, tmp_path, how):
    import processing

    archive = make_archive(tmp_path / "archive", size=8)
    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID) if how == "registered" \
        else load_model()
    composite, count = str(tmp_path / "composite.tif"), str(tmp_path / "count.tif")
    result = processing.run(model, {
        "FOLDER": archive.root, "CONTENT": "NDVI", "START": "2019-03-01T00:00:00", "END": "2019-03-12",
        "EXTENT": extent(LIEGE_BBOX),
        output_name(model, COMPOSITE): composite, output_name(model, COUNT): count,
    })
    assert result[output_name(model, COMPOSITE)] == composite
    # The composite covers the extent (on 31UFS's CRS and pixel size), not the whole tile.
    (reference,) = archive.paths(content="NDVI", tile="31UFS", acquisition=archive.products[0].acquisition)
    dataset = gdal.Open(composite)
    assert dataset.GetGeoTransform()[1] == gdal.Open(reference).GetGeoTransform()[1]
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == "32631"
    assert dataset.RasterXSize * dataset.RasterYSize < 8 * 8
    mean, valid = nearest_reference(archive, composite, {"31UFS"})
    assert valid.max() == 2
    np.testing.assert_allclose(dataset.ReadAsArray(), mean, rtol=1e-6)
    np.testing.assert_array_equal(gdal.Open(count).ReadAsArray(), valid)


def test_model_over_two_tiles(provider, tmp_path):
    """An extent over 31UES and 31UFS: one composite over both tiles in one run."""
    import processing

    archive = make_archive(tmp_path / "archive", size=8)
    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    composite, count = str(tmp_path / "composite.tif"), str(tmp_path / "count.tif")
    processing.run(model, {"FOLDER": archive.root, "CONTENT": "NDVI", "END": "2019-03-12",
                           "EXTENT": extent(BELGIUM_BBOX), output_name(model, COMPOSITE): composite,
                           output_name(model, COUNT): count})
    mean, valid = nearest_reference(archive, composite, {"31UFS", "31UES"})
    counts = gdal.Open(count).ReadAsArray()
    np.testing.assert_array_equal(counts, valid)
    assert {1, 2} <= set(np.unique(counts))  # 31UES seen once (2019-03-07), 31UFS twice
    np.testing.assert_allclose(gdal.Open(composite).ReadAsArray(), mean, rtol=1e-6, equal_nan=True)


def test_model_without_count_output(provider, tmp_path):
    import processing

    archive = make_archive(tmp_path / "archive", size=8)
    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    composite = str(tmp_path / "composite.tif")
    processing.run(model, {"FOLDER": archive.root, "CONTENT": "NDVI", "END": "2019-03-12", "TILES": "31UFS",
                           output_name(model, COMPOSITE): composite})
    mean, _ = expected_composite(archive)
    np.testing.assert_allclose(gdal.Open(composite).ReadAsArray(), mean, rtol=1e-6)


def test_model_reports_products_on_several_grids(provider, tmp_path):
    import processing

    archive = make_archive(tmp_path / "archive", size=8)
    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    with pytest.raises(QgsProcessingException):  # 31UFS and 31UES: two grids, refused by the composite
        processing.run(model, {"FOLDER": archive.root, "CONTENT": "NDVI", "END": "2019-03-12",
                               output_name(model, COMPOSITE): str(tmp_path / "c.tif")})
    assert not (tmp_path / "c.tif").exists()


def test_model_runs_in_qgis_process(tmp_path):
    """End to end as a user of qgis_process: the plugin installed by scripts/install-dev.sh in a throw-away
    HOME, the model found by its id and run on the archive."""
    import json
    import subprocess

    from qgisprocess import QGIS_PROCESS, TIMEOUT, environment, qgis_process

    if QGIS_PROCESS is None and not os.environ.get("CI"):
        pytest.skip("qgis_process is not installed")
    home = tmp_path / "home"
    home.mkdir()
    subprocess.run(["bash", os.path.join(REPO_ROOT, "scripts", "install-dev.sh")], env=environment(home),
                   check=True, timeout=TIMEOUT, capture_output=True)
    archive = make_archive(tmp_path / "archive", size=8)
    composite = str(tmp_path / "composite.tif")
    result = qgis_process(home, "run", MODEL_ID, "--json", f"--FOLDER={archive.root}", "--CONTENT=NDVI",
                          "--START=2019-03-01T00:00:00", "--END=2019-03-12", f"--EXTENT={extent(LIEGE_BBOX)}",
                          f"--meancomposite:{COMPOSITE}={composite}")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"][f"meancomposite:{COMPOSITE}"] == composite
    np.testing.assert_allclose(gdal.Open(composite).ReadAsArray(),
                               nearest_reference(archive, composite, {"31UFS"})[0], rtol=1e-6)

    help_text = qgis_process(home, "help", MODEL_ID)
    assert help_text.returncode == 0, help_text.stderr
    assert "Finds the Terrascope products" in help_text.stdout
    assert not re.search(r"</?(html|body|p|h\d|br)\b", help_text.stdout), help_text.stdout  # plain text


# --- what a QGIS user meets: history, dialog order, labels, settings ------------------------------------

def test_runs_reach_the_processing_history(provider, tmp_path):
    """The dialog writes asPythonCommand() to the Processing History: it must not be empty, and running
    it again gives the same result."""
    import processing  # noqa: F401 (the history command calls processing.run)
    from qgis.core import QgsProcessingContext
    from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

    archive = make_archive(tmp_path / "archive", size=8)
    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    composite = str(tmp_path / "composite.tif")
    end = QDateTime(QDate(2019, 3, 12), QTime(23, 59, 59), Qt.UTC)  # as the dialog's widget gives it
    command = model.asPythonCommand({"FOLDER": archive.root, "CONTENT": "NDVI", "END": end,
                                     "TILES": "31UFS", output_name(model, COMPOSITE): composite},
                                    QgsProcessingContext())
    assert command.startswith(f'processing.run("{MODEL_ID}", ')
    exec(command, {"processing": processing, "QDateTime": QDateTime, "QDate": QDate, "QTime": QTime,
                   "Qt": Qt})
    np.testing.assert_allclose(gdal.Open(composite).ReadAsArray(), expected_composite(archive)[0], rtol=1e-6)


def test_dialog_order_labels_and_outputs(provider):
    algorithm = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    definitions = algorithm.parameterDefinitions()
    assert [d.name() for d in definitions] == [
        "FOLDER", "CONTENT", "START", "END", "TILES", "EXTENT", "MAX_CLOUD", "DILATION",
        f"meancomposite:{COMPOSITE}", f"meancomposite:{COUNT}"]
    assert [d.description() for d in definitions if d.isDestination()] == [COMPOSITE, COUNT]
    assert algorithm.helpUrl().endswith("#findandcomposite")


def test_max_cloud_and_dilation_reach_their_algorithms(provider, tmp_path):
    """MAX_CLOUD 50 leaves out the 12th (80 % cloud): the composite is the 7th alone. DILATION by one SCL
    pixel masks, on the 12th, the 20 m pixels beside the cloudy one: their 10 m pixels take the 7th alone."""
    import processing

    archive = make_archive(tmp_path / "archive", size=8)
    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    mean, count = expected_composite(archive)
    day7 = mean.copy()
    base = {"FOLDER": archive.root, "CONTENT": "NDVI", "END": "2019-03-12", "TILES": "31UFS"}

    cloudless = processing.run(model, dict(base, MAX_CLOUD=50, **{
        output_name(model, COMPOSITE): str(tmp_path / "a.tif"), output_name(model, COUNT): str(tmp_path / "n.tif")}))
    np.testing.assert_array_equal(gdal.Open(str(tmp_path / "n.tif")).ReadAsArray(), np.ones((8, 8)))
    day7 = gdal.Open(cloudless[output_name(model, COMPOSITE)]).ReadAsArray()
    ramp = (np.arange(64) % 20).reshape(8, 8)
    np.testing.assert_allclose(day7, (70 + ramp) / 250 - 0.08, rtol=1e-6)

    scl_pixel = abs(gdal.Open(archive.paths(content="NDVI", tile="31UFS")[0]).GetGeoTransform()[1]) * 2
    processing.run(model, dict(base, DILATION=scl_pixel, **{
        output_name(model, COMPOSITE): str(tmp_path / "d.tif"), output_name(model, COUNT): str(tmp_path / "dn.tif")}))
    grown = gdal.Open(str(tmp_path / "dn.tif")).ReadAsArray()
    assert (grown[:2, :4] == 1).all() and (grown[2:4, :2] == 1).all()  # the cloud and its grown neighbours
    assert (grown[4:, 4:] == 2).all()
    dilated = gdal.Open(str(tmp_path / "d.tif")).ReadAsArray()
    np.testing.assert_allclose(dilated[grown == 1], day7[grown == 1], rtol=1e-6)


def test_model_labels_and_help_are_translated(provider, tmp_path):
    """The model's labels and help come from build_model.py, marked for translation: with the French
    translation installed, a new instance of the model speaks French."""
    import subprocess

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    compiled = str(tmp_path / "fr.qm")
    subprocess.run(["lrelease", "-silent", os.path.join(REPO_ROOT, "i18n", "terrascope_processing_fr.ts"),
                    "-qm", compiled], check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(compiled)
    QCoreApplication.installTranslator(translator)
    try:
        model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
        labels = {definition.name(): definition.description() for definition in model.parameterDefinitions()}
        help_text = model.shortHelpString()
        english_help = model.helpContent()["ALG_DESC"]
        french_help = translator.translate("ShippedModel", english_help)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert labels["FOLDER"] == "Dossier d'archive"
    assert labels["DILATION"] == "Étendre nuages et ombres de (m)"
    assert labels[output_name(model, COUNT)] == "Nombre d'observations valides"
    assert help_text == (french_help or english_help)  # the translation, where the help text has one

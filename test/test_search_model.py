"""The shipped model resources/models/search_and_composite.model3 (search the catalogue -> mean composite):
it is what scripts/build_model.py writes, and runs headless against the STAC server of test/stac_server.py,
reading the files over HTTP with a QGIS authentication configuration, to the composite of the same files
read locally."""

import numpy as np
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

from test_model import build_script, output_name
from test_searchcatalogue import BASIC, authcfg  # noqa: F401 (fixture)
from stac_server import StacServer, serve_archive
from test_stac import archive  # noqa: F401 (fixture)

MODEL_ID = "terrascope:searchandcomposite"
MODEL_FILE = "search_and_composite.model3"
COMPOSITE = "Mean composite"
COUNT = "Valid observation count"


def test_build_script_writes_the_shipped_file(provider, tmp_path):
    from lxml import etree

    script = build_script()
    written = script.write_model(str(tmp_path / "model.model3"), script.MODELS[MODEL_FILE])

    def canonical(path):  # Qt writes attributes in a random order: compare canonical XML
        parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
        return etree.tostring(etree.parse(path, parser), method="c14n")

    assert canonical(written) == canonical(f"{script.MODELS_DIR}/{MODEL_FILE}"), "re-run scripts/build_model.py"


def test_model_chains_search_and_composite(provider):
    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    assert isinstance(model, QgsProcessingModelAlgorithm)
    assert [p.name() for p in model.parameterDefinitions() if not p.isDestination()] == [
        "URL", "COLLECTION", "CONTENT", "START", "END", "TILES", "EXTENT", "MAX_CLOUD", "AUTHCFG", "DILATION"]
    (source,) = model.childAlgorithm("meancomposite").parameterSources()["INPUTS"]
    assert (source.outputChildId(), source.outputName()) == ("searchcatalogue", "LAYERS")
    ok, errors = model.validate()
    assert ok, errors


def test_model_over_the_network_equals_local_files(provider, archive, authcfg, tmp_path):  # noqa: F811
    import processing

    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    composite, count = str(tmp_path / "composite.tif"), str(tmp_path / "count.tif")
    with StacServer(archive.root) as server:  # off the platform: no local alternate exists
        serve_archive(server, archive, local_alternates=False)
        server.require, server.require_for_files_only = ("Authorization", BASIC), True
        processing.run(model, {"URL": server.url, "TILES": "31UFS", "END": "2019-03-12", "AUTHCFG": authcfg,
                               output_name(model, COMPOSITE): composite, output_name(model, COUNT): count})
    assert any(path.startswith("/files/") for path, _ in server.requests)  # read over HTTP
    local = [p for p in archive.paths(content="NDVI", tile="31UFS", version="210") if "20190317" not in p]
    processing.run("terrascope:meancomposite", {"INPUTS": local, "OUTPUT": str(tmp_path / "local.tif"),
                                                "COUNT": str(tmp_path / "local_count.tif")})
    np.testing.assert_array_equal(gdal.Open(composite).ReadAsArray(),
                                  gdal.Open(str(tmp_path / "local.tif")).ReadAsArray())
    np.testing.assert_array_equal(gdal.Open(count).ReadAsArray(),
                                  gdal.Open(str(tmp_path / "local_count.tif")).ReadAsArray())

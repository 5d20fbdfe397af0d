"""Running any algorithm leaves its inputs and their folders untouched: no ``.aux.xml`` statistics
(GDAL's PAM, written when QGIS loads an input as a layer), no new, changed or removed file. Every
algorithm the provider offers is run here (a test fails when one is added without being run)."""

import os

import pytest
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsVectorLayer

from archive import LIEGE_BBOX, make_archive
from rasters import ORIGIN
from series_data import write_series
from test_model import extent
from test_stac import archive, server  # noqa: F401 (fixtures: a generated archive and its STAC server)

ON_FILES = ["parseproduct", "scaletophysical", "maskbyscl", "meancomposite", "temporalstatistics", "histogram",
            "timeseries"]
ON_AN_ARCHIVE = ["findproducts", "findandcomposite", "findandtimeseries", "clusterjob"]
ON_A_CATALOGUE = {"searchcatalogue": {"LOCAL": True},
                  "searchandcomposite": {"TILES": "31UFS", "END": "2019-03-12"}}  # the local files, one grid


def snapshot(folder):
    """Every file under ``folder`` with its size and modification time."""
    found = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            stat = os.stat(path)
            found[os.path.relpath(path, folder)] = (stat.st_size, stat.st_mtime_ns)
    return found


def points(x, y):
    layer = QgsVectorLayer("Point?crs=EPSG:32631", "points", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(f"POINT({x} {y})"))
    layer.dataProvider().addFeatures([feature])
    return layer


def with_outputs(algorithm_id, parameters, folder):
    """``parameters`` with every destination of the algorithm in ``folder``."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"terrascope:{algorithm_id}")
    for index, destination in enumerate(algorithm.destinationParameterDefinitions()):
        parameters.setdefault(destination.name(),
                              str(folder / f"output{index}.{destination.defaultFileExtension()}"))
    return algorithm, parameters


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "inputs"
    series = [dated.path for dated in write_series(folder, 3, shape=(30, 40), seed=3)]
    toc = [dated.path for dated in write_series(folder, 2, shape=(30, 40), content="TOC-B04", seed=4)]
    write_series(folder, 2, shape=(30, 40), content="TOC-B08", seed=5)  # the best pixel's NDVI
    return folder, {
        "parseproduct": {"INPUT": series[0]},
        "scaletophysical": {"INPUT": series[0]},
        "maskbyscl": {"INPUT": series[1]},
        "meancomposite": {"INPUTS": series},
        "temporalstatistics": {"INPUTS": toc, "STATISTICS": [0, 1, 7]},
        "histogram": {"INPUTS": series},
        "timeseries": {"INPUTS": series, "LOCATIONS": points(ORIGIN[0] + 15, ORIGIN[1] - 15)},
    }


def test_every_algorithm_is_run_here(provider):
    offered = {algorithm.name() for algorithm in provider.algorithms()}
    assert offered == set(ON_FILES + ON_AN_ARCHIVE + list(ON_A_CATALOGUE))


@pytest.mark.parametrize("algorithm_id", ON_FILES)
def test_an_algorithm_leaves_its_input_folder_as_it_was(provider, tmp_path, inputs, algorithm_id):
    import processing

    folder, parameters = inputs
    out = tmp_path / "outputs"
    out.mkdir()
    before = snapshot(folder)
    processing.run(*with_outputs(algorithm_id, parameters[algorithm_id], out))
    assert snapshot(folder) == before
    assert not [name for name in os.listdir(out) if name.endswith(".aux.xml")]


@pytest.mark.parametrize("algorithm_id", ON_AN_ARCHIVE)
def test_the_archive_is_left_as_it_was(provider, tmp_path, algorithm_id):
    import processing

    generated = make_archive(tmp_path / "archive", size=8)
    before = snapshot(generated.root)
    parameters = {"INPUT" if algorithm_id in ("findproducts", "clusterjob") else "FOLDER": generated.root,
                  "CONTENT": "NDVI"}
    if algorithm_id == "findandtimeseries":
        parameters.update(TILES="31UFS", LOCATIONS=points(*archive_point(generated)))
    else:
        parameters.update(EXTENT=extent(LIEGE_BBOX))  # one tile
    processing.run(*with_outputs(algorithm_id, parameters, tmp_path))
    assert snapshot(generated.root) == before


def archive_point(generated):
    from osgeo import gdal

    (reference,) = generated.paths(content="NDVI", tile="31UFS", acquisition=generated.products[0].acquisition)
    x0, dx, _, y0, _, dy = gdal.Open(reference).GetGeoTransform()
    return x0 + 1.5 * dx, y0 + 1.5 * dy


@pytest.mark.parametrize("algorithm_id", ON_A_CATALOGUE)
def test_a_catalogue_search_leaves_the_local_archive_as_it_was(provider, server, archive, tmp_path,  # noqa: F811
                                                                algorithm_id):
    import processing

    before = snapshot(archive.root)
    parameters = dict(ON_A_CATALOGUE[algorithm_id], URL=server.url)
    processing.run(*with_outputs(algorithm_id, parameters, tmp_path))
    assert snapshot(archive.root) == before

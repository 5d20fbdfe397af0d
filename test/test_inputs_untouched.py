"""Running any algorithm leaves its inputs and their folders untouched: no ``.aux.xml`` statistics
(GDAL's PAM, written when QGIS loads an input as a layer), no new, changed or removed file."""

import os

import pytest

from archive import LIEGE_BBOX, make_archive
from series_data import write_series
from test_model import extent

def snapshot(folder):
    """Every file under ``folder`` with its size and modification time."""
    found = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            stat = os.stat(path)
            found[os.path.relpath(path, folder)] = (stat.st_size, stat.st_mtime_ns)
    return found


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "inputs"
    series = write_series(folder, 3, shape=(30, 40), seed=3)
    toc = write_series(folder, 2, shape=(30, 40), content="TOC-B04", seed=4)
    write_series(folder, 2, shape=(30, 40), content="TOC-B08", seed=5)
    return folder, series, toc


def runs(series, toc, out):
    paths = [dated.path for dated in series]
    toc_paths = [dated.path for dated in toc]
    return {
        "parseproduct": {"INPUT": paths[0]},
        "scaletophysical": {"INPUT": paths[0], "OUTPUT": str(out / "physical.tif")},
        "maskbyscl": {"INPUT": paths[1], "OUTPUT": str(out / "masked.tif")},
        "meancomposite": {"INPUTS": paths, "OUTPUT": str(out / "mean.tif"), "COUNT": str(out / "count.tif")},
        "temporalstatistics": {"INPUTS": toc_paths, "STATISTICS": [0, 1, 7],
                               "OUTPUT": str(out / "stats.tif")},
        "histogram": {"INPUTS": paths, "OUTPUT": str(out / "histogram.csv")},
    }


@pytest.mark.parametrize("algorithm", ["parseproduct", "scaletophysical", "maskbyscl", "meancomposite",
                                       "temporalstatistics", "histogram"])
def test_an_algorithm_leaves_its_input_folder_as_it_was(provider, tmp_path, inputs, algorithm):
    import processing

    folder, series, toc = inputs
    out = tmp_path / "outputs"
    out.mkdir()
    before = snapshot(folder)
    processing.run(f"terrascope:{algorithm}", runs(series, toc, out)[algorithm])
    assert snapshot(folder) == before
    assert not [name for name in os.listdir(out) if name.endswith(".aux.xml")]


@pytest.mark.parametrize("algorithm", ["findproducts", "findandcomposite"])
def test_the_archive_is_left_as_it_was(provider, tmp_path, algorithm):
    import processing
    from qgis.core import QgsApplication

    archive = make_archive(tmp_path / "archive", size=8)
    before = snapshot(archive.root)
    alg = QgsApplication.processingRegistry().createAlgorithmById(f"terrascope:{algorithm}")
    parameters = {"INPUT" if algorithm == "findproducts" else "FOLDER": archive.root, "CONTENT": "NDVI",
                  "EXTENT": extent(LIEGE_BBOX)}  # one tile
    for index, destination in enumerate(alg.destinationParameterDefinitions()):
        parameters[destination.name()] = str(tmp_path / f"output{index}.{destination.defaultFileExtension()}")
    processing.run(alg, parameters)
    assert snapshot(archive.root) == before

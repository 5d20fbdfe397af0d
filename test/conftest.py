"""Test set-up: import the repository as the package ``terrascope_processing`` whatever the clone's
folder is called, and register the Processing provider once for the algorithm tests."""

import atexit
import gc
import os
import shutil
import sys
import tempfile

import pytest

PACKAGE = "terrascope_processing"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_link_dir = tempfile.mkdtemp(prefix="terrascope-import-")
os.symlink(REPO_ROOT, os.path.join(_link_dir, PACKAGE))
atexit.register(shutil.rmtree, _link_dir, True)  # the link only, never what it points to
sys.path.insert(0, _link_dir)
sys.path.insert(0, os.path.join(REPO_ROOT, "test"))


@pytest.fixture(scope="session")
def provider(qgis_processing):
    """The Terrascope provider, registered in the QGIS Processing registry for the whole session."""
    from qgis.core import QgsApplication

    from terrascope_processing.algorithms.provider import TerrascopeProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("terrascope")
    if existing is not None:
        return existing
    terrascope = TerrascopeProvider()
    assert registry.addProvider(terrascope)
    return terrascope


@pytest.fixture(autouse=True, scope="session")
def release_gdal_objects_before_qgis_exits(qgis_app):
    """Collect before pytest-qgis calls exitQgis: a GDAL dataset still held by a reference cycle (a
    caught error's traceback: the test's frame holds the error, whose traceback holds the frame) would
    otherwise be freed after QGIS has shut GDAL down, and GDAL 3.6 crashes then (a segmentation fault
    after every test passed). Any GDAL object still alive after the collection is an error."""
    yield
    from osgeo import gdal

    gc.collect()
    alive = [f"{type(item).__name__} {item.GetDescription()}" for item in gc.get_objects()
             if isinstance(item, (gdal.Dataset, gdal.Band))]
    assert not alive, f"GDAL objects still referenced when QGIS exits (a module cache?): {alive}"


@pytest.fixture(scope="session")
def spark():
    """One Spark session (local[2], UI off) for every Spark test; its Python workers run this Python
    (the venv's) and import the package through the same link as the tests."""
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [_link_dir, os.path.join(REPO_ROOT, "test")] + [p for p in [os.environ.get("PYTHONPATH")] if p])
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("terrascope-tests")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.python.worker.faulthandler.enabled", "true").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()

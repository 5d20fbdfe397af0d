"""Deterministic exit: a test session ends with exit status 0, run after run, also when its last test
leaves a GDAL dataset in a caught error's traceback (which once ended the suite with a segmentation fault
after every test passed: the dataset was freed after QGIS had shut GDAL down). In the subprocess the
automatic collection is off, so that the worst case happens every time rather than now and then."""

import gc
import os
import subprocess
import sys

import numpy as np
import pytest

from rasters import make_raster
from terrascope_processing.core.raster import open_raster

HERE = os.path.dirname(os.path.abspath(__file__))
RUNS = 3
HOLD_UNTIL_EXIT = "TERRASCOPE_TEST_HOLD_UNTIL_EXIT"


def _fail_while_reading(path):
    dataset = open_raster(path)
    band = dataset.GetRasterBand(1)  # noqa: F841 (held by this frame when the error is raised)
    assert band is not None
    raise ValueError(f"{path}: refused after opening")


def test_a_dataset_held_by_a_caught_error(tmp_path):
    if os.environ.get(HOLD_UNTIL_EXIT):
        gc.disable()  # in the subprocess: no automatic collection frees it before the session ends
    path = make_raster(str(tmp_path / "a.tif"), np.zeros((4, 4), np.uint8))
    with pytest.raises(ValueError) as error:  # error -> traceback -> this frame -> error: a cycle
        _fail_while_reading(path)
    assert path in str(error.value)


def test_a_failed_run(provider, tmp_path):
    from qgis.core import QgsProcessingException

    import processing

    corrupt = tmp_path / "S2A_20230402T105021_31UFS_NDVI_10M_V210.tif"
    corrupt.write_bytes(b"II*\x00" + b"garbage" * 20)
    with pytest.raises(QgsProcessingException, match="cannot be read as a raster"):
        processing.run("terrascope:scaletophysical", {"INPUT": str(corrupt), "OUTPUT": str(tmp_path / "out.tif")})


def test_the_session_exits_cleanly_run_after_run():
    here = os.path.join(HERE, "test_exit.py")
    subset = [f"{here}::test_a_failed_run", f"{here}::test_a_dataset_held_by_a_caught_error"]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{HOLD_UNTIL_EXIT: "1"})
    for run in range(RUNS):
        result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *subset],
                                cwd=os.path.dirname(HERE), env=environment, capture_output=True, text=True,
                                timeout=300)
        assert result.returncode == 0, (
            f"run {run + 1}: exit status {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        assert " passed" in result.stdout

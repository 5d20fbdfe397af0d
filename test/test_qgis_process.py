"""End to end: install the plugin as the README says (scripts/install-dev.sh) into a throw-away HOME,
then list and run the algorithm with qgis_process. The user's real QGIS profile is never touched."""

import json
import os
import subprocess

import numpy as np
import pytest

from conftest import PACKAGE, REPO_ROOT
from qgisprocess import QGIS_PROCESS, TIMEOUT, environment, qgis_process
from rasters import make_raster

if QGIS_PROCESS is None and not os.environ.get("CI"):
    pytest.skip("qgis_process is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """A HOME with the plugin installed and enabled by scripts/install-dev.sh."""
    assert QGIS_PROCESS, "qgis_process is required in CI"
    home = tmp_path_factory.mktemp("home")
    env = environment(home)
    subprocess.run(["bash", os.path.join(REPO_ROOT, "scripts", "install-dev.sh")], env=env, check=True,
                   timeout=TIMEOUT, capture_output=True)
    link = home / ".local/share/QGIS/QGIS3/profiles/default/python/plugins" / PACKAGE
    assert link.is_symlink()
    assert os.path.samefile(link, REPO_ROOT)
    return home


def test_installed_plugin_is_enabled(home):
    result = qgis_process(home, "plugins")
    assert result.returncode == 0, result.stderr
    assert PACKAGE in result.stdout


def test_list_shows_the_algorithm(home):
    result = qgis_process(home, "list")
    assert result.returncode == 0, result.stderr
    assert "terrascope:parseproduct" in result.stdout


def test_run_parseproduct(home, tmp_path):
    path = make_raster(tmp_path / "S2B_20230103T110349_31UES_NDVI_10M_V210.tif",
                       np.full((3, 3), 100, dtype=np.uint8), nodata=255, tiled=False)
    result = qgis_process(home, "--json", "run", "terrascope:parseproduct", "--", f"INPUT={path}")
    assert result.returncode == 0, result.stdout + result.stderr
    outputs = json.loads(result.stdout)["results"]
    assert outputs["MISSION"] == "S2B"
    assert outputs["ACQUISITION"] == "2023-01-03T11:03:49Z"
    assert outputs["TILE"] == "31UES"
    assert outputs["CONTENT"] == "NDVI"
    assert outputs["RESOLUTION"] == "10M"
    assert outputs["VERSION"] == "210"
    assert outputs["SCALE"] == pytest.approx(0.004)
    assert outputs["OFFSET"] == pytest.approx(-0.08)
    assert outputs["NODATA"] == 255
    assert outputs["CLOUD_COVER"] is None


def test_run_with_a_foreign_name_fails_with_the_pattern(home, tmp_path):
    path = make_raster(tmp_path / "ndvi_export.tif", np.zeros((2, 2), dtype=np.uint8), tiled=False)
    result = qgis_process(home, "run", "terrascope:parseproduct", "--", f"INPUT={path}")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "ndvi_export.tif" in output
    assert "<MISSION>_<YYYYMMDD>T<HHMMSS>[Z]_<TILE>_<CONTENT>[_<RES>]_V<VVV>" in output
    assert "Traceback" not in output


# --- interruptions and bad inputs (issue 10, items 8 and 13) -----------------------------------------------

@pytest.fixture(scope="module")
def long_series(tmp_path_factory):
    """Dates large enough that a composite with a dilation runs for a few seconds."""
    from series_data import write_series

    return [dated.path for dated in write_series(tmp_path_factory.mktemp("long"), 4, shape=(1500, 1500), seed=2)]


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM"])
def test_a_termination_signal_mid_run_cancels_and_leaves_everything_as_it_was(home, tmp_path, long_series, name):
    import glob
    import signal
    import time

    output = tmp_path / "mean.tif"
    output.write_bytes(b"yesterday's composite")
    process = subprocess.Popen(
        [QGIS_PROCESS, "run", "terrascope:meancomposite", "--", *[f"INPUTS={path}" for path in long_series],
         "DILATION=100", f"OUTPUT={output}", f"COUNT={tmp_path / 'count.tif'}"],
        env=environment(home), cwd=str(home), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + TIMEOUT
    while not glob.glob(str(tmp_path / ".*.partial.tif")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(getattr(signal, name))  # Ctrl+C sends SIGINT
    log, _ = process.communicate(timeout=TIMEOUT)
    assert process.returncode != 0, log
    assert f"Stopped by {name}: no output was written." in log
    assert output.read_bytes() == b"yesterday's composite"
    assert sorted(os.listdir(tmp_path)) == ["mean.tif"]  # no COUNT, no hidden temporary file


def test_a_corrupt_file_among_inputs_is_named_with_the_reason(home, tmp_path):
    good = make_raster(tmp_path / "S2B_20230103T110349_31UES_NDVI_10M_V210.tif",
                       np.full((3, 3), 100, dtype=np.uint8), nodata=255)
    corrupt = tmp_path / "S2B_20230108T110349_31UES_NDVI_10M_V210.tif"
    corrupt.write_bytes(b"II*\x00" + b"garbage" * 20)
    result = qgis_process(home, "run", "terrascope:meancomposite", "--", f"INPUTS={good}", f"INPUTS={corrupt}",
                          "CLASSES=", f"OUTPUT={tmp_path / 'mean.tif'}")
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert f"{corrupt}: cannot be read as a raster" in log and "INPUTS" in log, log
    assert "Incorrect parameter value" not in log

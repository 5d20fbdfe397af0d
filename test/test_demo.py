"""The README's main job (scripts/demo.py) on a small generated series, in its own QGIS process."""

import glob
import os
import subprocess
import sys

import numpy as np
from osgeo import gdal

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATES, SIZE = 4, 300


def test_demo_writes_a_composite_its_count_and_a_picture(tmp_path):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run(
        [sys.executable, os.path.join(REPO_ROOT, "scripts", "demo.py"), str(tmp_path),
         "--dates", str(DATES), "--size", str(SIZE)],
        env=environment, capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr[-3000:]

    composite = gdal.Open(str(tmp_path / "ndvi_mean_composite.tif"))
    mean = composite.ReadAsArray()
    count = gdal.Open(str(tmp_path / "ndvi_valid_count.tif")).ReadAsArray()
    assert np.isnan(composite.GetRasterBand(1).GetNoDataValue())
    assert 0 < count.max() <= DATES and np.isnan(mean[count == 0]).all()

    # Where every date is valid the composite is the plain mean of the dates' NDVI = DN / 250 - 0.08.
    inputs = sorted(glob.glob(str(tmp_path / "archive" / "**" / "*_NDVI_10M_V210.tif"), recursive=True))
    assert len(inputs) == DATES
    dns = np.stack([gdal.Open(path).ReadAsArray().astype(np.float64) for path in inputs])
    everywhere = count == DATES
    assert everywhere.sum() > 1000
    expected = (dns / 250.0 - 0.08).mean(axis=0)
    np.testing.assert_allclose(mean[everywhere], expected[everywhere], atol=1e-5)

    picture = gdal.Open(str(tmp_path / "ndvi_mean_composite.png"))
    assert picture.RasterXSize == 3 * picture.RasterYSize - 3 * 36  # three square panels under titles

"""core.maskbyscl (what terrascope:maskbyscl runs), without QGIS: masked pixels from the arrays."""

import os

import numpy as np
import pytest

from probav_data import clear, write_probav
from progress import Progress
from rasters import make_raster, read_raster
from series_data import reference_mask, upsample, write_series
from terrascope_processing.core.errors import Cancelled, TerrascopeError
from terrascope_processing.core.masking import MaskSettings
from terrascope_processing.core.maskbyscl import mask_raster


def test_scl_classes_and_dilation(tmp_path):
    dated = write_series(tmp_path / "in", 1, shape=(40, 50), seed=2)[0]
    result = mask_raster(dated.path, tmp_path / "out.tif", MaskSettings(classes=(3, 8, 9), dilation_m=30),
                         window_pixels=256)
    expected = reference_mask(upsample(dated.scl, 2, dated.dn.shape), (3, 8, 9), radius=3)
    masked, nodata, _ = read_raster(result.path)
    assert nodata == [255] and result.scl_path == dated.scl_path
    assert np.array_equal(masked[0], np.where(expected, 255, dated.dn))
    assert result.masked_pixels == int(expected.sum())


def test_nodata_from_the_table_when_the_file_declares_none(tmp_path):
    dated = write_series(tmp_path / "in", 1, shape=(8, 8), seed=1, dn_nodata="none")[0]
    result = mask_raster(dated.path, tmp_path / "out.tif", MaskSettings())
    assert result.nodata_from_table and result.nodata == (255.0,)
    assert read_raster(result.path)[1] == [255]


def test_no_scl_beside_a_foreign_name(tmp_path):
    path = make_raster(tmp_path / "field.tif", np.zeros((4, 4), np.uint8), nodata=0)
    with pytest.raises(TerrascopeError, match="no scene classification"):
        mask_raster(path, tmp_path / "out.tif", MaskSettings())
    result = mask_raster(path, tmp_path / "copy.tif", MaskSettings(classes=()))
    assert result.scl_path is None and result.masked_pixels == 0


def test_probav_status_map(tmp_path):
    dated = write_probav(tmp_path, 1, seed=8)[0]
    result = mask_raster(dated.ndvi_path, tmp_path / "out.tif", MaskSettings())
    assert result.scl_path == dated.sm_path
    assert np.array_equal(read_raster(result.path)[0][0], np.where(clear(dated.sm), dated.ndvi, 255))
    os.remove(dated.sm_path)
    with pytest.raises(TerrascopeError, match="no status map") as error:
        mask_raster(dated.ndvi_path, tmp_path / "again.tif", MaskSettings())
    assert dated.sm_path in str(error.value)


def test_cancel_leaves_nothing(tmp_path):
    dated = write_series(tmp_path / "in", 1, shape=(40, 50))[0]
    with pytest.raises(Cancelled):
        mask_raster(dated.path, tmp_path / "out.tif", MaskSettings(), progress=Progress(cancel_after_reports=1),
                    window_pixels=256)
    assert not (tmp_path / "out.tif").exists()

"""terrascope:histogram through processing.run; expected counts computed here in integer DN arithmetic."""

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

from feedback import RecordingFeedback
from rasters import make_raster

ALG = "terrascope:histogram"
STAMPS = ("20190307T105021", "20190312T105019", "20190317T105021")
MASKED = (0, 1, 3, 8, 9, 10, 11)


def run(params):
    import processing

    return processing.run(ALG, params)


def fapar_dates(folder, rows=30, cols=26, seed=0):
    """FAPAR DNs (valid 0..200, nodata 255) in the 10M folder layout, SCL beside each."""
    rng = np.random.default_rng(seed)
    paths, dns, scls = [], [], []
    for stamp in STAMPS:
        dn = rng.integers(0, 201, (rows, cols)).astype(np.uint8)
        dn[rng.random(dn.shape) < 0.1] = 255
        dn[0, :3] = (201, 254, 200)
        scl = rng.choice([4, 4, 5, 9, 3], (rows // 2, cols // 2)).astype(np.uint8)
        paths.append(make_raster(folder / f"S2A_{stamp}_31UFS_FAPAR_10M_V210.tif", dn, nodata=255))
        make_raster(folder / f"S2A_{stamp}_31UFS_SCENECLASSIFICATION_20M_V210.tif", scl, pixel=20.0)
        dns.append(dn)
        scls.append(np.repeat(np.repeat(scl, 2, 0), 2, 1))
    return paths, np.array(dns), np.array(scls)


def table(result):
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "histogram", "ogr")
    assert layer.isValid()
    assert layer.wkbType() == QgsWkbTypes.NoGeometry
    assert [field.name() for field in layer.fields() if field.name() != "fid"] == ["bin_min", "bin_max", "count"]
    rows = [(f["bin_min"], f["bin_max"], f["count"]) for f in layer.getFeatures()]
    return sorted(rows)


def reference(dns, bins, low, high):
    inside = dns[(dns >= low) & (dns <= high)].astype(np.int64)
    index = np.minimum((inside - low) * bins // (high - low), bins - 1)
    return np.bincount(index, minlength=bins), int((dns < low).sum()), int((dns > high).sum())


def test_default_range_and_masking(provider, tmp_path):
    paths, dns, scls = fapar_dates(tmp_path)
    result = run({"INPUTS": paths, "BINS": 8, "OUTPUT": "memory:"})
    rows = table(result)
    assert len(rows) == 8
    np.testing.assert_allclose([r[0] for r in rows], np.linspace(0, 1, 9)[:-1])
    np.testing.assert_allclose([r[1] for r in rows], np.linspace(0, 1, 9)[1:])
    valid = dns[(dns <= 200) & ~np.isin(scls, MASKED)]
    expected, _, _ = reference(valid, 8, 0, 200)  # bin edges fall on DNs 25, 50, ... exactly
    assert [r[2] for r in rows] == list(expected)
    assert "PLOT" not in result or not result["PLOT"]


def test_explicit_range_counts_outside_apart(provider, tmp_path):
    paths, dns, scls = fapar_dates(tmp_path, seed=1)

    import processing

    feedback = RecordingFeedback()
    result = processing.run(ALG, {"INPUTS": paths, "CLASSES": [], "BINS": 3, "MINIMUM": 0.25, "MAXIMUM": 0.85,
                                  "OUTPUT": "memory:"}, feedback=feedback)
    valid = dns[dns <= 200]
    expected, below, above = reference(valid, 3, 50, 170)  # 0.25 .. 0.85 = DN 50 .. 170
    assert [r[2] for r in table(result)] == list(expected)
    assert below > 0 and above > 0
    assert any(f"{below} below" in text and f"{above} above" in text for text in feedback.warnings)


def test_digital_numbers_to_a_file(provider, tmp_path):
    paths, dns, scls = fapar_dates(tmp_path, seed=2)
    output = str(tmp_path / "hist.gpkg")
    result = run({"INPUTS": paths, "SCALE": False, "BINS": 4, "OUTPUT": output})
    rows = table(result)
    assert [(r[0], r[1]) for r in rows] == [(0, 50), (50, 100), (100, 150), (150, 200)]
    expected, _, _ = reference(dns[(dns <= 200) & ~np.isin(scls, MASKED)], 4, 0, 200)
    assert [int(r[2]) for r in rows] == list(expected)


@pytest.mark.parametrize("extension", ["png", "html"])
def test_plot(provider, tmp_path, extension):
    paths, _, _ = fapar_dates(tmp_path, seed=3)
    plot = str(tmp_path / f"plot.{extension}")
    result = run({"INPUTS": paths, "BINS": 10, "OUTPUT": "memory:", "PLOT": plot})
    if extension == "png":
        pytest.importorskip("matplotlib")
        with open(result["PLOT"], "rb") as stream:
            assert stream.read(8) == b"\x89PNG\r\n\x1a\n"
    else:
        text = open(result["PLOT"], encoding="utf-8").read()
        assert "<svg" in text and text.count("<rect") == 10 and "FAPAR" in text
    assert result["PLOT"] == plot


def test_png_without_matplotlib_falls_back_to_html(provider, tmp_path, monkeypatch):
    from terrascope_processing.algorithms import plots as module

    monkeypatch.setattr(module, "matplotlib_available", lambda: False)
    paths, _, _ = fapar_dates(tmp_path, seed=4)
    result = run({"INPUTS": paths, "BINS": 5, "OUTPUT": "memory:", "PLOT": str(tmp_path / "plot.png")})
    assert result["PLOT"] == str(tmp_path / "plot.html")
    assert "<svg" in open(result["PLOT"], encoding="utf-8").read()
    assert not (tmp_path / "plot.png").exists()


def test_bad_range(provider, tmp_path):
    paths, _, _ = fapar_dates(tmp_path)
    with pytest.raises(QgsProcessingException, match="must be smaller"):
        run({"INPUTS": paths, "BINS": 5, "MINIMUM": 0.9, "MAXIMUM": 0.1, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="must be smaller"):
        run({"INPUTS": paths, "BINS": 5, "MINIMUM": 2.0, "OUTPUT": "memory:"})  # above the default maximum 1


def test_missing_scl_is_named(provider, tmp_path):
    path = make_raster(tmp_path / "S2A_20190307T105021_31UFS_FAPAR_10M_V210.tif",
                       np.zeros((4, 4), np.uint8), nodata=255)
    with pytest.raises(QgsProcessingException, match="SCENECLASSIFICATION"):
        run({"INPUTS": [path], "BINS": 5, "OUTPUT": "memory:"})
    result = run({"INPUTS": [path], "CLASSES": [], "BINS": 5, "OUTPUT": "memory:"})
    assert [r[2] for r in table(result)] == [16, 0, 0, 0, 0]

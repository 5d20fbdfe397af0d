"""core.histogram on real files read through core.series.Series; the expected counts are computed here
in integer DN arithmetic (an independent reference), never by the code under test."""

import numpy as np
import pytest

from rasters import make_raster
from progress import Progress
from terrascope_processing.core import histogram as hist
from terrascope_processing.core.errors import Cancelled, TerrascopeError
from terrascope_processing.core.masking import DEFAULT_CLASSES, MaskSettings
from terrascope_processing.core.series import Series

STAMPS = ("20190307T105021", "20190312T105019", "20190317T105021")


def ndvi_series(folder, seed=0, rows=40, cols=60, dates=3):
    """NDVI DNs (uint8, nodata 255, 251..254 invalid) with a 20 m SCL beside each; returns
    (paths, dns, scl on the 10 m grid)."""
    rng = np.random.default_rng(seed)
    paths, dns, scls = [], [], []
    for stamp in STAMPS[:dates]:
        dn = rng.integers(0, 251, (rows, cols)).astype(np.uint8)
        dn[rng.random(dn.shape) < 0.1] = 255
        dn[0, :4] = (251, 252, 253, 254)
        dn[1, :3] = (0, 250, 125)
        scl = rng.choice([4, 4, 4, 5, 6, 8, 9, 3], (rows // 2, cols // 2)).astype(np.uint8)
        scl[0, :2] = 4
        path = make_raster(folder / f"S2A_{stamp}_31UFS_NDVI_10M_V210.tif", dn, nodata=255)
        make_raster(folder / f"S2A_{stamp}_31UFS_SCENECLASSIFICATION_20M_V210.tif", scl, pixel=20.0)
        paths.append(path)
        dns.append(dn)
        scls.append(np.repeat(np.repeat(scl, 2, axis=0), 2, axis=1))
    return paths, np.array(dns), np.array(scls)


def valid_dns(dns, scls, classes):
    valid = (dns <= 250) & ~np.isin(scls, classes)
    return dns[valid].astype(np.int64)


def reference(dns, bins, low_dn, high_dn):
    """Counts in DN space: bin = floor((dn - low) * bins / (high - low)), the top edge in the last bin."""
    below = int((dns < low_dn).sum())
    above = int((dns > high_dn).sum())
    inside = dns[(dns >= low_dn) & (dns <= high_dn)]
    index = np.minimum((inside - low_dn) * bins // (high_dn - low_dn), bins - 1)
    return np.bincount(index, minlength=bins), below, above


def test_physical_default_range_masked(tmp_path):
    paths, dns, scls = ndvi_series(tmp_path)
    with Series(paths, MaskSettings(DEFAULT_CLASSES)) as series:
        result = hist.histogram(series, 7)
    edges, counts = result  # unpacks as a pair
    np.testing.assert_allclose(edges, np.linspace(-0.08, 0.92, 8))
    expected, below, above = reference(valid_dns(dns, scls, DEFAULT_CLASSES), 7, 0, 250)
    np.testing.assert_array_equal(counts, expected)
    assert (result.below, result.above) == (0, 0) == (below, above)
    assert result.total == valid_dns(dns, scls, DEFAULT_CLASSES).size
    # DN 250 is 0.92, the top of the range: in the last bin, not "above" (float rounding)
    assert counts[-1] >= 3


def test_no_masking_and_digital_numbers(tmp_path):
    paths, dns, scls = ndvi_series(tmp_path, seed=1)
    with Series(paths, MaskSettings(classes=()), physical=False) as series:
        edges, counts = hist.histogram(series, 10)
    np.testing.assert_array_equal(edges, np.linspace(0, 250, 11))  # the valid DN range
    expected, _, _ = reference(valid_dns(dns, scls, []), 10, 0, 250)
    np.testing.assert_array_equal(counts, expected)


def test_values_outside_the_range_are_counted_apart(tmp_path):
    paths, dns, scls = ndvi_series(tmp_path, seed=2)
    with Series(paths, MaskSettings(DEFAULT_CLASSES)) as series:
        # 0.2 .. 0.6 is DN 70 .. 170; bin edges fall on DNs 95, 120, 145 exactly
        result = hist.histogram(series, 4, minimum=0.2, maximum=0.6)
    expected, below, above = reference(valid_dns(dns, scls, DEFAULT_CLASSES), 4, 70, 170)
    np.testing.assert_array_equal(result.counts, expected)
    assert (result.below, result.above) == (below, above)
    assert below > 0 and above > 0
    assert result.rows()[0] == pytest.approx((0.2, 0.3, expected[0]))


def test_small_windows_sum_like_one(tmp_path):
    paths, dns, scls = ndvi_series(tmp_path, seed=3, rows=300, cols=280, dates=2)
    with Series(paths, MaskSettings(DEFAULT_CLASSES)) as series:
        small = hist.histogram(series, 13, window_pixels=256 * 256, threads=2)
        whole = hist.histogram(series, 13)
    np.testing.assert_array_equal(small.counts, whole.counts)
    expected, _, _ = reference(valid_dns(dns, scls, DEFAULT_CLASSES), 13, 0, 250)
    np.testing.assert_array_equal(small.counts, expected)


def test_range_from_the_data_when_the_table_has_none():
    from terrascope_processing.core.products import content_spec

    assert hist.default_range(content_spec("CCC"), True) is None
    assert hist.default_range(content_spec("TOC-B04"), False) == pytest.approx((0, 10000))
    assert hist.default_range(content_spec("TOC-B04"), True) == (0.0, 1.0)
    assert hist.default_range(content_spec("LAI"), False) == (0.0, 250.0)


def test_data_range_pass(tmp_path):
    # CCC has no published scale and no default range: the range comes from the data (DNs here).
    data = [np.array([[1.0, np.nan], [3.0, 2.0]], np.float32), np.array([[5.0, 4.0], [np.nan, 1.5]], np.float32)]
    paths = [make_raster(tmp_path / f"S2A_2023040{day}T105021_31UFS_CCC_10M_V200.tif", values, nodata=float("nan"))
             for day, values in zip((2, 7), data)]
    with Series(paths, None, physical=False) as series:
        edges, counts = hist.histogram(series, 4)
    np.testing.assert_array_equal(edges, [1, 2, 3, 4, 5])
    np.testing.assert_array_equal(counts, [2, 1, 1, 2])


@pytest.mark.parametrize("bins, low, high, words", [
    (0, None, None, "outside 1.."), ("x", None, None, "not a whole number"),
    (5, 0.5, 0.1, "must be smaller"), (5, 0.5, 0.5, "must be smaller"),
])
def test_bad_arguments(tmp_path, bins, low, high, words):
    paths, _, _ = ndvi_series(tmp_path, dates=1)
    with Series(paths, None) as series, pytest.raises(TerrascopeError, match=words):
        hist.histogram(series, bins, low, high)


def test_cancel(tmp_path):
    paths, _, _ = ndvi_series(tmp_path, dates=1)
    with Series(paths, None) as series, pytest.raises(Cancelled):
        hist.histogram(series, 5, progress=Progress(cancel_after_reports=0))


def test_html_plot(tmp_path):
    result = hist.Histogram(np.linspace(0, 1, 4), np.array([3, 0, 7]), below=1, above=2)
    path = tmp_path / "h.html"
    hist.write_svg(result, str(path), title="NDVI <test>")
    text = path.read_text()
    assert "<svg" in text and text.count("<rect") == 3 and "NDVI &lt;test&gt;" in text
    assert "1 below and 2 above" in text
    from lxml import etree

    etree.fromstring(text[text.index("<svg"):text.index("</svg>") + 6])  # well-formed SVG

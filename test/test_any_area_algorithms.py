"""Composites over any area through processing.run: EXTENT, TARGET_CRS and RESOLUTION on
meancomposite and temporalstatistics, and histograms over tiles of different grids."""

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsVectorLayer

from feedback import RecordingFeedback
from rasters import ORIGIN, read_raster
from series_data import reference_values
from test_any_area import SHAPE, SHIFT, _union_reference, two_tiles  # noqa: F401 (a fixture)

EXTENT = f"{ORIGIN[0] + 5},{ORIGIN[0] + 10 * (SHIFT + SHAPE[1]) - 5},{ORIGIN[1] - 395},{ORIGIN[1] - 5} [EPSG:32631]"


def run(algorithm, parameters, feedback=None):
    import processing

    return processing.run(f"terrascope:{algorithm}", parameters, feedback=feedback)


def test_target_grid_parameters_are_optional_and_advanced(provider):
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    for algorithm in ("meancomposite", "temporalstatistics"):
        definition = QgsApplication.processingRegistry().algorithmById(f"terrascope:{algorithm}")
        for name in ("EXTENT", "TARGET_CRS", "RESOLUTION"):
            parameter = definition.parameterDefinition(name)
            assert parameter.flags() & QgsProcessingParameterDefinition.FlagOptional
            assert parameter.flags() & QgsProcessingParameterDefinition.FlagAdvanced


def test_mean_composite_over_two_tiles(provider, tmp_path, two_tiles):
    a, b = two_tiles
    output, count = str(tmp_path / "mean.tif"), str(tmp_path / "count.tif")
    run("meancomposite", {"INPUTS": [d.path for d in b + a], "EXTENT": EXTENT, "OUTPUT": output, "COUNT": count})
    expected_mean, expected_count = _union_reference(a, b)
    mean, _, transform = read_raster(output)
    assert transform == (ORIGIN[0], 10.0, 0.0, ORIGIN[1], 0.0, -10.0)
    counts = read_raster(count)[0][0]
    np.testing.assert_array_equal(counts, expected_count)
    assert counts.max() == 4  # four acquisitions, whatever the number of files over a pixel
    np.testing.assert_allclose(mean[0], expected_mean, rtol=1e-6, atol=1e-6, equal_nan=True)


def test_temporal_statistics_over_two_tiles(provider, tmp_path, two_tiles):
    a, b = two_tiles
    output = str(tmp_path / "stats.tif")
    run("temporalstatistics", {"INPUTS": [d.path for d in a + b], "STATISTICS": [0, 5], "EXTENT": EXTENT,
                               "OUTPUT": output})
    bands = read_raster(output)[0]
    expected_mean, expected_count = _union_reference(a, b)
    np.testing.assert_array_equal(bands[1], expected_count)
    np.testing.assert_allclose(bands[0], expected_mean, rtol=1e-5, atol=1e-6, equal_nan=True)


def test_a_target_resolution_alone_sets_a_target_grid(provider, tmp_path, two_tiles):
    a, b = two_tiles
    count = str(tmp_path / "count.tif")
    run("meancomposite", {"INPUTS": [d.path for d in a + b], "RESOLUTION": 20,
                          "OUTPUT": str(tmp_path / "mean.tif"), "COUNT": count})
    counts, _, transform = read_raster(count)
    assert transform == (ORIGIN[0], 20.0, 0.0, ORIGIN[1], 0.0, -20.0)
    # Each 20 m centre lies on a corner of four 10 m pixels: nearest takes the one below right of it
    # (GDAL's rule, floor of the pixel coordinate).
    np.testing.assert_array_equal(counts[0], _union_reference(a, b)[1][1::2, 1::2])


def test_several_grids_without_a_target_are_refused(provider, tmp_path, two_tiles):
    a, b = two_tiles
    with pytest.raises(QgsProcessingException) as error:
        run("meancomposite", {"INPUTS": [a[0].path, b[0].path], "OUTPUT": str(tmp_path / "mean.tif")})
    message = str(error.value)
    assert b[0].path in message and "target grid" in message and f"{ORIGIN[0] + 10 * SHIFT:.0f}" in message
    assert not list(tmp_path.glob("mean*"))


def test_an_extent_touching_no_input_is_refused(provider, tmp_path, two_tiles):
    a, b = two_tiles
    with pytest.raises(QgsProcessingException, match="touches none of the inputs"):
        run("meancomposite", {"INPUTS": [d.path for d in a + b], "EXTENT": "400000,410000,5000000,5010000 [EPSG:32631]",
                              "OUTPUT": str(tmp_path / "mean.tif")})


def test_a_large_target_is_warned_about_with_its_size(provider, tmp_path, two_tiles):
    a, b = two_tiles
    feedback = RecordingFeedback(cancel_on_warning=True)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run("meancomposite", {"INPUTS": [d.path for d in a + b], "RESOLUTION": 0.02,
                              "OUTPUT": str(tmp_path / "mean.tif")}, feedback)
    assert len(feedback.warnings) == 1 and "40000 x 20000 px" in feedback.warnings[0]
    assert not list(tmp_path.glob("*mean*"))


def test_a_lon_lat_extent_keeps_the_inputs_crs(provider, tmp_path, two_tiles):
    a, b = two_tiles
    count = str(tmp_path / "count.tif")
    run("meancomposite", {"INPUTS": [d.path for d in a + b], "EXTENT": "4.4,4.5,51.4,51.5 [EPSG:4326]",
                          "OUTPUT": str(tmp_path / "mean.tif"), "COUNT": count})
    counts, _, transform = read_raster(count)
    assert gdal.Open(count).GetSpatialRef().GetAuthorityCode(None) == "32631" and transform[1] == 10.0
    col, row = round((ORIGIN[0] - transform[0]) / 10), round((transform[3] - ORIGIN[1]) / 10)
    expected = _union_reference(a, b)[1]
    inside = (slice(row, row + expected.shape[0]), slice(col, col + expected.shape[1]))
    np.testing.assert_array_equal(counts[0][inside], expected)  # the tiles lie within the extent
    assert counts[0].sum() == expected.sum()


def test_a_geographic_target_crs_asks_for_a_resolution(provider, tmp_path, two_tiles):
    a, b = two_tiles
    with pytest.raises(QgsProcessingException, match="set TARGET_CRS .* or RESOLUTION"):
        run("meancomposite", {"INPUTS": [d.path for d in a + b], "TARGET_CRS": "EPSG:4326",
                              "OUTPUT": str(tmp_path / "mean.tif")})


def _histogram(inputs):
    result = run("histogram", {"INPUTS": inputs, "BINS": 25, "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "histogram", "ogr")
    return np.array([feature["count"] for feature in sorted(layer.getFeatures(), key=lambda f: f["bin_min"])])


def test_histogram_over_two_tiles_is_the_sum_of_both(provider, two_tiles):
    a, b = two_tiles
    both = _histogram([d.path for d in a + b])
    np.testing.assert_array_equal(both, _histogram([d.path for d in a]) + _histogram([d.path for d in b]))
    assert both.sum() == sum(int((~np.isnan(reference_values(d))).sum()) for d in a + b)

"""Bad inputs through processing.run: each is refused with a message that names the file and what is
wrong, and nothing is written. Already-physical values, files without georeference, an SCL that does
not overlap its product in another CRS, one file given twice, corrupt or empty files among INPUTS; and a
full disk, which fails the run and keeps no file open."""

import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from rasters import make_raster
from series_data import product_name, write_series

gdal.UseExceptions()


def run(algorithm, parameters):
    import processing

    return processing.run(f"terrascope:{algorithm}", parameters)


def refused(algorithm, parameters, *fragments):
    """Run and expect a refusal whose message holds every fragment; returns the message."""
    with pytest.raises(QgsProcessingException) as error:
        run(algorithm, parameters)
    message = str(error.value)
    for fragment in fragments:
        assert fragment in message, message
    assert "Incorrect parameter value" not in message and "not found" not in message
    return message


def outputs_of(folder):
    return sorted(name for name in os.listdir(folder) if not name.startswith("S2"))


@pytest.fixture
def series(tmp_path):
    return write_series(tmp_path, 3, shape=(20, 30), seed=6)


# --- 1. values already physical -----------------------------------------------------------------------

@pytest.fixture
def physical_ndvi(tmp_path):
    """An NDVI file as scaletophysical writes it (Float32 physical values) under a Terrascope name."""
    values = np.full((20, 30), 0.3, dtype=np.float32)
    values[0, :2] = [0.55, -0.05]
    values[1, 0] = np.nan
    return make_raster(tmp_path / product_name(9), values, nodata=float("nan"))


def test_scaling_an_ndvi_that_is_already_physical_is_refused(provider, tmp_path, physical_ndvi):
    refused("scaletophysical", {"INPUT": physical_ndvi, "OUTPUT": str(tmp_path / "out.tif")},
            physical_ndvi, "Float32", "uint8", "converted already")
    assert outputs_of(tmp_path) == []


def test_explicit_scale_and_offset_take_float_values_as_they_are(provider, tmp_path, physical_ndvi):
    output = str(tmp_path / "out.tif")
    run("scaletophysical", {"INPUT": physical_ndvi, "SCALE": 1, "OFFSET": 0, "OUTPUT": output})
    values = gdal.Open(output).ReadAsArray()
    np.testing.assert_allclose(values[0, :2], [0.55, -0.05], rtol=1e-6)
    assert np.isnan(values[1, 0])


@pytest.mark.parametrize("scale", [True, False])
def test_a_composite_of_physical_values_is_refused(provider, tmp_path, series, physical_ndvi, scale):
    inputs = [physical_ndvi] + [dated.path for dated in series[1:]]
    refused("meancomposite", {"INPUTS": inputs, "CLASSES": [], "SCALE": scale, "OUTPUT": str(tmp_path / "m.tif")},
            physical_ndvi, "Float32")
    assert outputs_of(tmp_path) == []


# --- 2. no georeference --------------------------------------------------------------------------------

def png_named_tif(path):
    source = gdal.GetDriverByName("MEM").Create("", 20, 30, 1, gdal.GDT_Byte)
    source.GetRasterBand(1).WriteArray(np.full((30, 20), 100, np.uint8))
    gdal.GetDriverByName("PNG").CreateCopy(str(path), source)
    return str(path)


def test_a_png_named_tif_is_refused_by_every_raster_algorithm(provider, tmp_path, series):
    fake = png_named_tif(tmp_path / product_name(5))
    refused("scaletophysical", {"INPUT": fake, "OUTPUT": str(tmp_path / "a.tif")}, fake, "not georeferenced", "PNG")
    refused("maskbyscl", {"INPUT": fake, "SCL": series[0].scl_path, "OUTPUT": str(tmp_path / "b.tif")},
            fake, "not georeferenced")
    refused("meancomposite", {"INPUTS": [dated.path for dated in series] + [fake], "CLASSES": [],
                              "OUTPUT": str(tmp_path / "c.tif")}, fake, "not georeferenced")
    assert outputs_of(tmp_path) == []


def test_a_geotiff_without_a_coordinate_system_is_refused(provider, tmp_path):
    path = make_raster(tmp_path / product_name(0), np.full((4, 4), 100, np.uint8), nodata=255)
    dataset = gdal.Open(path, gdal.GA_Update)
    dataset.SetProjection("")
    dataset = None
    refused("scaletophysical", {"INPUT": path, "OUTPUT": str(tmp_path / "a.tif")},
            path, "not georeferenced", "coordinate reference system")


def test_a_scene_classification_without_georeference_is_named(provider, tmp_path, series):
    scl = png_named_tif(tmp_path / "scl.tif")
    refused("maskbyscl", {"INPUT": series[0].path, "SCL": scl, "OUTPUT": str(tmp_path / "b.tif")},
            scl, "not georeferenced")


# --- 3. an SCL in another CRS that does not overlap ------------------------------------------------------

def far_scl(tmp_path, dated):
    """The product's SCL, written in the next UTM zone at the same easting/northing: 6 degrees away."""
    return make_raster(tmp_path / "far" / os.path.basename(dated.scl_path), dated.scl, pixel=20.0, epsg=32632)


def test_maskbyscl_refuses_an_scl_in_another_crs_that_does_not_overlap(provider, tmp_path, series):
    os.makedirs(tmp_path / "far")
    scl = far_scl(tmp_path, series[0])
    refused("maskbyscl", {"INPUT": series[0].path, "SCL": scl, "OUTPUT": str(tmp_path / "b.tif")},
            scl, "does not overlap", series[0].path)
    assert outputs_of(tmp_path) == ["far"]


def test_a_series_refuses_an_scl_in_another_crs_that_does_not_overlap(tmp_path, series):
    from terrascope_processing.core.errors import RasterError
    from terrascope_processing.core.masking import MaskSettings
    from terrascope_processing.core.series import Series

    os.makedirs(tmp_path / "far")
    scl = far_scl(tmp_path, series[1])
    scl_paths = [series[0].scl_path, scl, series[2].scl_path]
    with pytest.raises(RasterError, match="do not overlap") as error:
        Series([dated.path for dated in series], MaskSettings(), scl_paths=scl_paths)
    assert scl in str(error.value)


def test_an_scl_in_another_crs_that_overlaps_is_accepted(tmp_path, series):
    from terrascope_processing.core.raster import Grid

    product = Grid.of_path(series[0].path)
    beside = make_raster(tmp_path / "latlon.tif", np.zeros((10, 10), np.uint8), pixel=0.01,
                         origin=(4.4, 51.45), epsg=4326)  # around the product's corner at 600 km E, 5700 km N
    assert product.overlaps(Grid.of_path(beside))
    assert not product.overlaps(Grid.of_path(far_scl_file(tmp_path, series[0])))


def far_scl_file(tmp_path, dated):
    os.makedirs(tmp_path / "far", exist_ok=True)
    return far_scl(tmp_path, dated)


# --- 4. one file given twice ------------------------------------------------------------------------------

def test_the_same_file_twice_is_refused(provider, tmp_path, series):
    paths = [dated.path for dated in series]
    refused("meancomposite", {"INPUTS": paths + [paths[1]], "OUTPUT": str(tmp_path / "m.tif")},
            "more than once", paths[1])
    link = tmp_path / "link.tif"
    link.symlink_to(paths[2])
    refused("temporalstatistics", {"INPUTS": paths + [str(link)], "STATISTICS": [0],
                                   "OUTPUT": str(tmp_path / "s.tif")}, str(link), paths[2])
    assert outputs_of(tmp_path) == ["link.tif"]


# --- 8. corrupt or empty files among INPUTS -----------------------------------------------------------------

@pytest.mark.parametrize("algorithm, extra", [
    ("meancomposite", {"OUTPUT": "m.tif"}),
    ("temporalstatistics", {"STATISTICS": [0], "OUTPUT": "s.tif"}),
    ("histogram", {"OUTPUT": "h.csv"}),
])
@pytest.mark.parametrize("kind", ["corrupt", "empty"])
def test_a_bad_file_among_inputs_is_named_with_the_reason(provider, tmp_path, series, algorithm, extra, kind):
    bad = tmp_path / product_name(7)
    bad.write_bytes(b"II*\x00garbage" * 10 if kind == "corrupt" else b"")
    parameters = {"INPUTS": [dated.path for dated in series] + [str(bad)]}
    parameters.update({key: str(tmp_path / value) if key == "OUTPUT" else value for key, value in extra.items()})
    message = refused(algorithm, parameters, str(bad), "INPUTS", "cannot be read as a raster")
    assert "Input rasters" in message or "INPUTS" in message
    assert outputs_of(tmp_path) == []


def test_maskbyscl_names_a_corrupt_existing_input(provider, tmp_path, series):
    bad = tmp_path / product_name(7)
    bad.write_bytes(b"II*\x00garbage" * 10)
    refused("maskbyscl", {"INPUT": str(bad), "SCL": series[0].scl_path, "OUTPUT": str(tmp_path / "b.tif")},
            str(bad), "cannot be read as a raster")


# --- 10. a full disk ------------------------------------------------------------------------------------------

@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # GDAL's destructor reports it again
def test_a_full_disk_fails_the_run_and_keeps_no_file_open(provider, tmp_path):
    from test_writer import file_size_limit, open_files_under

    series = write_series(tmp_path / "in", 3, shape=(150, 150), seed=8)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException, match="cannot be written"):
        with file_size_limit(20_000):  # as if the disk were full after 20 kB
            run("meancomposite", {"INPUTS": [dated.path for dated in series], "OUTPUT": str(out / "mean.tif"),
                                  "COUNT": str(out / "count.tif")})
    assert os.listdir(out) == []
    assert open_files_under(out) == []  # the space is freed now, not at the end of the QGIS session

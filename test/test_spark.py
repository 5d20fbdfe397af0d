"""The cluster runner on Spark local[2] (one session for the run: the ``spark`` fixture) against the QGIS
algorithms through processing.run, value for value, on a generated archive of two tiles and four dates;
and once through the real ``spark-submit --master local[2] --py-files <core zip>``."""

import csv
import json
import os
import subprocess
import sys
import zipfile

import numpy as np
import pytest
from osgeo import gdal

from conftest import REPO_ROOT
from spark_archive import write_two_tiles
from test_histogram_algorithm import table

TILES = ("31UES", "31UFS")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    return str(root), write_two_tiles(str(root))


def run_cli(arguments):
    from terrascope_processing.spark import cli

    return cli.main(arguments)


def bands(path):
    dataset = gdal.Open(path)
    try:
        data = dataset.ReadAsArray()
        described = [dataset.GetRasterBand(i + 1).GetDescription() for i in range(dataset.RasterCount)]
        nodata = [repr(dataset.GetRasterBand(i + 1).GetNoDataValue()) for i in range(dataset.RasterCount)]
        return (data.reshape((-1,) + data.shape[-2:]), described, nodata, dataset.GetGeoTransform(),
                dataset.GetMetadata(), dataset.GetMetadata("IMAGE_STRUCTURE"))
    finally:
        dataset = None


def assert_same_raster(spark_path, qgis_path):
    spark, qgis = bands(spark_path), bands(qgis_path)
    np.testing.assert_array_equal(spark[0], qgis[0])  # NaN where NaN, every other value equal
    assert spark[0].dtype == qgis[0].dtype
    assert spark[1:5] == qgis[1:5]  # descriptions, nodata, georeference, metadata tags
    assert spark[5].get("LAYOUT") == "COG"


def test_composite_equals_meancomposite(spark, provider, archive, tmp_path):
    import processing

    root, written = archive
    output = str(tmp_path / "job")
    assert run_cli(["composite", "--input", root, "--content", "NDVI", "--dilation", "20", "--count",
                    "--window-size", "256", "--output", output]) == 0
    for tile in TILES:
        inputs = [path for path, _ in written[tile]]
        reference = processing.run("terrascope:meancomposite", {
            "INPUTS": inputs, "DILATION": 20, "OUTPUT": str(tmp_path / f"{tile}-mean.tif"),
            "COUNT": str(tmp_path / f"{tile}-count.tif")})
        assert_same_raster(os.path.join(output, tile, "mean.tif"), reference["OUTPUT"])
        assert_same_raster(os.path.join(output, tile, "count.tif"), reference["COUNT"])
    mosaic = gdal.Open(os.path.join(output, "mean.vrt"))
    assert sorted(os.path.basename(name) for name in mosaic.GetFileList()[1:]) == ["mean.tif", "mean.tif"]
    mosaic = None
    job = json.load(open(os.path.join(output, "job.json")))
    assert job["engine"]["name"] == "spark" and job["engine"]["master"] == "local[2]"
    assert job["tiles"]["31UFS"]["tasks"] == 4 and job["timings"]["task"]["count"] == 8
    assert job["tiles"]["31UES"]["inputs"] == [path for path, _ in written["31UES"]]
    assert sorted(os.listdir(output)) == ["31UES", "31UFS", "count.vrt", "job.json", "mean.vrt"]


def test_statistics_equal_temporalstatistics(spark, provider, archive, tmp_path):
    import processing

    root, written = archive
    output = str(tmp_path / "job")
    names = "mean,median,minimum,maximum,std,count,percentiles,best_pixel"
    assert run_cli(["statistics", "--input", root, "--statistics", names, "--percentiles", "10,90",
                    "--no-scale", "--window-size", "256", "--output", output]) == 0
    for tile in TILES:
        reference = processing.run("terrascope:temporalstatistics", {
            "INPUTS": [path for path, _ in written[tile]], "STATISTICS": list(range(8)), "PERCENTILES": "10,90",
            "SCALE": False, "OUTPUT": str(tmp_path / f"{tile}.tif")})
        assert_same_raster(os.path.join(output, tile, "statistics.tif"), reference["OUTPUT"])


def test_histogram_is_the_sum_of_the_per_file_histograms(spark, provider, archive, tmp_path):
    import processing

    root, written = archive
    output = str(tmp_path / "job")
    assert run_cli(["histogram", "--input", root, "--bins", "20", "--window-size", "256", "--output", output]) == 0
    with open(os.path.join(output, "histogram.csv"), newline="") as stream:
        rows = [(float(r["bin_min"]), float(r["bin_max"]), int(r["count"])) for r in csv.DictReader(stream)]
    total = np.zeros(20, dtype=np.int64)
    for tile in TILES:
        for path, _ in written[tile]:
            result = processing.run("terrascope:histogram", {"INPUTS": [path], "BINS": 20, "OUTPUT": "memory:"})
            total += np.array([int(count) for _, _, count in table(result)], dtype=np.int64)
    assert [count for _, _, count in rows] == list(total) and total.sum() > 0
    np.testing.assert_allclose([low for low, _, _ in rows], np.linspace(-0.08, 0.92, 21)[:-1])
    assert os.path.exists(os.path.join(output, json.load(open(os.path.join(output, "job.json")))["outputs"][1]))


def test_a_failed_task_names_the_file_and_leaves_nothing(spark, archive, tmp_path):
    from terrascope_processing.core.errors import TerrascopeError
    from terrascope_processing.spark import cli
    from terrascope_processing.spark.runner import run_on_spark

    root, written = archive
    copy = tmp_path / "archive"
    subprocess.run(["cp", "-r", root, str(copy)], check=True)
    output = tmp_path / "job"
    args = cli.build_parser().parse_args(["composite", "--input", str(copy), "--window-size", "256",
                                          "--output", str(output)])
    plan = cli.plan_from(args, lambda line: None)
    broken = plan.tiles[1].paths[2]
    with open(broken, "r+b") as stream:  # the worker meets a file damaged after planning
        stream.truncate(300)
    with pytest.raises(TerrascopeError) as error:
        run_on_spark(plan, str(output))
    assert broken in str(error.value) and "tile 31UFS" in str(error.value)
    assert os.listdir(output) == []


def test_the_core_zip(tmp_path):
    dist = tmp_path / "dist"
    package = subprocess.run(["bash", os.path.join(REPO_ROOT, "scripts", "package.sh"), "--core", "1.2.3"],
                             env=dict(os.environ, DIST_DIR=str(dist)), capture_output=True, text=True, check=True)
    zip_path = package.stdout.strip().splitlines()[-1]
    assert os.path.basename(zip_path) == "terrascope_processing-core-1.2.3.zip"
    with zipfile.ZipFile(zip_path) as archive:
        tops = {name.split("/")[1] for name in archive.namelist() if name.count("/") >= 1 and name.split("/")[1]}
        assert archive.read("terrascope_processing/metadata.txt").decode().count("version=1.2.3") == 1
    assert tops == {"__init__.py", "metadata.txt", "core", "spark"}


def test_spark_submit_of_a_job_folder(provider, archive, tmp_path):
    """The job folder of terrascope:clusterjob, submitted for real: submit.sh local runs spark-submit
    --master local[2] --py-files terrascope_processing.zip run.py."""
    import processing

    root, written = archive
    job = tmp_path / "job"
    processing.run("terrascope:clusterjob", {"INPUT": root, "TILES": "31UFS", "CONTENT": "NDVI", "COUNT": False,
                                             "OUTPUT": str(job)})
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    environment.update(SPARK_SUBMIT=os.path.join(os.path.dirname(sys.executable), "spark-submit"), CORES="2",
                       PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    result = subprocess.run(["bash", str(job / "submit.sh"), "local"], env=environment, capture_output=True,
                            text=True, timeout=300, cwd=str(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]
    description = json.load(open(job / "output" / "job.json"))
    assert description["engine"]["master"] == "local[2]" and list(description["tiles"]) == ["31UFS"]
    reference = processing.run("terrascope:meancomposite", {"INPUTS": [path for path, _ in written["31UFS"]],
                                                            "OUTPUT": str(tmp_path / "reference.tif")})
    assert_same_raster(str(job / "output" / "31UFS" / "mean.tif"), reference["OUTPUT"])

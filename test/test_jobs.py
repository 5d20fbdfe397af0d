"""core.jobs and core.joboutput without Spark: plain picklable tasks, the single-machine map giving the
QGIS engine's values, the selection, mosaics across CRSs and all-or-nothing outputs."""

import json
import os
import pickle

import numpy as np
import pytest
from osgeo import gdal

from terrascope_processing.core import jobs
from terrascope_processing.core.meancomposite import mean_composite
from terrascope_processing.core.errors import TerrascopeError
from terrascope_processing.core.histogram import histogram
from terrascope_processing.core.joboutput import build_mosaic, local_map, run_job
from terrascope_processing.core.masking import MaskSettings
from terrascope_processing.core.series import Series

from archive import make_archive
from rasters import make_raster
from spark_archive import write_two_tiles

WINDOW = 256


@pytest.fixture(scope="module")
def two_tiles(tmp_path_factory):
    root = str(tmp_path_factory.mktemp("archive"))
    return root, write_two_tiles(root, dates=3)


def plan(root, command="composite", **settings):
    tiles, warnings = jobs.select_tiles([root], content="NDVI")
    assert warnings == []
    return jobs.plan_job(tiles, jobs.JobSettings(command, **settings), WINDOW)


def read(path):
    dataset = gdal.Open(path)
    try:
        return dataset.ReadAsArray()
    finally:
        dataset = None


def test_tasks_are_plain_values_over_windows(two_tiles):
    root, written = two_tiles
    job = plan(root, masking=MaskSettings(dilation_m=20), count=True)
    tasks = job.tasks()
    assert len(tasks) == 8 and {task.tile for task in tasks} == {"31UES", "31UFS"}
    assert all(task.window.width <= WINDOW and task.window.height <= WINDOW for task in tasks)
    assert pickle.loads(pickle.dumps(tasks[5])) == tasks[5]
    assert tasks[5].paths == tuple(path for path, _ in written[tasks[5].tile])
    assert tasks[5].scl_paths == tuple(scl for _, scl in written[tasks[5].tile])


def test_local_run_equals_the_qgis_engine(two_tiles, tmp_path):
    root, written = two_tiles
    description = run_job(plan(root, masking=MaskSettings(dilation_m=20), count=True), tmp_path / "job",
                          local_map(2))
    for tile in ("31UES", "31UFS"):
        with Series([path for path, _ in written[tile]], MaskSettings(dilation_m=20)) as series:
            mean_composite(series, tmp_path / f"{tile}.tif", tmp_path / f"{tile}-count.tif")
        np.testing.assert_array_equal(read(str(tmp_path / "job" / tile / "mean.tif")), read(str(tmp_path / f"{tile}.tif")))
        np.testing.assert_array_equal(read(str(tmp_path / "job" / tile / "count.tif")),
                                      read(str(tmp_path / f"{tile}-count.tif")))
    assert description["engine"] == {"name": "local"}
    assert json.load(open(tmp_path / "job" / "job.json"))["outputs"][-1] == "job.json"


def test_local_histogram_equals_the_qgis_engine(two_tiles, tmp_path):
    root, written = two_tiles
    description = run_job(plan(root, "histogram", bins=30, physical=False), tmp_path / "job", local_map(2))
    expected = np.zeros(30, dtype=np.int64)
    for tile in ("31UES", "31UFS"):
        with Series([path for path, _ in written[tile]], MaskSettings(), physical=False) as series:
            expected += histogram(series, 30).counts
    lines = open(tmp_path / "job" / "histogram.csv").read().splitlines()
    assert lines[0] == "bin_min,bin_max,count" and lines[1].startswith("0.0,")
    assert [int(line.split(",")[2]) for line in lines[1:]] == list(expected)
    assert description["histogram"]["values"] == expected.sum()


def test_a_failure_leaves_the_previous_job_as_it_was(two_tiles, tmp_path):
    root, written = two_tiles
    output = tmp_path / "job"
    run_job(plan(root), output, local_map(2))
    before = {name: open(output / name, "rb").read() for name in ("job.json", "mean.vrt")}
    job = plan(root)
    broken = job.tiles[0].paths[1]
    os.rename(broken, broken + ".moved")
    try:
        with pytest.raises(jobs.TaskError) as error:
            run_job(job, output, local_map(2))
    finally:
        os.rename(broken + ".moved", broken)
    assert broken in str(error.value) and "tile 31UES" in str(error.value)
    assert sorted(os.listdir(output)) == ["31UES", "31UFS", "job.json", "mean.vrt"]
    assert {name: open(output / name, "rb").read() for name in before} == before


def test_selection_needs_one_content_and_resolution_per_tile(tmp_path):
    make_archive(tmp_path, size=4)
    with pytest.raises(TerrascopeError, match="FAPAR_10M, FAPAR_20M"):
        jobs.select_tiles([str(tmp_path)], content="FAPAR")
    tiles, _ = jobs.select_tiles([str(tmp_path)], content="FAPAR_20M")
    assert [(tile, len(paths)) for tile, paths, _ in tiles] == [("31UFS", 1)]  # the V210 of the two versions
    assert "_V210" in tiles[0][1][0] and tiles[0][2][0].endswith("SCENECLASSIFICATION_20M_V210.tif")


def test_settings_are_checked():
    with pytest.raises(TerrascopeError, match="percentiles"):
        jobs.JobSettings("statistics", statistics=("percentiles",))
    with pytest.raises(TerrascopeError, match="unknown command"):
        jobs.JobSettings("mosaic")
    assert jobs.JobSettings("statistics", statistics=("count", "mean")).statistics == ("mean", "count")


def test_statistics_windows_shrink_to_the_task_memory():
    settings = jobs.JobSettings("statistics", statistics=("median",))
    assert jobs.task_window_pixels(settings, 6) == jobs.TASK_WINDOW_SIDE ** 2
    assert jobs.task_window_pixels(settings, 400) * 400 * 4 < jobs.TASK_MEMORY


def test_mosaic_across_utm_zones(tmp_path):
    first = make_raster(tmp_path / "a.tif", np.ones((4, 4), np.float32), origin=(690000.0, 5600000.0), epsg=32631)
    second = make_raster(tmp_path / "b.tif", np.full((4, 4), 2, np.float32), origin=(280000.0, 5600000.0),
                         epsg=32632)
    views = build_mosaic(str(tmp_path / "m.vrt"), [first, second])
    assert views == [str(tmp_path / "b.mosaic.vrt")]
    mosaic = gdal.Open(str(tmp_path / "m.vrt"))
    assert sorted(os.path.basename(name) for name in mosaic.GetFileList()) == ["a.tif", "b.mosaic.vrt", "m.vrt"]
    assert {1.0, 2.0} <= set(np.unique(mosaic.ReadAsArray()))
    mosaic = None


def test_periods_equal_the_qgis_engine(two_tiles, tmp_path):
    """Dates 2023-04-02, 04-07 (dekad 1) and 04-12 (dekad 2): one band per dekad, as the algorithms write."""
    from terrascope_processing.core.periods import DEKAD
    from terrascope_processing.core.temporalstatistics import temporal_statistics
    from terrascope_processing.spark import cli

    root, written = two_tiles
    run_job(plan(root, count=True, period=DEKAD), tmp_path / "composite", local_map(2))
    run_job(plan(root, "statistics", statistics=("median", "count"), period=DEKAD), tmp_path / "statistics",
            local_map(2))
    for tile in ("31UES", "31UFS"):
        with Series([path for path, _ in written[tile]], MaskSettings()) as series:
            mean_composite(series, tmp_path / f"{tile}.tif", tmp_path / f"{tile}-count.tif", period=DEKAD)
            temporal_statistics(series, ["median", "count"], [], str(tmp_path / f"{tile}-stats.tif"), period=DEKAD)
        for job, own in (("composite/{}/mean.tif", "{}.tif"), ("composite/{}/count.tif", "{}-count.tif"),
                         ("statistics/{}/statistics.tif", "{}-stats.tif")):
            ours, theirs = gdal.Open(str(tmp_path / job.format(tile))), gdal.Open(str(tmp_path / own.format(tile)))
            assert ours.RasterCount == theirs.RasterCount == (4 if "stats" in own else 2)
            assert [ours.GetRasterBand(b + 1).GetDescription() for b in range(ours.RasterCount)] == [
                theirs.GetRasterBand(b + 1).GetDescription() for b in range(theirs.RasterCount)]
            np.testing.assert_array_equal(ours.ReadAsArray(), theirs.ReadAsArray())
            ours = theirs = None
    assert gdal.Open(str(tmp_path / "statistics/31UFS/statistics.tif")).GetRasterBand(3).GetDescription() == \
        "2023-04 d2 median"
    args = cli.build_parser().parse_args(["statistics", "--input", root, "--statistics", "median",
                                          "--period", "dekad", "--output", str(tmp_path / "x")])
    settings = cli.settings_from(args)
    assert settings.period == DEKAD
    assert cli.job_arguments(settings, [root], cli.filters_from(args), "out")[-4:-2] == ["--period", "dekad"]
    with pytest.raises(TerrascopeError, match="unknown period"):
        jobs.JobSettings("composite", period="week")

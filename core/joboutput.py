"""Running a ``core.jobs`` plan with any ``map`` and writing its outputs, all or nothing.

``run_job(plan, output_dir, map_tasks)`` runs the plan's tasks through ``map_tasks(function, items)``
(which returns the results in order: ``local_map``'s thread pool on one machine, Spark's
``parallelize(...).map(...).collect()`` on a cluster) in three stages:

1. tasks: each task writes its window of each output raster as a ``.npy`` part in a hidden staging
   folder of ``output_dir`` (renamed into place when complete, so a retried or speculative task never
   leaves half a part); histogram tasks return their counts instead;
2. assembly: one item per tile and output raster writes the tile's GeoTIFF (a COG, as the QGIS
   algorithms write it: tiled, compressed, nodata, band descriptions and metadata) from its parts
   through ``core.writer.RasterWriter``, still in the staging folder;
3. commit, on the driver, only when every task and assembly succeeded: the previous ``job.json`` is
   removed, the tile rasters are moved to ``output_dir/<TILE>/<name>.tif``, the VRT mosaics
   ``output_dir/<name>.vrt`` are built (``gdal.BuildVRT``), and ``job.json`` is written last. A job is
   complete exactly when its ``job.json`` exists.

On any failure the staging folder is removed and nothing in ``output_dir`` changes; a task's failure
names the tile, the window and the file (``core.jobs.TaskError``). The output folder must be shared by
every executor and the driver (on a cluster: a shared file system path).
"""

import json
import os
import platform
import shutil
import statistics as pystatistics
import time
import uuid
from datetime import datetime, timezone
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import numpy as np
from osgeo import gdal

from . import histogram as histograms
from .errors import RasterError
from .jobs import HISTOGRAM, RANGE, run_task
from .plots import write_atomically
from .raster import Grid
from .version import package_version
from .writer import RasterWriter, check_outputs, temporary_path

gdal.UseExceptions()

JOB_FILE = "job.json"
STAGING_PREFIX = ".terrascope-job-"


def _part_path(staging, tile, name, window):
    return os.path.join(staging, tile, name, f"{window.col}_{window.row}.npy")


def _save_atomically(path, array):
    temporary = f"{path}.{uuid.uuid4().hex}.partial.npy"
    try:
        np.save(temporary, array, allow_pickle=False)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def execute_task(task, staging):
    """Run ``task`` (``core.jobs.run_task``) and keep its result: raster windows are saved as parts in
    ``staging``; histogram and range results are returned. Returns ``(seconds, result or None)``."""
    started = time.perf_counter()
    result = run_task(task)
    if isinstance(result, dict):
        for name, array in result.items():
            path = _part_path(staging, task.tile, name, task.window)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            _save_atomically(path, array)
        result = None
    return time.perf_counter() - started, result


def assemble_output(item, staging):
    """Write one tile's output raster (``item``: ``(TilePlan, OutputSpec)``) from its parts, as a COG in
    ``staging/<TILE>/<name>.tif``. Returns the seconds it took."""
    tile, spec = item
    started = time.perf_counter()
    path = os.path.join(staging, tile.tile, f"{spec.name}.tif")
    with RasterWriter(path, tile.grid, spec.dtype, bands=len(spec.descriptions), nodata=spec.nodata,
                      descriptions=spec.descriptions, metadata=spec.metadata, cog=True) as writer:
        for window in tile.windows:
            part = _part_path(staging, tile.tile, spec.name, window)
            try:
                writer.write(window, np.load(part, allow_pickle=False))
            except OSError as error:
                raise RasterError(f"{part}: the part of tile {tile.tile} cannot be read ({error})") from None
        writer.commit()
    return time.perf_counter() - started


def local_map(threads=None):
    """A ``map_tasks`` for one machine: the items on a thread pool (one thread per core), in order.

    GDAL's block cache is left as it is (not ``capped_gdal_cache``): with it capped, two full-size COG
    conversions at once (multithreaded compression) hung in GDAL 3.6."""

    def map_tasks(function, items):
        with ThreadPoolExecutor(max_workers=threads or os.cpu_count() or 1) as pool:
            return list(pool.map(function, items))

    return map_tasks


def _timings(seconds):
    if not seconds:
        return {"count": 0}
    return {"count": len(seconds), "total_s": round(sum(seconds), 3), "min_s": round(min(seconds), 3),
            "median_s": round(pystatistics.median(seconds), 3), "max_s": round(max(seconds), 3)}


def run_job(plan, output_dir, map_tasks, engine=None, log=None):
    """Run ``plan`` with ``map_tasks`` and write its outputs in ``output_dir`` (see the module docstring).

    ``engine``: a dict describing the engine for job.json (e.g. Spark's version and master). ``log``: a
    function taking a line of progress. Returns the job description written to job.json.
    """
    log = log or (lambda line: None)
    started, clock = datetime.now(timezone.utc), time.perf_counter()
    output_dir = os.path.abspath(os.fspath(output_dir))
    os.makedirs(output_dir, exist_ok=True)
    for tile in plan.tiles:
        check_outputs([os.path.join(output_dir, tile.tile, f"{spec.name}.tif") for spec in tile.outputs],
                      list(tile.paths) + list(tile.scl_paths or []))
    staging = os.path.join(output_dir, STAGING_PREFIX + uuid.uuid4().hex)
    os.makedirs(staging)
    timings = {}
    try:
        if plan.settings.command == HISTOGRAM:
            def data_extremes():
                log(f"finding the data range: {len(plan.tasks(RANGE))} tasks")
                return histograms.widest_range(result for _, result in map_tasks(
                    partial(execute_task, staging=staging), plan.tasks(RANGE)))

            plan = plan.with_range(data_extremes)
        tasks = plan.tasks()
        log(f"{len(tasks)} tasks over {len(plan.tiles)} tile(s)")
        mark = time.perf_counter()
        results = map_tasks(partial(execute_task, staging=staging), tasks)
        timings["tasks_s"] = round(time.perf_counter() - mark, 3)
        timings["task"] = _timings([seconds for seconds, _ in results])
        histogram = None
        if plan.settings.command == HISTOGRAM:
            settings = plan.settings
            histogram = histograms.sum_histograms((result for _, result in results), settings.bins,
                                                  settings.minimum, settings.maximum)
        items = [(tile, spec) for tile in plan.tiles for spec in tile.outputs]
        if items:
            log(f"writing {len(items)} tile raster(s)")
            mark = time.perf_counter()
            assembly = map_tasks(partial(assemble_output, staging=staging), items)
            timings["assembly_s"] = round(time.perf_counter() - mark, 3)
            timings["assembly"] = _timings(assembly)
        description = _describe(plan, engine, started, histogram)
        _commit(plan, staging, output_dir, histogram, description, timings, clock)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log(f"done: {os.path.join(output_dir, JOB_FILE)}")
    return description


def _describe(plan, engine, started, histogram):
    description = {
        "command": plan.settings.command,
        "content": plan.content,
        "settings": plan.settings.as_dict(),
        "tiles": {tile.tile: {"inputs": list(tile.paths), "scl": list(tile.scl_paths or []),
                              "grid": tile.grid.describe(), "tasks": len(tile.windows)}
                  for tile in plan.tiles},
        "versions": {"terrascope_processing": package_version(), "python": platform.python_version(),
                     "numpy": np.__version__, "gdal": gdal.__version__},
        "engine": engine or {"name": "local"},
        "started": started.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if histogram is not None:
        description["histogram"] = {"values": histogram.total, "below": histogram.below, "above": histogram.above}
    return description


def _commit(plan, staging, output_dir, histogram, description, timings, clock):
    mark = time.perf_counter()
    job_file = os.path.join(output_dir, JOB_FILE)
    if os.path.exists(job_file):
        os.remove(job_file)  # from now on the folder is not a complete job until the new job.json
    names = [spec.name for spec in plan.tiles[0].outputs]
    written = []
    for tile in plan.tiles:
        os.makedirs(os.path.join(output_dir, tile.tile), exist_ok=True)
        for name in names:
            relative = os.path.join(tile.tile, f"{name}.tif")
            os.replace(os.path.join(staging, relative), os.path.join(output_dir, relative))
            written.append(relative)
    for name in names:
        views = build_mosaic(os.path.join(output_dir, f"{name}.vrt"),
                             [os.path.join(output_dir, tile.tile, f"{name}.tif") for tile in plan.tiles])
        written += [os.path.relpath(view, output_dir) for view in views] + [f"{name}.vrt"]
    if histogram is not None:
        written += ["histogram.csv", write_histogram(histogram, output_dir, plan.content, plan.settings.physical)]
    description["outputs"] = written + [JOB_FILE]
    timings["commit_s"] = round(time.perf_counter() - mark, 3)
    timings["total_s"] = round(time.perf_counter() - clock, 3)
    description["timings"] = timings
    description["finished"] = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    write_atomically(job_file, json.dumps(description, indent=2).encode("utf-8"))


def build_mosaic(path, rasters):
    """A VRT mosaic of ``rasters`` at ``path`` (``gdal.BuildVRT``; source paths relative to it, so the
    folder can be moved). Rasters in another CRS than the first are shown in its CRS through a warped
    VRT beside each (``<name>.mosaic.vrt``, nearest neighbour): BuildVRT skips them otherwise. Returns
    the paths of those warped views."""
    reference = Grid.of_path(rasters[0])
    sources, views = [], []
    try:
        for raster in rasters:
            if Grid.of_path(raster).same_crs(reference):
                sources.append(raster)
                continue
            view = os.path.splitext(raster)[0] + ".mosaic.vrt"
            gdal.Warp(view, raster, format="VRT", dstSRS=reference.crs_wkt, xRes=reference.pixel_size[0],
                      yRes=reference.pixel_size[1], targetAlignedPixels=True, resampleAlg="near")
            sources.append(view)
            views.append(view)
        temporary = temporary_path(os.path.dirname(path), ".partial.vrt")
        try:
            gdal.BuildVRT(temporary, sources).FlushCache()
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.remove(temporary)
    except RuntimeError as error:
        raise RasterError(f"{path}: the mosaic cannot be built ({error})") from None
    return views


def write_histogram(histogram, output_dir, content, physical):
    """``histogram.csv`` (``bin_min,bin_max,count``) and ``histogram.png`` (an HTML chart when matplotlib
    is missing: ``histogram.html``) in ``output_dir``; returns the chart's file name."""
    lines = ["bin_min,bin_max,count"] + [f"{low!r},{high!r},{count}" for low, high, count in histogram.rows()]
    write_atomically(os.path.join(output_dir, "histogram.csv"), ("\n".join(lines) + "\n").encode())
    title = f"{content} histogram"
    x_label = content + ("" if physical else " (digital numbers)")
    try:
        histograms.write_png(histogram, os.path.join(output_dir, "histogram.png"), title, x_label)
        return "histogram.png"
    except ImportError:
        histograms.write_svg(histogram, os.path.join(output_dir, "histogram.html"), title, x_label)
        return "histogram.html"

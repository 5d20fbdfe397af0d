#!/usr/bin/env python3
"""Benchmark of the cluster runner: the mean composite of 4 tiles x 6 dates at full size (10980 x 10980)
by the single-machine engine and by Spark local[1] and local[2] on the same machine.

Generates at run time, in a temporary folder deleted at the end, one tile's series with
``scripts/sample_series.py`` (NDVI uint8 + 20 m SCL with clouds, shadows, cirrus, swath edges) and
hard-links it under three more tile names (the same pixels, so every engine reads the same bytes).
Then it measures, each with the count and with COG outputs as the runner writes them:

- ``engine``: the QGIS algorithms' engine, ``core.meancomposite.mean_composite`` per tile (one thread per
  core), the floor;
- ``jobs-local``: the runner's job (``core.jobs`` tasks, parts, assembly, mosaics) on a thread pool;
- ``spark-local[N]``: ``spark-submit --master local[N] --py-files <core zip>`` of the runner, in a child
  process; its wall time, the job's own time from job.json (plan excluded) and the rest (JVM and Python
  start-up, planning: ``startup``) apart.

and prints the figures, the ratios to the floor and local[1] / local[2]. Usage (run it alone: the
figures mean little on a loaded machine; the script prints the load average)::

    .venv/bin/python benchmarks/spark.py [--tiles 4] [--dates 6] [--size 10980]

Needs pyspark and Java 17 (scripts/setup.sh installs both into .venv) and ~2 GB in /tmp.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO_ROOT, "scripts"))

import sample_series  # noqa: E402  (the generated series, shared with the demo and benchmarks)
from qgis_session import import_plugin  # noqa: E402

EXTRA_TILES = ("31UES", "31UFT", "31UET", "31UGS", "31UGT")


def generate(root, tiles, dates, size):
    """One tile's series, hard-linked under ``tiles - 1`` more tile names; returns the tile names."""
    for index in range(dates):
        sample_series.write_date(root, index, dates, size)
    names = [sample_series.TILE] + list(EXTRA_TILES[: tiles - 1])
    for folder, _, files in list(os.walk(root)):
        for name in files:
            for tile in names[1:]:
                target_folder = folder.replace(f"_{sample_series.TILE}_", f"_{tile}_")
                os.makedirs(target_folder, exist_ok=True)
                os.link(os.path.join(folder, name), os.path.join(target_folder, name.replace(
                    f"_{sample_series.TILE}_", f"_{tile}_")))
    return names


def run_engine(root, output):
    """The floor: mean_composite per tile, as meancomposite runs it (COG outputs)."""
    from terrascope_processing.core import jobs
    from terrascope_processing.core.meancomposite import mean_composite
    from terrascope_processing.core.masking import MaskSettings
    from terrascope_processing.core.series import Series

    tiles, _ = jobs.select_tiles([root], content="NDVI")
    started = time.perf_counter()
    for tile, paths, scl_paths in tiles:
        with Series(paths, MaskSettings(), scl_paths=scl_paths) as series:
            mean_composite(series, os.path.join(output, f"{tile}-mean.tif"), os.path.join(output, f"{tile}-count.tif"),
                           cog=True)
    return time.perf_counter() - started


def run_jobs_local(root, output):
    """The runner's job on one machine's thread pool."""
    from terrascope_processing.core import jobs
    from terrascope_processing.core.joboutput import local_map, run_job

    tiles, _ = jobs.select_tiles([root], content="NDVI")
    started = time.perf_counter()
    plan = jobs.plan_job(tiles, jobs.JobSettings("composite", count=True))
    run_job(plan, output, local_map())
    return time.perf_counter() - started


def run_spark(root, output, cores, zip_path):
    """spark-submit --master local[cores]: (wall seconds, job seconds from job.json, task figures)."""
    submit = os.path.join(os.path.dirname(sys.executable), "spark-submit")
    environment = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    environment.pop("PYTHONPATH", None)
    command = [submit, "--master", f"local[{cores}]", "--driver-memory", "1g", "--conf", "spark.ui.enabled=false",
               "--conf", "spark.ui.showConsoleProgress=false", "--py-files", zip_path,
               os.path.join(REPO_ROOT, "spark", "__main__.py"), "composite", "--input", root, "--content", "NDVI",
               "--count", "--output", output]
    started = time.perf_counter()
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"spark-submit failed:\n{result.stderr[-4000:]}")
    job = json.load(open(os.path.join(output, "job.json")))
    return wall, job["timings"]["total_s"], job["timings"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tiles", type=int, default=4)
    parser.add_argument("--dates", type=int, default=6)
    parser.add_argument("--size", type=int, default=10980)
    args = parser.parse_args()
    import_plugin()

    work = tempfile.mkdtemp(prefix="terrascope-bench-spark-", dir="/tmp")
    try:
        root = os.path.join(work, "archive")
        started = time.perf_counter()
        tiles = generate(root, args.tiles, args.dates, args.size)
        print(f"generated {len(tiles)} tiles x {args.dates} dates of {args.size} px in "
              f"{time.perf_counter() - started:.0f} s", flush=True)
        dist = os.path.join(work, "dist")
        package = subprocess.run(["bash", os.path.join(REPO_ROOT, "scripts", "package.sh"), "--core"],
                                 env=dict(os.environ, DIST_DIR=dist), capture_output=True, text=True, check=True)
        zip_path = package.stdout.strip().splitlines()[-1]

        figures = {"load_before": os.getloadavg()}
        for name in ("engine", "jobs-local", "spark-local[1]", "spark-local[2]"):
            output = os.path.join(work, name)
            os.makedirs(output)
            if name == "engine":
                figures[name] = {"job_s": run_engine(root, output)}
            elif name == "jobs-local":
                figures[name] = {"job_s": run_jobs_local(root, output)}
            else:
                wall, job, timings = run_spark(root, output, int(name[-2]), zip_path)
                figures[name] = {"wall_s": wall, "job_s": job, "startup_s": wall - job,
                                 "task_median_s": timings["task"]["median_s"], "tasks": timings["task"]["count"],
                                 "assembly_s": timings.get("assembly_s")}
            print(f"{name}: " + ", ".join(f"{key} {value:.1f}" if isinstance(value, float) else f"{key} {value}"
                                          for key, value in figures[name].items()), flush=True)
            shutil.rmtree(output)
        figures["load_after"] = os.getloadavg()

        floor = figures["engine"]["job_s"]
        print()
        print(f"machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
              f"load average before {figures['load_before'][0]:.1f}, after {figures['load_after'][0]:.1f}")
        for name in ("jobs-local", "spark-local[1]", "spark-local[2]"):
            print(f"{name} / engine (job time, start-up excluded): {figures[name]['job_s'] / floor:.2f}")
        print(f"spark local[1] / local[2] (job time): "
              f"{figures['spark-local[1]']['job_s'] / figures['spark-local[2]']['job_s']:.2f}")
        print(f"JVM and Python start-up (+ plan) of spark-submit: local[1] {figures['spark-local[1]']['startup_s']:.1f} s, "
              f"local[2] {figures['spark-local[2]']['startup_s']:.1f} s")
        print(json.dumps(figures))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

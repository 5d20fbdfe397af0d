#!/usr/bin/env python3
"""Benchmark of the temporal statistics and of the masks' buffers on full-size tiles, against the floor.

Generates (or reuses with ``--keep``) the series of ``benchmarks/composite.py``: N dates of one full
10980 x 10980 NDVI tile (uint8) with its native 20 m scene classification (``scripts/sample_series.py``).
Then, for each run, it measures the floor right before it (decoding every input, NDVI and SCL, with
GDAL on all cores, plus encoding one Float32 output of the tile's size with the writer's creation
options: the mean composite's values) and runs the algorithm through ``processing.run`` in a child
process that starts QGIS, whose peak resident memory is the whole QGIS process's. Floor and runs
alternate, so a change of load on a shared machine affects both. The runs:

- ``mean``: terrascope:meancomposite (default classes, no dilation), the reference of the floor;
- ``dilation``: the same with DILATION 40 m; ``openeo``: the same with openEO's two-kernel preset;
- ``streaming``: temporalstatistics mean, std, count, minimum, maximum;
- ``median``; ``percentiles``: 10, 50, 90; ``all``: every statistic (percentiles 10, 50, 90).

Prints each run's wall time and its ratio to the floor of the same round, the same for CPU time (user +
system, all threads: steadier than wall time when other jobs share the cores), the ratio to the run's own
floor (decoding plus encoding as many Float32 bands as the run writes: the statistics write up to ten),
the peak RSS and the load. With ``--repeat N`` each run is measured N times, each time right after
a floor of its own, and the summary gives the median ratio with the lowest and highest (run-to-run
noise on a 2-core VM is about 5 to 10 %)::

    python3 benchmarks/temporalstatistics.py [--dates 12] [--size 10980] [--runs mean,median] [--repeat 3] [--keep DIR]

Not a test. A run at N = 12 takes several minutes and ~0.8 GB of disk; needs QGIS's Python
(``/usr/bin/python3`` on Debian) for the children.
"""

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCHMARKS = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [BENCHMARKS, os.path.join(os.path.dirname(BENCHMARKS), "scripts")]

from composite import decode_all, encode_one, load, series_pairs  # noqa: E402  (the composite's floor)
from qgis_session import import_plugin, start_qgis  # noqa: E402

ALL_STATISTICS = [0, 1, 2, 3, 4, 5, 6, 7]  # the STATISTICS enum: mean .. best_pixel
RUNS = {  # name: (algorithm, parameters, Float32 bands written)
    "mean": ("meancomposite", {}, 1),
    "dilation": ("meancomposite", {"DILATION": 40.0}, 1),
    "openeo": ("meancomposite", {"MASK_PRESET": 1}, 1),
    "streaming": ("temporalstatistics", {"STATISTICS": [0, 2, 3, 4, 5]}, 5),
    "median": ("temporalstatistics", {"STATISTICS": [1]}, 1),
    "percentiles": ("temporalstatistics", {"STATISTICS": [6], "PERCENTILES": "10,50,90"}, 3),
    "all": ("temporalstatistics", {"STATISTICS": ALL_STATISTICS, "PERCENTILES": "10,50,90"}, 10),
}


def cpu_seconds():
    """User + system CPU time of this process so far, all threads (its children not included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child(run, inputs, output):
    """One ``processing.run`` in this (child) process: its wall time and the process's peak RSS."""
    from qgis.core import QgsProcessingFeedback

    application = start_qgis()  # noqa: F841 (kept alive while processing runs)
    import processing

    algorithm, parameters, _bands = RUNS[run]
    parameters = dict(parameters, INPUTS=inputs, OUTPUT=output)
    start, cpu = time.perf_counter(), cpu_seconds()
    processing.run(f"terrascope:{algorithm}", parameters, feedback=QgsProcessingFeedback())
    return {"wall": time.perf_counter() - start, "cpu": cpu_seconds() - cpu, "peak_rss_mb": _peak_mb()}


def run_child(run, inputs, output, python):
    arguments = [python, os.path.abspath(__file__), "--child", run, "--output", output, "--"] + inputs
    process = subprocess.run(arguments, capture_output=True, text=True)
    if process.returncode != 0:
        raise RuntimeError(f"{run} failed ({process.returncode}):\n{process.stderr[-3000:]}")
    return json.loads(process.stdout.strip().splitlines()[-1])


def measure(run, inputs, every_file, values, root, cores, python):
    """One round: the floor (decode every input, encode one Float32 band), then ``run`` in a child."""
    cpu = cpu_seconds()
    decode = decode_all(every_file, cores)
    encode = encode_one(values, inputs[0], os.path.join(root, "bench-encode.tif"))
    floor_cpu = cpu_seconds() - cpu
    os.remove(os.path.join(root, "bench-encode.tif"))
    floor = decode + encode
    output = os.path.join(root, f"bench-{run}.tif")
    figures = run_child(run, inputs, output, python)
    os.remove(output)
    ratio, cpu_ratio = figures["wall"] / floor, figures["cpu"] / floor_cpu
    bands = RUNS[run][2]
    own_floor = decode + bands * encode  # decoding the inputs and encoding every band written
    print(f"  {run:12s} {figures['wall']:7.2f} s = {ratio:4.2f} x floor {floor:5.2f} s "
          f"(decode {decode:.2f} + encode {encode:.2f}); CPU {figures['cpu']:6.1f} s = {cpu_ratio:4.2f} x "
          f"the floor's {floor_cpu:.1f} s; {bands} band(s): {figures['wall'] / own_floor:4.2f} x decode + "
          f"{bands} x encode; peak RSS {figures['peak_rss_mb']:4.0f} MB; load {load()}", flush=True)
    return dict(figures, floor=floor, ratio=ratio, floor_cpu=floor_cpu, cpu_ratio=cpu_ratio, bands=bands,
                own_floor=own_floor, own_ratio=figures["wall"] / own_floor)


def spread(ratios):
    """``median (lowest-highest)`` of a few ratios."""
    return f"{statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dates", type=int, default=12, help="number of dates (default 12)")
    parser.add_argument("--size", type=int, default=10980, help="tile side in 10 m pixels (default 10980)")
    parser.add_argument("--runs", default=",".join(RUNS), help=f"comma-separated, of {', '.join(RUNS)}")
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it (reused if complete)")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of floor and run per run (default 1)")
    parser.add_argument("--qgis-python", default="/usr/bin/python3", help="Python with QGIS for the children")
    parser.add_argument("--child", choices=tuple(RUNS), help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("inputs", nargs="*", help=argparse.SUPPRESS)
    options = parser.parse_args()
    import_plugin()
    if options.child:
        print(json.dumps(child(options.child, options.inputs, options.output)))
        return
    runs = [run.strip() for run in options.runs.split(",") if run.strip()]
    unknown = [run for run in runs if run not in RUNS]
    if unknown:
        parser.error(f"unknown runs {unknown}; known: {', '.join(RUNS)}")

    from osgeo import gdal

    gdal.UseExceptions()
    cores = os.cpu_count() or 1
    print(f"Machine: {platform.node()}, {cores} cores, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2 ** 30:.0f} GiB, GDAL "
          f"{gdal.__version__}; load (1 / 5 min) {load()}")
    root = options.keep or tempfile.mkdtemp(prefix="terrascope-statistics-bench-")
    os.makedirs(root, exist_ok=True)
    try:
        pairs = series_pairs(root, options.dates, options.size, reuse=bool(options.keep))
        inputs = [ndvi for ndvi, _ in pairs]
        every_file = [path for pair in pairs for path in pair]
        print(f"Series: {options.dates} dates of {options.size} x {options.size} NDVI with 20 m SCL")
        gdal.SetCacheMax(64 * 2 ** 20)  # as the engine does while it runs

        reference = os.path.join(root, "bench-mean.tif")
        run_child("mean", inputs, reference, options.qgis_python)  # the values the encode floor writes
        values = gdal.Open(reference).ReadAsArray()
        results = {}
        for run in runs:
            rounds = [measure(run, inputs, every_file, values, root, cores, options.qgis_python)
                      for _ in range(max(1, options.repeat))]
            results[run] = rounds
            if len(rounds) > 1:
                print(f"  {run:12s} median of {len(rounds)}: " + "; ".join(
                    f"{label} {spread([r[key] for r in rounds])}" for label, key in
                    (("x floor", "ratio"), ("CPU x floor's", "cpu_ratio"), ("x own floor", "own_ratio"))),
                    flush=True)
        print(json.dumps({"dates": options.dates, "size": options.size, "runs": results}))
    finally:
        if not options.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

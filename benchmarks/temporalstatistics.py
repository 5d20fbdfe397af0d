#!/usr/bin/env python3
"""Benchmark of the temporal statistics (core.statistics.temporal_statistics) and the histogram.

Writes a series of NDVI GeoTIFFs (uint8, with a 20 m SCL beside each), then times the histogram, the
streaming statistics (mean, std, count, minimum, maximum) and the order statistics (median and
percentiles, which hold every date of a window) under a given memory budget; prints the throughput and the
process's peak resident memory after each step, which stays near the budget whatever the number of dates.

    python3 benchmarks/temporalstatistics.py [--size 2048] [--dates 24] [--budget-mb 128] [--keep DIR]

Not a test: it prints figures. Runs without QGIS (the core needs numpy, scipy, GDAL).
"""

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time

import numpy as np

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(REPO_ROOT, "scripts"), os.path.join(REPO_ROOT, "test")]

from qgis_session import import_plugin  # noqa: E402


def generate(folder, size, dates):
    from rasters import make_raster

    rng = np.random.default_rng(0)
    paths = []
    for day in range(dates):
        stamp = f"2020{1 + day // 28:02d}{1 + day % 28:02d}T105021"
        dn = rng.integers(0, 251, (size, size), dtype=np.uint8)
        scl = rng.choice(np.array([4, 4, 4, 5, 6, 8, 9], np.uint8), (size // 2, size // 2))
        paths.append(make_raster(os.path.join(folder, f"S2A_{stamp}_31UFS_NDVI_10M_V210.tif"), dn, nodata=255))
        make_raster(os.path.join(folder, f"S2A_{stamp}_31UFS_SCENECLASSIFICATION_20M_V210.tif"), scl, pixel=20.0)
    return paths


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048, help="pixels per side (default 2048)")
    parser.add_argument("--dates", type=int, default=24)
    parser.add_argument("--budget-mb", type=float, default=128.0, help="memory budget of the statistics")
    parser.add_argument("--keep", help="write the series into this folder and keep it")
    args = parser.parse_args()

    import_plugin()
    from terrascope_processing.core import histogram, statistics
    from terrascope_processing.core.masking import DEFAULT_CLASSES, MaskSettings
    from terrascope_processing.core.series import Series

    folder = args.keep or tempfile.mkdtemp(prefix="terrascope-bench-stats-")
    os.makedirs(folder, exist_ok=True)
    try:
        started = time.perf_counter()
        paths = generate(folder, args.size, args.dates)
        print(f"series: {args.dates} dates of {args.size}x{args.size} px "
              f"({time.perf_counter() - started:.1f} s to write); peak RSS {peak_mb():.0f} MB")
        megapixels = args.size * args.size * args.dates / 1e6
        budget = int(args.budget_mb * 2**20)
        with Series(paths, MaskSettings(DEFAULT_CLASSES)) as series:
            # first, as it reads every file once: later steps read from the page cache, as it does
            started = time.perf_counter()
            result = histogram.histogram(series, 100)
            elapsed = time.perf_counter() - started
            print(f"histogram (100 bins): {elapsed:.2f} s, {megapixels / elapsed:.1f} Mpx·dates/s, "
                  f"{result.total} values; peak RSS {peak_mb():.0f} MB")
            for label, chosen in (
                ("streaming (mean, std, count, min, max)", [statistics.MEAN, statistics.STD, statistics.COUNT,
                                                            statistics.MINIMUM, statistics.MAXIMUM]),
                ("order (median, p10, p90)", [statistics.MEDIAN, statistics.PERCENTILES]),
            ):
                windows, threads = statistics.plan(series.grid, args.dates, chosen, budget)
                started = time.perf_counter()
                statistics.temporal_statistics(series, chosen, [10, 90], os.path.join(folder, "stats.tif"),
                                               memory_budget=budget)
                elapsed = time.perf_counter() - started
                print(f"{label}: {elapsed:.2f} s, {megapixels / elapsed:.1f} Mpx·dates/s; {len(windows)} "
                      f"windows of <= {max(w.width * w.height for w in windows)} px on {threads} threads; "
                      f"peak RSS {peak_mb():.0f} MB (budget {args.budget_mb:g} MB)")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

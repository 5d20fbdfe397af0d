#!/usr/bin/env python3
"""Benchmark of the time dimension: composites per period and time series at many fields.

Generates, at run time, a Terrascope-like NDVI series (``scripts/sample_series.py``: full 10980 x 10980
tiles by default, one date every 5 days from 2023-04-02, with a 20 m SCL) and measures, in this process,
each run best of ``--repeat``:

- the floor: decoding every input (NDVI and SCL) with GDAL on all cores, by the engine's windows;
- the mean composite (with count) of the whole series, then per month and per dekad: the ratio of each
  period run to the whole-series run is what one pass over the dates must keep near 1;
- the temporal statistics mean, median and count of the whole series and per month;
- ``core.timeseries.time_series`` at N random fields (rectangles of 0.5 to 5 ha spread over the tile)
  and at N points (rasterizing the fields, reading each date's windows once, the rows).

    python3 benchmarks/timedimension.py [--dates 12] [--size 10980] [--fields 5000] [--repeat 1] [--keep DIR]

Not a test: it prints figures and the load average at each step (run it alone: ``flock`` on a shared
machine). Runs without QGIS (the core needs numpy and GDAL).
"""

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time

import numpy as np

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(REPO_ROOT, "scripts"), os.path.join(REPO_ROOT, "benchmarks")]

import sample_series  # noqa: E402
from composite import decode_all, load  # noqa: E402  (the composite benchmark's floor)
from qgis_session import import_plugin  # noqa: E402


def best(repeat, function):
    """The shortest wall time of ``repeat`` calls of ``function``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def random_fields(rng, count, size, pixel=10.0, origin=sample_series.ORIGIN):
    """WKB rectangles of 0.5 to 5 ha (70 to 220 m a side) anywhere on the tile, in its UTM CRS."""
    from osgeo import ogr

    fields = []
    extent = size * pixel
    for number in range(count):
        width, height = rng.uniform(70, 220, 2)
        x = origin[0] + rng.uniform(0, extent - width)
        y = origin[1] - rng.uniform(height, extent)
        ring = f"{x} {y},{x + width} {y},{x + width} {y + height},{x} {y + height},{x} {y}"
        fields.append((number, bytes(ogr.CreateGeometryFromWkt(f"POLYGON(({ring}))").ExportToWkb())))
    return fields


def random_points(rng, count, size, pixel=10.0, origin=sample_series.ORIGIN):
    from osgeo import ogr

    extent = size * pixel
    return [(number, bytes(ogr.CreateGeometryFromWkt(
        f"POINT({origin[0] + rng.uniform(0, extent)} {origin[1] - rng.uniform(0, extent)})").ExportToWkb()))
        for number in range(count)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dates", type=int, default=12, help="number of dates, 5 days apart (default 12)")
    parser.add_argument("--size", type=int, default=10980, help="tile side in 10 m pixels (default 10980)")
    parser.add_argument("--fields", type=int, default=5000, help="fields and points of the time series")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measure; the best is kept")
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it (reused if complete)")
    options = parser.parse_args()

    import_plugin()
    from osgeo import gdal

    from terrascope_processing.core import temporalstatistics as statistics
    from terrascope_processing.core.meancomposite import mean_composite
    from terrascope_processing.core.masking import MaskSettings
    from terrascope_processing.core.periods import DEKAD, MONTH, WHOLE, group_by_period
    from terrascope_processing.core.series import Series
    from terrascope_processing.core.timeseries import time_series

    gdal.UseExceptions()
    cores = os.cpu_count() or 1
    print(f"Machine: {platform.node()}, {cores} cores, {platform.platform()}; GDAL {gdal.__version__}; "
          f"load (1 / 5 min) {load()}")
    root = options.keep or tempfile.mkdtemp(prefix="terrascope-time-bench-")
    os.makedirs(root, exist_ok=True)
    try:
        pairs = []
        for index in range(options.dates):
            existing = sample_series.date_paths(root, index)
            if all(os.path.exists(p) for p in existing) and gdal.Open(existing[0]).RasterXSize == options.size:
                pairs.append(existing)
            else:
                pairs.append(sample_series.write_date(root, index, options.dates, options.size))
        inputs = [ndvi for ndvi, _ in pairs]
        print(f"Series: {options.dates} dates of {options.size} x {options.size} NDVI with 20 m SCL")

        gdal.SetCacheMax(64 * 2 ** 20)
        floor = best(options.repeat, lambda: decode_all([p for pair in pairs for p in pair], cores))
        print(f"  floor, decode all inputs:                      {floor:7.2f} s   load {load()}")

        output, count = os.path.join(root, "mean.tif"), os.path.join(root, "count.tif")
        with Series(inputs, MaskSettings()) as series:
            composites = {}
            for period in (WHOLE, MONTH, DEKAD):
                bands = len(group_by_period(series.acquisitions, period))
                composites[period] = best(options.repeat, lambda: mean_composite(series, output, count, period=period))
                print(f"  mean composite + count, {period:5} ({bands:2} band(s)): {composites[period]:7.2f} s = "
                      f"{composites[period] / composites[WHOLE]:.2f} x whole, {composites[period] / floor:.2f} x floor"
                      f"   load {load()}")
            chosen = [statistics.MEAN, statistics.MEDIAN, statistics.COUNT]
            stats = {}
            for period in (WHOLE, MONTH):
                stats[period] = best(options.repeat, lambda: statistics.temporal_statistics(
                    series, chosen, [], output, period=period))
                print(f"  statistics mean, median, count, {period:5}:       {stats[period]:7.2f} s = "
                      f"{stats[period] / stats[WHOLE]:.2f} x whole   load {load()}")

            rng = np.random.default_rng(13)
            for kind, locations in (("fields", random_fields(rng, options.fields, options.size)),
                                    ("points", random_points(rng, options.fields, options.size))):
                rows = []
                wall = best(options.repeat, lambda: rows.__setitem__(slice(None), time_series([series], locations, "")))
                pixels = sum(row.pixels for row in rows) // options.dates
                print(f"  time series at {len(locations)} {kind} ({pixels} px): {wall:7.2f} s = "
                      f"{wall / floor:.2f} x floor, {len(rows)} rows   load {load()}")
    finally:
        if not options.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

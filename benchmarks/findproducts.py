#!/usr/bin/env python3
"""Benchmark of the archive scan behind terrascope:findproducts (core.findproducts.scan).

Generates an NDVI archive laid out like Terrascope's (NDVI_V2 / YYYY / MM / DD / product / 10M / files):
by default 10 years of daily S2A and S2B acquisitions of 3 tiles, 87,600 files (the rasters as empty files,
since a scan reads only their names, and small XML sidecars), then times scans against a floor measured in
the same run: a bare ``os.walk`` of the whole tree.

    python3 benchmarks/findproducts.py [--years 10] [--tiles 3] [--repeat 3] [--keep DIR]

The main figure: a one-month, one-tile query, pruned (date folders outside the month and product folders
of other tiles are never listed) and, for comparison, listing everything (``prune=False``).
Not a test: it prints figures. Runs without QGIS (the core needs GDAL and lxml only).
"""

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(REPO_ROOT, "scripts"), os.path.join(REPO_ROOT, "test")]

from qgis_session import import_plugin  # noqa: E402


def _import_core():
    """The catalogue module and test/archive.py (the names-only product writer and tile grid)."""
    import_plugin()
    from terrascope_processing.core import findproducts as catalogue  # noqa: E402
    import archive  # noqa: E402

    return catalogue, archive


BENCH_TILES = ["31UFS", "31UES", "38SKG"]
FIRST_DAY = datetime(2015, 7, 1, tzinfo=timezone.utc)


def generate(root, archive, years, tiles):
    """Write the tree; returns the number of files: per day and tile an S2A and an S2B NDVI product,
    each a 10M folder with the NDVI raster, its SCL, its quicklook (empty files) and its XML sidecar."""
    count = 0
    boxes = {tile: archive.tile_bbox(tile) for tile in BENCH_TILES[:tiles]}
    for day in range(round(years * 365)):
        noon = FIRST_DAY + timedelta(days=day)
        for mission, clock in (("S2A", timedelta(hours=10, minutes=50, seconds=21)),
                               ("S2B", timedelta(hours=10, minutes=40, seconds=19))):
            for t_index, (tile, bbox) in enumerate(boxes.items()):
                cloud = float((day * 37 + t_index * 11) % 101)
                product = archive.Product("NDVI", mission, noon + clock, tile, "210", cloud_cover=cloud)
                count += len(archive.write_names(product, product.folder(root), sidecar_bbox=bbox))
    return count


def generate_headers(root, archive, count):
    """``count`` tiny real GeoTIFFs (no sidecar) for the header-footprint rate."""
    products = []
    start = datetime(2021, 1, 1, 10, 50, 21, tzinfo=timezone.utc)
    for index in range(count):
        tile = ("31UFS", "31UES")[index % 2]
        products.append(archive.Product("NDVI", "S2A", start + timedelta(days=index // 2), tile, xml=False))
    archive.make_archive(root, products, size=2, foreign=False)


def timed(function, repeat):
    best, value = float("inf"), None
    for _ in range(repeat):
        began = time.perf_counter()
        value = function()
        best = min(best, time.perf_counter() - began)
    return best, value


def bare_walk(root):
    files = 0
    for _, _, names in os.walk(root):
        files += len(names)
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=float, default=10, help="years of daily acquisitions")
    parser.add_argument("--tiles", type=int, default=3, help="tiles per date (max %d)" % len(BENCH_TILES))
    parser.add_argument("--headers", type=int, default=200, help="real GeoTIFFs for the header-footprint rate")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (the best is kept)")
    parser.add_argument("--keep", help="generate into this folder and keep it")
    options = parser.parse_args()

    catalogue, archive = _import_core()
    root = options.keep or tempfile.mkdtemp(prefix="terrascope-bench-")
    try:
        began = time.perf_counter()
        files = generate(root, archive, options.years, min(options.tiles, len(BENCH_TILES)))
        generated = time.perf_counter() - began
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"{platform.system()} {platform.release()}; load average {os.getloadavg()[0]:.2f} "
              f"{os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
        print(f"archive: {files} files in {root} (generated in {generated:.1f} s)")

        bare_walk(root)  # warm the directory cache for every measurement alike
        walk_time, walked = timed(lambda: bare_walk(root), options.repeat)
        assert walked == files, (walked, files)
        print(f"\n{'scenario':58s} {'wall s':>8s} {'files/s':>10s} {'x os.walk':>9s} {'found':>6s}")
        print(f"{'floor: bare os.walk of the whole tree':58s} {walk_time:8.3f} {files / walk_time:10.0f} "
              f"{1.0:9.2f} {'':>6s}")

        month = datetime(2020, 6, 1, tzinfo=timezone.utc), datetime(2020, 6, 30, 23, 59, 59, tzinfo=timezone.utc)
        one_month = dict(content="NDVI", tiles="31UFS", start=month[0], end=month[1])
        scenarios = [
            ("whole tree, names only: every NDVI raster", dict(content="NDVI", read_metadata=False)),
            ("whole tree with MAX_CLOUD=30 (reads every sidecar)", dict(content="NDVI", max_cloud=30)),
            ("one month, one tile, names only (pruned)", dict(one_month, read_metadata=False)),
            ("one month, one tile, names only, listing everything", dict(one_month, read_metadata=False,
                                                                          prune=False)),
            ("one month, one tile, MAX_CLOUD=30 (pruned)", dict(one_month, max_cloud=30)),
        ]
        for label, filters in scenarios:
            catalogue._TRANSFORMS.clear()
            seconds, result = timed(lambda: catalogue.scan(root, **filters), options.repeat)
            print(f"{label:58s} {seconds:8.3f} {files / seconds:10.0f} {seconds / walk_time:9.3f} "
                  f"{len(result.records):6d}")

        header_root = os.path.join(root, "headers")
        generate_headers(header_root, archive, options.headers)
        seconds, result = timed(lambda: catalogue.scan(header_root, content="NDVI"), options.repeat)
        with_footprint = sum(1 for r in result.records if r.footprint_wkt)
        print(f"\nheader footprints (no sidecar, GeoTIFF header only): {with_footprint} files in {seconds:.3f} s, "
              f"{with_footprint / seconds:.0f} files/s")
        print(f"load average after the run: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    finally:
        if not options.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

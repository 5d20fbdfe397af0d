#!/usr/bin/env python3
"""Benchmark of the archive scan behind terrascope:findproducts (core.catalogue.scan).

Generates an archive tree laid out like Terrascope's (TOC_V2, NDVI_V2, FAPAR_V2 / YYYY / MM / DD /
product / [10M|20M] / files) with empty GeoTIFF files and small XML sidecars (bounding box and cloud
cover), then times several scans and, as a floor, a bare ``os.walk`` of the same tree.

    python3 benchmarks/findproducts.py [--tiles 10] [--dates 40] [--repeat 3] [--keep DIR]

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
    """The catalogue module and test/archive.py (the sidecar writer and tile grid)."""
    import_plugin()
    from terrascope_processing.core import catalogue  # noqa: E402
    import archive  # noqa: E402

    return catalogue, archive


TOC_FILES = ([f"TOC-{b}_10M" for b in ("B02", "B03", "B04", "B08")]
             + [f"TOC-{b}_20M" for b in ("B05", "B06", "B07", "B8A", "B11", "B12")]
             + ["TOC-B01_60M", "AOT_60M", "WVP_60M", "SZA_60M", "VZA_60M", "RAA_60M", "SCENECLASSIFICATION_20M",
                "TOC_QUICKLOOK"])
BENCH_TILES = ["31UFS", "31UES", "31UET", "31UFT", "31UDS", "31UGS", "31UFR", "31UER", "31UGR", "31UDT",
               "31UGT", "31UDR", "32ULB", "32ULC", "32ULA"]


def generate(root, archive, tiles, dates, duplicates_every=10):
    """Write the tree; returns the number of files. Every ``duplicates_every``-th acquisition also
    exists in V200 (TOC only)."""
    start = datetime(2020, 1, 1, 10, 50, 21, tzinfo=timezone.utc)
    count = 0
    sidecars = {}
    for day in range(dates):
        when = start + timedelta(days=day * 5)
        mission = "S2A" if day % 2 == 0 else "S2B"
        for t_index, tile in enumerate(BENCH_TILES[:tiles]):
            cloud = float((day * 37 + t_index * 11) % 101)
            versions = ["210", "200"] if (day * tiles + t_index) % duplicates_every == 0 else ["210"]
            for version in versions:
                known = tile if tile in archive.TILES else "31UFS"  # footprints: a known tile's box
                bbox = sidecars.get(known) or sidecars.setdefault(known, archive.tile_bbox(known))
                # TOC: flat folder
                product = archive.Product("TOC", mission, when, tile, version, cloud_cover=cloud)
                folder = product.folder(root)
                os.makedirs(folder, exist_ok=True)
                for part in TOC_FILES:
                    content, _, res = part.rpartition("_") if part[-1] == "M" else (part, "", "")
                    open(os.path.join(folder, product.name(content, res)), "wb").close()
                    count += 1
                archive.write_sidecar(os.path.join(folder, product.name("TOC", "", ".xml")), product, bbox=bbox)
                count += 1
                if version != "210":
                    continue
                # NDVI (10M) and FAPAR (10M + 20M)
                for collection, resolutions in (("NDVI", ("10M",)), ("FAPAR", ("10M", "20M"))):
                    product = archive.Product(collection, mission, when, tile, version, cloud_cover=cloud)
                    for res in resolutions:
                        where = os.path.join(product.folder(root), res)
                        os.makedirs(where, exist_ok=True)
                        for name in (product.name(collection, res), product.name("SCENECLASSIFICATION", "20M"),
                                     product.name(collection + "_QUICKLOOK")):
                            open(os.path.join(where, name), "wb").close()
                        archive.write_sidecar(os.path.join(where, product.name(collection, res, ".xml")), product,
                                              bbox=bbox)
                        count += 4
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
    parser.add_argument("--tiles", type=int, default=10, help="tiles per date (max %d)" % len(BENCH_TILES))
    parser.add_argument("--dates", type=int, default=40, help="acquisition dates")
    parser.add_argument("--headers", type=int, default=200, help="real GeoTIFFs for the header-footprint rate")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (the best is kept)")
    parser.add_argument("--keep", help="generate into this folder and keep it")
    options = parser.parse_args()

    catalogue, archive = _import_core()
    root = options.keep or tempfile.mkdtemp(prefix="terrascope-bench-")
    try:
        began = time.perf_counter()
        files = generate(root, archive, min(options.tiles, len(BENCH_TILES)), options.dates)
        generated = time.perf_counter() - began
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"{platform.system()} {platform.release()}")
        print(f"archive: {files} files in {root} (generated in {generated:.1f} s)")

        bare_walk(root)  # warm the directory cache for every measurement alike
        walk_time, walked = timed(lambda: bare_walk(root), options.repeat)
        assert walked == files, (walked, files)
        print(f"\n{'scenario':58s} {'wall s':>8s} {'files/s':>10s} {'x os.walk':>9s} {'found':>6s}")
        print(f"{'floor: bare os.walk':58s} {walk_time:8.3f} {files / walk_time:10.0f} {1.0:9.1f} {'':>6s}")

        west, south, east, north = archive.tile_bbox("31UFS")
        inside = (west + 0.5, south + 0.3, west + 0.8, south + 0.5)
        scenarios = [
            ("names only: all product rasters", dict(read_metadata=False)),
            ("names only: CONTENT=NDVI, TILES=31UFS", dict(content="NDVI", tiles="31UFS", read_metadata=False)),
            ("NDVI + MAX_CLOUD=30 (reads NDVI sidecars)", dict(content="NDVI", max_cloud=30)),
            ("TOC-B04 + EXTENT + MAX_CLOUD=50 (reads TOC sidecars)",
             dict(content="TOC-B04", bbox=inside, max_cloud=50)),
            ("all product rasters + metadata (every sidecar)", dict()),
        ]
        for label, filters in scenarios:
            catalogue._TRANSFORMS.clear()
            seconds, result = timed(lambda: catalogue.scan(root, **filters), options.repeat)
            print(f"{label:58s} {seconds:8.3f} {files / seconds:10.0f} {seconds / walk_time:9.1f} "
                  f"{len(result.records):6d}")

        header_root = os.path.join(root, "headers")
        generate_headers(header_root, archive, options.headers)
        seconds, result = timed(lambda: catalogue.scan(header_root, content="NDVI"), options.repeat)
        with_footprint = sum(1 for r in result.records if r.footprint_wkt)
        print(f"\nheader footprints (no sidecar, GeoTIFF header only): {with_footprint} files in {seconds:.3f} s, "
              f"{with_footprint / seconds:.0f} files/s")
    finally:
        if not options.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

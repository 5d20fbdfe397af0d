#!/usr/bin/env python3
"""Benchmark of the mean composite (core.meancomposite and terrascope:meancomposite) on full-size tiles.

Generates, at run time and in a temporary folder, a Terrascope-like series: N dates of one full
10980 x 10980 NDVI tile (uint8 DN, nodata 255, textured fields) with its native 20 m scene
classification (clouds, shadows, cirrus, a no-data swath edge on some dates), DEFLATE-compressed and
tiled, in the archive layout (``NDVI_V2/YYYY/MM/DD/<product>/10M/``). Then it measures:

- the floor: the time to only decode every input (NDVI and SCL) with GDAL, one thread per core, plus
  the time to only encode one output of the same size (the composite's own values, Float32, with the
  writer's creation options);
- the composite through the core (``core.series.Series`` + ``core.meancomposite.mean_composite``) in a
  child process;
- the composite through ``processing.run("terrascope:meancomposite")`` in a child process that starts
  QGIS and Processing, with its peak resident memory (the whole process, QGIS included).

and prints wall times, peak RSS and the ratios to the floor. With ``--tiles 2`` the series covers two
adjacent tiles of one UTM zone (31UFS and 31UGS, 984 px of overlap) and the composite goes onto their
union in their own CRS and resolution (a target grid: ``RESOLUTION`` 10); the floor then decodes every
input of both tiles and encodes the union, and a one-tile composite through the core is run as the
memory reference. Usage::

    python3 benchmarks/composite.py [--dates 12] [--size 10980] [--tiles 1] [--repeat 1] [--dilation 0] [--keep DIR]

Not a test: it prints figures (a run at N = 12 takes a few minutes and ~1 GB of disk). The processing.run
part needs QGIS's Python (``/usr/bin/python3`` on Debian); without QGIS it is skipped.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO_ROOT, "scripts"))
READ_WINDOW = 1024  # the engine's default window side

import sample_series  # noqa: E402  (the generated series, shared with the demo)
from qgis_session import import_plugin, start_qgis  # noqa: E402


# --- the floor -------------------------------------------------------------------------------------------

def decode_all(paths, threads):
    """Seconds to decode every file completely, ``threads`` files at a time, by 1024 x 1024 windows."""
    from osgeo import gdal

    queue = list(paths)
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                path = queue.pop(0)
            dataset = gdal.Open(path)
            band = dataset.GetRasterBand(1)
            width, height = dataset.RasterXSize, dataset.RasterYSize
            for row in range(0, height, READ_WINDOW):
                for col in range(0, width, READ_WINDOW):
                    band.ReadRaster(col, row, min(READ_WINDOW, width - col), min(READ_WINDOW, height - row))

    start = time.perf_counter()
    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return time.perf_counter() - start


def encode_one(values, like, path):
    """Seconds to encode ``values`` (Float32) as the writer does: same creation options, same windows."""
    import numpy as np
    from osgeo import gdal

    from terrascope_processing.core.writer import creation_options

    source = gdal.Open(like)
    start = time.perf_counter()
    dataset = gdal.GetDriverByName("GTiff").Create(path, values.shape[1], values.shape[0], 1, gdal.GDT_Float32,
                                                   options=creation_options(np.float32))
    dataset.SetGeoTransform(source.GetGeoTransform())
    dataset.SetProjection(source.GetProjection())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(float("nan"))
    for row in range(0, values.shape[0], READ_WINDOW):
        for col in range(0, values.shape[1], READ_WINDOW):
            band.WriteArray(values[row: row + READ_WINDOW, col: col + READ_WINDOW], col, row)
    band = dataset = None
    return time.perf_counter() - start


def series_pairs(root, dates, size, reuse, tile=sample_series.TILE, origin=sample_series.ORIGIN):
    """The (NDVI, SCL) paths of a generated series of ``tile`` under ``root``; with ``reuse``, dates
    already there at that size are kept."""
    from osgeo import gdal

    pairs = []
    for index in range(dates):
        existing = sample_series.date_paths(root, index, tile)
        if reuse and all(os.path.exists(p) for p in existing) and gdal.Open(existing[0]).RasterXSize == size:
            pairs.append(existing)
        else:
            pairs.append(sample_series.write_date(root, index, dates, size, tile=tile, origin=origin))
    return pairs


# --- the runs in child processes ----------------------------------------------------------------------------

def child_core(inputs, output, dilation, union):
    from terrascope_processing.core.meancomposite import mean_composite
    from terrascope_processing.core.masking import MaskSettings
    from terrascope_processing.core.series import Series, group_by_grid
    from terrascope_processing.core.target_grid import target_grid

    start = time.perf_counter()
    target = target_grid([grid for grid, _ in group_by_grid(inputs)]) if union else None
    with Series(inputs, MaskSettings(dilation_m=dilation), target=target) as series:
        mean_composite(series, output)
    return {"wall": time.perf_counter() - start}


def child_processing(inputs, output, dilation, union):
    from qgis.core import QgsProcessingFeedback

    application = start_qgis()  # noqa: F841 (kept alive while processing runs)
    import processing

    baseline = _rss_mb()
    start = time.perf_counter()
    parameters = {"INPUTS": inputs, "DILATION": dilation, "OUTPUT": output}
    if union:
        parameters["RESOLUTION"] = 10.0  # a target grid: the union of the inputs, in their CRS
    processing.run("terrascope:meancomposite", parameters, feedback=QgsProcessingFeedback())
    wall = time.perf_counter() - start
    return {"wall": wall, "rss_after_init_mb": baseline}


def _status_mb(field):
    """A memory figure of this process from /proc/self/status (VmRSS: now, VmHWM: peak), in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _rss_mb():
    return _status_mb("VmRSS")


def run_child(mode, inputs, output, dilation, python, union=False):
    """Run this script in ``mode`` in a child process; its figures, with its peak RSS (MB)."""
    arguments = [python, os.path.abspath(__file__), "--child", mode, "--output", output,
                 "--dilation", str(dilation)] + (["--union"] if union else []) + ["--"] + inputs
    process = subprocess.run(arguments, capture_output=True, text=True)
    if process.returncode != 0:
        raise RuntimeError(f"{mode} run failed ({process.returncode}):\n{process.stderr[-3000:]}")
    return json.loads(process.stdout.strip().splitlines()[-1])


def has_qgis(python):
    probe = subprocess.run([python, "-c", "import qgis.core"], capture_output=True)
    return probe.returncode == 0


def load():
    one, five, _ = os.getloadavg()
    return f"{one:.2f} / {five:.2f}"


# --- main ---------------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dates", type=int, default=12, help="number of dates (default 12)")
    parser.add_argument("--size", type=int, default=10980, help="tile side in 10 m pixels (default 10980)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measure; the best is kept")
    parser.add_argument("--dilation", type=float, default=0.0, help="DILATION in metres (default 0)")
    parser.add_argument("--tiles", type=int, choices=(1, 2), default=1,
                        help="1 (default) or 2 adjacent tiles composited onto their union")
    parser.add_argument("--union", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it (reused if complete)")
    parser.add_argument("--qgis-python", default="/usr/bin/python3",
                        help="Python with QGIS for the processing.run child (default /usr/bin/python3)")
    parser.add_argument("--child", choices=("core", "processing"), help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("inputs", nargs="*", help=argparse.SUPPRESS)
    options = parser.parse_args()
    import_plugin()

    if options.child:
        run = child_core if options.child == "core" else child_processing
        result = run(options.inputs, options.output, options.dilation, options.union)
        # The peak resident set of this process since it started (the mm's high-water mark; unlike
        # the parent's rusage it does not include what the forked parent had before exec).
        result["peak_rss_mb"] = _status_mb("VmHWM")
        print(json.dumps(result))
        return

    import numpy as np
    from osgeo import gdal

    gdal.UseExceptions()
    cores = os.cpu_count() or 1
    memory_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    print(f"Machine: {platform.node()}, {cores} cores, {memory_gib:.0f} GiB, {platform.platform()}; "
          f"GDAL {gdal.__version__}, numpy {np.__version__}; load (1 / 5 min) {load()}")
    root = options.keep or tempfile.mkdtemp(prefix="terrascope-composite-bench-")
    os.makedirs(root, exist_ok=True)
    try:
        start = time.perf_counter()
        pairs = []
        neighbour, (east, north) = sample_series.NEIGHBOUR
        # The neighbour's overlap (984 px of 10980) scaled to --size, so that small runs overlap too.
        shift = 10.0 * round(options.size * (east - sample_series.ORIGIN[0]) / (10.0 * 10980))
        tiles = [(sample_series.TILE, sample_series.ORIGIN),
                 (neighbour, (sample_series.ORIGIN[0] + shift, north))][:options.tiles]
        for tile, origin in tiles:
            pairs += series_pairs(root, options.dates, options.size, bool(options.keep), tile, origin)
        inputs = [ndvi for ndvi, _ in pairs]
        union = options.tiles > 1
        sizes = sum(os.path.getsize(p) for pair in pairs for p in pair) / 2 ** 20
        print(f"Series: {options.dates} dates of {options.tiles} tile(s) of {options.size} x {options.size} NDVI "
              f"(10 m) with 20 m SCL, {sizes:.0f} MB on disk, ready in {time.perf_counter() - start:.0f} s")

        gdal.SetCacheMax(64 * 2 ** 20)  # as the engine does while it runs
        every_file = [p for pair in pairs for p in pair]
        decode = min(decode_all(every_file, cores) for _ in range(options.repeat))
        print(f"  floor, decode all inputs ({cores} threads):       {decode:7.2f} s   load {load()}")

        output = os.path.join(root, "composite-core.tif")
        core_runs = [run_child("core", inputs, output, options.dilation, sys.executable, union)
                     for _ in range(options.repeat)]
        core = min(core_runs, key=lambda run: run["wall"])
        print(f"  composite through the core:                  {core['wall']:7.2f} s   "
              f"peak RSS {core['peak_rss_mb']:.0f} MB   load {load()}")

        values = gdal.Open(output).ReadAsArray()
        encode = min(encode_one(values, output, os.path.join(root, "encode-floor.tif"))
                     for _ in range(options.repeat))
        values = None
        os.remove(os.path.join(root, "encode-floor.tif"))
        floor = decode + encode
        print(f"  floor, encode one Float32 output:            {encode:7.2f} s   load {load()}")
        print(f"  floor = decode + encode:                     {floor:7.2f} s")

        one_tile = None
        if union:
            one_tile = run_child("core", inputs[:options.dates], os.path.join(root, "composite-one-tile.tif"),
                                 options.dilation, sys.executable)
            print(f"  one tile through the core (memory reference): {one_tile['wall']:6.2f} s   "
                  f"peak RSS {one_tile['peak_rss_mb']:.0f} MB   load {load()}")

        processing_run = None
        if has_qgis(options.qgis_python):
            runs = [run_child("processing", inputs, os.path.join(root, "composite-processing.tif"),
                              options.dilation, options.qgis_python, union) for _ in range(options.repeat)]
            processing_run = min(runs, key=lambda run: run["wall"])
            print(f"  composite through processing.run:           {processing_run['wall']:7.2f} s   "
                  f"peak RSS {processing_run['peak_rss_mb']:.0f} MB (QGIS initialised: "
                  f"{processing_run['rss_after_init_mb']:.0f} MB)   load {load()}")
        else:
            print(f"  processing.run skipped: {options.qgis_python} cannot import qgis.core")

        print(f"\nN={options.dates}: floor {floor:.1f} s; core {core['wall']:.1f} s = {core['wall'] / floor:.2f} x floor"
              + (f"; processing.run {processing_run['wall']:.1f} s = {processing_run['wall'] / floor:.2f} x floor, "
                 f"peak RSS {processing_run['peak_rss_mb']:.0f} MB" if processing_run else ""))
        summary = {"dates": options.dates, "size": options.size, "tiles": options.tiles, "decode_s": decode,
                   "encode_s": encode, "floor_s": floor, "core_s": core["wall"],
                   "core_peak_rss_mb": core["peak_rss_mb"]}
        if one_tile:
            summary.update(one_tile_core_s=one_tile["wall"], one_tile_core_peak_rss_mb=one_tile["peak_rss_mb"])
        if processing_run:
            summary.update(processing_s=processing_run["wall"], processing_peak_rss_mb=processing_run["peak_rss_mb"],
                           qgis_init_rss_mb=processing_run["rss_after_init_mb"])
        print(json.dumps(summary))
    finally:
        if not options.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

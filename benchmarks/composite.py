#!/usr/bin/env python3
"""Benchmark of the mean composite (core.composite and terrascope:meancomposite) on full-size tiles.

Generates, at run time and in a temporary folder, a Terrascope-like series: N dates of one full
10980 x 10980 NDVI tile (uint8 DN, nodata 255, textured fields) with its native 20 m scene
classification (clouds, shadows, cirrus, a no-data swath edge on some dates), DEFLATE-compressed and
tiled, in the archive layout (``NDVI_V2/YYYY/MM/DD/<product>/10M/``). Then it measures:

- the floor: the time to only decode every input (NDVI and SCL) with GDAL, one thread per core, plus
  the time to only encode one output of the same size (the composite's own values, Float32, with the
  writer's creation options);
- the composite through the core (``core.series.Series`` + ``core.composite.mean_composite``) in a
  child process;
- the composite through ``processing.run("terrascope:meancomposite")`` in a child process that starts
  QGIS and Processing, with its peak resident memory (the whole process, QGIS included).

and prints wall times, peak RSS and the ratios to the floor. Usage::

    python3 benchmarks/composite.py [--dates 12] [--size 10980] [--repeat 1] [--dilation 0] [--keep DIR]

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
from datetime import datetime, timedelta

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "terrascope_processing"
TILE = "31UFS"
ORIGIN = (600000.0, 5700000.0)  # the upper-left corner of tile 31UFS, UTM zone 31N
EPSG = 32631
FIRST_DATE = datetime(2023, 4, 2, 10, 50, 21)
CREATION = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "PREDICTOR=2"]
STRIP = 512  # 10 m rows generated at a time
READ_WINDOW = 1024  # the engine's default window side


def import_package():
    """Import the repository as ``terrascope_processing`` whatever the clone's folder is called."""
    link_dir = tempfile.mkdtemp(prefix="terrascope-bench-import-")
    os.symlink(REPO_ROOT, os.path.join(link_dir, PACKAGE))
    sys.path.insert(0, link_dir)
    return link_dir


# --- the series -------------------------------------------------------------------------------------------

def _smooth(rng, cells):
    """A smooth random field in [0, 1] over the unit square: bilinear interpolation of a coarse grid."""
    import numpy as np

    coarse = rng.random((cells + 2, cells + 2))

    def sample(y, x):  # y, x: 1-D coordinates in [0, 1)
        fy, fx = y * cells, x * cells
        y0, x0 = fy.astype(int), fx.astype(int)
        wy, wx = (fy - y0)[:, None], (fx - x0)[None, :]
        top = coarse[y0][:, x0] * (1 - wx) + coarse[y0][:, x0 + 1] * wx
        bottom = coarse[y0 + 1][:, x0] * (1 - wx) + coarse[y0 + 1][:, x0 + 1] * wx
        return top * (1 - wy) + bottom * wy

    return sample


def _create(path, size, pixel, nodata):
    from osgeo import gdal, osr

    dataset = gdal.GetDriverByName("GTiff").Create(path, size, size, 1, gdal.GDT_Byte, options=CREATION)
    dataset.SetGeoTransform((ORIGIN[0], pixel, 0.0, ORIGIN[1], 0.0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    dataset.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        dataset.GetRasterBand(1).SetNoDataValue(nodata)
    return dataset


def write_date(root, index, dates, size):
    """One date: ``..._NDVI_10M_V210.tif`` (size x size) and ``..._SCENECLASSIFICATION_20M_V210.tif``."""
    import numpy as np

    when = FIRST_DATE + timedelta(days=5 * index)
    stamp = when.strftime("%Y%m%dT%H%M%S")
    folder = os.path.join(root, "NDVI_V2", when.strftime("%Y/%m/%d"), f"S2A_{stamp}_{TILE}_NDVI_V210", "10M")
    os.makedirs(folder, exist_ok=True)
    ndvi_path = os.path.join(folder, f"S2A_{stamp}_{TILE}_NDVI_10M_V210.tif")
    scl_path = os.path.join(folder, f"S2A_{stamp}_{TILE}_SCENECLASSIFICATION_20M_V210.tif")
    scl_size = (size + 1) // 2

    land = np.random.default_rng(0)  # the same parcels on every date
    parcels, vigour = _smooth(land, 60), _smooth(land, 8)
    weather = np.random.default_rng(1000 + index)
    clouds, cirrus = _smooth(weather, 12), _smooth(weather, 5)
    noise = np.random.default_rng(2000 + index)
    cloudiness = 0.25 + 0.4 * weather.random()
    season = 0.3 + 0.7 * np.sin(np.pi * (index + 0.5) / dates)
    shift = max(1, scl_size // 60)  # shadows fall south-east of their clouds
    edge = int(scl_size * 0.2) if index % 3 == 0 else 0  # some dates miss the west of the tile

    ndvi = _create(ndvi_path, size, 10.0, 255)
    scl = _create(scl_path, scl_size, 20.0, None)
    x_fine = (np.arange(size) + 0.5) / size
    x_coarse = (np.arange(scl_size) + 0.5) / scl_size
    for row in range(0, size, STRIP):
        rows = min(STRIP, size - row)
        coarse_row, coarse_rows = row // 2, (rows + 1) // 2
        halo = min(shift, coarse_row)
        y_coarse = (np.arange(coarse_row - halo, coarse_row + coarse_rows) + 0.5) / scl_size
        cloud_field = clouds(y_coarse, x_coarse)
        cloud = cloud_field > 1 - cloudiness * 0.5
        shadow = np.zeros_like(cloud)
        shadow[shift:, shift:] = cloud[:-shift, :-shift]
        cloud, shadow, cloud_field = cloud[halo:], shadow[halo:] & ~cloud[halo:], cloud_field[halo:]
        classes = np.full((coarse_rows, scl_size), 4, dtype=np.uint8)
        y_fine = (np.arange(row, row + rows) + 0.5) / size
        field = np.floor(parcels(y_fine, x_fine) * 7) / 6
        green = 0.2 + 0.65 * season * field * (0.4 + 0.6 * vigour(y_fine, x_fine))
        classes[green[::2, ::2] < 0.35] = 5
        classes[cirrus(y_coarse[halo:], x_coarse) > 0.8] = 10
        classes[shadow] = 3
        classes[cloud] = 8
        classes[cloud & (cloud_field > 1 - cloudiness * 0.25)] = 9
        classes[:, :edge] = 0
        scl.GetRasterBand(1).WriteArray(classes, 0, coarse_row)

        dn = (green + 0.08) * 250 + noise.normal(0, 4, green.shape)  # field texture
        fine = np.repeat(np.repeat(classes, 2, axis=0), 2, axis=1)[:rows, :size]
        dn[(fine == 8) | (fine == 9)] = 25 + noise.normal(0, 3, int(((fine == 8) | (fine == 9)).sum()))
        dn = np.clip(np.round(dn), 0, 250).astype(np.uint8)
        dn[fine == 0] = 255
        ndvi.GetRasterBand(1).WriteArray(dn, 0, row)
    ndvi = scl = None
    return ndvi_path, scl_path


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


# --- the runs in child processes ----------------------------------------------------------------------------

def child_core(inputs, output, dilation):
    from terrascope_processing.core.composite import mean_composite
    from terrascope_processing.core.masking import MaskSettings
    from terrascope_processing.core.series import Series

    start = time.perf_counter()
    with Series(inputs, MaskSettings(dilation_m=dilation)) as series:
        mean_composite(series, output)
    return {"wall": time.perf_counter() - start}


def child_processing(inputs, output, dilation):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingFeedback

    application = QgsApplication([], False)
    application.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from terrascope_processing.algorithms.provider import TerrascopeProvider

    provider = TerrascopeProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    baseline = _rss_mb()
    start = time.perf_counter()
    processing.run("terrascope:meancomposite", {"INPUTS": inputs, "DILATION": dilation, "OUTPUT": output},
                   feedback=QgsProcessingFeedback())
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


def run_child(mode, inputs, output, dilation, python):
    """Run this script in ``mode`` in a child process; its figures, with its peak RSS (MB)."""
    arguments = [python, os.path.abspath(__file__), "--child", mode, "--output", output,
                 "--dilation", str(dilation), "--"] + inputs
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
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it (reused if complete)")
    parser.add_argument("--qgis-python", default="/usr/bin/python3",
                        help="Python with QGIS for the processing.run child (default /usr/bin/python3)")
    parser.add_argument("--child", choices=("core", "processing"), help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("inputs", nargs="*", help=argparse.SUPPRESS)
    options = parser.parse_args()
    import_package()

    if options.child:
        run = child_core if options.child == "core" else child_processing
        result = run(options.inputs, options.output, options.dilation)
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
        for index in range(options.dates):
            when = FIRST_DATE + timedelta(days=5 * index)
            stamp = when.strftime("%Y%m%dT%H%M%S")
            folder = os.path.join(root, "NDVI_V2", when.strftime("%Y/%m/%d"), f"S2A_{stamp}_{TILE}_NDVI_V210", "10M")
            existing = (os.path.join(folder, f"S2A_{stamp}_{TILE}_NDVI_10M_V210.tif"),
                        os.path.join(folder, f"S2A_{stamp}_{TILE}_SCENECLASSIFICATION_20M_V210.tif"))
            if options.keep and all(os.path.exists(p) for p in existing) \
                    and gdal.Open(existing[0]).RasterXSize == options.size:
                pairs.append(existing)
            else:
                pairs.append(write_date(root, index, options.dates, options.size))
        inputs = [ndvi for ndvi, _ in pairs]
        sizes = sum(os.path.getsize(p) for pair in pairs for p in pair) / 2 ** 20
        print(f"Series: {options.dates} dates of {options.size} x {options.size} NDVI (10 m) with 20 m SCL, "
              f"{sizes:.0f} MB on disk, ready in {time.perf_counter() - start:.0f} s")

        gdal.SetCacheMax(64 * 2 ** 20)  # as the engine does while it runs
        every_file = [p for pair in pairs for p in pair]
        decode = min(decode_all(every_file, cores) for _ in range(options.repeat))
        print(f"  floor, decode all inputs ({cores} threads):       {decode:7.2f} s   load {load()}")

        output = os.path.join(root, "composite-core.tif")
        core_runs = [run_child("core", inputs, output, options.dilation, sys.executable)
                     for _ in range(options.repeat)]
        core = min(core_runs, key=lambda run: run["wall"])
        print(f"  composite through the core:                  {core['wall']:7.2f} s   "
              f"peak RSS {core['peak_rss_mb']:.0f} MB   load {load()}")

        values = gdal.Open(output).ReadAsArray()
        encode = min(encode_one(values, inputs[0], os.path.join(root, "encode-floor.tif"))
                     for _ in range(options.repeat))
        values = None
        os.remove(os.path.join(root, "encode-floor.tif"))
        floor = decode + encode
        print(f"  floor, encode one Float32 output:            {encode:7.2f} s   load {load()}")
        print(f"  floor = decode + encode:                     {floor:7.2f} s")

        processing_run = None
        if has_qgis(options.qgis_python):
            runs = [run_child("processing", inputs, os.path.join(root, "composite-processing.tif"),
                              options.dilation, options.qgis_python) for _ in range(options.repeat)]
            processing_run = min(runs, key=lambda run: run["wall"])
            print(f"  composite through processing.run:           {processing_run['wall']:7.2f} s   "
                  f"peak RSS {processing_run['peak_rss_mb']:.0f} MB (QGIS initialised: "
                  f"{processing_run['rss_after_init_mb']:.0f} MB)   load {load()}")
        else:
            print(f"  processing.run skipped: {options.qgis_python} cannot import qgis.core")

        print(f"\nN={options.dates}: floor {floor:.1f} s; core {core['wall']:.1f} s = {core['wall'] / floor:.2f} x floor"
              + (f"; processing.run {processing_run['wall']:.1f} s = {processing_run['wall'] / floor:.2f} x floor, "
                 f"peak RSS {processing_run['peak_rss_mb']:.0f} MB" if processing_run else ""))
        summary = {"dates": options.dates, "size": options.size, "decode_s": decode, "encode_s": encode,
                   "floor_s": floor, "core_s": core["wall"], "core_peak_rss_mb": core["peak_rss_mb"]}
        if processing_run:
            summary.update(processing_s=processing_run["wall"], processing_peak_rss_mb=processing_run["peak_rss_mb"],
                           qgis_init_rss_mb=processing_run["rss_after_init_mb"])
        print(json.dumps(summary))
    finally:
        if not options.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

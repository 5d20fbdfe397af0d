"""The command line of the cluster runner (options of docs/design.md, "The cluster runner").

    spark-submit --master local[2] --py-files terrascope_processing-core.zip runner.py \\
        composite --input /data/archive --content NDVI_10M --start 2023-04-01 --end 2023-09-30 \\
        --tiles 31UES,31UFS --count --output /data/users/me/ndvi-2023

Options shared by every command are added by ``add_selection_options`` and ``add_settings_options``;
a new option goes there (shared) or in its command's function, and into ``settings_from`` /
``filters_from``.
"""

import argparse
import sys
from datetime import date, datetime, time, timezone

from ..core import jobs
from ..core.errors import TerrascopeError
from ..core.masking import DEFAULT_CLASSES, PRESETS, MaskSettings
from ..core.periods import PERIOD_KINDS
from ..core.temporalstatistics import parse_percentiles


def _number_list(text, what):
    try:
        return [float(item) for item in text.split(",") if item.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{what}: {text!r} is not a comma-separated list of numbers") from None


def _classes(text):
    try:
        return tuple(int(item) for item in text.split(",") if item.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"--classes: {text!r} is not a comma-separated list of SCL classes") from None


def _bbox(text):
    values = _number_list(text, "--bbox")
    if len(values) != 4:
        raise argparse.ArgumentTypeError(f"--bbox: {text!r} is not W,S,E,N in degrees (EPSG:4326)")
    return tuple(values)


def _moment(text, end_of_day):
    """An ISO date or date-time (UTC when no zone is given); a date alone is its first or last instant."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime.combine(day, time.max if end_of_day else time.min, tzinfo=timezone.utc)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date (2023-06-30) or date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def add_selection_options(parser):
    """--input and the findproducts filters."""
    group = parser.add_argument_group("selection (as findproducts)")
    group.add_argument("--input", action="append", required=True, metavar="DIR",
                       help="an archive folder, scanned recursively (repeatable)")
    group.add_argument("--content", help="e.g. NDVI, NDVI_10M, TOC-B04_10M (one content per job)")
    group.add_argument("--start", type=lambda text: _moment(text, False), help="ISO date or date-time, inclusive")
    group.add_argument("--end", type=lambda text: _moment(text, True), help="ISO date or date-time, inclusive")
    group.add_argument("--tiles", help="comma-separated tiles, e.g. 31UES,31UFS")
    group.add_argument("--bbox", type=_bbox, help="W,S,E,N in degrees (EPSG:4326)")
    group.add_argument("--max-cloud", type=float, help="maximum cloud cover, %%")


def add_settings_options(parser):
    """Masking, scaling, output and task size."""
    group = parser.add_argument_group("masking and values (as the composites)")
    group.add_argument("--classes", type=_classes, default=DEFAULT_CLASSES,
                       help="SCL classes to mask, comma-separated (default 0,1,3,8,9,10,11; '' masks nothing)")
    group.add_argument("--dilation", type=float, default=0.0, help="metres by which clouds and shadows grow")
    group.add_argument("--mask-preset", choices=PRESETS, default=PRESETS[0],
                       help="how the classes become a mask: the classes grown by --dilation (default) or "
                            "openEO's two-kernel buffer")
    group.add_argument("--scale", action=argparse.BooleanOptionalAction, default=True,
                       help="physical values (default) or, with --no-scale, digital numbers")
    parser.add_argument("--output", required=True, metavar="DIR", help="the output folder (shared by all executors)")
    parser.add_argument("--window-size", type=int, default=jobs.TASK_WINDOW_SIDE, metavar="PX",
                        help=f"side of a task's window in pixels (default {jobs.TASK_WINDOW_SIDE}: 16 tasks per "
                             f"Sentinel-2 tile)")


def _command(commands, name, help_text):
    parser = commands.add_parser(name, help=help_text, description=help_text)
    add_selection_options(parser)
    add_settings_options(parser)
    return parser


def _add_period_option(parser):
    parser.add_argument("--period", choices=PERIOD_KINDS, default=PERIOD_KINDS[0],
                        help="one band per period with dates, in time order, as the algorithms' PERIOD: "
                             "whole (default), year, season (DJF with the previous December), month, dekad")


def build_parser():
    parser = argparse.ArgumentParser(
        prog="python3 -m terrascope_processing.spark",
        description="Terrascope composites, statistics and histograms over an archive, on Spark.")
    commands = parser.add_subparsers(dest="command", required=True)
    composite = _command(commands, jobs.COMPOSITE, "per-tile mean composite (and count)")
    composite.add_argument("--count", action="store_true", help="also write count.tif per tile and count.vrt")
    _add_period_option(composite)
    statistics = _command(commands, jobs.STATISTICS, "per-tile temporal statistics")
    _add_period_option(statistics)
    statistics.add_argument("--statistics", required=True,
                            help="comma-separated: mean, median, minimum, maximum, std, count, percentiles, best_pixel")
    statistics.add_argument("--percentiles", default="", help="e.g. 10,50,90")
    histogram = _command(commands, jobs.HISTOGRAM, "histogram over every selected product")
    histogram.add_argument("--bins", type=int, default=jobs.histograms.DEFAULT_BINS)
    histogram.add_argument("--minimum", type=float)
    histogram.add_argument("--maximum", type=float)
    return parser


def settings_from(args):
    """The ``core.jobs.JobSettings`` of parsed arguments (``TerrascopeError`` when invalid)."""
    masking = MaskSettings(classes=args.classes, dilation_m=args.dilation, preset=args.mask_preset)
    options = {"masking": masking, "physical": args.scale}
    if args.command == jobs.COMPOSITE:
        options.update(count=args.count, period=args.period)
    elif args.command == jobs.STATISTICS:
        options["statistics"] = tuple(name.strip() for name in args.statistics.split(",") if name.strip())
        options["percentiles"] = tuple(parse_percentiles(args.percentiles))
        options["period"] = args.period
    else:
        options.update(bins=args.bins, minimum=args.minimum, maximum=args.maximum)
    return jobs.JobSettings(args.command, **options)


def filters_from(args):
    """The ``core.findproducts.scan`` filters of parsed arguments."""
    return {"content": args.content, "start": args.start, "end": args.end, "tiles": args.tiles,
            "bbox": args.bbox, "max_cloud": args.max_cloud}


def job_arguments(settings, folders, filters, output):
    """The runner's arguments (a list of strings) for ``settings`` (``core.jobs.JobSettings``) over the
    archive ``folders`` with the ``filters_from`` keys, writing to ``output``: what a job folder submits."""
    arguments = [settings.command]
    for folder in folders:
        arguments += ["--input", folder]
    for option, key in (("--content", "content"), ("--tiles", "tiles"), ("--max-cloud", "max_cloud")):
        if filters.get(key) not in (None, ""):
            arguments += [option, str(filters[key])]
    for option, key in (("--start", "start"), ("--end", "end")):
        if filters.get(key) is not None:
            arguments += [option, filters[key].isoformat()]
    if filters.get("bbox") is not None:
        arguments.append("--bbox=" + ",".join(repr(float(value)) for value in filters["bbox"]))  # "=": W may be negative
    masking = settings.masking
    arguments += ["--classes", ",".join(map(str, masking.classes)), "--dilation", repr(masking.dilation_m),
                  "--mask-preset", masking.preset, "--scale" if settings.physical else "--no-scale"]
    if settings.command == jobs.COMPOSITE and settings.count:
        arguments.append("--count")
    elif settings.command == jobs.STATISTICS:
        arguments += ["--statistics", ",".join(settings.statistics),
                      "--percentiles", ",".join(f"{q:g}" for q in settings.percentiles)]
    if settings.command in (jobs.COMPOSITE, jobs.STATISTICS) and settings.period != PERIOD_KINDS[0]:
        arguments += ["--period", settings.period]
    elif settings.command == jobs.HISTOGRAM:
        arguments += ["--bins", str(settings.bins)]
        for option, value in (("--minimum", settings.minimum), ("--maximum", settings.maximum)):
            if value is not None:
                arguments.append(f"{option}={value!r}")
    return arguments + ["--output", output]


def plan_from(args, log):
    """The checked ``core.jobs.JobPlan`` of parsed arguments."""
    settings = settings_from(args)
    tiles, warnings = jobs.select_tiles(args.input, **filters_from(args))
    for warning in warnings:
        log(f"warning: {warning}")
    return jobs.plan_job(tiles, settings, args.window_size)


def log(line):
    print(f"terrascope: {line}", file=sys.stderr, flush=True)


def main(argv=None):
    """Parse, plan, run on Spark; 0 on success, 1 when the job failed, 2 for bad arguments or inputs."""
    args = build_parser().parse_args(argv)
    try:
        plan = plan_from(args, log)
    except TerrascopeError as error:
        log(f"error: {error}")
        return 2
    from .runner import run_on_spark  # pyspark only from here on

    try:
        run_on_spark(plan, args.output, log)
    except TerrascopeError as error:
        log(f"error: {error}")
        return 1
    return 0

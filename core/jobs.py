"""Jobs over many tiles cut into plain tasks that any executor can run: the job model of the cluster runner.

A job (a mean composite, temporal statistics or a histogram over an archive selection) is planned once
on the machine that submits it: each tile's series is checked there (``core.series.Series``: one
content, one grid, SCLs, scalings) and its grid cut into task windows. A ``Task`` is a plain, picklable
value: one tile, one window, the paths of every date and of their SCLs, and the ``JobSettings`` (masking,
scaling, statistics, bins). ``run_task`` opens the series (headers only) on whatever machine it runs,
reads only its window of each date with the readers and masks the QGIS algorithms use, and calls the
same per-window functions (``core.meancomposite.mean_count_window``, ``core.temporalstatistics.statistics_window``,
``core.histogram.histogram_window``), so results equal theirs value for value. Histograms merge by
summing exact integer counts over fixed bins (``core.histogram.sum_histograms``).

Nothing here knows Spark: ``core.joboutput.run_job`` drives a plan with any ``map`` (a thread pool on one
machine, ``SparkContext.parallelize(...).map`` on a cluster).

Task windows: ``TASK_WINDOW_SIDE`` px squares (whole output blocks of 256 px). A 10980 px Sentinel-2
tile makes 4 x 4 tasks of about 8 Mpx: long enough to be worth scheduling (a task reads 8 Mpx of every
date: about a second per ten dates here, minutes for a five-season series of hundreds of dates) and
short enough that a retried task costs little; 16 tasks per tile keep 10-200 executors busy on a
region of a dozen tiles. The median and percentiles hold every date of a window at once, so their
windows shrink until that stack fits ``TASK_MEMORY`` (``core.temporalstatistics.bytes_per_pixel``).
"""

import math
from dataclasses import dataclass, field, replace

from . import findproducts
from . import meancomposite as composite
from . import histogram as histograms
from . import temporalstatistics as stats
from .engine import plan_windows, window_pixels_for
from .errors import TerrascopeError
from .masking import MaskSettings
from .periods import PERIOD_KINDS, WHOLE, group_by_period, period_description
from .products import content_spec
from .series import Series

COMPOSITE = "composite"
STATISTICS = "statistics"
HISTOGRAM = "histogram"
COMMANDS = (COMPOSITE, STATISTICS, HISTOGRAM)
RANGE = "range"  # the first pass of a histogram whose content has no default range

TASK_WINDOW_SIDE = 2816  # px: 11 output blocks; a 10980 px tile in 4 x 4 tasks
TASK_MEMORY = 1024 * 1024 * 1024  # bytes of arrays one task may hold (Python memory of an executor core)


class TaskError(TerrascopeError):
    """A task failed: the message names the tile, the window and the file."""


@dataclass(frozen=True)
class JobSettings:
    """What a job computes: the ``command`` and its settings, checked and normalised on creation.

    ``masking`` (``MaskSettings``) and ``physical`` as the composites' CLASSES/DILATION and SCALE;
    composite: ``count`` also writes the count; statistics: ``temporalstatistics`` names (as temporalstatistics)
    and ``percentiles``; composite and statistics: ``period`` (``core.periods``: one band per year,
    season, month or dekad, as the algorithms' PERIOD); histogram: ``bins`` and the optional
    ``minimum``/``maximum``.
    """

    command: str
    masking: MaskSettings = field(default_factory=MaskSettings)
    physical: bool = True
    count: bool = False
    statistics: tuple = ()
    percentiles: tuple = ()
    bins: int = histograms.DEFAULT_BINS
    minimum: float | None = None
    maximum: float | None = None
    period: str = WHOLE

    def __post_init__(self):
        if self.command not in COMMANDS:
            raise TerrascopeError(f"unknown command {self.command!r}: expected one of {', '.join(COMMANDS)}")
        if self.period not in PERIOD_KINDS:
            raise TerrascopeError(f"unknown period {self.period!r}: expected one of {', '.join(PERIOD_KINDS)}")
        if self.command == STATISTICS:
            chosen, percentiles = stats.check_statistics(self.statistics, self.percentiles)
            object.__setattr__(self, "statistics", tuple(chosen))
            object.__setattr__(self, "percentiles", tuple(percentiles))
        if self.command == HISTOGRAM:
            object.__setattr__(self, "bins", histograms.check_bins(self.bins))
            for name in ("minimum", "maximum"):
                value = getattr(self, name)
                object.__setattr__(self, name, None if value is None else float(value))
            if self.minimum is not None and self.maximum is not None:
                histograms.check_range(self.minimum, self.maximum)
        object.__setattr__(self, "physical", bool(self.physical))

    def as_dict(self):
        """The settings as JSON-ready values (for job.json)."""
        return {
            "command": self.command, "classes": list(self.masking.classes),
            "dilation_m": self.masking.dilation_m, "mask_preset": self.masking.preset,
            "physical": self.physical, "count": self.count, "statistics": list(self.statistics),
            "percentiles": list(self.percentiles), "bins": self.bins, "minimum": self.minimum,
            "maximum": self.maximum, "period": self.period,
        }


@dataclass(frozen=True)
class Task:
    """One unit of work: ``kind`` (a command, or ``RANGE``) on ``window`` of ``tile``'s series."""

    kind: str
    tile: str
    window: object  # core.engine.Window
    paths: tuple
    scl_paths: tuple | None
    settings: JobSettings

    def describe(self):
        w = self.window
        return f"tile {self.tile}, window of {w.width}x{w.height} px at column {w.col}, row {w.row}"


@dataclass(frozen=True)
class OutputSpec:
    """One raster a tile's tasks fill: file stem, data type, nodata, band descriptions, metadata."""

    name: str
    dtype: str
    nodata: float | None
    descriptions: tuple
    metadata: dict = field(hash=False, compare=False)


@dataclass(frozen=True)
class TilePlan:
    """A tile of the job: its dates, grid, outputs and task windows."""

    tile: str
    paths: tuple
    scl_paths: tuple | None
    grid: object  # core.raster.Grid
    outputs: tuple
    windows: tuple


@dataclass(frozen=True)
class JobPlan:
    """The checked tiles of a job and its settings."""

    settings: JobSettings
    content: str
    tiles: tuple

    def tasks(self, kind=None):
        """Every task of the job (``kind`` defaults to the command), tile by tile."""
        kind = kind or self.settings.command
        return [Task(kind, tile.tile, window, tile.paths, tile.scl_paths, self.settings)
                for tile in self.tiles for window in tile.windows]

    def with_range(self, data_extremes):
        """This plan with the histogram range resolved (``core.histogram.resolve_range``;
        ``data_extremes()`` runs the ``RANGE`` tasks when neither the settings nor the content give it)."""
        settings = self.settings
        minimum, maximum = histograms.resolve_range(content_spec(self.content), settings.physical,
                                                    settings.minimum, settings.maximum, data_extremes)
        return replace(self, settings=replace(settings, minimum=minimum, maximum=maximum))


def open_series(paths, scl_paths, settings):
    """The ``Series`` of a tile under ``settings`` (a context manager)."""
    return Series(list(paths), settings.masking, physical=settings.physical,
                  scl_paths=list(scl_paths) if scl_paths else None)


def task_window_pixels(settings, dates, side=TASK_WINDOW_SIDE):
    """Pixels per task window for ``settings`` over ``dates`` dates: ``side`` squared, less for the
    median and percentiles when their stack would not fit ``TASK_MEMORY`` (see the module docstring)."""
    pixels = side * side
    if settings.command == STATISTICS:
        per_pixel = stats.bytes_per_pixel(dates, settings.statistics, percentiles=settings.percentiles)
        pixels = min(pixels, window_pixels_for(per_pixel, TASK_MEMORY))
    return pixels


def output_specs(series, settings):
    """The rasters a tile's tasks fill, tagged as the QGIS algorithms tag theirs."""
    periods = [period for period, _ in group_by_period(series.acquisitions, settings.period)]
    tagged = {} if settings.period == WHOLE else {"TERRASCOPE_PERIOD": settings.period}
    if settings.command == COMPOSITE:
        metadata = dict(composite.composite_metadata(series), **tagged)
        mean = tuple(period_description(period, composite.mean_description(series)) for period in periods)
        specs = [OutputSpec("mean", "float32", math.nan, mean, metadata)]
        if settings.count:
            count = tuple(period_description(period, composite.COUNT_DESCRIPTION) for period in periods)
            specs.append(OutputSpec("count", "uint16", None, count, dict(metadata, TERRASCOPE_STATISTIC="count")))
        return tuple(specs)
    if settings.command == STATISTICS:
        labels = [period_description(period, label) for period in periods
                  for label in stats.band_labels(settings.statistics, settings.percentiles)]
        return (OutputSpec("statistics", "float32", math.nan, tuple(labels),
                           dict(stats.statistics_metadata(series, labels), **tagged)),)
    return ()


def plan_job(tiles, settings, window_side=TASK_WINDOW_SIDE):
    """A ``JobPlan`` of ``tiles``: ``(tile, paths, scl_paths)`` triples (``scl_paths`` None or one per
    path, None entries looked up beside the input), in task windows of about ``window_side`` px. Every tile's series is checked here, before any
    task runs; a bad input raises ``TerrascopeError`` naming it. All tiles must hold one content."""
    planned, contents = [], {}
    for tile, paths, scl_paths in tiles:
        paths = tuple(paths)
        scl_paths = tuple(scl_paths) if scl_paths and settings.masking.active else None
        with open_series(paths, scl_paths, settings) as series:
            contents.setdefault(series.content, []).append(tile)
            if settings.command == STATISTICS:
                ndvi = stats.ndvi_source(series, settings.statistics)  # checks the NDVI siblings now
                if ndvi is not None:
                    ndvi.close()
            windows = plan_windows(series.grid, task_window_pixels(settings, len(paths), window_side), series.block)
            planned.append(TilePlan(tile, paths, tuple(series.scl_paths) if series.scl_paths else None,
                                    series.grid, output_specs(series, settings), tuple(windows)))
    if not planned:
        raise TerrascopeError("no products were selected: nothing to do")
    if len(contents) > 1:
        raise TerrascopeError("the tiles hold different contents; a job is over one content: "
                              + " | ".join(f"{content}: {', '.join(names)}" for content, names in contents.items()))
    return JobPlan(settings, next(iter(contents)), tuple(planned))


def select_tiles(folders, **filters):
    """The ``(tile, paths, scl_paths)`` of each tile (in name order) of the products that
    ``core.findproducts.scan`` finds in ``folders`` with the findproducts ``filters`` (content, start,
    end, tiles, bbox, max_cloud, ...), dates in time order; of one acquisition found in several folders
    the highest version. Returns ``(tiles, warnings)``. Raises ``TerrascopeError`` when a tile holds
    several contents or resolutions (name one, e.g. ``NDVI_10M``)."""
    best, warnings = {}, []
    for folder in folders:
        result = findproducts.scan(folder, read_metadata=False, **filters)
        warnings += result.warnings
        for record in result.records:
            key = (record.mission, record.acquisition, record.tile, record.content, record.resolution)
            held = best.get(key)
            if held is None or int(record.version) > int(held.version):
                best[key] = record
    by_tile = {}
    for record in sorted(best.values(), key=lambda r: (r.tile, r.acquisition, r.mission)):
        by_tile.setdefault(record.tile, []).append(record)
    tiles = []
    for tile, records in by_tile.items():
        kinds = sorted({f"{r.content}_{r.resolution}" if r.resolution else r.content for r in records})
        if len(kinds) > 1:
            raise TerrascopeError(f"tile {tile} holds products of {', '.join(kinds)}: a job is over one "
                                  f"content at one resolution; name it as the content, e.g. {kinds[0]}")
        tiles.append((tile, [r.path for r in records], [r.scl_path for r in records]))
    return tiles, warnings


def run_task(task):
    """Run one task where it stands: read its window of every date and reduce it.

    Returns, by kind: composite ``{"mean": float32, "count": uint16}``, periods x rows x cols (count
    only when asked);
    statistics ``{"statistics": float32 bands x rows x cols}``; histogram ``(counts, below, above)``;
    range ``(low, high)``. Raises ``TaskError`` naming the tile, the window and the file.
    """
    settings, window = task.settings, task.window
    try:
        with open_series(task.paths, task.scl_paths, settings) as series:
            groups = group_by_period(series.acquisitions, settings.period)
            if task.kind == COMPOSITE:
                mean, count = composite.periods_mean_count_window(series, window, groups)
                return {"mean": mean, "count": count} if settings.count else {"mean": mean}
            if task.kind == STATISTICS:
                ndvi = stats.ndvi_source(series, settings.statistics)
                try:
                    bands = stats.periods_statistics_window(series, window, groups, settings.statistics,
                                                            settings.percentiles, ndvi)
                finally:
                    if ndvi is not None:
                        ndvi.close()
                return {"statistics": bands}  # bands x rows x cols already
            if task.kind == HISTOGRAM:
                return histograms.histogram_window(series, window, settings.bins, settings.minimum,
                                                   settings.maximum, settings.physical)
            if task.kind == RANGE:
                return histograms.range_window(series, window, settings.physical)
    except TerrascopeError as error:
        raise TaskError(f"{task.describe()}: {error}") from None
    raise TerrascopeError(f"unknown task kind {task.kind!r}")

"""Find Terrascope products (Sentinel-2, PROBA-V) in a folder tree.

The tree may be laid out like the Terrascope archive
(``<COLLECTION>/YYYY/MM/DD/<product>/[10M|20M/]<files>``) or be any folder of Terrascope files: only the
file names matter. The scan is built for speed on large archives:

1. the tree is listed with ``os.scandir`` and every ``.tif`` name is parsed; files whose names do not
   follow the naming convention (``core.naming``) are ignored;
2. the filters that the name answers (content, resolution, date-times, tiles, mission) are applied;
3. of several versions of one acquisition (same mission, time, tile, content and resolution) only the
   highest version is kept;
4. only then, and only for what is left, the XML sidecar is read (cloud cover, footprint; cached per
   sidecar) and, where there is no sidecar footprint, the GeoTIFF header (never pixels) gives one;
5. the cloud-cover and extent filters are applied.

Rules worth knowing (also in the algorithm's help):

- An empty content filter lists every product raster except quicklooks and the masks
  (``SCENECLASSIFICATION``, ``CLOUDMASK``): the SCL of each product is in its record's ``scl_path``.
  Masks and quicklooks are listed when asked for by name (``SCENECLASSIFICATION`` or ``SCL``).
- A product whose cloud cover is unknown (no XML sidecar, or none in it) is kept by a maximum-cloud
  filter (``keep_unknown_cloud``), with a warning: per-pixel SCL masking handles its clouds later.
- A product whose footprint is unknown (no sidecar footprint and no readable georeferenced header) is
  dropped by an extent filter, with a warning: it cannot be shown to intersect.
"""

import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from osgeo import gdal, ogr, osr

from .engine import NullProgress
from .errors import Cancelled, MetadataError, TerrascopeError, UnknownContentError
from .family import iso_utc
from .metadata import find_sidecar, product_content, read_sidecar
from .naming import QUICKLOOK_SUFFIX, SCL_CONTENT, try_parse_name
from .products import FAMILIES, MASK_CONTENTS, PRODUCT_TABLE
from .sentinel2 import SENTINEL2
from .siblings import find_quality_layer

CONTENT_ALIASES = {"SCL": SCL_CONTENT}
RESOLUTIONS = tuple(resolution for family in FAMILIES for resolution in family.resolutions)
_RASTER_EXTENSIONS = (".tif", ".tiff")
_TILE = re.compile("^(?:" + "|".join(family.tile_pattern for family in FAMILIES) + ")$")
_MISSION = re.compile("^(?:" + "|".join(family.mission_pattern for family in FAMILIES) + ")$")
_S2_MISSION = re.compile(f"^{SENTINEL2.mission_pattern}$")
_RESOLUTION_FOLDERS = frozenset(folder for family in FAMILIES for folder in family.resolution_folders)
_RES_SUFFIX = re.compile(r"^(?P<content>.+)_(?P<res>\d+K?M)$")
_MAX_NAMED = 5  # files named in one warning


@dataclass(frozen=True)
class ProductRecord:
    """One product raster found by the scan."""

    path: str
    mission: str
    acquisition: datetime  # UTC, timezone-aware
    tile: str
    content: str
    resolution: str  # "" where the name has none
    version: str  # three digits, e.g. "210"
    cloud_cover: float | None  # %, from the XML sidecar; None when unknown
    scl_path: str | None  # the sibling SCENECLASSIFICATION_20M file, None when there is none
    footprint_wkt: str | None  # EPSG:4326 (lon/lat) polygon; None when unknown

    @property
    def acquisition_iso(self):
        return iso_utc(self.acquisition)


@dataclass
class CatalogueResult:
    """What a scan found, with counts and the warnings meant for the user."""

    records: list
    warnings: list = field(default_factory=list)
    files_seen: int = 0  # every file listed
    names_parsed: int = 0  # .tif files whose names follow the convention
    superseded: int = 0  # files dropped because a higher version of the same acquisition exists
    metadata_read: int = 0  # candidates whose sidecar or header was consulted


class Throttled:
    """Forward progress reports only when they move by at least 0.5 %."""

    def __init__(self, progress):
        self._progress = progress or NullProgress()
        self._last = -1.0

    def report(self, fraction):
        if fraction - self._last >= 0.005 or fraction >= 1.0:
            self._last = fraction
            self._progress.report(min(max(fraction, 0.0), 1.0))

    def check(self):
        if self._progress.cancelled():
            raise Cancelled("cancelled by the user")


# --------------------------------------------------------------------------------------------------
# Filter values: parsing and validation (strings as typed by a user, or sequences)


def split_list(value):
    """``"31UFS, 31ues"`` or ``["31UFS"]`` -> ``("31UFS", "31UES")``; None or "" -> ``()``."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = re.split(r"[,;\s]+", value)
    return tuple(dict.fromkeys(item.strip().upper() for item in value if item and item.strip()))


def parse_contents(value):
    """Content filter tokens -> set of ``(content, resolution or None)``; empty = the default set.

    A token may carry a resolution (``FAPAR_10M``). ``SCL`` means ``SCENECLASSIFICATION``.
    Unknown contents raise ``UnknownContentError`` listing the known ones.
    """
    wanted = set()
    for token in split_list(value):
        resolution = None
        match = _RES_SUFFIX.match(token)
        if match and match["res"] in RESOLUTIONS:
            token, resolution = match["content"], match["res"]
        token = CONTENT_ALIASES.get(token, token)
        base = token[: -len(QUICKLOOK_SUFFIX)] if token.endswith(QUICKLOOK_SUFFIX) else token
        if token not in PRODUCT_TABLE and not (base != token and (base in PRODUCT_TABLE or base == "TOC")):
            raise UnknownContentError(
                f"content {token!r} is not a Terrascope content; known: "
                f"{', '.join(PRODUCT_TABLE)}, SCL, and <CONTENT>_QUICKLOOK (a resolution may be "
                f"appended, e.g. FAPAR_10M)"
            )
        wanted.add((token, resolution))
    return wanted


def _check_tokens(values, pattern, what, example):
    for value in values:
        if not pattern.match(value):
            raise TerrascopeError(f"{what} {value!r} is not valid: expected e.g. {example}")
    return values


def parse_resolutions(value):
    """``"10m, 20"`` -> ``("10M", "20M")``; raises for anything but 10M, 20M, 60M."""
    result = []
    for token in split_list(value):
        token = token if token.endswith("M") else token + "M"
        if token not in RESOLUTIONS:
            raise TerrascopeError(f"resolution {token!r} is not valid: expected one of {', '.join(RESOLUTIONS)}")
        result.append(token)
    return tuple(result)


def _utc(value, what):
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise TerrascopeError(f"{what} {value!r} is not a date-time")
    if value.tzinfo is None:  # date-times without a zone are UTC
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def _check_bbox(bbox):
    if bbox is None:
        return None
    try:
        west, south, east, north = (float(v) for v in bbox)
    except (TypeError, ValueError):
        raise TerrascopeError(f"extent {bbox!r} is not (west, south, east, north) in degrees") from None
    if not (west <= east and south <= north and -90 <= south and north <= 90):
        raise TerrascopeError(
            f"extent {bbox!r} is not (west, south, east, north) in degrees (EPSG:4326) with west <= east "
            f"and south <= north"
        )
    return west, south, east, north


# --------------------------------------------------------------------------------------------------
# Footprints


_TRANSFORMS = {}


def _to_wgs84(wkt):
    transform = _TRANSFORMS.get(wkt)
    if transform is None:
        source = osr.SpatialReference()
        source.ImportFromWkt(wkt)
        source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        target = osr.SpatialReference()
        target.ImportFromEPSG(4326)
        target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(source, target)
        _TRANSFORMS[wkt] = transform
    return transform


def _ring_wkt(points):
    ring = list(points) + [points[0]]
    return "POLYGON ((" + ", ".join(f"{x:.7f} {y:.7f}" for x, y in ring) + "))"


def raster_footprint(path, densify=8):
    """The footprint of a GeoTIFF as an EPSG:4326 (lon/lat) polygon WKT, from its header only (size,
    geotransform, CRS; the edges densified with ``densify`` points each), or None when the file cannot
    be opened or has no georeferencing."""
    previous = gdal.GetThreadLocalConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", None)
    gdal.SetThreadLocalConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR")
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.OpenEx(os.fspath(path), gdal.OF_RASTER | gdal.OF_READONLY)
        if dataset is None:
            return None
        wkt = dataset.GetProjection()
        transform = dataset.GetGeoTransform(can_return_null=True)
        cols, rows = dataset.RasterXSize, dataset.RasterYSize
        dataset = None
    except RuntimeError:
        return None
    finally:
        gdal.PopErrorHandler()
        gdal.SetThreadLocalConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", previous)
    if not wkt or transform is None:
        return None
    steps = max(int(densify), 1)
    pixels = []
    for i in range(steps):  # top, right, bottom, left edges, clockwise from the upper left corner
        pixels.append((cols * i / steps, 0))
    for i in range(steps):
        pixels.append((cols, rows * i / steps))
    for i in range(steps):
        pixels.append((cols * (steps - i) / steps, rows))
    for i in range(steps):
        pixels.append((0, rows * (steps - i) / steps))
    x0, dx, rx, y0, ry, dy = transform
    projected = [(x0 + c * dx + r * rx, y0 + c * ry + r * dy) for c, r in pixels]
    try:
        points = _to_wgs84(wkt).TransformPoints(projected)
    except (RuntimeError, TypeError):
        return None
    if any(p[0] != p[0] or abs(p[0]) == float("inf") for p in points):  # NaN / inf: outside the CRS's domain
        return None
    return _ring_wkt([(p[0], p[1]) for p in points])


def bbox_geometry(bbox):
    west, south, east, north = bbox
    return ogr.CreateGeometryFromWkt(_ring_wkt([(west, south), (west, north), (east, north), (east, south)]))


def footprint_intersects(footprint_wkt, bbox):
    """True where the footprint WKT (EPSG:4326) intersects the (west, south, east, north) box."""
    geometry = ogr.CreateGeometryFromWkt(footprint_wkt)
    return geometry is not None and geometry.Intersects(bbox_geometry(bbox))


# --------------------------------------------------------------------------------------------------
# The scan


_YEAR_FOLDER = re.compile(r"^(19|20|21)\d\d$")
_MONTH_OR_DAY_FOLDER = re.compile(r"^\d\d$")
_DATE_FOLDER = re.compile(r"^((19|20|21)\d\d)(\d\d)(\d\d)$")
_S2_COLLECTIONS = frozenset(product_content(content) for content in SENTINEL2.contents)


def _period(year, month=None, day=None):
    """``(first instant, first instant after)`` of a year, month or day in UTC; None for no such date."""
    try:
        if day is not None:
            first = datetime(year, month, day, tzinfo=timezone.utc)
            return first, first + timedelta(days=1)
        if month is not None:
            first = datetime(year, month, 1, tzinfo=timezone.utc)
            return first, datetime(year + month // 12, month % 12 + 1, 1, tzinfo=timezone.utc)
        return datetime(year, 1, 1, tzinfo=timezone.utc), datetime(year + 1, 1, 1, tzinfo=timezone.utc)
    except ValueError:
        return None


def _collections(contents):
    """The Sentinel-2 product-folder contents (collections) that may hold the wanted file contents, or
    None when any folder may (no content filter, or masks wanted: every collection's folder has them)."""
    if not contents:
        return None
    collections = set()
    for content, _resolution in contents:
        if content in MASK_CONTENTS:
            return None
        collections.add(product_content(content))
    return frozenset(collections)


@dataclass(frozen=True)
class _FolderFilter:
    """Which subfolders a scan may skip, by their names alone.

    - Date folders of the archive layouts: ``YYYY``, then ``MM`` inside it, then ``DD`` inside that
      (Sentinel-2: ``COLLECTION/YYYY/MM/DD/product``), and ``YYYYMMDD`` (PROBA-V: ``YYYY/YYYYMMDD``, or
      ``YYYYMMDD`` alone for V001): skipped when the whole year, month or day is outside START/END.
    - Product folders (``S2A_20190307T105021_31UFS_NDVI_V210``): skipped when their tile, mission or
      acquisition time is filtered out, or when a Sentinel-2 collection's folder cannot hold the wanted
      contents (a TOC folder for an NDVI query).

    A date folder holds only products of its date and a product folder only its own files (the archive's
    layout): in a tree where that is not so, scan with ``prune=False``.
    """

    start: datetime | None
    end: datetime | None
    tiles: frozenset
    missions: frozenset
    collections: frozenset | None

    def outside(self, period):
        first, after = period
        return (self.end is not None and first > self.end) or (self.start is not None and after <= self.start)

    def date_context(self, name, context):
        """The date that folder ``name`` stands for, inside a folder of date ``context`` (``()``,
        ``(year,)`` or ``(year, month)``): ``(period, context for its subfolders)``, or None."""
        if _YEAR_FOLDER.match(name):
            year = int(name)
            return _period(year), (year,)
        if _MONTH_OR_DAY_FOLDER.match(name) and context:
            value = int(name)
            if len(context) == 1 and 1 <= value <= 12:
                period = _period(context[0], value)
                return (period, context + (value,)) if period else None
            if len(context) == 2:
                period = _period(context[0], context[1], value)
                return (period, ()) if period else None
            return None
        match = _DATE_FOLDER.match(name)
        if match:
            period = _period(int(match[1]), int(match[3]), int(match[4]))
            return (period, ()) if period else None
        return None

    def skips_product(self, name):
        """True where the product folder ``name`` (a parsed folder name) holds nothing wanted."""
        if self.tiles and name.tile and name.tile not in self.tiles:
            return True
        if self.missions and name.mission not in self.missions:
            return True
        if (self.start is not None and name.acquisition < self.start) or (
                self.end is not None and name.acquisition > self.end):
            return True
        return (self.collections is not None and _S2_MISSION.match(name.mission) is not None
                and name.content in _S2_COLLECTIONS and name.content not in self.collections)

    def subfolder(self, name, context):
        """``(skip, context for the subfolder)`` for the subfolder ``name`` of a folder of date ``context``."""
        dated = self.date_context(name, context)
        if dated is not None:
            period, inner = dated
            return self.outside(period), inner
        parsed = try_parse_name(name)
        if parsed is not None and not parsed.extension:
            return self.skips_product(parsed), ()
        return False, ()

    def root_context(self, root):
        """The date context of ``root`` itself (e.g. ``NDVI_V2/2019/03``: year 2019, month 3)."""
        context = ()
        parts = root.split(os.sep)
        for name in parts[-3:]:
            dated = self.date_context(name, context)
            context = dated[1] if dated is not None else ()
        return context


_NO_FOLDER_FILTER = _FolderFilter(None, None, frozenset(), frozenset(), None)


def _list_tree(root, throttle, lo, hi, found, scls, counters, visited, unreadable, folders=_NO_FOLDER_FILTER,
               context=()):
    """Recursively list ``root``: parsed .tif names go to ``found`` as (path, name); SCL paths to
    ``scls``. Only regular files count (FIFOs, sockets, devices and dangling links are never products,
    and never opened); subfolders that ``folders`` rules out are not entered. Progress advances from
    ``lo`` to ``hi`` across this folder's subfolders."""
    throttle.check()
    throttle.report(lo)
    subfolders = []
    try:
        with os.scandir(root) as entries:
            for entry in entries:
                try:
                    if entry.is_dir():
                        skip, inner = folders.subfolder(entry.name, context)
                        if not skip:
                            subfolders.append((entry.path, inner))
                        continue
                    if not entry.is_file():
                        continue
                except OSError:
                    continue
                counters[0] += 1
                name = entry.name
                if not name.lower().endswith(_RASTER_EXTENSIONS):
                    continue
                parsed = try_parse_name(name)
                if parsed is None:
                    continue
                counters[1] += 1
                if parsed.is_quality_layer:
                    scls.add(entry.path)
                found.append((entry.path, parsed))
    except OSError as error:
        unreadable.append(f"{root}: {error.strerror or error}")
        return
    if not subfolders:
        return
    subfolders.sort()
    step = (hi - lo) / len(subfolders)
    for index, (folder, inner) in enumerate(subfolders):
        try:
            info = os.stat(folder)
        except OSError:
            continue
        key = (info.st_dev, info.st_ino)
        if key in visited:  # a symbolic link back up the tree
            continue
        visited.add(key)
        _list_tree(folder, throttle, lo + index * step, lo + (index + 1) * step, found, scls, counters,
                   visited, unreadable, folders, inner)


def _wanted_content(name, contents):
    if not contents:
        return not name.is_quicklook and name.content not in MASK_CONTENTS
    return (name.content, None) in contents or (name.content, name.resolution) in contents


def _product_folder(path):
    """The product folder of a file: its folder, or the folder above a 10M/20M/60M folder."""
    folder = os.path.dirname(path)
    return os.path.dirname(folder) if os.path.basename(folder).upper() in _RESOLUTION_FOLDERS else folder


def _named(paths):
    names = [os.path.basename(p) for p in paths[:_MAX_NAMED]]
    more = f" and {len(paths) - _MAX_NAMED} more" if len(paths) > _MAX_NAMED else ""
    return ", ".join(names) + more


@dataclass(frozen=True)
class Query:
    """The filters of a product search, checked (``Query.of``): what findproducts and searchcatalogue share."""

    contents: frozenset  # of (content, resolution or None); empty = every product raster but masks/quicklooks
    tiles: frozenset
    missions: frozenset
    resolutions: frozenset
    start: datetime | None
    end: datetime | None
    bbox: tuple | None  # (west, south, east, north), EPSG:4326
    max_cloud: float | None
    keep_unknown_cloud: bool = True

    @classmethod
    def of(cls, content=None, start=None, end=None, tiles=None, missions=None, resolutions=None, bbox=None,
           max_cloud=None, keep_unknown_cloud=True):
        """Parse and check filter values as ``scan`` takes them; ``TerrascopeError`` for an invalid one."""
        start, end = _utc(start, "start"), _utc(end, "end")
        if start is not None and end is not None and start > end:
            raise TerrascopeError(f"the start {start.isoformat()} is after the end {end.isoformat()}")
        if max_cloud is not None:
            max_cloud = float(max_cloud)
            if not 0.0 <= max_cloud <= 100.0:
                raise TerrascopeError(f"maximum cloud cover {max_cloud} is not a percentage between 0 and 100")
        return cls(
            contents=frozenset(parse_contents(content)),
            tiles=frozenset(_check_tokens(split_list(tiles), _TILE, "tile", "31UFS or X18Y02")),
            missions=frozenset(_check_tokens(split_list(missions), _MISSION, "mission", "S2A, S2B, S2C or PROBAV")),
            resolutions=frozenset(parse_resolutions(resolutions)),
            start=start, end=end, bbox=_check_bbox(bbox), max_cloud=max_cloud,
            keep_unknown_cloud=bool(keep_unknown_cloud),
        )

    def matches_name(self, name):
        """True where the parsed name passes every filter that a name answers."""
        return (_wanted_content(name, self.contents)
                and (not self.tiles or name.tile in self.tiles)
                and (not self.missions or name.mission in self.missions)
                and (not self.resolutions or name.resolution in self.resolutions)
                and (self.start is None or name.acquisition >= self.start)
                and (self.end is None or name.acquisition <= self.end))


def highest_versions(found, query, result):
    """Of ``found`` ((path, ProductName, ...) tuples), those that ``query`` keeps by name, one per
    acquisition (mission, time, tile, content, resolution): the highest version, the first path among
    equals. Counts the others in ``result.superseded`` and warns about copies of one file in two product
    folders. Returns the kept tuples sorted by time, tile, content, resolution and path."""
    best, duplicates = {}, []
    for entry in found:
        path, name = entry[0], entry[1]
        if not query.matches_name(name):
            continue
        key = (name.mission, name.product_type, name.acquisition, name.tile, name.content, name.resolution)
        version = int(name.version)
        held = best.get(key)
        if held is None:
            best[key] = (version, entry)
            continue
        result.superseded += 1
        held_path = held[1][0]
        if (version == held[0] and name.content not in MASK_CONTENTS
                and _product_folder(path) != _product_folder(held_path)):
            # The same file in two product folders: a copy. (The SCL of one acquisition is in every
            # collection's folder, and in both 10M and 20M: expected, not reported.)
            duplicates.append(max(path, held_path))
        if version > held[0] or (version == held[0] and path < held_path):
            best[key] = (version, entry)
    if duplicates:
        result.warnings.append(f"{len(duplicates)} file(s) duplicate another of the same name and version "
                               f"in another folder and were skipped: {_named(sorted(duplicates))}")
    return sorted((entry for _version, entry in best.values()),
                  key=lambda e: (e[1].acquisition, e[1].tile, e[1].content, e[1].resolution, e[0]))


class MetadataFilter:
    """The cloud-cover and extent filters of a query on candidates whose cloud cover and footprint are
    known (or None): ``keeps(path, cloud, footprint)``; ``warnings()`` names the unknown ones."""

    def __init__(self, query):
        self.query = query
        self.unknown_cloud, self.unknown_footprint = [], []

    def keeps(self, path, cloud, footprint):
        query = self.query
        if cloud is not None:
            if query.max_cloud is not None and cloud > query.max_cloud:
                return False
        elif query.max_cloud is not None:
            if not query.keep_unknown_cloud:
                return False
            self.unknown_cloud.append(path)
        if query.bbox is not None:
            if footprint is None:
                self.unknown_footprint.append(path)
                return False
            return footprint_intersects(footprint, query.bbox)
        return True

    def warnings(self, cloud_source, footprint_source):
        warnings = []
        if self.unknown_cloud:
            warnings.append(f"{len(self.unknown_cloud)} product(s) have no known cloud cover ({cloud_source}) "
                            f"and were kept by the maximum cloud cover filter: {_named(self.unknown_cloud)}")
        if self.unknown_footprint:
            warnings.append(f"{len(self.unknown_footprint)} product(s) have no known footprint "
                            f"({footprint_source}) and were left out by the extent filter: "
                            f"{_named(self.unknown_footprint)}")
        return warnings


def scan(root, content=None, start=None, end=None, tiles=None, missions=None, resolutions=None, bbox=None,
         max_cloud=None, keep_unknown_cloud=True, read_metadata=True, progress=None, prune=True):
    """Scan the folder ``root`` recursively for Terrascope product rasters.

    Filters (each optional; strings may list several values separated by commas):
    ``content`` e.g. ``"NDVI"``, ``"TOC-B04,TOC-B08"``, ``"FAPAR_10M"`` (see ``parse_contents``);
    ``start``/``end`` inclusive ``datetime`` bounds (naive = UTC); ``tiles`` e.g. ``"31UFS,31UES"``;
    ``missions`` e.g. ``"S2A"``; ``resolutions`` e.g. ``"10M"``; ``bbox`` ``(west, south, east, north)``
    in EPSG:4326 degrees, kept where it intersects the footprint; ``max_cloud`` in %.

    ``read_metadata=False`` skips the sidecars and headers where no cloud or extent filter needs them
    (records then carry no cloud cover or footprint). ``progress`` has ``report(fraction)`` and
    ``cancelled()``; a cancel raises ``core.errors.Cancelled``.

    ``prune`` (default True) skips the date folders outside START/END and the product folders whose names
    rule them out (see ``_FolderFilter``), so the cost follows the query; the result is the same as
    listing everything (``prune=False``) in any tree laid out like the archive.

    Returns a ``CatalogueResult`` whose ``records`` are sorted by acquisition time, then tile.
    Raises ``TerrascopeError`` for a missing folder or an invalid filter value.
    """
    root = os.path.abspath(os.fspath(root))
    if not os.path.isdir(root):
        what = "does not exist" if not os.path.exists(root) else "is not a folder"
        raise TerrascopeError(f"input folder {root} {what}")
    query = Query.of(content, start, end, tiles, missions, resolutions, bbox, max_cloud, keep_unknown_cloud)
    need_metadata = read_metadata or query.bbox is not None or query.max_cloud is not None

    throttle = Throttled(progress)
    scan_share = 0.5 if need_metadata else 1.0
    found, scls, counters, unreadable = [], set(), [0, 0], []
    folders = _NO_FOLDER_FILTER
    if prune:
        folders = _FolderFilter(query.start, query.end, query.tiles, query.missions, _collections(query.contents))
    info = os.stat(root)
    _list_tree(root, throttle, 0.0, scan_share, found, scls, counters, {(info.st_dev, info.st_ino)},
               unreadable, folders, folders.root_context(root))
    throttle.report(scan_share)
    result = CatalogueResult(records=[], files_seen=counters[0], names_parsed=counters[1])
    if unreadable:
        result.warnings.append(f"{len(unreadable)} folder(s) could not be read and were skipped: "
                               + "; ".join(unreadable[:_MAX_NAMED]))
    candidates = highest_versions(found, query, result)

    # Cloud cover and footprints, for the candidates only.
    root_prefix = root.rstrip(os.sep) + os.sep

    def scl_exists(candidate):
        return candidate in scls or (not candidate.startswith(root_prefix) and os.path.isfile(candidate))

    sidecars = {}  # sidecar path -> SidecarMetadata, or None when unreadable
    bad_sidecars = []
    metadata_filter = MetadataFilter(query)
    total = max(len(candidates), 1)
    for index, (path, name) in enumerate(candidates):
        cloud, footprint = None, None
        if need_metadata:
            throttle.check()
            throttle.report(scan_share + (1.0 - scan_share) * index / total)
            result.metadata_read += 1
            sidecar = find_sidecar(path)
            if sidecar is not None:
                if sidecar not in sidecars:
                    try:
                        sidecars[sidecar] = read_sidecar(sidecar)
                    except MetadataError as error:
                        sidecars[sidecar] = None
                        bad_sidecars.append(f"{os.path.basename(sidecar)} ({error})")
                metadata = sidecars[sidecar]
                if metadata is not None:
                    cloud, footprint = metadata.cloud_cover, metadata.footprint_wkt
            cloud = float(cloud) if cloud is not None else None
            if footprint is None and (read_metadata or query.bbox is not None) and (
                    query.max_cloud is None or cloud is None or cloud <= query.max_cloud):
                footprint = raster_footprint(path)
            if not metadata_filter.keeps(path, cloud, footprint):
                continue
        result.records.append(ProductRecord(
            path=path, mission=name.mission, acquisition=name.acquisition, tile=name.tile,
            content=name.content, resolution=name.resolution, version=name.version, cloud_cover=cloud,
            scl_path=find_quality_layer(path, exists=scl_exists, name=name), footprint_wkt=footprint,
        ))
    throttle.report(1.0)

    if bad_sidecars:
        result.warnings.append(f"{len(bad_sidecars)} XML sidecar(s) could not be read (cloud cover unknown, "
                               f"footprint from the GeoTIFF header): {'; '.join(bad_sidecars[:_MAX_NAMED])}")
    result.warnings.extend(metadata_filter.warnings(
        "no XML sidecar or none in it", "no XML sidecar footprint and no georeferenced GeoTIFF header"))
    return result


def find_products(root, **filters):
    """``scan(root, **filters).records``: the matching ``ProductRecord`` list, sorted by time then tile."""
    return scan(root, **filters).records

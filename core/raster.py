"""Opening rasters, describing their grids, and nearest-neighbour views of one raster onto another's grid."""

import math
import os
import uuid
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, osr

from .errors import RasterError

gdal.UseExceptions()

METRES_PER_DEGREE = 111_320.0


def open_raster(path):
    """Open a raster read-only; a missing, corrupt or non-raster file raises ``RasterError`` naming it."""
    path = os.fspath(path)
    # GDAL's virtual file systems (/vsimem/ views from ``nearest_view``, /vsizip/ ...) are not on disk.
    exists = gdal.VSIStatL(path) is not None if path.startswith("/vsi") else os.path.exists(path)
    if not exists:
        raise RasterError(f"{path}: no such file")
    try:
        dataset = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_READONLY)
    except RuntimeError as error:
        raise RasterError(f"{path}: cannot be read as a raster ({_gdal_message(error)})") from None
    if dataset is None or dataset.RasterCount == 0:
        raise RasterError(f"{path}: not a raster with at least one band")
    return dataset


def _gdal_message(error):
    return str(error).strip().splitlines()[0] if str(error).strip() else "unreadable"


@dataclass(frozen=True)
class Grid:
    """A raster's pixel grid: size, geotransform and coordinate reference system (WKT)."""

    width: int
    height: int
    geotransform: tuple
    crs_wkt: str

    @classmethod
    def of(cls, dataset):
        """The grid of an opened raster; one without a geotransform or a coordinate reference system
        (a PNG or JPEG named .tif, say) raises ``RasterError`` naming it."""
        geotransform = dataset.GetGeoTransform(can_return_null=True)
        crs_wkt = dataset.GetProjection()
        if geotransform is None or not crs_wkt:
            missing = " and ".join(part for part, absent in (("a geotransform", geotransform is None),
                                                              ("a coordinate reference system", not crs_wkt)) if absent)
            raise RasterError(
                f"{dataset.GetDescription()}: not georeferenced (a {dataset.GetDriver().ShortName} file without "
                f"{missing}); Terrascope products are georeferenced GeoTIFFs")
        return cls(dataset.RasterXSize, dataset.RasterYSize, tuple(geotransform), crs_wkt)

    @classmethod
    def of_path(cls, path):
        return cls.of(open_raster(path))

    @property
    def pixel_size(self):
        """(x, y) pixel size in CRS units, both positive."""
        return abs(self.geotransform[1]), abs(self.geotransform[5])

    @property
    def ground_pixel_size(self):
        """(x, y) pixel size in metres: the CRS units of a projected CRS; for a geographic CRS (PROBA-V's
        plate carree) degrees x 111 320 m, a degree of latitude (and of longitude at the equator)."""
        reference = osr.SpatialReference()
        try:
            reference.ImportFromWkt(self.crs_wkt)
            geographic = bool(reference.IsGeographic())
        except RuntimeError:
            geographic = False
        x, y = self.pixel_size
        return (x * METRES_PER_DEGREE, y * METRES_PER_DEGREE) if geographic else (x, y)

    @property
    def bounds(self):
        """(xmin, ymin, xmax, ymax) of a north-up grid."""
        x0, dx, _, y0, _, dy = self.geotransform
        xs = (x0, x0 + dx * self.width)
        ys = (y0, y0 + dy * self.height)
        return min(xs), min(ys), max(xs), max(ys)

    def same_crs(self, other):
        if self.crs_wkt == other.crs_wkt:
            return True
        mine, theirs = osr.SpatialReference(), osr.SpatialReference()
        try:
            mine.ImportFromWkt(self.crs_wkt)
            theirs.ImportFromWkt(other.crs_wkt)
        except RuntimeError:
            return False
        return bool(mine.IsSame(theirs))

    def overlaps(self, other):
        """True when ``other`` covers part of this grid's area, whatever its CRS (its bounds are brought
        into this grid's CRS; True when they cannot be)."""
        bounds = other.bounds
        if not self.same_crs(other):
            source, target = osr.SpatialReference(), osr.SpatialReference()
            try:
                source.ImportFromWkt(other.crs_wkt)
                target.ImportFromWkt(self.crs_wkt)
                for srs in (source, target):
                    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
                bounds = osr.CoordinateTransformation(source, target).TransformBounds(*bounds, 21)
            except RuntimeError:
                return True
        mine = self.bounds
        return bounds[0] < mine[2] and mine[0] < bounds[2] and bounds[1] < mine[3] and mine[1] < bounds[3]

    def same_as(self, other, tolerance=1e-6):
        """Same size, same CRS and geotransforms equal within ``tolerance`` of a pixel."""
        if (self.width, self.height) != (other.width, other.height):
            return False
        pixel = min(self.pixel_size)
        if any(not math.isclose(a, b, abs_tol=tolerance * pixel)
               for a, b in zip(self.geotransform, other.geotransform)):
            return False
        return self.same_crs(other)

    def describe(self):
        """Size, pixel size, bounds (every number in full: two different grids never read the same) and CRS."""
        xmin, ymin, xmax, ymax = (full_number(value) for value in self.bounds)
        x, y = (full_number(value) for value in self.pixel_size)
        return (f"{self.width}x{self.height} px of {x}x{y} over ({xmin}, {ymin}, {xmax}, {ymax}) "
                f"in {crs_name(self.crs_wkt)}")


def full_number(value):
    """A coordinate in full: the shortest text that reads back as the same float, no exponent."""
    value = float(value)
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return np.format_float_positional(value, unique=True, trim="-")


def crs_name(wkt):
    """A short name of a CRS for messages: ``EPSG:32631`` where known, else its own name."""
    srs = osr.SpatialReference()
    try:
        srs.ImportFromWkt(wkt)
    except RuntimeError:
        return "an unknown CRS"
    code = srs.GetAuthorityCode(None)
    return f"{srs.GetAuthorityName(None)}:{code}" if code else (srs.GetName() or "an unnamed CRS")


def require_same_grid(paths):
    """The common grid of ``paths``; raises ``RasterError`` naming each file whose grid differs."""
    paths = list(paths)
    if not paths:
        raise RasterError("no input rasters were given")
    reference = Grid.of_path(paths[0])
    odd = [path for path in paths[1:] if not Grid.of_path(path).same_as(reference)]
    if odd:
        raise RasterError(
            f"{len(odd)} input(s) are not on the grid of {paths[0]} ({reference.describe()}): "
            + "; ".join(f"{path} ({Grid.of_path(path).describe()})" for path in odd)
            + ". Set a target grid (the advanced target extent, CRS or resolution: EXTENT, TARGET_CRS, "
            "RESOLUTION) to combine inputs of several grids."
        )
    return reference


def nearest_view(path, grid):
    """A VRT (in GDAL's memory file system) showing ``path`` nearest-neighbour resampled onto ``grid``.

    Class codes such as the 20 m scene classification stay class codes on a 10 m grid. The caller
    removes the view with ``gdal.Unlink`` when done.
    """
    source = open_raster(path)
    xmin, ymin, xmax, ymax = grid.bounds
    view_path = f"/vsimem/terrascope-view-{uuid.uuid4().hex}.vrt"
    try:
        # Warp, also within one CRS: each target pixel takes the source pixel under its centre.
        # (gdal.Translate with projWin and nearest rounds the window to whole source pixels, which
        # shifts a 20 m raster by 10 m onto a 10 m grid that is not aligned on the 20 m one.)
        gdal.Warp(view_path, source, format="VRT", outputBounds=(xmin, ymin, xmax, ymax),
                  width=grid.width, height=grid.height, dstSRS=grid.crs_wkt, resampleAlg="near")
    except RuntimeError as error:
        raise RasterError(f"{path}: cannot be resampled onto the input grid ({_gdal_message(error)})") from None
    return view_path

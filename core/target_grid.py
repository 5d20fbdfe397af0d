"""The target grid of a composite over any area (design.md, "Composites over any area").

From the user's optional EXTENT, TARGET_CRS and RESOLUTION and the inputs' own grids:

- CRS: TARGET_CRS, else the EXTENT's CRS, else the first input's; an EXTENT in a geographic CRS (lon/lat,
  as a search extent often is) without a RESOLUTION leaves the CRS to the first input, in whose units the
  inputs' pixel size is known (in degrees it is not);
- resolution: RESOLUTION, else the finest input pixel size expressed in the target CRS's units (inputs
  and target both projected; a geographic target needs an explicit RESOLUTION);
- extent: EXTENT (in any CRS), else the union of the inputs' footprints, its edges snapped outward to
  whole multiples of the resolution: a target in the inputs' own CRS and resolution lies exactly on
  their pixels (Sentinel-2 tile corners are whole multiples of 60 m).
"""

import math

from osgeo import osr

from .errors import TerrascopeError
from .raster import Grid, crs_name, full_number

osr.UseExceptions()

TILE_SIDE = 10980  # pixels of a 10 m Sentinel-2 tile
LARGE_TARGET_PIXELS = 4 * TILE_SIDE * TILE_SIDE  # a target beyond this is worth a warning
_SNAP_TOLERANCE = 1e-6  # of a pixel: an edge this close to a multiple of the resolution lies on it
_DENSIFY = 21  # points per edge when transforming a rectangle


def spatial_reference(wkt):
    """An ``osr.SpatialReference`` of ``wkt`` (any user input form) in x/y (longitude, latitude) order."""
    srs = osr.SpatialReference()
    try:
        srs.SetFromUserInput(wkt)
    except RuntimeError:
        raise TerrascopeError(f"not a coordinate reference system GDAL knows: {wkt[:200]}") from None
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def transform_bounds(bounds, source_wkt, target_wkt):
    """``(xmin, ymin, xmax, ymax)`` in ``source_wkt`` -> the rectangle enclosing it in ``target_wkt``."""
    source, target = spatial_reference(source_wkt), spatial_reference(target_wkt)
    if source.IsSame(target):
        return tuple(bounds)
    transform = osr.CoordinateTransformation(source, target)
    return tuple(transform.TransformBounds(*bounds, _DENSIFY))


def overlaps(first, second):
    """True when two ``(xmin, ymin, xmax, ymax)`` rectangles share some area."""
    return first[0] < second[2] and second[0] < first[2] and first[1] < second[3] and second[1] < first[3]


def describe_bounds(bounds):
    return "(" + ", ".join(full_number(value) for value in bounds) + ")"


def native_resolution(grids, crs_wkt):
    """The finest pixel size of ``grids`` expressed in the units of ``crs_wkt``; ``TerrascopeError`` when
    it cannot be (a geographic target, or inputs in degrees going to a projected one)."""
    target = spatial_reference(crs_wkt)
    sizes = []
    for grid in grids:
        own = spatial_reference(grid.crs_wkt)
        size = min(grid.pixel_size)
        if own.IsSame(target):
            sizes.append(size)
        elif own.IsProjected() and target.IsProjected():
            sizes.append(size * own.GetLinearUnits() / target.GetLinearUnits())
        else:
            raise TerrascopeError(
                f"the inputs' pixel size ({full_number(size)} in {crs_name(grid.crs_wkt)}) cannot be "
                f"expressed in the target CRS {crs_name(crs_wkt)} (TARGET_CRS, else the EXTENT's CRS): set "
                f"TARGET_CRS (e.g. {crs_name(grid.crs_wkt)}) or RESOLUTION in the target CRS's units")
    return min(sizes)


def target_grid(grids, extent=None, extent_crs=None, crs=None, resolution=None):
    """The ``Grid`` that a composite of inputs on ``grids`` is written on.

    ``extent``: ``(xmin, ymin, xmax, ymax)`` in ``extent_crs`` (WKT; None: the target CRS) or None for
    the union of the inputs' footprints; ``crs``: WKT or None; ``resolution``: target CRS units or None.
    Raises ``TerrascopeError`` for an EXTENT that touches no input or a resolution that is not positive.
    """
    grids = list(grids)
    if crs is None and extent_crs is not None and resolution is None \
            and spatial_reference(extent_crs).IsGeographic():
        crs = grids[0].crs_wkt
    crs = crs or extent_crs or grids[0].crs_wkt
    if resolution is None:
        resolution = native_resolution(grids, crs)
    resolution = float(resolution)
    if not (math.isfinite(resolution) and resolution > 0):
        raise TerrascopeError(f"RESOLUTION must be a positive number of target CRS units, not {resolution}")
    footprints = [transform_bounds(grid.bounds, grid.crs_wkt, crs) for grid in grids]
    if extent is None:
        bounds = (min(f[0] for f in footprints), min(f[1] for f in footprints),
                  max(f[2] for f in footprints), max(f[3] for f in footprints))
    else:
        bounds = transform_bounds(extent, extent_crs or crs, crs)
        if not any(overlaps(bounds, footprint) for footprint in footprints):
            raise TerrascopeError(
                f"the EXTENT {describe_bounds(bounds)} ({crs_name(crs)}) touches none of the inputs, whose "
                f"footprints there are {'; '.join(describe_bounds(f) for f in footprints)}")
    xmin = math.floor(bounds[0] / resolution + _SNAP_TOLERANCE) * resolution
    ymin = math.floor(bounds[1] / resolution + _SNAP_TOLERANCE) * resolution
    xmax = math.ceil(bounds[2] / resolution - _SNAP_TOLERANCE) * resolution
    ymax = math.ceil(bounds[3] / resolution - _SNAP_TOLERANCE) * resolution
    width = max(1, round((xmax - xmin) / resolution))
    height = max(1, round((ymax - ymin) / resolution))
    target = spatial_reference(crs)
    # The inputs' own WKT where it is their CRS, so the output declares exactly what a single tile would.
    crs_wkt = next((grid.crs_wkt for grid in grids if spatial_reference(grid.crs_wkt).IsSame(target)),
                   target.ExportToWkt())
    return Grid(width, height, (xmin, resolution, 0.0, ymax, 0.0, -resolution), crs_wkt)

"""A time series of one Terrascope content on one grid, read window by window with SCL masking and scaling.

``Series`` checks everything up front (one content, one grid, one band, an SCL for each input when
classes are to be masked, a known scaling) so that a long run never fails half-way on bad input, and
then reads any window of any date from any thread::

    with Series(paths, MaskSettings(classes=DEFAULT_CLASSES, dilation_m=40)) as series:
        values = series.read(3, window)    # float32, NaN where invalid or masked

The composites (``core.meancomposite``) and the temporal statistics and histograms build on it.
"""

import math
import os

import numpy as np

from .engine import RasterReader
from .errors import ProductNameError, RasterError, TerrascopeError, UnknownContentError
from .masking import MaskSettings
from .naming import NAME_PATTERN, parse_name, try_parse_name
from .raster import Grid, open_raster, require_same_grid
from .regrid import GridMapping
from .scaling import Scaling, check_delivered_type, scaling_for, spec_for
from .remote import exists, missing_reason, quality_layer
from .qualitylayer import SclReader, check_scl
from .siblings import quality_candidates, quality_decoder
from .target_grid import overlaps
from .writer import numpy_type

MAX_DATES = 65535  # the COUNT output is UInt16


def _list(paths):
    return "; ".join(paths)


def series_content(paths):
    """The one content of ``paths`` (from their names), or ``TerrascopeError`` naming the files."""
    names, unnamed = [], []
    for path in paths:
        name = try_parse_name(path)
        (unnamed.append(path) if name is None else names.append((path, name)))
    if unnamed:
        raise ProductNameError(
            f"{len(unnamed)} input(s) do not have Terrascope file names, so their content is unknown "
            f"(expected {NAME_PATTERN}): {_list(unnamed)}")
    by_content = {}
    for path, name in names:
        by_content.setdefault(name.content, []).append(path)
    if len(by_content) > 1:
        raise TerrascopeError(
            "the inputs hold different contents; a series must be of one content: "
            + " | ".join(f"{content}: {_list(files)}" for content, files in by_content.items()))
    content = next(iter(by_content))
    name = names[0][1]
    if name.is_quicklook:
        raise UnknownContentError(f"quicklooks are RGB previews, not a series of values: {_list(paths)}")
    if name.is_mask:
        what = name.family.quality.label if name.is_quality_layer else content
        raise UnknownContentError(
            f"{what}: class codes or flags, which are not averaged or scaled: {_list(paths)}")
    return content


class Series:
    """Dates of one content on one grid: ``Series(paths, masking, physical=True, scl_paths=None, band=None,
    radiometric_quality=False, target=None)``.

    - ``paths``: the rasters (Terrascope names; one band each, or ``band``, counted from 1, of each:
      PROBA-V RADIOMETRY has four, BLUE, RED, NIR, SWIR).
    - ``masking``: a ``MaskSettings`` or None; with classes chosen, the quality layer of each input is
      ``scl_paths[i]`` when given (a list as long as ``paths``; None entries are looked up) or the one
      beside the input (``core.remote.quality_layer``: the SCL, the PROBA-V status map; for a catalogue
      URL the SCL of its item).
    - ``physical``: ``read`` gives physical values (scale x DN + offset) when True, else DNs.
    - ``radiometric_quality``: PROBA-V only: pixels whose status map flags a bad radiometric quality in
      a band the values depend on read as SCL 1 (defective) and are masked when class 1 is chosen.
    - ``target``: None (every input on one grid, one entry per input) or a ``core.raster.Grid``
      (``core.target_grid.target_grid``): inputs of any grids, masked on their own grid and brought onto
      ``target`` by nearest neighbour (``core.regrid``); one entry per acquisition (mission and time)
      among the inputs that reach the target, its tiles merged: where several have a valid value the
      tile first in file name order wins, so an acquisition counts once.

    Raises ``TerrascopeError`` (naming the files) for an empty list, mixed contents, different grids,
    multi-band inputs without a ``band``, inputs without a quality layer when classes are to be masked, or
    an unknown scaling.

    Attributes: ``paths``, ``grid`` (``core.raster.Grid``, the target when given), ``content``, ``spec``
    (``ContentSpec``), ``acquisitions`` (UTC datetimes, one per entry: the index ``read_valid`` takes),
    ``scalings`` and ``dtypes`` (one per entry), ``scl_paths`` (None when not masking),
    ``masking``, ``physical``, ``halo`` (SCL pixels read beyond a window for the dilation).
    Reading is thread-safe; ``close()`` releases the SCL views.
    """

    def __init__(self, paths, masking=None, physical=True, scl_paths=None, band=None, radiometric_quality=False,
                 target=None):
        if isinstance(paths, (str, bytes, os.PathLike)):
            paths = [paths]
        self.paths = [os.fspath(path) for path in (paths or [])]
        if not self.paths:
            raise TerrascopeError("no input rasters were given: a series needs at least one")
        if len(self.paths) > MAX_DATES:
            raise TerrascopeError(f"{len(self.paths)} inputs: at most {MAX_DATES} dates can be counted")
        missing = [path for path in self.paths if not exists(path)]
        if missing:
            raise RasterError(f"{len(missing)} input(s) {missing_reason(missing)}: {_list(missing)}")
        _refuse_duplicates(self.paths)
        self.masking = masking if masking is not None else MaskSettings(classes=())
        self.physical = bool(physical)
        self.band = band
        self.content = series_content(self.paths)
        self.spec = spec_for(self.paths[0], self.content)
        self._parts = self._entries = None
        if target is not None:
            self._on_target(target, scl_paths, radiometric_quality)
            return
        self.acquisitions = tuple(parse_name(path).acquisition for path in self.paths)
        self.grid = require_same_grid(self.paths)
        self.scalings, self.dtypes = self._scalings()
        self.scl_paths = self._find_scl(scl_paths) if self.masking.active else None
        self.halo = self.masking.halo(self.grid.ground_pixel_size) if self.masking.active else 0
        self._valid = [scaling.valid_function(dtype) for scaling, dtype in zip(self.scalings, self.dtypes)]
        self._reader = RasterReader(self.paths)
        decoders = [quality_decoder(path, radiometric_quality, band) for path in self.paths]
        self._scl = SclReader(self.scl_paths, self.grid, decoders) if self.scl_paths else None

    def _on_target(self, target, scl_paths, radiometric_quality):
        """Entries on ``target``: one per acquisition (mission and time) among the inputs that reach it,
        each read from one single-grid series per input grid and merged, the first tile by name winning."""
        given = list(scl_paths) if scl_paths is not None else [None] * len(self.paths)
        if len(given) != len(self.paths):
            raise TerrascopeError(
                f"{len(given)} scene classification(s) given for {len(self.paths)} inputs: give one per input")
        self.grid, self._parts, self._mappings = target, [], []
        where = {}  # input index -> (part, index in the part)
        try:
            for grid, indices in group_by_grid(self.paths):
                mapping = GridMapping(grid, target)
                if not overlaps(mapping.footprint, target.bounds):
                    continue  # outside the target area: not a date of this series
                for local, index in enumerate(indices):
                    where[index] = (len(self._parts), local)
                self._parts.append(Series([self.paths[i] for i in indices], self.masking, self.physical,
                                          [given[i] for i in indices], self.band, radiometric_quality))
                self._mappings.append(mapping)
        except BaseException:
            self.close()
            raise
        if not self._parts:
            raise TerrascopeError(f"none of the inputs reaches the target grid ({target.describe()})")
        by_acquisition = {}
        for index in sorted(where):
            name = parse_name(self.paths[index])
            by_acquisition.setdefault((name.mission, name.acquisition), []).append(index)
        self.acquisitions = tuple(acquisition for _, acquisition in by_acquisition)
        self._entries = [[where[i] for i in sorted(members, key=lambda i: os.path.basename(self.paths[i]))]
                         for members in by_acquisition.values()]
        self.scalings, self.dtypes = [], []
        for members in self._entries:
            tiles = [(self._parts[part].scalings[local], self._parts[part].dtypes[local]) for part, local in members]
            if len({(scaling.scale, scaling.offset, dtype) for scaling, dtype in tiles}) > 1:
                raise TerrascopeError(
                    "tiles of one acquisition with different scalings or data types cannot be merged: "
                    + _list([self._parts[part].paths[local] for part, local in members]))
            self.scalings.append(tiles[0][0])
            self.dtypes.append(tiles[0][1])
        self.scl_paths = [path for part in self._parts for path in part.scl_paths] if self.masking.active else None

    def __len__(self):
        return len(self.acquisitions)

    @property
    def on_target(self):
        """True when the series was built on a target grid (entries are acquisitions, not files)."""
        return self._entries is not None

    # --- validation ---------------------------------------------------------------------------------

    def _scalings(self):
        scalings, dtypes, multiband = [], [], []
        for path in self.paths:
            dataset = open_raster(path)
            if (self.band is None and dataset.RasterCount != 1) or (self.band or 1) > dataset.RasterCount:
                multiband.append(f"{path} ({dataset.RasterCount} bands)")
                continue
            band = dataset.GetRasterBand(self.band or 1)
            dtypes.append(numpy_type(band.DataType))
            check_delivered_type(path, band, spec_for(path, self.content))  # with SCALE off too
            try:
                scalings.append(scaling_for(path, band, self.content))
            except TerrascopeError:
                if self.physical:
                    raise
                declared = band.GetNoDataValue()
                scalings.append(Scaling(1.0, 0.0, declared if declared is not None else self.spec.nodata,
                                        self.spec.valid_min, self.spec.valid_max))
        if multiband:
            if self.band is not None:
                raise RasterError(f"band {self.band} does not exist in {len(multiband)} input(s): {_list(multiband)}")
            names = f" ({', '.join(self.spec.bands)})" if self.spec.bands else ""
            raise RasterError(
                f"a series takes single-band rasters, or one band of each: choose the band{names}: "
                f"{_list(multiband)}")
        return scalings, dtypes

    def _find_scl(self, given):
        given = list(given) if given is not None else [None] * len(self.paths)
        label = parse_name(self.paths[0]).family.quality.label
        if len(given) != len(self.paths):
            raise TerrascopeError(f"{len(given)} {label}(s) given for {len(self.paths)} inputs: give one per input")
        found, missing = [], []
        for path, scl in zip(self.paths, given):
            scl = os.fspath(scl) if scl else quality_layer(path)
            if scl is None:
                expected = quality_candidates(path)
                missing.append(f"{path} (looked for {' or '.join(expected) if expected else 'nothing'})")
            found.append(scl)
        if missing:
            raise TerrascopeError(
                f"no {label} found for {len(missing)} input(s), needed to mask the "
                f"chosen classes (choose no classes to average without masking): {_list(missing)}")
        not_covering = []
        for path, scl in zip(self.paths, found):
            check_scl(scl)
            if not self.grid.overlaps(Grid.of_path(scl)):
                not_covering.append(f"{scl} (for {path})")
        if not_covering:
            raise RasterError(f"{label}(s) that do not overlap their input: {_list(not_covering)}")
        return found

    # --- reading ---------------------------------------------------------------------------------------

    def read_dn(self, index, window):
        """The raw DNs of input ``index`` on ``window``."""
        return self._reader.read(index, window, band=self.band or 1)

    def valid_dn(self, index, dn):
        """True where the DNs ``dn`` of input ``index`` are neither nodata nor outside the valid range."""
        return self._valid[index](dn)

    def masked(self, index, window):
        """True where the SCL of input ``index`` masks a pixel of ``window`` (all False without masking)."""
        if self._scl is None:
            return np.zeros((window.height, window.width), dtype=bool)
        return self._scl.masked(index, window, self.masking)

    def read_valid(self, index, window):
        """``(dn, valid)``: the raw DNs of entry ``index`` on ``window`` and where they count (a valid DN
        and not masked by the SCL). The fast path for reductions that work on DNs."""
        if self._entries is not None:
            return self._read_on_target(index, window)
        if self._scl is None:
            dn = self.read_dn(index, window)
            return dn, self.valid_dn(index, dn)
        masked = self.masked(index, window)
        dn = self._reader.read_unmasked(index, window, masked, band=self.band or 1)
        valid = self.valid_dn(index, dn)
        np.greater(valid, masked, out=valid)  # valid and not masked
        return dn, valid

    def _read_on_target(self, index, window):
        dn = valid = None
        for part, local in self._entries[index]:
            tile = self._mappings[part].read_valid(
                lambda source, series=self._parts[part], local=local: series.read_valid(local, source), window)
            if tile is None:
                continue
            if dn is None:
                dn, valid = tile
                continue
            fill = tile[1] & ~valid  # the tile first in name order keeps its valid pixels
            np.copyto(dn, tile[0], where=fill)
            valid |= fill
        if dn is None:
            return (np.zeros((window.height, window.width), dtype=self.dtypes[index]),
                    np.zeros((window.height, window.width), dtype=bool))
        return dn, valid

    def values(self, index, dn, valid):
        """Float32 values of DNs ``dn`` of input ``index``: physical or DNs, NaN where not ``valid``."""
        if self.physical:
            return self.scalings[index].to_physical(dn, valid)
        values = dn.astype(np.float32)
        values[~valid] = np.nan
        return values

    def read(self, index, window):
        """Float32 values (rows x cols) of input ``index`` on ``window``: physical values when
        ``physical`` else DNs, NaN where the DN is nodata or out of range or the SCL masks it."""
        dn, valid = self.read_valid(index, window)
        return self.values(index, dn, valid)

    @property
    def block(self):
        """The first input's block size (width, height) when the series is on its own grid (the engine
        plans windows along it: ``plan_windows``), None on a target grid."""
        if self.on_target:
            return None
        dataset = open_raster(self.paths[0])
        return tuple(dataset.GetRasterBand(self.band or 1).GetBlockSize())

    @property
    def inputs(self):
        """Every file the series reads (rasters and SCLs): what an output must never overwrite."""
        return self.paths + list(self.scl_paths or [])

    @property
    def uniform_scaling(self):
        """True when every input has the same scale and offset (so DN sums can be scaled once)."""
        first = self.scalings[0]
        return all((s.scale, s.offset) == (first.scale, first.offset) for s in self.scalings)

    def close(self):
        for part in self._parts or ():
            part.close()
        if getattr(self, "_scl", None) is not None:
            self._scl.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def _refuse_duplicates(paths):
    """One file given twice (also through a link or another spelling of its path; a network path by
    its text) would count its dates twice: ``TerrascopeError`` naming the paths."""
    first_of = {}
    twice = []
    for path in paths:
        identity = os.stat(path) if os.path.exists(path) else None  # a network path: by its text
        key = (identity.st_dev, identity.st_ino) if identity else path
        if key in first_of:
            twice.append(f"{path} (the same file as {first_of[key]})")
        else:
            first_of[key] = path
    if twice:
        raise TerrascopeError(
            f"{len(twice)} input(s) given more than once, so their dates would count twice; give each file "
            f"once: {_list(twice)}")


def group_by_grid(paths):
    """``[(grid, [indices of paths on it]), ...]`` in the order of first appearance."""
    groups = []
    for index, path in enumerate(paths):
        grid = Grid.of_path(path)
        for known, indices in groups:
            if known.same_as(grid):
                indices.append(index)
                break
        else:
            groups.append((grid, [index]))
    return groups


def series_by_grid(paths, masking=None, physical=True, band=None, radiometric_quality=False):
    """One ``Series`` per grid among ``paths`` (in the order of first appearance), all of one content: for
    work that sums per input, such as a histogram. Close each when done."""
    paths = [os.fspath(path) for path in paths]
    if paths:
        series_content(paths)  # one content over every grid, or a message naming the files
    parts = []
    groups = group_by_grid(paths) if paths else [(None, [])]  # no paths: Series says what is wrong
    try:
        for _, indices in groups:
            parts.append(Series([paths[i] for i in indices], masking, physical, band=band,
                                radiometric_quality=radiometric_quality))
    except BaseException:
        for part in parts:
            part.close()
        raise
    return parts

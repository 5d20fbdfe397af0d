"""The mean composite of a ``Series``: per pixel, the mean of its valid observations over the dates.

Streaming: each window keeps a running sum and count and visits the dates one after the other, so the
memory does not depend on the number of dates (nor on the raster size: the engine walks windows).
Where every input shares one scale and offset (always, for a Terrascope content) the sum is kept in
integer DNs, exactly, and scaled once: mean(scale x DN + offset) = scale x mean(DN) + offset.
"""

import os
from dataclasses import dataclass

import numpy as np

from .engine import WINDOW_PIXELS, NullProgress, plan_windows, run_windows
from .errors import Cancelled, RasterError
from .writer import RasterWriter

COUNT_DESCRIPTION = "number of valid observations"


@dataclass(frozen=True)
class CompositeResult:
    """What ``mean_composite`` wrote."""

    path: str
    count_path: str | None
    dates: int
    content: str
    physical: bool


def _same_file(first, second):
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.realpath(first) == os.path.realpath(second)


def check_outputs(series, *outputs):
    """Refuse outputs that would overwrite an input or each other (``RasterError`` naming them)."""
    outputs = [os.fspath(path) for path in outputs if path]
    for output in outputs:
        for path in series.paths + list(series.scl_paths or []):
            if os.path.exists(output) and _same_file(output, path):
                raise RasterError(f"{output}: the output would overwrite the input {path}; choose another file")
    if len({os.path.realpath(path) for path in outputs}) != len(outputs):
        raise RasterError(f"the outputs must be different files: {'; '.join(outputs)}")


FLUSH_EVERY = 255  # dates summed in the narrow per-window accumulators before they are widened


def _accumulators(series):
    """(narrow sum dtype, wide sum dtype, sums raw DNs?) for ``series``.

    Byte DNs are summed in 16 bits (255 x 255 < 2**16) and widened every ``FLUSH_EVERY`` dates: adding
    into a 16-bit array is twice as fast as into a 32-bit one. Other integer DNs are summed in int64;
    with differing scales, or float data, physical values are summed in float64.
    """
    kinds = {np.dtype(dtype).kind for dtype in series.dtypes}
    sizes = {np.dtype(dtype).itemsize for dtype in series.dtypes}
    if kinds <= {"i", "u"} and series.uniform_scaling:
        if sizes == {1}:
            return (np.int16 if "i" in kinds else np.uint16), np.int64, True
        return np.int64, np.int64, True
    return np.float64, np.float64, False


def mean_count_window(series, window, cancelled=None):
    """The mean and count of the valid observations of ``series`` on ``window``: ``(mean, count)``.

    ``mean``: float32 (rows x cols), NaN where there is no valid observation; physical values when
    ``series.physical``, else mean DNs. ``count``: uint16, the number of valid observations. Reads only
    ``window`` of each date, one date after the other (memory independent of the number of dates).
    ``cancelled``: optional callable, checked before each date; when it returns True, ``Cancelled`` is
    raised. The single-machine engine (``mean_composite``) and cluster tasks both call this.
    """
    narrow_type, wide_type, sums_dn = _accumulators(series)
    scaling = series.scalings[0]
    dates = len(series.paths)
    shape = (window.height, window.width)
    narrow = np.zeros(shape, dtype=narrow_type)
    narrow_count = np.zeros(shape, dtype=np.uint8)
    total = count = None
    pending = 0
    for index in range(dates):
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled by the user")
        dn, valid = series.read_valid(index, window)
        ones = valid.view(np.uint8)
        if sums_dn:
            np.add(narrow, dn * ones, out=narrow, casting="unsafe")
        else:
            values = dn.astype(np.float64)
            if series.physical:
                own = series.scalings[index]
                values = values * own.scale + own.offset
            np.add(narrow, values, out=narrow, where=valid)
        np.add(narrow_count, ones, out=narrow_count)
        pending += 1
        if pending == FLUSH_EVERY and index + 1 < dates:
            if total is None:
                total, count = np.zeros(shape, dtype=wide_type), np.zeros(shape, dtype=np.uint16)
            np.add(total, narrow, out=total, casting="unsafe")
            np.add(count, narrow_count, out=count, casting="unsafe")
            narrow[:] = 0
            narrow_count[:] = 0
            pending = 0
    if total is None:
        total, count = narrow, narrow_count.astype(np.uint16)
    else:
        np.add(total, narrow, out=total, casting="unsafe")
        np.add(count, narrow_count, out=count, casting="unsafe")
    with np.errstate(invalid="ignore", divide="ignore"):
        if total.dtype.itemsize <= 2:
            # Narrow DN sums are exact in float32.
            mean = total.astype(np.float32)
            mean /= count  # 0 / 0 = NaN where there is no observation
            if sums_dn and series.physical:
                mean *= np.float32(scaling.scale)
                mean += np.float32(scaling.offset)
        else:
            mean = total / count
            if sums_dn and series.physical:
                mean = mean * scaling.scale + scaling.offset
            mean = mean.astype(np.float32)
    return mean, count


def composite_metadata(series):
    """The metadata tags of the mean output (the count output's say ``TERRASCOPE_STATISTIC=count``)."""
    return {
        "TERRASCOPE_CONTENT": series.content,
        "TERRASCOPE_STATISTIC": "mean",
        "TERRASCOPE_DATES": str(len(series.paths)),
        "TERRASCOPE_VALUES": "physical" if series.physical else "DN",
        "TERRASCOPE_MASK": series.masking.describe(series.grid.pixel_size),
    }


def mean_description(series):
    """The band description of the mean output."""
    return f"{series.content} mean of valid observations" + ("" if series.physical else " (DN)")


def mean_composite(series, output_path, count_path=None, progress=None, window_pixels=WINDOW_PIXELS,
                   threads=None, cog=False):
    """Write the mean of the valid observations of ``series`` (a ``core.series.Series``) per pixel.

    ``output_path``: Float32 GeoTIFF, nodata NaN where a pixel has no valid observation; physical values
    when ``series.physical``, else mean DNs. ``count_path`` (optional): UInt16, no nodata, the number of
    valid observations (0 = none). Both are on the series' grid, tiled and compressed, written
    atomically and only when the whole run succeeds. ``progress`` follows the engine's protocol; a
    cancel raises ``Cancelled`` within one date of one window and leaves no output. ``window_pixels``
    and ``threads`` tune the engine. Returns a ``CompositeResult``.
    """
    output_path = os.fspath(output_path)
    count_path = os.fspath(count_path) if count_path else None
    check_outputs(series, output_path, count_path)
    progress = progress or NullProgress()

    def work(window):
        return mean_count_window(series, window, progress.cancelled)

    metadata = composite_metadata(series)
    description = mean_description(series)
    windows = plan_windows(series.grid, window_pixels)
    with RasterWriter(output_path, series.grid, np.float32, nodata=np.nan, descriptions=[description],
                      metadata=metadata, cog=cog) as writer:
        counter = None
        if count_path:
            counter = RasterWriter(count_path, series.grid, np.uint16, descriptions=[COUNT_DESCRIPTION],
                                   metadata=dict(metadata, TERRASCOPE_STATISTIC="count"), cog=cog)
        try:
            for window, (mean, count) in run_windows(windows, work, progress, threads=threads):
                writer.write(window, mean)
                if counter is not None:
                    counter.write(window, count)
            writer.commit()
            if counter is not None:
                counter.commit()
        finally:
            if counter is not None:
                counter.__exit__(None, None, None)
    return CompositeResult(output_path, count_path, len(series.paths), series.content, series.physical)

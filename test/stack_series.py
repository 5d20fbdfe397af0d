"""A float32 stack held in memory, seen by core.temporalstatistics as a series of values: the tests'
independent way in to the statistics of a window (the algorithms read real series from files)."""

import numpy as np

from terrascope_processing.core.engine import Window
from terrascope_processing.core.errors import TerrascopeError
from terrascope_processing.core.scaling import Scaling
from terrascope_processing.core.temporalstatistics import BEST_PIXEL, WindowStatistics, check_statistics


class StackSeries:
    """A float32 stack held in memory (dates x rows x cols, NaN = invalid) seen as a series of values
    (no DNs, no scaling): what ``statistics_window`` reads of a ``core.series.Series``."""

    physical = False
    uniform_scaling = True
    block = None  # held in memory: no file blocks to plan windows along

    def __init__(self, stack):
        self.stack = np.asarray(stack, dtype=np.float32)
        self.dtypes = [np.dtype(np.float32)] * self.stack.shape[0]
        self.scalings = [Scaling(1.0, 0.0, None, None, None)] * self.stack.shape[0]

    def read_valid(self, index, window):
        values = self.stack[index][window.slices]
        return values, ~np.isnan(values)

    @staticmethod
    def values(index, dn, valid):
        values = dn.copy()
        values[~valid] = np.nan
        return values


def reduce_stack(stack, statistics, percentiles=(), keys=None):
    """All chosen statistics of a stack (dates x rows x cols, NaN = invalid), in band order.

    ``keys`` (same shape) is the per-date NDVI for the best pixel; for an NDVI series pass the stack
    itself. The stack is not modified. Returns a list of float32 2-D arrays (one per band label).
    """
    chosen, percentiles = check_statistics(statistics, percentiles)
    if BEST_PIXEL in chosen and keys is None:
        raise TerrascopeError("the best pixel by maximum NDVI needs the NDVI of every date")
    source = StackSeries(stack)
    dates, rows, cols = source.stack.shape
    reducer = WindowStatistics(source, (rows, cols), chosen, percentiles, dates)
    for index in range(dates):
        dn, valid = source.read_valid(index, Window(0, 0, cols, rows))
        reducer.add(index, index, dn, valid, None if keys is None else keys[index])
    return reducer.bands()

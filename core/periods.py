"""Periods of a time series: which year, season, month or dekad each acquisition falls in (UTC).

Kinds, in the order of the algorithms' ``PERIOD`` enum (saved models store the index):

- ``whole``: the whole series is one period (no label);
- ``year``: the calendar year, labelled ``2020``;
- ``season``: meteorological seasons DJF, MAM, JJA, SON; December counts with the FOLLOWING year's
  winter (1 December 2020 is in ``2021 DJF``, with January and February 2021);
- ``month``: ``2020-06``;
- ``dekad``: days 1-10, 11-20 and 21 to the end of the month (as PROBA-V S10): ``2020-06 d1``,
  ``2020-06 d2``, ``2020-06 d3``.

Acquisitions are timezone-aware datetimes (converted to UTC) or naive ones, taken as UTC.
"""

from dataclasses import dataclass, field
from datetime import timezone

from .errors import TerrascopeError

WHOLE = "whole"
YEAR = "year"
SEASON = "season"
MONTH = "month"
DEKAD = "dekad"

PERIOD_KINDS = (WHOLE, YEAR, SEASON, MONTH, DEKAD)

SEASONS = ("DJF", "MAM", "JJA", "SON")


@dataclass(frozen=True, order=True)
class Period:
    """One period: ``key`` orders periods in time, ``label`` names it (``2020-06 d2``)."""

    key: tuple
    label: str = field(compare=False)


def _utc(acquisition):
    if acquisition.tzinfo is None:
        return acquisition
    return acquisition.astimezone(timezone.utc)


def period_of(acquisition, kind):
    """The ``Period`` of kind ``kind`` that holds ``acquisition``."""
    when = _utc(acquisition)
    year, month, day = when.year, when.month, when.day
    if kind == WHOLE:
        return Period((), "")
    if kind == YEAR:
        return Period((year,), f"{year:04d}")
    if kind == SEASON:
        season_year = year + 1 if month == 12 else year
        season = (month % 12) // 3  # Dec, Jan, Feb -> 0; Mar-May -> 1; Jun-Aug -> 2; Sep-Nov -> 3
        return Period((season_year, season), f"{season_year:04d} {SEASONS[season]}")
    if kind == MONTH:
        return Period((year, month), f"{year:04d}-{month:02d}")
    if kind == DEKAD:
        dekad = min(3, (day - 1) // 10 + 1)
        return Period((year, month, dekad), f"{year:04d}-{month:02d} d{dekad}")
    raise TerrascopeError(f"unknown period {kind!r}; known: {', '.join(PERIOD_KINDS)}")


def period_kind(index):
    """The kind at position ``index`` of the ``PERIOD`` enum (``TerrascopeError`` when out of range)."""
    if not 0 <= int(index) < len(PERIOD_KINDS):
        raise TerrascopeError(f"unknown period {index}; choose 0 to {len(PERIOD_KINDS) - 1}: "
                              + ", ".join(PERIOD_KINDS))
    return PERIOD_KINDS[int(index)]


def group_by_period(acquisitions, kind):
    """``[(Period, [entry indices])]`` of the periods holding at least one of ``acquisitions``, in time
    order; the indices of each period keep the order of the entries."""
    groups = {}
    for index, acquisition in enumerate(acquisitions):
        groups.setdefault(period_of(acquisition, kind), []).append(index)
    return sorted(groups.items())


def period_description(period, text):
    """A band description naming the period: ``2020-06 mean`` (just ``text`` for the whole series)."""
    return f"{period.label} {text}" if period.label else text

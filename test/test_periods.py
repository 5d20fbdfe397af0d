"""Periods of acquisitions (core.periods): labels on the edges of dekads, months and seasons, in UTC."""

from datetime import datetime, timedelta, timezone

import pytest

from terrascope_processing.core.errors import TerrascopeError
from terrascope_processing.core.periods import (
    DEKAD, MONTH, PERIOD_KINDS, SEASON, WHOLE, YEAR, group_by_period, period_kind, period_of)


def utc(*parts):
    return datetime(*parts, tzinfo=timezone.utc)


@pytest.mark.parametrize("day, label", [
    (1, "2020-06 d1"), (10, "2020-06 d1"), (11, "2020-06 d2"), (20, "2020-06 d2"), (21, "2020-06 d3"),
    (30, "2020-06 d3"),
])
def test_dekads_of_june(day, label):
    assert period_of(utc(2020, 6, day, 23, 59, 59), DEKAD).label == label


@pytest.mark.parametrize("when, label", [
    (utc(2021, 1, 31, 10, 0), "2021-01 d3"),  # the 31st is in the third dekad
    (utc(2020, 2, 29, 10, 0), "2020-02 d3"),  # leap day
    (utc(2021, 2, 28, 10, 0), "2021-02 d3"),
    (utc(2021, 3, 1, 0, 0), "2021-03 d1"),
])
def test_dekads_at_month_ends(when, label):
    assert period_of(when, DEKAD).label == label


@pytest.mark.parametrize("when, label", [
    (utc(2020, 11, 30, 23, 59, 59), "2020 SON"),
    (utc(2020, 12, 1, 0, 0), "2021 DJF"),  # December counts with the following year's winter
    (utc(2020, 12, 31, 12, 0), "2021 DJF"),
    (utc(2021, 1, 15, 12, 0), "2021 DJF"),
    (utc(2020, 2, 29, 12, 0), "2020 DJF"),
    (utc(2021, 2, 28, 23, 59, 59), "2021 DJF"),
    (utc(2021, 3, 1, 0, 0), "2021 MAM"),
    (utc(2021, 5, 31, 12, 0), "2021 MAM"),
    (utc(2021, 6, 1, 12, 0), "2021 JJA"),
    (utc(2021, 8, 31, 12, 0), "2021 JJA"),
    (utc(2021, 9, 1, 12, 0), "2021 SON"),
])
def test_seasons(when, label):
    assert period_of(when, SEASON).label == label


def test_years_and_months():
    assert period_of(utc(2020, 12, 31, 23, 59, 59), YEAR).label == "2020"
    assert period_of(utc(2021, 1, 1, 0, 0), YEAR).label == "2021"
    assert period_of(utc(2020, 6, 30, 23, 59), MONTH).label == "2020-06"
    assert period_of(utc(2020, 7, 1, 0, 0), MONTH).label == "2020-07"


def test_acquisitions_count_in_utc():
    # 00:30 on 1 July in Brussels summer time (UTC+2) is still 30 June in UTC.
    brussels = timezone(timedelta(hours=2))
    assert period_of(datetime(2020, 7, 1, 0, 30, tzinfo=brussels), MONTH).label == "2020-06"
    assert period_of(datetime(2020, 7, 1, 0, 30), MONTH).label == "2020-07"  # naive: taken as UTC


def test_groups_in_time_order_with_entry_order_kept():
    acquisitions = [utc(2020, 7, 3), utc(2020, 6, 20), utc(2020, 12, 1), utc(2020, 6, 5), utc(2021, 2, 1)]
    groups = group_by_period(acquisitions, MONTH)
    assert [(period.label, indices) for period, indices in groups] == [
        ("2020-06", [1, 3]), ("2020-07", [0]), ("2020-12", [2]), ("2021-02", [4])]
    seasons = group_by_period(acquisitions, SEASON)
    assert [(period.label, indices) for period, indices in seasons] == [
        ("2020 JJA", [0, 1, 3]), ("2021 DJF", [2, 4])]
    assert [(period.label, indices) for period, indices in group_by_period(acquisitions, WHOLE)] == [
        ("", [0, 1, 2, 3, 4])]


def test_period_enum():
    assert PERIOD_KINDS == (WHOLE, YEAR, SEASON, MONTH, DEKAD)
    assert period_kind(3) == MONTH
    with pytest.raises(TerrascopeError, match="choose 0 to 4"):
        period_kind(5)
    with pytest.raises(TerrascopeError, match="unknown period"):
        period_of(utc(2020, 1, 1), "week")

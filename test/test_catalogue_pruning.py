"""Pruned archive scans (core.findproducts): the same records as listing everything, on random queries over a
generated archive in every layout; date and product folders that the query rules out are never listed;
FIFOs and dangling links are never products (no QGIS)."""

import os
import signal
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import Product, write_names
from terrascope_processing.core import findproducts as catalogue
from terrascope_processing.core.findproducts import scan


def _utc(*parts):
    return datetime(*parts, tzinfo=timezone.utc)


# Acquisitions on the edges of days, months and years (and a leap day), in two missions.
ACQUISITIONS = [
    _utc(2018, 12, 31, 23, 59, 59), _utc(2019, 1, 1, 0, 0, 0), _utc(2019, 1, 31, 10, 50, 21),
    _utc(2019, 2, 1, 10, 50, 19), _utc(2019, 3, 7, 10, 50, 21), _utc(2019, 12, 31, 10, 50, 21),
    _utc(2020, 2, 28, 23, 59, 59), _utc(2020, 2, 29, 10, 50, 21), _utc(2020, 3, 1, 0, 0, 0),
    _utc(2020, 11, 30, 10, 50, 21), _utc(2021, 1, 1, 10, 50, 21),
]
TILES = ("31UFS", "31UES", "38SKG")


def _products():
    products = []
    for index, when in enumerate(ACQUISITIONS):
        mission = "S2A" if index % 2 else "S2B"
        for t_index, tile in enumerate(TILES):
            if (index + t_index) % 3 == 2:
                continue  # not every tile on every date
            for collection in ("TOC", "NDVI", "FAPAR"):
                cloud = float((index * 37 + t_index * 11) % 101)
                versions = ("200", "210") if (index + t_index) % 4 == 0 else ("210",)
                for version in versions:
                    products.append(Product(collection, mission, when, tile, version, cloud_cover=cloud))
    return products


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    """Empty files named as the archive names them, in each layout a scan meets: the Sentinel-2 archive
    (COLLECTION/YYYY/MM/DD/product), PROBA-V date folders (YYYY/YYYYMMDD/product and YYYYMMDD/product),
    a flat folder of files, and folders whose names mean nothing."""
    root = str(tmp_path_factory.mktemp("layouts"))
    for number, product in enumerate(_products()):
        date = product.acquisition
        folder_name = product.name(product.collection, extension="")
        layout = number % 5
        if layout in (0, 1, 2):  # most products where the archive keeps them
            folder = product.folder(root)
        elif layout == 3:
            folder = os.path.join(root, "PROBAV_LIKE", f"{date:%Y}", f"{date:%Y%m%d}", folder_name)
        else:
            folder = os.path.join(root, "V001_LIKE", f"{date:%Y%m%d}", folder_name)
        write_names(product, folder, sidecar_bbox="tile" if product.collection == "TOC" else None)
    flat = os.path.join(root, "my files", "misc")
    for product in _products()[::7]:
        write_names(Product(product.collection, product.mission, product.acquisition, product.tile, "220"),
                    os.path.join(flat, "unpacked"))
    os.makedirs(os.path.join(root, "NDVI_V2", "2019", "13", "40"))  # not dates: entered, empty
    return root


dates = st.one_of(
    st.none(),
    st.sampled_from(ACQUISITIONS).flatmap(
        lambda when: st.sampled_from([when, when - timedelta(seconds=1), when + timedelta(seconds=1),
                                      when.replace(hour=0, minute=0, second=0)])),
    st.datetimes(min_value=datetime(2018, 12, 1), max_value=datetime(2021, 2, 1),
                 timezones=st.just(timezone.utc)),
)
queries = st.fixed_dictionaries({
    "content": st.sampled_from([None, "NDVI", "TOC-B04", "TOC-B04,NDVI", "SCL", "FAPAR_10M", "FAPAR_QUICKLOOK",
                                "AOT", "TOC_QUICKLOOK"]),
    "start": dates,
    "end": dates,
    "tiles": st.lists(st.sampled_from(TILES), max_size=2, unique=True),
    "missions": st.sampled_from([None, "S2A", "S2B"]),
    "resolutions": st.sampled_from([None, "10M", "20M"]),
    "max_cloud": st.sampled_from([None, None, 40.0]),
})


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries)
def test_pruned_scan_equals_the_full_scan(tree, query):
    if query["start"] and query["end"] and query["start"] > query["end"]:
        query["start"], query["end"] = query["end"], query["start"]
    pruned = scan(tree, read_metadata=False, **query)
    full = scan(tree, read_metadata=False, prune=False, **query)
    assert pruned.records == full.records
    assert pruned.warnings == full.warnings
    assert pruned.files_seen <= full.files_seen


def test_the_queries_find_something(tree):
    """The random queries above compare non-trivial results: the archive answers a plain query."""
    records = scan(tree, content="NDVI", start=ACQUISITIONS[4], end=ACQUISITIONS[4], read_metadata=False).records
    assert {r.tile for r in records} == {"31UFS", "38SKG"}
    assert {os.path.relpath(r.path, tree).split(os.sep)[0] for r in scan(tree, read_metadata=False).records} == {
        "TOC_V2", "NDVI_V2", "FAPAR_V2", "PROBAV_LIKE", "V001_LIKE", "my files"}


def _listed_folders(monkeypatch, root, **query):
    listed = []
    real = os.scandir

    def recording(path):
        listed.append(os.path.relpath(path, root))
        return real(path)

    monkeypatch.setattr(catalogue.os, "scandir", recording)
    records = scan(root, read_metadata=False, **query).records
    monkeypatch.setattr(catalogue.os, "scandir", real)
    return listed, records


def test_dates_and_products_ruled_out_are_never_listed(tree, monkeypatch):
    day = ACQUISITIONS[4]  # 2019-03-07
    listed, records = _listed_folders(monkeypatch, tree, content="NDVI", tiles="31UFS", start=day,
                                      end=day + timedelta(hours=1))
    assert [os.path.basename(r.path) for r in records] == [
        "S2B_20190307T105021_31UFS_NDVI_10M_V220.tif"]  # the flat folder holds V220
    for folder in listed:
        parts = folder.split(os.sep)
        years = [p for p in parts if len(p) == 4 and p.isdigit()]
        assert all(y == "2019" for y in years), folder
        if parts[0] in ("TOC_V2", "NDVI_V2", "FAPAR_V2") and len(parts) >= 3 and parts[2] != "13":  # 13: no month
            assert parts[2] == "03" and (len(parts) < 4 or parts[3] == "07"), folder
        assert not any(len(p) == 8 and p.isdigit() and p != "20190307" for p in parts), folder
        product_parts = [p for p in parts if p.startswith("S2")]
        assert all("_31UFS_NDVI_" in p for p in product_parts), folder  # no TOC/FAPAR, no other tile
    assert os.path.join("NDVI_V2", "2019", "03", "07") in listed and os.path.join("TOC_V2", "2019") in listed
    everything, _ = _listed_folders(monkeypatch, tree, prune=False)
    assert len(listed) * 5 < len(everything)


def test_root_inside_the_date_levels(tree, monkeypatch):
    """A scan started at COLLECTION/YYYY knows its subfolders are months."""
    year = os.path.join(tree, "NDVI_V2", "2019")
    listed, records = _listed_folders(monkeypatch, year, start=_utc(2019, 3, 1), end=_utc(2019, 3, 31))
    assert {r.acquisition for r in records} == {ACQUISITIONS[4]}
    assert not [f for f in listed if f.startswith(("01", "02", "12"))]


def test_a_flat_folder_of_files_keeps_working(tree):
    flat = os.path.join(tree, "my files")
    records = scan(flat, content="NDVI", start=_utc(2019, 1, 1), end=_utc(2019, 12, 31, 23, 59, 59),
                   read_metadata=False).records
    assert records and all(r.acquisition.year == 2019 and r.version == "220" for r in records)


def _alarm(seconds):
    def expired(*_):
        raise TimeoutError("the scan hangs")

    signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)


def test_fifo_and_dangling_symlink_are_not_products(tmp_path):
    good = tmp_path / "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif"
    good.write_bytes(b"")
    fifo = tmp_path / "S2A_20190312T105019_31UFS_NDVI_10M_V210.tif"
    os.mkfifo(fifo)
    os.mkfifo(tmp_path / "S2A_20190312T105019_31UFS_NDVI_10M_V210.xml")  # a sidecar that would block too
    (tmp_path / "S2A_20190317T105021_31UFS_NDVI_10M_V210.tif").symlink_to(tmp_path / "gone.tif")
    _alarm(10)
    try:
        result = scan(tmp_path, content="NDVI", max_cloud=50)  # reads sidecars and headers
    finally:
        signal.alarm(0)
    assert [r.path for r in result.records] == [str(good)]
    assert result.files_seen == 1

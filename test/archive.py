"""A small Terrascope archive tree, generated in code for the tests (and reusable by any test).

Layout as on the platform (terrascope-products.md)::

    <root>/TOC_V2/2019/03/07/S2A_20190307T105021_31UFS_TOC_V210/
        S2A_20190307T105021_31UFS_TOC-B04_10M_V210.tif  ..._TOC-B08_10M_V210.tif
        ..._SCENECLASSIFICATION_20M_V210.tif  ..._TOC_QUICKLOOK_V210.tif  ..._TOC_V210.xml
    <root>/FAPAR_V2/2019/03/07/S2A_20190307T105021_31UFS_FAPAR_V210/{10M,20M}/
        ..._FAPAR_10M_V210.tif  ..._SCENECLASSIFICATION_20M_V210.tif  ..._FAPAR_10M_V210.xml
        ..._FAPAR_QUICKLOOK_V210.tif

Usage::

    from archive import make_archive
    archive = make_archive(tmp_path)              # the default products below
    archive.paths(content="NDVI", tile="31UFS")   # the NDVI rasters of one tile, all versions
    archive.file(path).data                       # the exact digital numbers written

Rasters are tiny (``size`` x ``size`` pixels at "10M", half that at "20M") but georeferenced on their
real MGRS tile in UTM: by default the pixels are stretched so the raster covers the whole 109.8 km tile,
which gives realistic footprints (``pixel_10m=10.0`` gives true 10 m pixels covering a corner of the tile).
All rasters of one tile and resolution share one grid, whatever the date, so they can be composited.

Pixel values (``pixel_values``) are known exactly: ``day * 10 + i`` for pixel ``i`` (row-major, modulo 20)
for NDVI/FAPAR/FCOVER/LAI, plus 5 in V200 copies (so a test can tell which version was used); TOC bands
add 500 (B04) or 3000 (B08, or 1000 for the others). The SCL is 4 (vegetation) everywhere except the first
pixel, 9 (cloud high probability) on 2019-03-12 (``CLOUDY_DAY``). Nodata: 255 for biophysical DNs,
32767 for TOC bands, none declared for the SCL (as delivered).
"""

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np
from osgeo import osr

from rasters import make_raster

TILE_SIZE = 109800.0  # metres
TILES = {  # tile -> (EPSG, upper-left x, upper-left y) of the MGRS tile's UTM grid
    "31UFS": (32631, 600000.0, 5700000.0),
    "31UES": (32631, 499980.0, 5700000.0),
    "38SKG": (32638, 199980.0, 3900000.0),  # far away (Iraq): outside any Belgian extent
}

D1 = datetime(2019, 3, 7, 10, 50, 21, tzinfo=timezone.utc)
D2 = datetime(2019, 3, 12, 10, 50, 19, tzinfo=timezone.utc)
D3 = datetime(2019, 3, 17, 10, 50, 21, tzinfo=timezone.utc)
FAR_DATE = datetime(2019, 3, 10, 7, 49, 41, tzinfo=timezone.utc)
CLOUDY_DAY = D2

# Lon/lat boxes (west, south, east, north) for extent filters.
LIEGE_BBOX = (5.4, 50.5, 5.7, 50.7)  # inside 31UFS only
BRUGES_BBOX = (3.1, 51.1, 3.3, 51.3)  # inside 31UES only
BELGIUM_BBOX = (2.5, 49.4, 6.5, 51.6)  # 31UFS and 31UES, not 38SKG

COLLECTION_CONTENTS = {"TOC": None, "NDVI": ("10M",), "FAPAR": ("10M", "20M"), "FCOVER": ("10M", "20M"),
                       "LAI": ("10M", "20M")}
XML_NAMESPACES = {
    "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco",
    "gml": "http://www.opengis.net/gml/3.2",
    "gmi": "http://www.isotc211.org/2005/gmi",
}


@dataclass(frozen=True)
class Product:
    """One Terrascope product (one acquisition of one tile in one collection and version)."""

    collection: str  # "TOC", "NDVI", "FAPAR", "FCOVER" or "LAI"
    mission: str
    acquisition: datetime  # UTC
    tile: str
    version: str = "210"
    cloud_cover: float | None = None  # written into the XML sidecar when not None
    xml: bool = True  # write the XML sidecar(s)
    bands: tuple = ("B04", "B08")  # TOC only

    @property
    def stamp(self):
        return self.acquisition.strftime("%Y%m%dT%H%M%S")

    @property
    def resolutions(self):
        """The resolution subfolders of a biophysical product; ``("",)`` for the flat TOC folder."""
        return COLLECTION_CONTENTS[self.collection] or ("",)

    def name(self, content, resolution="", extension=".tif"):
        parts = [self.mission, self.stamp, self.tile, content] + ([resolution] if resolution else [])
        return "_".join(parts + ["V" + self.version]) + extension

    @property
    def identifier(self):
        return f"urn:eop:VITO:TERRASCOPE_S2_{self.collection}_V2:{self.name(self.collection, extension='')}"

    def folder(self, root):
        date = self.acquisition
        return os.path.join(os.fspath(root), f"{self.collection}_V2", f"{date:%Y}", f"{date:%m}", f"{date:%d}",
                            self.name(self.collection, extension=""))


@dataclass(frozen=True)
class ArchiveFile:
    """One file written into the archive."""

    path: str
    product: Product
    content: str  # "TOC-B04", "NDVI", "SCENECLASSIFICATION", "FAPAR_QUICKLOOK", "TOC" (XML) ...
    resolution: str
    kind: str  # "raster", "scl", "quicklook" or "xml"
    data: np.ndarray | None = None  # the digital numbers written (rasters only)


@dataclass
class Archive:
    """What ``make_archive`` wrote: the products, every file, and the foreign files."""

    root: str
    products: list
    files: list = field(default_factory=list)
    foreign: list = field(default_factory=list)  # paths that are not Terrascope files

    def select(self, content=None, tile=None, version=None, resolution=None, mission=None, kind="raster",
               acquisition=None):
        """The files matching every given criterion (kind: "raster", "scl", "quicklook", "xml" or None)."""
        return [f for f in self.files
                if (kind is None or f.kind == kind)
                and (content is None or f.content == content)
                and (tile is None or f.product.tile == tile)
                and (version is None or f.product.version == version)
                and (resolution is None or f.resolution == resolution)
                and (mission is None or f.product.mission == mission)
                and (acquisition is None or f.product.acquisition == acquisition)]

    def paths(self, **criteria):
        """Sorted paths of ``select(**criteria)``."""
        return sorted(f.path for f in self.select(**criteria))

    def file(self, path):
        """The ``ArchiveFile`` written at ``path``."""
        path = os.fspath(path)
        for item in self.files:
            if item.path == path:
                return item
        raise KeyError(path)


def default_products():
    """Two Belgian tiles on three dates in TOC, NDVI and FAPAR, duplicate versions, and a far tile."""
    return [
        # TOC: D1 31UFS exists in V200 and V210 (as in the real catalogue), D3 31UFS has no XML.
        Product("TOC", "S2A", D1, "31UFS", "200", cloud_cover=40.0),
        Product("TOC", "S2A", D1, "31UFS", "210", cloud_cover=35.0),
        Product("TOC", "S2A", D1, "31UES", "210", cloud_cover=10.0),
        Product("TOC", "S2B", D2, "31UFS", "210", cloud_cover=80.0),
        Product("TOC", "S2B", D2, "31UES", "210", cloud_cover=75.0),
        Product("TOC", "S2A", D3, "31UFS", "210", xml=False),
        # NDVI (10M only)
        Product("NDVI", "S2A", D1, "31UFS", "210", cloud_cover=35.0),
        Product("NDVI", "S2A", D1, "31UES", "210", cloud_cover=10.0),
        Product("NDVI", "S2B", D2, "31UFS", "210", cloud_cover=80.0),
        Product("NDVI", "S2A", D3, "31UFS", "210", xml=False),
        # FAPAR (10M and 20M) in two versions
        Product("FAPAR", "S2A", D1, "31UFS", "200", cloud_cover=35.0),
        Product("FAPAR", "S2A", D1, "31UFS", "210", cloud_cover=35.0),
        # far away
        Product("TOC", "S2A", FAR_DATE, "38SKG", "210", cloud_cover=5.0),
        Product("NDVI", "S2A", FAR_DATE, "38SKG", "210", cloud_cover=5.0),
    ]


def pixel_values(product, content, shape):
    """The digital numbers ``make_archive`` writes for one content of a product (see the module doc)."""
    rows, cols = shape
    if content == "SCENECLASSIFICATION":
        data = np.full(shape, 4, np.uint8)
        if product.acquisition == CLOUDY_DAY:
            data[0, 0] = 9
        return data
    ramp = (np.arange(rows * cols) % 20).reshape(shape)
    base = product.acquisition.day * 10 + (5 if product.version == "200" else 0)
    if content.startswith("TOC-"):
        offset = {"TOC-B04": 500, "TOC-B08": 3000}.get(content, 1000)
        return (offset + base + ramp).astype(np.int16)
    return (base + ramp).astype(np.uint8)


def tile_bbox(tile):
    """The (west, south, east, north) lon/lat box of a whole MGRS tile (edges densified)."""
    epsg, x0, y0 = TILES[tile]
    source = osr.SpatialReference()
    source.ImportFromEPSG(epsg)
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    steps = np.linspace(0.0, TILE_SIZE, 9)
    edge = [(x0 + s, y0) for s in steps] + [(x0 + TILE_SIZE, y0 - s) for s in steps] + \
           [(x0 + s, y0 - TILE_SIZE) for s in steps] + [(x0, y0 - s) for s in steps]
    points = transform.TransformPoints(edge)
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)


def write_sidecar(path, product, begin=None, end=None, bbox=None):
    """An ISO 19139 (19115-2) product sidecar: file identifier, bounding box, time period and (when the
    product has one) cloud cover; the structure the Terrascope XMLs use (namespaces ``XML_NAMESPACES``)."""
    west, south, east, north = bbox or tile_bbox(product.tile)
    begin = begin or product.acquisition
    end = end or product.acquisition
    iso = "%Y-%m-%dT%H:%M:%S.000Z"
    cloud = ""
    if product.cloud_cover is not None:
        cloud = ("  <gmd:contentInfo>\n    <gmd:MD_ImageDescription>\n      <gmd:cloudCoverPercentage>"
                 f"<gco:Real>{product.cloud_cover}</gco:Real></gmd:cloudCoverPercentage>\n"
                 "    </gmd:MD_ImageDescription>\n  </gmd:contentInfo>\n")
    namespaces = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in XML_NAMESPACES.items())
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<gmd:MD_Metadata {namespaces}>
  <gmd:fileIdentifier><gco:CharacterString>{product.identifier}</gco:CharacterString></gmd:fileIdentifier>
  <gmd:identificationInfo>
    <gmd:MD_DataIdentification>
      <gmd:extent>
        <gmd:EX_Extent>
          <gmd:geographicElement>
            <gmd:EX_GeographicBoundingBox>
              <gmd:westBoundLongitude><gco:Decimal>{west:.7f}</gco:Decimal></gmd:westBoundLongitude>
              <gmd:eastBoundLongitude><gco:Decimal>{east:.7f}</gco:Decimal></gmd:eastBoundLongitude>
              <gmd:southBoundLatitude><gco:Decimal>{south:.7f}</gco:Decimal></gmd:southBoundLatitude>
              <gmd:northBoundLatitude><gco:Decimal>{north:.7f}</gco:Decimal></gmd:northBoundLatitude>
            </gmd:EX_GeographicBoundingBox>
          </gmd:geographicElement>
          <gmd:temporalElement>
            <gmd:EX_TemporalExtent>
              <gmd:extent>
                <gml:TimePeriod gml:id="period">
                  <gml:beginPosition>{begin.strftime(iso)}</gml:beginPosition>
                  <gml:endPosition>{end.strftime(iso)}</gml:endPosition>
                </gml:TimePeriod>
              </gmd:extent>
            </gmd:EX_TemporalExtent>
          </gmd:temporalElement>
        </gmd:EX_Extent>
      </gmd:extent>
    </gmd:MD_DataIdentification>
  </gmd:identificationInfo>
{cloud}</gmd:MD_Metadata>
"""
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(text)
    return os.fspath(path)


def _grid(tile, resolution, size, pixel_10m):
    epsg, x0, y0 = TILES[tile]
    factor = {"10M": 1, "20M": 2, "60M": 6}.get(resolution, 1)
    pixels = max(size // factor, 1)
    pixel = (pixel_10m if pixel_10m else TILE_SIZE / size) * size / pixels
    return epsg, (x0, y0), pixel, (pixels, pixels)


def _write_product(archive, product, size, pixel_10m):
    folder = product.folder(archive.root)
    for resolution in product.resolutions:
        where = os.path.join(folder, resolution) if resolution else folder
        os.makedirs(where, exist_ok=True)
        if product.collection == "TOC":
            contents = [(f"TOC-{band}", "10M" if band in ("B02", "B03", "B04", "B08") else "20M")
                        for band in product.bands]
        else:
            contents = [(product.collection, resolution)]
        for content, res in contents:
            epsg, origin, pixel, shape = _grid(product.tile, res, size, pixel_10m)
            data = pixel_values(product, content, shape)
            nodata = 32767 if content.startswith("TOC-") else 255
            path = make_raster(os.path.join(where, product.name(content, res)), data, nodata=nodata,
                               pixel=pixel, origin=origin, epsg=epsg)
            archive.files.append(ArchiveFile(path, product, content, res, "raster", data))
        epsg, origin, pixel, shape = _grid(product.tile, "20M", size, pixel_10m)
        data = pixel_values(product, "SCENECLASSIFICATION", shape)
        path = make_raster(os.path.join(where, product.name("SCENECLASSIFICATION", "20M")), data,
                           pixel=pixel, origin=origin, epsg=epsg)
        archive.files.append(ArchiveFile(path, product, "SCENECLASSIFICATION", "20M", "scl", data))
        quicklook = f"{product.collection}_QUICKLOOK"
        epsg, origin, pixel, shape = _grid(product.tile, "60M", size, pixel_10m)
        path = make_raster(os.path.join(where, product.name(quicklook)), np.zeros(shape, np.uint8),
                           pixel=pixel, origin=origin, epsg=epsg)
        archive.files.append(ArchiveFile(path, product, quicklook, "", "quicklook"))
        if product.xml:
            xml_res = "" if product.collection == "TOC" else resolution
            path = write_sidecar(os.path.join(where, product.name(product.collection, xml_res, ".xml")), product)
            archive.files.append(ArchiveFile(path, product, product.collection, xml_res, "xml"))


TOC_FILES = ([f"TOC-{b}_10M" for b in ("B02", "B03", "B04", "B08")]
             + [f"TOC-{b}_20M" for b in ("B05", "B06", "B07", "B8A", "B11", "B12")]
             + ["TOC-B01_60M", "AOT_60M", "WVP_60M", "SZA_60M", "VZA_60M", "RAA_60M", "SCENECLASSIFICATION_20M",
                "TOC_QUICKLOOK"])


def write_names(product, folder, sidecar_bbox=None):
    """The files of ``product`` as EMPTY files (names only: what a names-only scan reads) in its product
    folder ``folder`` (a TOC product flat, the others with their 10M/20M subfolders), with an XML
    sidecar where ``sidecar_bbox`` is given (``"tile"``: the tile's box). Returns the paths written."""
    written = []

    def touch(where, name):
        os.makedirs(where, exist_ok=True)
        path = os.path.join(where, name)
        open(path, "wb").close()
        written.append(path)

    bbox = tile_bbox(product.tile) if sidecar_bbox == "tile" else sidecar_bbox
    if product.collection == "TOC":
        for part in TOC_FILES:
            content, _, res = part.rpartition("_") if part[-1] == "M" else (part, "", "")
            touch(folder, product.name(content, res))
        if bbox is not None:
            written.append(write_sidecar(os.path.join(folder, product.name("TOC", "", ".xml")), product, bbox=bbox))
        return written
    for res in product.resolutions:
        where = os.path.join(folder, res)
        for name in (product.name(product.collection, res), product.name("SCENECLASSIFICATION", "20M"),
                     product.name(product.collection + "_QUICKLOOK")):
            touch(where, name)
        if bbox is not None:
            written.append(write_sidecar(os.path.join(where, product.name(product.collection, res, ".xml")),
                                         product, bbox=bbox))
    return written


def _write_foreign(archive):
    """Files and folders a scan must ignore."""
    root = archive.root
    folder = os.path.join(root, "NDVI_V2", "2019", "03", "07")
    os.makedirs(folder, exist_ok=True)
    names = [
        os.path.join(root, "README.txt"),
        os.path.join(root, "notes.tif"),
        os.path.join(root, "PROBAV_S2_TOC_X18Y02_20170420_333M_V101_NDVI.tif"),  # no S2 synthesis
        os.path.join(root, "S2A_2019_31UFS_NDVI.tif"),
        os.path.join(folder, "S2A_20191307T105021_31UFS_NDVI_10M_V210.tif"),  # month 13
        os.path.join(folder, "S2A_20190307T105021_31UFS_NDVI_10M_V210.tif.aux.xml"),
        os.path.join(folder, "S2X_20190307T105021_31UFS_NDVI_10M_V210.tif"),  # no such mission
    ]
    for path in names:
        with open(path, "w", encoding="utf-8") as stream:
            stream.write("not a Terrascope product\n")
        archive.foreign.append(path)
    empty = os.path.join(folder, "S2A_20190307T105021_31UFS_NDVI_V999")  # product-like folder, no files
    os.makedirs(empty, exist_ok=True)
    archive.foreign.append(empty)


def make_archive(root, products=None, size=4, pixel_10m=None, foreign=True):
    """Write an archive tree under ``root`` (created if needed) and return its ``Archive`` manifest.

    ``products``: a list of ``Product`` (default ``default_products()``); ``size``: pixels per side at
    10M (20M rasters and the SCL have half, quicklooks a sixth, at least 1); ``pixel_10m``: the 10M pixel
    size in metres (default: the raster covers the whole tile); ``foreign``: also write files that are
    not Terrascope products (they go to ``Archive.foreign``).
    """
    root = os.path.abspath(os.fspath(root))
    os.makedirs(root, exist_ok=True)
    archive = Archive(root=root, products=list(products if products is not None else default_products()))
    for product in archive.products:
        _write_product(archive, product, size, pixel_10m)
    if foreign:
        _write_foreign(archive)
    return archive


__all__ = ["Archive", "ArchiveFile", "Product", "make_archive", "default_products", "pixel_values",
           "tile_bbox", "write_sidecar", "write_names", "TOC_FILES", "TILES", "TILE_SIZE", "D1", "D2", "D3", "FAR_DATE", "CLOUDY_DAY",
           "LIEGE_BBOX", "BRUGES_BBOX", "BELGIUM_BBOX"]

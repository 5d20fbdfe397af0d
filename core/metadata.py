"""The ISO 19115-2 / INSPIRE (ISO 19139) XML sidecar of a Terrascope product: find it, read it safely.

Only what the plugin uses is read: cloud cover, footprint, acquisition period and file identifier.
Elements are matched on their local names, so any namespace prefix or version (gmd/gmi/gml 3.1 or
3.2) works, and every field may be absent. The file name and the GeoTIFF stay the authority for
tile, time and version; the XML adds what it has.

The sidecar is untrusted input: it is read with a size cap, parsed by lxml with entity resolution,
network access and DTD loading off, and refused when it carries a DOCTYPE with entity declarations
or an external DTD reference (entity bombs, XXE). Every failure is a ``MetadataError`` naming the file.
"""

import math
import os
import re
import stat
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from lxml import etree

from .errors import MetadataError
from .naming import SCL_CONTENT, QUICKLOOK_SUFFIX, try_parse_name

MAX_SIDECAR_BYTES = 16 * 1024 * 1024  # real sidecars are ~40 kB

TOC_CONTENT = "TOC"  # the content part of the TOC product's XML and folder names
# Files of a TOC product folder that are not "TOC-Bxx" bands but share its XML.
_TOC_AUXILIARY = frozenset({"AOT", "WVP", "SZA", "VZA", "RAA", "CLOUDMASK"})
_ROOTS = frozenset({"MD_Metadata", "MI_Metadata"})


def product_content(content):
    """The content of the product (folder and XML) that holds files of ``content``: ``TOC`` for TOC
    bands, auxiliary layers and the TOC quicklook, else the content without ``_QUICKLOOK``."""
    base = content[: -len(QUICKLOOK_SUFFIX)] if content.endswith(QUICKLOOK_SUFFIX) else content
    if base == TOC_CONTENT or base.startswith(TOC_CONTENT + "-") or base in _TOC_AUXILIARY:
        return TOC_CONTENT
    return base


@dataclass(frozen=True)
class SidecarMetadata:
    """What the XML sidecar says; None wherever it says nothing usable."""

    cloud_cover: float | None = None  # percent, 0..100
    footprint_wkt: str | None = None  # POLYGON (or MULTIPOLYGON) in EPSG:4326, lon/lat order
    begin: datetime | None = None  # UTC, timezone-aware
    end: datetime | None = None
    identifier: str | None = None  # fileIdentifier, e.g. urn:eop:VITO:TERRASCOPE_S2_TOC_V2:<title>


# ---------------------------------------------------------------------------------------------
# Finding the sidecar


def find_sidecar(path):
    """The XML sidecar of the product that ``path`` belongs to, or None where there is none.

    An ``.xml`` path is returned as it is (if the file exists). For a ``.tif``, the XML beside it:
    TOC bands, AOT, WVP, angles, cloud mask, SCL and quicklook of a TOC folder share
    ``<...>_TOC_V<VVV>.xml``; a biophysical ``<...>_FAPAR_10M_V200.tif`` has ``<...>_FAPAR_10M_V200.xml``;
    the SCL and the quicklook in a biophysical 10M/20M folder take that folder's biophysical XML when
    exactly one exists. Names that do not follow the convention give None.
    """
    path = os.fspath(path)
    if path.lower().endswith(".xml"):
        return path if os.path.isfile(path) else None
    name = try_parse_name(path)
    if name is None or not name.extension:
        return None
    folder = os.path.dirname(path)

    def existing(file_name):
        candidate = os.path.join(folder, file_name)
        return candidate if os.path.isfile(candidate) else None

    content = name.content
    base = product_content(content)
    toc_xml = name.sibling(TOC_CONTENT, "", ".xml")

    if base == TOC_CONTENT:
        return existing(toc_xml)
    if content == SCL_CONTENT:
        return existing(toc_xml) or _unique_product_xml(folder, name, content=None)
    if name.is_quicklook or not name.resolution:
        return _unique_product_xml(folder, name, content=base)
    return existing(name.sibling(content, name.resolution, ".xml"))


def _unique_product_xml(folder, name, content):
    """The one resolution-bearing (biophysical) XML of the same acquisition and version in ``folder``.

    ``content`` None accepts any content but TOC. None when there is none or more than one.
    """
    try:
        entries = os.listdir(folder or os.curdir)
    except OSError:
        return None
    found = []
    for entry in entries:
        other = try_parse_name(entry)
        if (
            other is not None
            and other.extension == ".xml"
            and other.resolution
            and other.acquisition_key == name.acquisition_key
            and other.version == name.version
            and other.content != TOC_CONTENT
            and (content is None or other.content == content)
            and os.path.isfile(os.path.join(folder, entry))
        ):
            found.append(os.path.join(folder, entry))
    return found[0] if len(found) == 1 else None


# ---------------------------------------------------------------------------------------------
# Reading it safely


def read_sidecar(path, max_bytes=MAX_SIDECAR_BYTES):
    """Read an ISO 19139 sidecar; raises ``MetadataError`` naming the file for anything unreadable,
    malformed, too large, not an ISO 19115 record, or carrying entity declarations / an external DTD."""
    path = os.fspath(path)
    root = _parse(path, _read_capped(path, max_bytes))
    record = _metadata_record(root)
    if record is None:
        raise MetadataError(
            f"{path}: not an ISO 19115/19139 metadata record (root element <{_local(root)}>, "
            f"expected MD_Metadata or MI_Metadata)"
        )
    begin, end = _time_period(record)
    return SidecarMetadata(
        cloud_cover=_cloud_cover(record),
        footprint_wkt=_footprint(record),
        begin=begin,
        end=end,
        identifier=_identifier(record),
    )


def _read_capped(path, max_bytes):
    try:
        info = os.stat(path)
    except OSError as error:
        raise MetadataError(f"{path}: cannot read the XML metadata: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):
        raise MetadataError(f"{path}: cannot read the XML metadata: not a regular file")
    if info.st_size > max_bytes:
        raise MetadataError(
            f"{path}: XML metadata too large ({info.st_size} bytes; the limit is {max_bytes} bytes)"
        )
    try:
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as error:
        raise MetadataError(f"{path}: cannot read the XML metadata: {error.strerror or error}") from None
    if len(data) > max_bytes:  # grew since stat
        raise MetadataError(f"{path}: XML metadata too large (over the limit of {max_bytes} bytes)")
    return data


_DOCTYPE = re.compile(r"<!DOCTYPE\b", re.IGNORECASE)
_ENTITY_DECL = re.compile(r"<!ENTITY\b", re.IGNORECASE)
_EXTERNAL_ID = re.compile(r"<!DOCTYPE\s+[^\s\[>]+\s+(?:SYSTEM|PUBLIC)\b", re.IGNORECASE)
_ELEMENT_START = re.compile(r"<[^!?/]")


def _prolog(data):
    """The document's text before its root element, whatever its (common) encoding: where a DOCTYPE
    has to be. A quick first check only; the parsed document's docinfo is checked again after."""
    head = data[:2]
    if head in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16", errors="replace")
    elif head in (b"<\x00", b"\x00<"):
        text = data.decode("utf-16-le" if head == b"<\x00" else "utf-16-be", errors="replace")
    else:
        text = data.decode("latin-1")  # byte-transparent: ASCII markup is found in any ASCII superset
    start = _ELEMENT_START.search(text)
    return text[: start.start()] if start else text


def _refuse_dtd(path, prolog):
    if not _DOCTYPE.search(prolog):
        return
    if _ENTITY_DECL.search(prolog):
        raise MetadataError(
            f"{path}: refused: the XML declares entities in a DOCTYPE (entity expansion and external "
            f"entities are not allowed in metadata)"
        )
    if _EXTERNAL_ID.search(prolog):
        raise MetadataError(f"{path}: refused: the XML references an external DTD (not allowed in metadata)")


def _parse(path, data):
    _refuse_dtd(path, _prolog(data))
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        message = (getattr(error, "msg", None) or str(error)).strip()
        raise MetadataError(f"{path}: malformed XML metadata: {message}") from None
    except Exception as error:  # lxml/libxml2 must never escape (ValueError, ParserError, ...)
        raise MetadataError(f"{path}: unreadable XML metadata: {error}") from None
    if root is None:
        raise MetadataError(f"{path}: malformed XML metadata: empty document")
    # The parsed document is the authority (it sees every encoding): check the DTD again.
    docinfo = root.getroottree().docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise MetadataError(f"{path}: refused: the XML declares entities in a DOCTYPE")
    if docinfo.system_url or docinfo.public_id:
        raise MetadataError(f"{path}: refused: the XML references an external DTD (not allowed in metadata)")
    return root


# ---------------------------------------------------------------------------------------------
# Element helpers (namespace-agnostic)


def _local(element):
    tag = element.tag
    if not isinstance(tag, str):  # comment, PI, entity
        return None
    return tag.rpartition("}")[2]


def _descendants(element, local):
    for node in element.iter():
        if node is not element and _local(node) == local:
            yield node


def _first(element, local):
    return next(_descendants(element, local), None)


def _text(element):
    """The string value (all descendant text, comments excluded), whitespace stripped; None if empty."""
    if element is None:
        return None
    value = "".join(element.itertext()).strip()
    return value or None


def _number(element):
    text = _text(element)
    if text is None:
        return None
    try:
        value = float(text.replace(",", ".") if text.count(",") == 1 and "." not in text else text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _metadata_record(root):
    if _local(root) in _ROOTS:
        return root
    for node in root.iter():
        if _local(node) in _ROOTS:
            return node  # e.g. wrapped in a CSW GetRecordByIdResponse
    return None


# ---------------------------------------------------------------------------------------------
# Fields


def _identifier(record):
    for child in record:
        if _local(child) == "fileIdentifier":
            return _text(child)
    return _text(_first(record, "fileIdentifier"))


def _cloud_cover(record):
    value = _number(_first(record, "cloudCoverPercentage"))
    if value is None or not 0.0 <= value <= 100.0:
        return None
    return value


_DATE_TIME = re.compile(
    r"""^(?P<date>\d{4}-\d{2}-\d{2})
    (?:[T\s](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?)?
    \s*(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?$""",
    re.VERBOSE | re.ASCII | re.IGNORECASE,
)


def parse_datetime(text):
    """An ISO 8601 date or date-time as a timezone-aware UTC datetime; None if it is not one.

    No zone means UTC; fractions beyond microseconds are truncated.
    """
    if text is None:
        return None
    match = _DATE_TIME.match(text.strip())
    if not match:
        return None
    try:
        value = datetime.strptime(match["date"], "%Y-%m-%d")
        value = value.replace(
            hour=int(match["hour"] or 0),
            minute=int(match["minute"] or 0),
            second=int(match["second"] or 0),
            microsecond=int((match["fraction"] or "0")[:6].ljust(6, "0")),
        )
    except ValueError:
        return None
    zone = (match["zone"] or "Z").upper()
    if zone == "Z":
        return value.replace(tzinfo=timezone.utc)
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        return None
    offset = timezone(sign * timedelta(hours=hours, minutes=minutes))
    return value.replace(tzinfo=offset).astimezone(timezone.utc)


def _period_end(period, position, wrapper):
    """TimePeriod/beginPosition, or the GML 3.1 form TimePeriod/begin/TimeInstant/timePosition."""
    element = _first(period, position)
    if element is None:
        outer = _first(period, wrapper)
        element = _first(outer, "timePosition") if outer is not None else None
    return parse_datetime(_text(element))


def _time_period(record):
    period = _first(record, "TimePeriod")
    if period is not None:
        return _period_end(period, "beginPosition", "begin"), _period_end(period, "endPosition", "end")
    extent = _first(record, "EX_TemporalExtent")
    instant = _first(extent, "timePosition") if extent is not None else None
    moment = parse_datetime(_text(instant))
    return moment, moment


# Footprint -------------------------------------------------------------------------------------


def _format(value):
    return repr(float(value))


def _ring_wkt(points):
    return "(" + ", ".join(f"{_format(x)} {_format(y)}" for x, y in points) + ")"


def _bbox_rings(west, east, south, north):
    def box(w, e):
        return [(w, south), (e, south), (e, north), (w, north), (w, south)]

    if west <= east:
        return [box(west, east)]
    return [box(west, 180.0), box(-180.0, east)]  # crosses the antimeridian


def _bounding_box(record):
    """(west, east, south, north) of the first complete, valid EX_GeographicBoundingBox, or None."""
    for box in _descendants(record, "EX_GeographicBoundingBox"):
        values = [
            _number(_first(box, local))
            for local in ("westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude")
        ]
        if any(value is None for value in values):
            continue
        west, east, south, north = values
        if not (-180.0 <= west <= 180.0 and -180.0 <= east <= 180.0 and -90.0 <= south < north <= 90.0):
            continue
        if west == east:
            continue
        return west, east, south, north
    return None


def _wkt(rings):
    if len(rings) == 1:
        return "POLYGON (" + _ring_wkt(rings[0]) + ")"
    return "MULTIPOLYGON (" + ", ".join("(" + _ring_wkt(ring) + ")" for ring in rings) + ")"


def _srs_name(element):
    """The srsName in force at ``element``: its own or the nearest ancestor's."""
    node = element
    while node is not None:
        for key, value in node.attrib.items():
            if key.rpartition("}")[2] == "srsName":
                return value
        node = node.getparent()
    return None


def _axis_order(srs_name):
    """'latlon', 'lonlat', None (unknown: no srsName) or 'other' (not WGS 84 geographic)."""
    if not srs_name:
        return None
    name = srs_name.strip().lower()
    if "crs84" in name:
        return "lonlat"
    code = re.search(r"(\d+)\s*$", name)
    if not code or code.group(1) != "4326":
        return "other"
    if name.startswith("urn:") or "/def/crs/" in name:
        return "latlon"  # the EPSG axis order, as GML 3.2 and INSPIRE use it
    return "lonlat"  # "EPSG:4326", ".../gml/srs/epsg.xml#4326": the traditional x/y order


def _ring_coordinates(ring):
    """The coordinate pairs of a gml LinearRing (posList, pos elements or GML 2 coordinates)."""
    pos_list = _first(ring, "posList")
    if pos_list is not None:
        dimension = pos_list.get("srsDimension") or ring.get("srsDimension") or "2"
        numbers = (_text(pos_list) or "").split()
    else:
        positions = list(_descendants(ring, "pos"))
        if positions:
            dimension = positions[0].get("srsDimension") or "2"
            numbers = [n for pos in positions for n in (_text(pos) or "").split()]
        else:
            dimension = "2"
            numbers = (_text(_first(ring, "coordinates")) or "").replace(",", " ").split()
    try:
        step = int(dimension)
        values = [float(n) for n in numbers]
    except ValueError:
        return None
    if step < 2 or len(values) % step or not all(math.isfinite(v) for v in values):
        return None
    pairs = [(values[i], values[i + 1]) for i in range(0, len(values), step)]
    if len(pairs) < 3:
        return None
    if pairs[0] != pairs[-1]:
        pairs.append(pairs[0])
    if len(pairs) < 4 or len(set(pairs)) < 3:
        return None
    return pairs


def _valid_lonlat(ring):
    return all(-180.0 <= x <= 180.0 and -90.0 <= y <= 90.0 for x, y in ring)


def _within(ring, bbox, tolerance=0.01):
    west, east, south, north = bbox
    if west > east:  # antimeridian: only the latitudes can be checked simply
        return all(south - tolerance <= y <= north + tolerance for _, y in ring)
    return all(
        west - tolerance <= x <= east + tolerance and south - tolerance <= y <= north + tolerance
        for x, y in ring
    )


def _polygon_rings(record, bbox):
    """Exterior rings (lon/lat) of the gml polygons of EX_BoundingPolygon elements, or None.

    The axis order comes from srsName; where it is unknown, or where the declared order does not fit
    the bounding box but the swapped one does, the bounding box decides.
    """
    rings = []
    for bounding in _descendants(record, "EX_BoundingPolygon"):
        for polygon in _descendants(bounding, "Polygon"):
            exterior = _first(polygon, "exterior")
            if exterior is None:
                exterior = _first(polygon, "outerBoundaryIs")  # GML 2
            ring_element = _first(exterior, "LinearRing") if exterior is not None else None
            if ring_element is None:
                continue
            pairs = _ring_coordinates(ring_element)
            if pairs is None:
                continue
            order = _axis_order(_srs_name(ring_element))
            if order == "other":
                continue
            as_lonlat = pairs if order == "lonlat" else [(y, x) for x, y in pairs]
            # Try the declared order (unknown: lat/lon as GML 3.2 reads EPSG:4326) then the swapped
            # one; the first that is valid and, where there is a bounding box, lies in it wins.
            candidates = [as_lonlat, [(y, x) for x, y in as_lonlat]]
            chosen = None
            for candidate in candidates:
                if not _valid_lonlat(candidate):
                    continue
                if bbox is not None and not _within(candidate, bbox):
                    continue
                chosen = candidate
                break
            if chosen is None:
                continue
            rings.append(chosen)
    return rings or None


def _footprint(record):
    bbox = _bounding_box(record)
    rings = _polygon_rings(record, bbox)
    if rings:
        return _wkt(rings)
    if bbox is not None:
        return _wkt(_bbox_rings(*bbox))
    return None

"""Help paragraphs several algorithms share, written once; where they state product facts they are
generated from the families' product tables (``core.products``), so help and behaviour cannot drift."""

from qgis.PyQt.QtCore import QCoreApplication

from ..core.probav import PROBAV
from ..core.products import FAMILIES
from ..core.raster import METRES_PER_DEGREE
from ..core.sentinel2 import SENTINEL2
from ..core.statusmap import SCL_READING


def _tr(text):
    return QCoreApplication.translate("HelpTexts", text)


def number_text(value):
    return f"{value:g}" if value is not None else ""


def formula_text(scale, offset):
    """``0.004 × DN − 0.08``"""
    return f"{number_text(scale)} × DN {'−' if offset < 0 else '+'} {number_text(abs(offset))}"


def _names(contents):
    return f"{contents[0]} … {contents[-1]}" if len(contents) > 3 else ", ".join(contents)


def scaling_lines():
    """One line per family and group of contents that scale alike (TOC bands together)."""
    lines = []
    for family in FAMILIES:
        groups = {}
        for content in family.scalable_contents:
            spec = family.contents[content]
            key = (spec.scale, spec.offset, spec.nodata, spec.valid_min, spec.valid_max, spec.unit, spec.bands)
            groups.setdefault(key, []).append(content)
        for (scale, offset, nodata, valid_min, valid_max, unit, bands), contents in groups.items():
            names = f"{family.title} {_names(contents)}"
            if scale is None:
                lines.append(f"{names}: " + _tr("no published scale (the file's tags, or 'Scale' and 'Offset')"))
                continue
            text = f"{names}: {formula_text(scale, offset)}"
            if valid_min is not None:
                text += f", valid DN {number_text(valid_min)}–{number_text(valid_max)}"
            text += f", nodata DN {number_text(nodata)}"
            if bands:
                text += " (" + _tr("bands") + " " + ", ".join(bands) + ")"
            if unit:
                text += f" ({unit})"
            lines.append(text)
    return lines


def nodata_facts():
    """``255 for Sentinel-2 NDVI, FAPAR, …, PROBA-V NDVI; 32767 for …``: the tables' nodata DNs, grouped."""
    groups = {}
    for family in FAMILIES:
        for content in family.scalable_contents:
            nodata = family.contents[content].nodata
            if nodata is not None:
                groups.setdefault(nodata, {}).setdefault(family.title, []).append(content)
    return "; ".join(
        f"{number_text(nodata)} for "
        + ", ".join(f"{title} {_names(contents)}" for title, contents in by_family.items())
        for nodata, by_family in groups.items())


def quality_layer_paragraph():
    """Where each family's quality layer is and how its classes are read (one paragraph per family)."""
    return _tr(
        "Quality layer: for {s2} the scene classification (SCL) …_{scl}_{scl_resolution}_… of the same product, "
        "found beside the input by the naming convention (same folder, or the sibling {scl_resolution} folder "
        "of a biophysical product) unless given; it is put onto the input's grid by nearest neighbour, never "
        "interpolated, and SCL 0 (no data) is a class like the others although the files do not declare it."
        "\n\n"
        "For {pv} the status map …_{sm}.tif of the same product, beside it; its classes read as SCL "
        "classes: {reading}. So the default classes mask every {pv} pixel that is not clear; add 6 to mask "
        "the sea too, and switch on the advanced radiometric-quality option to mask pixels whose status map "
        "flags a band the values depend on. Distances in metres on {pv}'s plate carrée grids count "
        "{metres:g} m per degree."
    ).format(metres=METRES_PER_DEGREE, s2=SENTINEL2.title, scl=SENTINEL2.quality.content, scl_resolution=SENTINEL2.quality.resolution,
             pv=PROBAV.title, sm=PROBAV.quality.content, reading=SCL_READING)


def atomic_output_sentence():
    return _tr("Outputs are tiled, compressed GeoTIFFs on the input grid, written to temporary files and put "
               "in place only when the whole run succeeds: a failure or a cancel leaves nothing behind.")

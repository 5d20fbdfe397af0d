"""Build the shipped models of resources/models/ with the PyQGIS model API (never by hand).

    python3 scripts/build_model.py                      # (re)write every model of MODELS
    python3 scripts/build_model.py FILE.model3 OUTPUT    # write one of them elsewhere

test/test_model.py checks that each shipped file is what this script writes: re-run it after changing a
parameter of an algorithm a model uses.

To add a model: write a ``build_<name>()`` that returns a ``QgsProcessingModelAlgorithm`` made with the
helpers below (``new_model``, ``add_inputs``, ``add_child``, ``add_outputs``), add it to ``MODELS`` with its
file name, and offer it in the toolbox with a ``ShippedModel`` subclass (algorithms/findandcomposite.py).
The order of ``add_inputs`` is the order of the dialog (ShippedModel sorts by canvas position). Labels and
help are wrapped in ``QT_TRANSLATE_NOOP("ShippedModel", ...)`` so that scripts/update-translations.sh
collects them; labels must not say "optional" (QGIS adds "[optional]" itself).
"""

import os
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS_DIR = os.path.join(REPO_ROOT, "resources", "models")
MODEL_GROUP = "Terrascope"
DEFAULT_CLASSES = (0, 1, 3, 8, 9, 10, 11)  # the composites' default SCL classes (docs/design.md)

# Canvas layout: inputs in one column on the left (top to bottom = dialog order), algorithms in the middle.
INPUT_X, INPUT_Y, INPUT_STEP = 120.0, 60.0, 60.0
CHILD_X = 480.0
BOX = (180.0, 30.0)


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (the name pylupdate5 looks for)
    """Marks ``text`` for translation; algorithms/shipped_model.py translates it at run time."""
    return text


# --- helpers ------------------------------------------------------------------------------------------

def new_model(name, help_content, algorithm_id):
    """An empty model of the Terrascope group; ``help_content`` holds ALG_DESC (plain text)."""
    from qgis.core import QgsProcessingModelAlgorithm
    from terrascope_processing.algorithms.base import HELP_BASE_URL

    model = QgsProcessingModelAlgorithm(name, MODEL_GROUP)
    model.setHelpContent(dict(help_content, HELP_URL=f"{HELP_BASE_URL}#{algorithm_id}",
                              ALG_CREATOR="Terrascope Processing", ALG_HELP_CREATOR="Terrascope Processing",
                              ALG_VERSION="1"))
    return model


def add_inputs(model, inputs):
    """Add model inputs, given as (definition, help) pairs in dialog order, one below the other."""
    from qgis.core import QgsProcessingModelParameter
    from qgis.PyQt.QtCore import QPointF, QSizeF

    help_content = model.helpContent()
    for row, (definition, help_text) in enumerate(inputs):
        definition.setHelp(help_text)
        help_content[definition.name()] = help_text  # the modeler's help editor shows it
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(INPUT_X, INPUT_Y + INPUT_STEP * row))
        component.setSize(QSizeF(*BOX))
        model.addModelParameter(definition, component)
    model.setHelpContent(help_content)


def from_input(name):
    from qgis.core import QgsProcessingModelChildParameterSource

    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def from_child(child_id, output_name):
    from qgis.core import QgsProcessingModelChildParameterSource

    return QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output_name)


def add_child(model, algorithm_id, child_id, description, row, sources):
    """Add a child algorithm; ``sources`` maps its parameters to ``from_input``/``from_child`` sources or
    to static values (mandatory parameters without a model input need one, as the modeler sets them)."""
    from qgis.core import (
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
    )
    from qgis.PyQt.QtCore import QPointF, QSizeF

    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(CHILD_X, INPUT_Y + 150.0 * row + 60.0))
    child.setSize(QSizeF(200.0, 50.0))
    for parameter, source in sources.items():
        if not isinstance(source, QgsProcessingModelChildParameterSource):
            source = QgsProcessingModelChildParameterSource.fromStaticValue(source)
        child.addParameterSources(parameter, [source])
    return child


def add_outputs(model, child, outputs):
    """Make child outputs model outputs, given as (name, child output, mandatory) in dialog order. The
    name is what the user sees: the output's label, and the layer's name when QGIS loads it."""
    from qgis.core import QgsProcessingModelOutput
    from qgis.PyQt.QtCore import QPointF, QSizeF

    model_outputs = {}
    for column, (name, child_output, mandatory) in enumerate(outputs):
        output = QgsProcessingModelOutput(name, name)
        output.setChildId(child.childId())
        output.setChildOutputName(child_output)
        output.setMandatory(mandatory)
        output.setPosition(QPointF(child.position().x() + 220.0 * column, child.position().y() + 90.0))
        output.setSize(QSizeF(*BOX))
        model_outputs[name] = output
    child.setModelOutputs(model_outputs)
    model.addChildAlgorithm(child)


# --- find products -> mean composite ------------------------------------------------------------------

FIND_AND_COMPOSITE_HELP = QT_TRANSLATE_NOOP(
    "ShippedModel",
    "Finds the Terrascope products of one content in an archive folder and averages their valid, "
    "cloud-free values into a mean composite, in one run.\n\n"
    "Step 1, Find products: scans the archive folder (e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) for "
    "files of the content acquired between the start and the end, of the tiles, whose footprint "
    "intersects the extent and whose cloud cover is at most the maximum; of several versions of one "
    "acquisition the highest is kept.\n"
    "Step 2, Mean composite: masks each product with its scene classification (no data, saturated, cloud "
    "shadows, clouds, cirrus and snow), with clouds and shadows grown by the chosen distance, scales to "
    "physical values and averages per pixel.\n\n"
    "Choose one content and one resolution (e.g. NDVI, or FAPAR_10M for products delivered at 10 m and "
    "20 m). With an extent, the composite covers exactly that extent, whatever the tiles and UTM zones "
    "the products come from (one acquisition seen by two overlapping tiles counts once), on the grid of "
    "the first product found (its CRS and resolution); without one, the products must share one grid: "
    "name the tile.\n\n"
    "Outputs: the mean composite and, optionally, the number of valid observations per pixel.\n\n"
    "The model opens in the graphical modeler (resources/models/find_and_composite.model3 in the plugin "
    "folder) to copy and extend.")


def find_inputs():
    """The inputs of terrascope:findproducts that the find-then-X models ask for, as (definition, help) in
    dialog order: folder, content, dates, tiles, extent, cloud cover."""
    from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterString

    return [
        (QgsProcessingParameterFile("FOLDER", QT_TRANSLATE_NOOP("ShippedModel", "Archive folder"),
                                    behavior=QgsProcessingParameterFile.Folder),
         QT_TRANSLATE_NOOP("ShippedModel", "The archive folder to scan, with its subfolders, e.g. "
                           "/data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2.")),
        (QgsProcessingParameterString("CONTENT", QT_TRANSLATE_NOOP("ShippedModel", "Content"),
                                      defaultValue="NDVI"),
         QT_TRANSLATE_NOOP("ShippedModel", "One product content, e.g. NDVI, FAPAR_10M, LAI_20M, TOC-B04.")),
    ] + filter_inputs(
        QT_TRANSLATE_NOOP("ShippedModel", "Keep products whose footprint intersects this extent (any "
                          "CRS). Empty: everywhere."),
        QT_TRANSLATE_NOOP("ShippedModel", "Keep products whose cloud cover (from the XML sidecar) is at "
                          "most this percentage; products of unknown cloud cover are kept. Empty: any "
                          "cloud cover."))


def filter_inputs(extent_help, cloud_help):
    """START, END, TILES, EXTENT and MAX_CLOUD as the models that find or search products ask for them, as
    (definition, help) in dialog order."""
    from qgis.core import (
        QgsProcessingParameterDateTime,
        QgsProcessingParameterExtent,
        QgsProcessingParameterNumber,
        QgsProcessingParameterString,
    )

    datetime = QgsProcessingParameterDateTime.DateTime
    return [
        (QgsProcessingParameterDateTime("START", QT_TRANSLATE_NOOP("ShippedModel", "Start (UTC)"),
                                        type=datetime, optional=True),
         QT_TRANSLATE_NOOP("ShippedModel", "Earliest acquisition (UTC, inclusive). Empty: no lower limit.")),
        (QgsProcessingParameterDateTime("END", QT_TRANSLATE_NOOP("ShippedModel", "End (UTC)"),
                                        type=datetime, optional=True),
         QT_TRANSLATE_NOOP("ShippedModel", "Latest acquisition (UTC, inclusive; a date alone includes "
                           "that day). Empty: no upper limit.")),
        (QgsProcessingParameterString("TILES", QT_TRANSLATE_NOOP("ShippedModel", "Tiles (e.g. 31UFS)"),
                                      defaultValue="", optional=True),
         QT_TRANSLATE_NOOP("ShippedModel", "MGRS tiles separated by commas, e.g. 31UFS, when the extent "
                           "touches several tiles. Empty: any tile.")),
        (QgsProcessingParameterExtent("EXTENT", QT_TRANSLATE_NOOP("ShippedModel", "Extent"), optional=True),
         extent_help),
        (QgsProcessingParameterNumber("MAX_CLOUD", QT_TRANSLATE_NOOP("ShippedModel", "Maximum cloud cover (%)"),
                                      type=QgsProcessingParameterNumber.Double, minValue=0.0, maxValue=100.0,
                                      optional=True),
         cloud_help),
    ]


def dilation_input():
    """The DILATION input of the find-then-X models, as (definition, help)."""
    from qgis.core import QgsProcessingParameterNumber

    return (QgsProcessingParameterNumber("DILATION", QT_TRANSLATE_NOOP("ShippedModel", "Grow clouds and shadows by (m)"),
                                         type=QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0),
            QT_TRANSLATE_NOOP("ShippedModel", "Distance in metres by which masked clouds and shadows grow "
                              "(cloud shadows, cloud medium and high probability, thin cirrus; not snow). "
                              "0: no growth."))


def add_find_child(model):
    """terrascope:findproducts (child id ``findproducts``) fed by the ``find_inputs`` of the model."""
    find = add_child(model, "terrascope:findproducts", "findproducts", "Find products", 0, {
        "INPUT": from_input("FOLDER"), "CONTENT": from_input("CONTENT"), "START": from_input("START"),
        "END": from_input("END"), "TILES": from_input("TILES"), "EXTENT": from_input("EXTENT"),
        "MAX_CLOUD": from_input("MAX_CLOUD"), "KEEP_UNKNOWN_CLOUD": True,
    })
    model.addChildAlgorithm(find)


def add_mean_composite(model, finder):
    """terrascope:meancomposite of the LAYERS that the child ``finder`` found, with the default classes and
    the model's DILATION and EXTENT; its mean composite and valid observation count are the model's
    outputs."""
    composite = add_child(model, "terrascope:meancomposite", "meancomposite", "Mean composite", 1, {
        "INPUTS": from_child(finder, "LAYERS"), "CLASSES": list(DEFAULT_CLASSES),
        "DILATION": from_input("DILATION"), "SCALE": True,
        "EXTENT": from_input("EXTENT"),  # the search area is the composite's area, over any tiles
    })
    add_outputs(model, composite, [
        (QT_TRANSLATE_NOOP("ShippedModel", "Mean composite"), "OUTPUT", True),
        (QT_TRANSLATE_NOOP("ShippedModel", "Valid observation count"), "COUNT", False),
    ])


def build_find_and_composite():
    """Folder, content, dates, tiles, extent, cloud cover -> terrascope:findproducts -> its LAYERS ->
    terrascope:meancomposite (with the dilation, over the extent) -> the mean composite and the valid
    observation count."""
    model = new_model("Find products and mean composite", {"ALG_DESC": FIND_AND_COMPOSITE_HELP},
                      "findandcomposite")
    add_inputs(model, find_inputs() + [dilation_input()])
    add_find_child(model)
    add_mean_composite(model, "findproducts")
    return model


# --- find products -> time series at the user's fields ----------------------------------------------------

FIND_AND_TIME_SERIES_HELP = QT_TRANSLATE_NOOP(
    "ShippedModel",
    "Finds the Terrascope products of one content in an archive folder and gives their time series at "
    "your points or fields: per feature and date, the mean of the valid, cloud-free pixels.\n\n"
    "Step 1, Find products: scans the archive folder (e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) for "
    "files of the content acquired between the start and the end, of the tiles, whose footprint "
    "intersects the extent and whose cloud cover is at most the maximum; of several versions of one "
    "acquisition the highest is kept.\n"
    "Step 2, Time series: for every point (the pixel under it) or polygon (the pixels whose centres fall "
    "inside) and every product found, masks the product with its scene classification (no data, "
    "saturated, cloud shadows, clouds, cirrus and snow), with clouds and shadows grown by the chosen "
    "distance, scales to physical values and averages the valid pixels. Products of several tiles may "
    "be mixed; the points or fields may be in any CRS.\n\n"
    "Outputs: a table with one row per feature and date (feature, acquisition, mean, valid, pixels, path; "
    "the mean is empty where no pixel is valid) and, optionally, a plot with one line per feature.\n\n"
    "Give the extent of your fields (or their tile) so that only the products that cover them are read. "
    "The model opens in the graphical modeler (resources/models/find_and_time_series.model3 in the plugin "
    "folder) to copy and extend.")


def build_find_and_time_series():
    """Folder, content, dates, tiles, extent, cloud cover -> terrascope:findproducts -> its LAYERS and the
    points or fields -> terrascope:timeseries (with the dilation) -> the table and the plot."""
    from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource

    model = new_model("Find products and time series at fields", {"ALG_DESC": FIND_AND_TIME_SERIES_HELP},
                      "findandtimeseries")
    locations = QgsProcessingParameterFeatureSource(
        "LOCATIONS", QT_TRANSLATE_NOOP("ShippedModel", "Points or fields"),
        types=[QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon])
    add_inputs(model, find_inputs() + [
        (locations, QT_TRANSLATE_NOOP("ShippedModel", "Points (the pixel under each) or polygons (the "
                                      "pixels whose centres fall inside), in any CRS.")),
        dilation_input(),
    ])
    add_find_child(model)
    series = add_child(model, "terrascope:timeseries", "timeseries", "Time series", 1, {
        "INPUTS": from_child("findproducts", "LAYERS"), "LOCATIONS": from_input("LOCATIONS"),
        "CLASSES": list(DEFAULT_CLASSES), "DILATION": from_input("DILATION"), "SCALE": True,
    })
    add_outputs(model, series, [
        (QT_TRANSLATE_NOOP("ShippedModel", "Time series"), "OUTPUT", True),
        (QT_TRANSLATE_NOOP("ShippedModel", "Time series plot"), "PLOT", False),
    ])
    return model


# --- search the catalogue -> mean composite ------------------------------------------------------------

SEARCH_AND_COMPOSITE_HELP = QT_TRANSLATE_NOOP(
    "ShippedModel",
    "Searches the Terrascope STAC catalogue for the products of one collection and averages their valid, "
    "cloud-free values into a mean composite, in one run, on the Terrascope platform or anywhere with a "
    "network connection.\n\n"
    "Step 1, Search the Terrascope catalogue: asks the catalogue for the collection's products acquired "
    "between the start and the end, of the tiles, whose footprint intersects the extent and whose cloud "
    "cover is at most the maximum; of several versions of one acquisition the highest is kept. Where the "
    "archive is mounted (the Terrascope platform) the local files are used; elsewhere they are read over "
    "the network with the authentication configuration of your Terrascope account.\n"
    "Step 2, Mean composite: masks each product with its scene classification (from the same catalogue "
    "item), with clouds and shadows grown by the chosen distance, scales to physical values and averages "
    "per pixel.\n\n"
    "Choose one collection and content (e.g. terrascope-s2-ndvi-v2 and NDVI). With an extent, the "
    "composite covers exactly that extent, whatever the tiles and UTM zones the products come from (one "
    "acquisition seen by two overlapping tiles counts once); without one, the products must share one "
    "grid: name the tile.\n\n"
    "Outputs: the mean composite and, optionally, the number of valid observations per pixel.\n\n"
    "The model opens in the graphical modeler (resources/models/search_and_composite.model3 in the plugin "
    "folder) to copy and extend.")


def build_search_and_composite():
    """Catalogue, collection, content, dates, tiles, extent, cloud cover, authentication ->
    terrascope:searchcatalogue -> its LAYERS -> terrascope:meancomposite (with the dilation) -> the mean
    composite and the valid observation count."""
    from qgis.core import QgsProcessingParameterAuthConfig, QgsProcessingParameterString

    model = new_model("Search the catalogue and mean composite", {"ALG_DESC": SEARCH_AND_COMPOSITE_HELP},
                      "searchandcomposite")
    add_inputs(model, [
        (QgsProcessingParameterString("URL", QT_TRANSLATE_NOOP("ShippedModel", "Catalogue URL"),
                                      defaultValue="https://stac.terrascope.be"),
         QT_TRANSLATE_NOOP("ShippedModel", "The STAC API of the catalogue.")),
        (QgsProcessingParameterString("COLLECTION", QT_TRANSLATE_NOOP("ShippedModel", "Collection"),
                                      defaultValue="terrascope-s2-ndvi-v2"),
         QT_TRANSLATE_NOOP("ShippedModel", "The collection, e.g. terrascope-s2-ndvi-v2, terrascope-s2-fapar-v2 "
                           "or terrascope-s2-toc-v2.")),
        (QgsProcessingParameterString("CONTENT", QT_TRANSLATE_NOOP("ShippedModel", "Content"),
                                      defaultValue="", optional=True),
         QT_TRANSLATE_NOOP("ShippedModel", "One product content, e.g. NDVI, FAPAR_10M, TOC-B04. Empty: the "
                           "collection's own content (for biophysical collections).")),
        *filter_inputs(
            QT_TRANSLATE_NOOP("ShippedModel", "Keep products whose footprint intersects this extent (any "
                              "CRS); the composite covers it. Empty: everywhere (then name a tile)."),
            QT_TRANSLATE_NOOP("ShippedModel", "Keep products whose cloud cover (from the catalogue) is at "
                              "most this percentage. Empty: any cloud cover.")),
        (QgsProcessingParameterAuthConfig("AUTHCFG", QT_TRANSLATE_NOOP("ShippedModel", "Authentication"),
                                          optional=True),
         QT_TRANSLATE_NOOP("ShippedModel", "The QGIS authentication configuration of your Terrascope account, "
                           "to read the files over the network. Not needed on the Terrascope platform.")),
        dilation_input(),
    ])
    search = add_child(model, "terrascope:searchcatalogue", "searchcatalogue", "Search the Terrascope catalogue",
                       0, dict({name: from_input(name) for name in ("URL", "COLLECTION", "CONTENT", "START",
                                                                     "END", "TILES", "EXTENT", "MAX_CLOUD",
                                                                     "AUTHCFG")}, LOCAL=True))
    model.addChildAlgorithm(search)
    add_mean_composite(model, "searchcatalogue")
    return model


# File name in resources/models/ -> the function that builds it.
MODELS = {
    "find_and_composite.model3": build_find_and_composite,
    "find_and_time_series.model3": build_find_and_time_series,
    "search_and_composite.model3": build_search_and_composite,
}


def write_model(path, build):
    model = build()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    if not model.toFile(path):
        raise SystemExit(f"could not write {path}")
    return path


def main(argv):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from qgis_session import start_qgis, stop_qgis

    if len(argv) not in (1, 3) or (len(argv) == 3 and argv[1] not in MODELS):
        raise SystemExit(__doc__)
    targets = {argv[1]: argv[2]} if len(argv) == 3 else {name: os.path.join(MODELS_DIR, name) for name in MODELS}
    # The provider is registered so that the children resolve and the file holds the model's output
    # definitions, as a model saved from the modeler does.
    application = start_qgis()
    try:
        for name, path in targets.items():
            print(write_model(path, MODELS[name]))
    finally:
        stop_qgis(application)


if __name__ == "__main__":
    main(sys.argv)

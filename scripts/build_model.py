"""Build resources/models/find_and_composite.model3 with the PyQGIS model API (never by hand).

    python3 scripts/build_model.py [OUTPUT.model3]

The model: Folder, Content, Start, End, Extent (and optional Tiles) -> terrascope:findproducts -> its
LAYERS -> terrascope:meancomposite INPUTS -> the mean composite (and the count of valid observations).
Re-run after changing a parameter of either algorithm; test/test_model.py checks that the shipped file
is what this script writes.
"""

import os
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_PATH = os.path.join(REPO_ROOT, "resources", "models", "find_and_composite.model3")

MODEL_NAME = "Find products and mean composite"
MODEL_GROUP = "Terrascope"

DEFAULT_CLASSES = (0, 1, 3, 8, 9, 10, 11)  # the composite's default SCL classes (docs/design.md)

# Model inputs (ids used by processing.run on the model)
FOLDER = "FOLDER"
CONTENT = "CONTENT"
START = "START"
END = "END"
EXTENT = "EXTENT"
TILES = "TILES"
# Model outputs: QGIS names them "<child id>:<output name>"
FIND_CHILD = "findproducts"
COMPOSITE_CHILD = "meancomposite"
COMPOSITE = "Composite"
COUNT = "Count"

HELP = {
    "ALG_DESC": (
        "Finds the Terrascope products of one content in an archive folder within a time range and an "
        "extent, and averages their valid, cloud-free values into a mean composite.\n\n"
        "Step 1, Find products: scans the folder (e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) for files of "
        "the content, acquired between Start and End, whose footprint intersects the extent; of several "
        "versions of one acquisition the highest is kept.\n"
        "Step 2, Mean composite: masks each product with its scene classification (the default classes: no "
        "data, saturated, cloud shadows, clouds, cirrus, snow), scales to physical values and averages per "
        "pixel.\n\n"
        "All products found must share one grid: choose one content and one resolution (e.g. NDVI, or "
        "FAPAR_10M for products delivered at 10 m and 20 m) and an extent within one tile, or name the tile."
    ),
    FOLDER: "The archive folder to scan, with its subfolders.",
    CONTENT: "One product content, e.g. NDVI, FAPAR_10M, LAI_20M, TOC-B04.",
    START: "Earliest acquisition (UTC, inclusive). Empty: no lower limit.",
    END: "Latest acquisition (UTC, inclusive; a date alone includes that day). Empty: no upper limit.",
    EXTENT: "Keep products whose footprint intersects this extent (any CRS). Empty: everywhere.",
    TILES: "MGRS tile(s), e.g. 31UFS, when the extent touches several tiles. Empty: any tile.",
    "ALG_CREATOR": "Terrascope Processing",
    "ALG_HELP_CREATOR": "Terrascope Processing",
    "ALG_VERSION": "1",
}


def build_model():
    """The model as a ``QgsProcessingModelAlgorithm`` (the algorithms need not be registered)."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterDateTime,
        QgsProcessingParameterExtent,
        QgsProcessingParameterFile,
        QgsProcessingParameterString,
    )
    from qgis.PyQt.QtCore import QPointF, QSizeF

    model = QgsProcessingModelAlgorithm(MODEL_NAME, MODEL_GROUP)
    model.setHelpContent(HELP)

    inputs = [
        QgsProcessingParameterFile(FOLDER, "Archive folder", behavior=QgsProcessingParameterFile.Folder),
        QgsProcessingParameterString(CONTENT, "Content (e.g. NDVI, FAPAR_10M)", defaultValue="NDVI"),
        QgsProcessingParameterDateTime(START, "Start (UTC)", type=QgsProcessingParameterDateTime.DateTime,
                                       optional=True),
        QgsProcessingParameterDateTime(END, "End (UTC)", type=QgsProcessingParameterDateTime.DateTime,
                                       optional=True),
        QgsProcessingParameterExtent(EXTENT, "Extent", optional=True),
        QgsProcessingParameterString(TILES, "Tiles (optional, e.g. 31UFS)", defaultValue="", optional=True),
    ]
    for row, definition in enumerate(inputs):
        definition.setHelp(HELP[definition.name()])
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120.0 + 200.0 * (row % 3), 60.0 + 70.0 * (row // 3)))
        component.setSize(QSizeF(180.0, 30.0))
        model.addModelParameter(definition, component)

    find = QgsProcessingModelChildAlgorithm("terrascope:findproducts")
    find.setChildId(FIND_CHILD)
    find.setDescription("Find products")
    find.setPosition(QPointF(320.0, 260.0))
    find.setSize(QSizeF(200.0, 50.0))
    for child_parameter, model_parameter in (("INPUT", FOLDER), ("CONTENT", CONTENT), ("START", START),
                                             ("END", END), ("EXTENT", EXTENT), ("TILES", TILES)):
        find.addParameterSources(child_parameter,
                                 [QgsProcessingModelChildParameterSource.fromModelParameter(model_parameter)])
    # Mandatory parameters without a model input get static values, as the modeler's dialog sets them.
    find.addParameterSources("KEEP_UNKNOWN_CLOUD", [QgsProcessingModelChildParameterSource.fromStaticValue(True)])
    model.addChildAlgorithm(find)

    composite = QgsProcessingModelChildAlgorithm("terrascope:meancomposite")
    composite.setChildId(COMPOSITE_CHILD)
    composite.setDescription("Mean composite")
    composite.setPosition(QPointF(320.0, 400.0))
    composite.setSize(QSizeF(200.0, 50.0))
    composite.addParameterSources(
        "INPUTS", [QgsProcessingModelChildParameterSource.fromChildOutput(FIND_CHILD, "LAYERS")])
    for child_parameter, value in (("CLASSES", list(DEFAULT_CLASSES)), ("DILATION", 0.0), ("SCALE", True)):
        composite.addParameterSources(child_parameter,
                                      [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    outputs = {}
    for name, child_output, description, mandatory in (
        (COMPOSITE, "OUTPUT", "Mean composite", True),
        (COUNT, "COUNT", "Number of valid observations", False),
    ):
        output = QgsProcessingModelOutput(name, description)
        output.setChildId(COMPOSITE_CHILD)
        output.setChildOutputName(child_output)
        output.setMandatory(mandatory)
        output.setPosition(QPointF(320.0 + (240.0 if child_output == "COUNT" else 0.0), 500.0))
        output.setSize(QSizeF(180.0, 30.0))
        outputs[name] = output
    composite.setModelOutputs(outputs)
    model.addChildAlgorithm(composite)
    return model


def write_model(path=MODEL_PATH):
    model = build_model()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    if not model.toFile(path):
        raise SystemExit(f"could not write {path}")
    return path


def main(argv):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from qgis_session import start_qgis

    # The provider is registered so that the children resolve and the file holds the model's output
    # definitions, as a model saved from the modeler does.
    application = start_qgis()
    try:
        print(write_model(argv[1] if len(argv) > 1 else MODEL_PATH))
    finally:
        application.exitQgis()

if __name__ == "__main__":
    main(sys.argv)

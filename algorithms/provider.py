"""The ``terrascope`` Processing provider."""

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.version import package_version
from . import termination
from .base import ICON_PATH
from .findandcomposite import FindAndCompositeModel
from .findandtimeseries import FindAndTimeSeriesModel

# To add an algorithm: import its class here and add it to ALGORITHMS (one line each, keep the order).
from .clusterjob import ClusterJobAlgorithm
from .findproducts import FindProductsAlgorithm
from .histogram import HistogramAlgorithm
from .maskbyscl import MaskBySclAlgorithm
from .meancomposite import MeanCompositeAlgorithm
from .parseproduct import ParseProductAlgorithm
from .scaletophysical import ScaleToPhysicalAlgorithm
from .searchandcomposite import SearchAndCompositeModel
from .searchcatalogue import SearchCatalogueAlgorithm
from .temporalstatistics import TemporalStatisticsAlgorithm
from .timeseries import TimeSeriesAlgorithm

ALGORITHMS = (
    ParseProductAlgorithm,
    ScaleToPhysicalAlgorithm,
    MaskBySclAlgorithm,
    FindProductsAlgorithm,
    SearchCatalogueAlgorithm,
    MeanCompositeAlgorithm,
    TemporalStatisticsAlgorithm,
    HistogramAlgorithm,
    TimeSeriesAlgorithm,
    ClusterJobAlgorithm,
)

# Models shipped as algorithms: QgsProcessingModelAlgorithm subclasses loading resources/models/*.model3.
MODELS = (
    FindAndCompositeModel,
    FindAndTimeSeriesModel,
    SearchAndCompositeModel,
)

PROVIDER_ID = "terrascope"


class TerrascopeProvider(QgsProcessingProvider):
    """Terrascope Sentinel-2 algorithms, under the stable id ``terrascope``."""

    def id(self):
        return PROVIDER_ID

    def name(self):
        return "Terrascope"

    def longName(self):  # noqa: N802 (Qt naming)
        return QCoreApplication.translate("TerrascopeProvider", "Terrascope Sentinel-2 products")

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802 (Qt naming)
        return ICON_PATH

    def versionInfo(self):  # noqa: N802 (Qt naming)
        return package_version()

    def load(self):
        """In qgis_process, SIGINT (Ctrl+C) and SIGTERM cancel a run cleanly (``termination``)."""
        if QgsApplication.platform() == "qgis_process":
            termination.enable()
        return super().load()

    def loadAlgorithms(self):  # noqa: N802 (Qt naming)
        for algorithm in ALGORITHMS + MODELS:
            self.addAlgorithm(algorithm())

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802 (Qt naming)
        """Outputs are tiled, compressed GeoTIFFs, whatever the user's default raster format."""
        return ["tif"]

"""terrascope:searchandcomposite: the shipped model resources/models/search_and_composite.model3 (search the
catalogue -> mean composite), built by scripts/build_model.py."""

from qgis.PyQt.QtCore import QCoreApplication

from .base import GROUP_TIMESERIES
from .shipped_model import ShippedModel


class SearchAndCompositeModel(ShippedModel):
    """The search catalogue -> mean composite model, as ``terrascope:searchandcomposite``."""

    ALGORITHM_ID = "searchandcomposite"
    GROUP_ID = GROUP_TIMESERIES
    MODEL_FILE = "search_and_composite.model3"

    def displayName(self):  # noqa: N802 (Qt naming)
        return QCoreApplication.translate("SearchAndCompositeModel",
                                          "Search the catalogue and mean composite (model)")

    def tags(self):
        return QCoreApplication.translate(
            "SearchAndCompositeModel",
            "terrascope,sentinel-2,model,stac,catalogue,search,composite,mean,workflow").split(",")

"""terrascope:findandcomposite: the shipped model resources/models/find_and_composite.model3 (find products
-> mean composite), built by scripts/build_model.py."""

from qgis.PyQt.QtCore import QCoreApplication

from .base import GROUP_TIMESERIES
from .shipped_model import ShippedModel


class FindAndCompositeModel(ShippedModel):
    """The find products -> mean composite model, as ``terrascope:findandcomposite``."""

    ALGORITHM_ID = "findandcomposite"
    GROUP_ID = GROUP_TIMESERIES
    MODEL_FILE = "find_and_composite.model3"

    def displayName(self):  # noqa: N802 (Qt naming)
        return QCoreApplication.translate("FindAndCompositeModel", "Find products and mean composite (model)")

    def tags(self):
        return QCoreApplication.translate(
            "FindAndCompositeModel", "terrascope,sentinel-2,model,archive,find,composite,mean,workflow").split(",")

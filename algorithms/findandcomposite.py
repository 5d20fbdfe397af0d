"""terrascope:findandcomposite: the shipped model resources/models/find_and_composite.model3 (find products
-> mean composite) offered in the toolbox as an algorithm of the Terrascope provider.

The model file stays an ordinary .model3: it opens in the graphical modeler (Model > Open Model…) for
users to copy and extend, and scripts/build_model.py regenerates it. Here it is loaded into a
``QgsProcessingModelAlgorithm`` subclass that gives it a stable id, a translated name and a group.

A model resolves its child algorithms (terrascope:findproducts, terrascope:meancomposite) through the
Processing registry. While the provider is loading its algorithms it is not yet in the registry, so the
instance the provider holds reloads the file once the provider has been added (the pattern of QGIS's own
model provider); every instance QGIS creates to run the model (``createInstance``) loads it afresh.
"""

import os

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .base import GROUP_TIMESERIES, ICON_PATH, RESOURCES_DIR, group_names

MODEL_PATH = os.path.join(RESOURCES_DIR, "models", "find_and_composite.model3")
PROVIDER_ID = "terrascope"


class FindAndCompositeModel(QgsProcessingModelAlgorithm):
    """The find products -> mean composite model, as ``terrascope:findandcomposite``."""

    ALGORITHM_ID = "findandcomposite"
    GROUP_ID = GROUP_TIMESERIES

    def __init__(self):
        super().__init__()
        self._load()
        if not self._complete():
            self._wait_for_provider()

    def _load(self):
        if not self.fromFile(MODEL_PATH):
            raise RuntimeError(f"{MODEL_PATH}: the shipped model cannot be read")

    def _complete(self):
        """True when every child algorithm was found in the registry."""
        return all(self.childAlgorithm(child_id).algorithm() is not None
                   for child_id in self.childAlgorithms())

    def _wait_for_provider(self):
        registry = QgsApplication.processingRegistry()

        def reload(provider_id):
            if provider_id != PROVIDER_ID:
                return
            try:
                registry.providerAdded.disconnect(reload)
            except (TypeError, RuntimeError):
                pass
            try:
                self._load()
            except RuntimeError:  # this instance was deleted (the provider was removed meanwhile)
                pass

        registry.providerAdded.connect(reload)

    def name(self):
        return self.ALGORITHM_ID

    def displayName(self):  # noqa: N802 (Qt naming)
        return QCoreApplication.translate("FindAndCompositeModel", "Find products and mean composite (model)")

    def group(self):
        return group_names().get(self.GROUP_ID, self.GROUP_ID)

    def groupId(self):  # noqa: N802 (Qt naming)
        return self.GROUP_ID

    def tags(self):
        return QCoreApplication.translate(
            "FindAndCompositeModel", "terrascope,sentinel-2,model,archive,find,composite,mean,workflow").split(",")

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802 (Qt naming)
        return ICON_PATH

    def createInstance(self):  # noqa: N802 (Qt naming)
        return FindAndCompositeModel()

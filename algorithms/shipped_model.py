"""``ShippedModel``: a model of resources/models/*.model3 offered as an algorithm of the Terrascope provider.

A shipped model stays an ordinary .model3 (scripts/build_model.py writes it; it opens in the graphical
modeler for users to copy and extend). This subclass of ``QgsProcessingModelAlgorithm`` loads it and gives
it what a model loaded from a file lacks in QGIS 3.22:

- a stable id, a translated name, a group and the plugin's icon;
- its source file, so that ``asPythonCommand`` is not empty and runs reach the Processing History;
- its inputs in the order they are laid out on the modeler canvas (top to bottom, then left to right)
  instead of the alphabetical order of the file, then its outputs in the same way;
- inputs left untouched: the child algorithms' inputs QGIS loads as layers write no .aux.xml;
- parameter labels and help translated (context ``ShippedModel``: scripts/build_model.py marks them
  with ``QT_TRANSLATE_NOOP``), a plain-text help (``qgis_process help`` prints it as it is) and a help
  URL pointing at the model's section of the README.

A subclass sets ``ALGORITHM_ID``, ``GROUP_ID`` and ``MODEL_FILE`` and implements ``displayName``.

A model resolves its child algorithms through the Processing registry. While the provider is loading its
algorithms it is not yet in the registry, so the instance the provider holds reloads the file once the
provider has been added (the pattern of QGIS's own model provider); every instance QGIS creates to run
the model (``createInstance``) loads it afresh.
"""

import os

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

from .base import RESOURCES_DIR, TerrascopeIdentity
from .inputs import layers_without_pam

MODELS_DIR = os.path.join(RESOURCES_DIR, "models")
PROVIDER_ID = "terrascope"
TRANSLATION_CONTEXT = "ShippedModel"


def translate(text):
    """``text`` in the user's language (the strings build_model.py marks for translation)."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text) if text else text


class ShippedModel(TerrascopeIdentity, QgsProcessingModelAlgorithm):
    """Base class of the models shipped in resources/models/, offered as ``terrascope:<ALGORITHM_ID>``."""

    MODEL_FILE = None  # a file name in resources/models/

    def __init__(self):
        super().__init__()
        self._load()
        if not self._complete():
            self._wait_for_provider()

    @classmethod
    def model_path(cls):
        return os.path.join(MODELS_DIR, cls.MODEL_FILE)

    def _load(self):
        path = self.model_path()
        if not self.fromFile(path):
            raise RuntimeError(f"{path}: the shipped model cannot be read")
        self.setSourceFilePath(path)  # without it asPythonCommand() is empty: no Processing History
        self._arrange_parameters()

    def _canvas_position(self, definition):
        """Where the parameter's box sits on the modeler canvas: inputs first, then outputs."""
        if not definition.isDestination():
            position = self.parameterComponent(definition.name()).position()
            return (0, position.y(), position.x())
        child_id, _, output_name = definition.name().partition(":")
        output = self.childAlgorithm(child_id).modelOutputs().get(output_name)
        position = output.position() if output is not None else None
        return (1, position.y() if position else 0.0, position.x() if position else 0.0)

    def _arrange_parameters(self):
        """Parameters in canvas order, with translated labels and help."""
        definitions = sorted((definition.clone() for definition in self.parameterDefinitions()),
                             key=self._canvas_position)
        for definition in definitions:
            self.removeParameter(definition.name())
        for definition in definitions:
            definition.setDescription(translate(definition.description()))
            definition.setHelp(translate(definition.help()))
            self.addParameter(definition)

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

    def shortHelpString(self):  # noqa: N802 (Qt naming)
        """The model's description as plain text (QGIS would format the whole help map as HTML, which
        ``qgis_process help`` prints raw); the parameters' help is in their definitions."""
        return translate(self.helpContent().get("ALG_DESC", ""))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (Qt naming)
        """The model's run, with GDAL's PAM off in this thread: QGIS loads the child algorithms' inputs
        as layers to check them (the statistics it computes would go to .aux.xml files beside them)."""
        with layers_without_pam():
            return super().processAlgorithm(parameters, context, feedback)

"""The QGIS plugin object: registers the Terrascope Processing provider and removes it on unload."""

import os

from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))


class TerrascopePlugin:
    """Registers the ``terrascope`` provider.

    QGIS calls ``initProcessing()`` on its own where there is no GUI (``qgis_process``); in the desktop it
    calls ``initGui()``, which does the same and styles Terrascope rasters added to the project by hand
    (an SCL gets its class colours and labels, an NDVI its ramp) as the algorithms style their outputs.
    The plugin adds no menus or toolbars: everything it offers is in the Processing toolbox.
    """

    def __init__(self, iface=None):
        self.iface = iface
        self.provider = None
        self.styling_layers = False
        self.translator = self._install_translator()

    @staticmethod
    def _install_translator():
        """Install i18n/terrascope_processing_<lang>.qm for QGIS's user interface language, if there is one:
        the language chosen in QGIS's options when "Override system locale" is on, else the system's (as
        QGIS itself decides)."""
        settings = QgsSettings()
        if settings.value("locale/overrideFlag", False, type=bool):
            locale = settings.value("locale/userLocale", "") or ""
        else:
            locale = QLocale.system().name()
        for code in (locale, locale[:2]):
            path = os.path.join(PLUGIN_DIR, "i18n", f"terrascope_processing_{code}.qm")
            if code and os.path.isfile(path):
                translator = QTranslator()
                if translator.load(path):
                    QCoreApplication.installTranslator(translator)
                    return translator
        return None

    def initProcessing(self):  # noqa: N802 (name fixed by QGIS)
        """Add the provider to the Processing registry (once)."""
        if self.provider is not None:
            return
        from .algorithms.provider import TerrascopeProvider

        self.provider = TerrascopeProvider()
        if not QgsApplication.processingRegistry().addProvider(self.provider):
            # Another copy of the provider is registered already (e.g. a second plugin folder).
            self.provider = None

    def initGui(self):  # noqa: N802 (name fixed by QGIS)
        self.initProcessing()
        if not self.styling_layers:
            QgsProject.instance().layersAdded.connect(self._style_added_layers)
            self.styling_layers = True

    @staticmethod
    def _style_added_layers(layers):
        from .algorithms.styles import style_added_layer

        for layer in layers:
            style_added_layer(layer)

    def unload(self):
        """Remove the provider; the registry deletes it."""
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.styling_layers:
            QgsProject.instance().layersAdded.disconnect(self._style_added_layers)
            self.styling_layers = False
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

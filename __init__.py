"""Terrascope Processing: a QGIS Processing provider for VITO Terrascope Sentinel-2 products.

Nothing here imports ``qgis`` at module level, so ``terrascope_processing.core`` can be used (and tested)
without QGIS. QGIS calls ``classFactory`` when it loads the plugin.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    """Return the plugin instance; QGIS passes its interface (``None``-like stubs work headless)."""
    from .plugin import TerrascopePlugin

    return TerrascopePlugin(iface)

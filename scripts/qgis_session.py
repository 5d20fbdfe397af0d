"""Start QGIS headless with Processing and this plugin's provider, for scripts run outside QGIS."""

import gc
import os
import sys
import tempfile

PACKAGE = "terrascope_processing"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Python must keep the provider alive: the registry holds only its C++ part, and once the Python
# object is collected its algorithms vanish at the next refresh ("Algorithm ... not found").
_providers = []


def import_plugin():
    """Make the repository importable as ``terrascope_processing``, whatever the clone is called."""
    if any(os.path.realpath(os.path.join(entry, PACKAGE)) == REPO_ROOT for entry in sys.path if entry):
        return
    link_dir = tempfile.mkdtemp(prefix="terrascope-import-")
    os.symlink(REPO_ROOT, os.path.join(link_dir, PACKAGE))
    sys.path.insert(0, link_dir)


def start_qgis():
    """A running ``QgsApplication`` with Processing initialised and the Terrascope provider added."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    import_plugin()
    from terrascope_processing.algorithms.provider import TerrascopeProvider

    _providers.append(TerrascopeProvider())
    QgsApplication.processingRegistry().addProvider(_providers[-1])
    return application


def stop_qgis(application):
    """Exit QGIS deterministically: first free the GDAL objects that reference cycles still hold
    (GDAL 3.6 crashes when one is freed after QGIS has shut GDAL down), then ``exitQgis()``."""
    gc.collect()
    application.exitQgis()

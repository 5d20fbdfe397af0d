"""Test set-up: import the repository as the package ``terrascope_processing`` whatever the clone's
folder is called, and register the Processing provider once for the algorithm tests."""

import os
import sys
import tempfile

import pytest

PACKAGE = "terrascope_processing"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_link_dir = tempfile.mkdtemp(prefix="terrascope-import-")
os.symlink(REPO_ROOT, os.path.join(_link_dir, PACKAGE))
sys.path.insert(0, _link_dir)
sys.path.insert(0, os.path.join(REPO_ROOT, "test"))


@pytest.fixture(scope="session")
def provider(qgis_processing):
    """The Terrascope provider, registered in the QGIS Processing registry for the whole session."""
    from qgis.core import QgsApplication

    from terrascope_processing.algorithms.provider import TerrascopeProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("terrascope")
    if existing is not None:
        return existing
    terrascope = TerrascopeProvider()
    assert registry.addProvider(terrascope)
    return terrascope

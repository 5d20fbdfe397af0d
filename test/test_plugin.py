"""The plugin entry points (classFactory, initProcessing, initGui, unload) and metadata.txt."""

import configparser
import os
import subprocess
import sys

import pytest
from qgis.core import QgsProcessingRegistry

from conftest import PACKAGE, REPO_ROOT

REQUIRED_METADATA = (  # what plugins.qgis.org requires, plus what this plugin promises
    "name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository",
    "tracker", "homepage", "category", "tags", "icon", "changelog", "experimental", "hasProcessingProvider",
)


@pytest.fixture
def registry(monkeypatch):
    """A private Processing registry in place of QGIS's, so the session's provider is left alone."""
    from terrascope_processing import plugin as plugin_module

    private = QgsProcessingRegistry()

    class Application:
        @staticmethod
        def processingRegistry():  # noqa: N802
            return private

    monkeypatch.setattr(plugin_module, "QgsApplication", Application)
    return private


def test_class_factory_init_processing_and_unload(qgis_iface, registry):
    import terrascope_processing

    plugin = terrascope_processing.classFactory(qgis_iface)
    plugin.initProcessing()
    provider = registry.providerById("terrascope")
    assert provider is not None
    assert "terrascope:parseproduct" in [algorithm.id() for algorithm in provider.algorithms()]

    plugin.initProcessing()  # twice is harmless
    assert [p.id() for p in registry.providers()] == ["terrascope"]

    plugin.unload()
    assert registry.providerById("terrascope") is None


def test_init_gui_registers_the_provider(qgis_iface, registry):
    import terrascope_processing

    plugin = terrascope_processing.classFactory(qgis_iface)
    plugin.initGui()
    assert registry.providerById("terrascope") is not None
    plugin.unload()
    assert registry.providerById("terrascope") is None
    plugin.unload()  # unloading twice is harmless


def test_the_package_imports_without_qgis(tmp_path):
    """The core is usable without QGIS: importing the package must not pull qgis in."""
    link = tmp_path / PACKAGE
    os.symlink(REPO_ROOT, link)
    code = (
        "import sys; import terrascope_processing, terrascope_processing.core.naming, "
        "terrascope_processing.core.products; "
        "assert not any(m == 'qgis' or m.startswith('qgis.') for m in sys.modules), sorted(sys.modules)"
    )
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=str(tmp_path), timeout=120)


def metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    with open(os.path.join(REPO_ROOT, "metadata.txt"), encoding="utf-8") as stream:
        parser.read_file(stream)
    return parser["general"]


def test_metadata_has_the_required_keys():
    general = metadata()
    missing = [key for key in REQUIRED_METADATA if not general.get(key, "").strip()]
    assert not missing
    assert general["name"] == "Terrascope Processing"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert general["category"] == "Raster"
    assert general["experimental"] == "False"
    assert general["version"].count(".") == 2 and all(part.isdigit() for part in general["version"].split("."))
    assert os.path.isfile(os.path.join(REPO_ROOT, general["icon"]))
    assert general["repository"].startswith("https://")


def test_icon_is_a_valid_svg():
    from qgis.PyQt.QtSvg import QSvgRenderer

    assert QSvgRenderer(os.path.join(REPO_ROOT, "resources", "icon.svg")).isValid()


def test_translator_follows_the_language_of_qgis(monkeypatch, tmp_path):
    """The plugin speaks the language QGIS's user interface speaks: the one chosen in QGIS's options when
    "Override system locale" is on (fr_BE finds the French translation), else the system's."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, QLocale

    from terrascope_processing import plugin as plugin_module

    (tmp_path / "i18n").mkdir()
    subprocess.run(["lrelease", "-silent", os.path.join(REPO_ROOT, "i18n", "terrascope_processing_fr.ts"),
                    "-qm", str(tmp_path / "i18n" / "terrascope_processing_fr.qm")], check=True, timeout=120)
    monkeypatch.setattr(plugin_module, "PLUGIN_DIR", str(tmp_path))
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "fr_BE")
        translator = plugin_module.TerrascopePlugin._install_translator()
        assert translator is not None
        try:
            assert QCoreApplication.translate("MeanCompositeAlgorithm", "Mean composite") == "Composite moyen"
        finally:
            QCoreApplication.removeTranslator(translator)
        settings.setValue("locale/overrideFlag", False)  # QGIS then follows the system, not the old choice
        if not QLocale.system().name().startswith("fr"):
            assert plugin_module.TerrascopePlugin._install_translator() is None
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
